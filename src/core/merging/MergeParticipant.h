#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace luotsi::core::merging {

// Data that another table attaches to a customer and that a merge must carry from a member to
// the survivor (and undo must carry back): timeline entries, child customers, import lineage,
// a later module's opportunities or plans.
//
// A module adds its own in one of two ways, before the first merge:
//  - rows with a plain customer column: mergeService.participants().addTable(
//        {QStringLiteral("opportunities"), {QStringLiteral("id")}, QStringLiteral("customer_id")});
//  - anything else (rows that must be combined, not moved): implement this interface and
//        mergeService.participants().add(std::make_unique<MyParticipant>(...));
// Both run inside the merge's (or the undo's) transaction; an Error rolls the whole merge back.
// The id is stored with every moved row (merge_moves.participant): keep it stable.
class MergeParticipant
{
public:
    virtual ~MergeParticipant() = default;

    virtual QString id() const = 0;
    // Moves the rows of fromCustomer to toCustomer; returns the keys of the rows moved, in the
    // participant's own terms, for moveBack().
    virtual Result<QStringList> moveRows(qint64 fromCustomer, qint64 toCustomer) = 0;
    // Gives these rows back to their original owner.
    virtual Status moveBack(const QStringList& rowKeys, qint64 toCustomer) = 0;
};

} // namespace luotsi::core::merging
