#pragma once

#include "Database.h"
#include "SqlStatement.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace luotsi::storage {

// The reads the sales facts import needs beside SalesFactRepository's writes: which customer a
// row names (Luotsi number, business ID, a group company's customer number), the fact a row
// would replace, and whether a batch wrote sales facts. Statements are prepared once per import.
class SalesFactImportRepository final
{
public:
    // A stored fact as the import compares and undo restores it.
    struct StoredFact
    {
        double revenue = 0;
        int orders = 0;
        qint64 batchId = 0; // 0: not from an import (generated, or its batch is gone)
    };

    explicit SalesFactImportRepository(Database& database);

    // The customer's name, or nothing when there is no such customer.
    core::Result<std::optional<QString>> customerName(qint64 customerId);
    // The customers whose business ID is this canonical one, at most limit of them.
    core::Result<QList<qint64>> customersWithBusinessId(const QString& businessId, int limit);
    // Every customer number of a group company and its customers (more than one when the
    // company's system gave one number to several customers).
    core::Result<QHash<QString, QList<qint64>>> customerNumbers(qint64 companyId);
    core::Result<std::optional<StoredFact>> fact(qint64 customerId, qint64 companyId,
                                                 const QDate& month);
    // The after-record of the batch's first change, or empty when it has none: what tells a
    // sales facts batch from a customer batch (SalesFactChange).
    core::Result<QByteArray> firstChangeOf(qint64 batchId);

private:
    Database& m_database;
    SqlStatement m_customerName;
    SqlStatement m_businessId;
    SqlStatement m_fact;
};

} // namespace luotsi::storage
