#pragma once

#include "core/merging/MergeParticipant.h"
#include "core/storage/SalesFactRepository.h"

namespace luotsi::core::segments {

// Carries what segment rules read from merged duplicates to the survivor, and back on undo:
//  - sales facts: a member's row joins the survivor's row of the same group company and month
//    (revenues and orders add up), or becomes the survivor's own;
//  - tags: the survivor gets the members' tags it lacks (compared without case);
//  - potential: the survivor keeps its own; without one it takes the largest of the members'.
// Each row key holds the member's row and the survivor's value before it, so undo needs nothing
// else: it gives the member its rows back and puts the survivor's value back exactly when that
// is still what the merge left; otherwise (later edits, several members adding to one month
// undone out of order) it subtracts the member's part, exact to 1/10,000 euro, and removes a
// row left with no revenue and no orders.
class SalesFactsParticipant final : public merging::MergeParticipant
{
public:
    explicit SalesFactsParticipant(storage::Database& database);

    QString id() const override { return QStringLiteral("sales_facts"); }
    Result<QStringList> moveRows(qint64 fromCustomer, qint64 toCustomer) override;
    Status moveBack(const QStringList& rowKeys, qint64 toCustomer) override;

private:
    Status moveFacts(qint64 fromCustomer, qint64 toCustomer, QStringList& keys);
    Status moveTags(qint64 fromCustomer, qint64 toCustomer, QStringList& keys);
    Status movePotential(qint64 fromCustomer, qint64 toCustomer, QStringList& keys);
    Status factBack(const QStringList& parts, qint64 toCustomer);
    Status tagBack(const QStringList& parts, qint64 toCustomer);
    Status potentialBack(const QStringList& parts, qint64 toCustomer);

    storage::SalesFactRepository m_facts;
};

} // namespace luotsi::core::segments
