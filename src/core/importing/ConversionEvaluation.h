#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace luotsi::core::importing {

// Where one file row ended: the lineage an import keeps.
struct RowLineage
{
    QString fileName; // without folder, as the batch recorded it
    QString sheet;
    int rowNumber = 0;
    qint64 customerId = 0; // 0: the row reached no customer
};

// Pairwise quality of a conversion against a truth file (file, sheet, row -> entity): a pair of
// file rows is "together" when they belong to the same entity, and "joined" when the import took
// them to the same customer.
struct ConversionEvaluation
{
    qint64 truthRows = 0;      // rows of the truth file with an entity
    qint64 rowsImported = 0;   // of those, rows that reached a customer
    qint64 truePairs = 0;      // pairs together in the truth
    qint64 joinedPairs = 0;    // pairs joined by the import
    qint64 correctPairs = 0;   // pairs both together and joined
    qint64 entities = 0;       // entities in the truth
    qint64 entitiesSplit = 0;  // entities spread over more than one customer
    qint64 customersMixed = 0; // customers holding rows of more than one entity
    qint64 junkImported = 0;   // junk rows (no entity) that reached a customer

    double precision() const;
    double recall() const;
    double f1() const;
};

class ConversionTruth final
{
public:
    // Reads truth.csv: columns file, sheet, row, entity_id (header names, any order).
    static Result<ConversionTruth> load(const QString& path);
    ConversionEvaluation evaluate(const QList<RowLineage>& lineage) const;

private:
    struct Row
    {
        QString key;
        QString entity; // empty for junk rows
    };
    QList<Row> m_rows;
};

} // namespace luotsi::core::importing
