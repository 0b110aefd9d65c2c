#pragma once

#include "DuplicateGroup.h"
#include "core/Result.h"

#include <QList>

#include <utility>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::duplicates {

// The admin's side of the finder's results: the open groups of the latest run and the decisions
// on them. "Not a duplicate" is remembered per pair of customers, so that no later run proposes
// the pair again.
class DuplicateReview final
{
public:
    explicit DuplicateReview(Workspace& workspace);

    // The latest finished run, if any.
    Result<std::optional<DuplicateRun>> latestRun();
    // Groups waiting for a decision (pending, and later ones too when includeLater), best first.
    Result<QList<DuplicateGroup>> openGroups(bool includeLater = true);
    Result<DuplicateGroup> group(qint64 groupId);
    Result<qint64> openGroupCount();

    Status markLater(qint64 groupId);
    // Every pair of the group's members is remembered as two different customers.
    Status markNotDuplicate(qint64 groupId);
    // Only these pairs are remembered (a member left out of a merge is not the survivor's
    // duplicate); the group's status does not change.
    Status rememberNotDuplicates(const QList<std::pair<qint64, qint64>>& pairs);
    Status markMerged(qint64 groupId, qint64 mergeId);

private:
    Workspace& m_workspace;
};

} // namespace luotsi::core::duplicates
