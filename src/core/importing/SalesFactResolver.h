#pragma once

#include "core/Result.h"
#include "core/register/Customer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace luotsi::storage {
class Database;
class MatchKeyRepository;
class SalesFactImportRepository;
} // namespace luotsi::storage

namespace luotsi::core::importing {

// Finds the customer and the group company a sales facts row names. A customer is found by
// Luotsi's number, by its key in the batch's source system, by its customer number at the row's
// group company, or by its business ID — the first of those the row has that names exactly one
// customer. Answers are kept for the batch: a file names the same customers month after month.
class SalesFactResolver final
{
public:
    // How a row names its customer; empty texts are not tried.
    struct CustomerKeys
    {
        QString customerId;
        QString sourceKey;
        QString customerNumber;
        QString businessId;
    };

    struct Found
    {
        qint64 id = 0; // 0: not found, see error
        QString name;
        QString matchedBy; // "source key", "business ID", "customer number", "Luotsi number"
        QString key;       // the text that found it
        QString error;     // translated: what was looked for and why it found no one
    };

    SalesFactResolver(storage::Database& database, QString sourceSystem);
    ~SalesFactResolver();

    Status loadCompanies();
    // The group company of a code or a name (case and spacing ignored); id 0 and the error
    // when there is none.
    Found company(const QString& text) const;
    Result<Found> customer(const CustomerKeys& keys, qint64 companyId);

private:
    Result<Found> byCustomerId(const QString& text);
    Result<Found> bySourceKey(const QString& key);
    Result<Found> byCustomerNumber(const QString& number, qint64 companyId);
    Result<Found> byBusinessId(const QString& text);
    Result<Found> named(qint64 id, const QString& matchedBy, const QString& key);

    storage::Database& m_database;
    QString m_sourceSystem;
    std::unique_ptr<storage::SalesFactImportRepository> m_repository;
    std::unique_ptr<storage::MatchKeyRepository> m_keys;
    QList<GroupCompany> m_companies;
    QHash<QString, Found> m_found;                                  // by the way and the text asked
    QHash<qint64, QHash<QString, QList<qint64>>> m_customerNumbers; // per company
};

} // namespace luotsi::core::importing
