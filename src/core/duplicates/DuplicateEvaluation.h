#pragma once

#include "DuplicateGroup.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::duplicates {

// Pairwise quality of the finder's groups against a truth: a pair is "found" when both are in
// one group (or are one customer already), "true" when the truth says they are one entity.
struct PairwiseQuality
{
    qint64 items = 0; // customers (or file rows) the truth names
    qint64 truePairs = 0;
    qint64 foundPairs = 0;
    qint64 correctPairs = 0;

    double precision() const;
    double recall() const;
    double f1() const;
};

// A truth file for the finder, in one of three forms (CSV with a header):
//   customer_id,entity          each customer's entity (what `luotsi-admin generate --truth`
//   writes) customer_a,customer_b       pairs of customers that are one customer
//   file,sheet,row,entity_id    the conversion sample's truth: file rows map to customers through
//                               the import lineage of the register
class DuplicateTruth final
{
public:
    static Result<DuplicateTruth> load(const QString& path);

    Result<PairwiseQuality> evaluate(Workspace& workspace,
                                     const QList<DuplicateGroup>& groups) const;
    // The customer → entity form, for tests and callers that hold the truth in memory.
    static PairwiseQuality evaluate(const QHash<qint64, QString>& entityOfCustomer,
                                    const QList<DuplicateGroup>& groups);

private:
    QString m_path;
    bool m_conversion = false;
    QHash<qint64, QString> m_entityOfCustomer;
};

} // namespace luotsi::core::duplicates
