#pragma once

#include "MergePlan.h"
#include "SurvivorshipRules.h"
#include "core/Result.h"

namespace luotsi::core::merging {

struct MergeContext;

// The records of a planned merge as they are now and the survivor they make.
struct MergeDraft
{
    MergeCandidate survivor;
    QList<MergeCandidate> members; // in the plan's order
    Customer merged;
};

// Writes one merge (see MergeService::merge): checks the plan, loads the records, builds the
// survivor and stores everything undo needs, all inside the caller's transaction or its own.
class MergeCommit final
{
public:
    explicit MergeCommit(MergeContext& context);

    // Why the plan cannot be carried out as such, before anything is read.
    static Status check(const MergePlan& plan);
    Result<MergeDraft> draft(const MergePlan& plan);
    Result<qint64> run(const MergePlan& plan);

private:
    Result<MergeCandidate> candidate(qint64 customerId);
    // The merged record's parent: never itself or a member, and never below itself.
    Result<qint64> parentOutsideGroup(qint64 parentId, const QList<qint64>& group);
    Status moveAttachedRows(qint64 mergeId, const MergeDraft& draft);
    Status removeMembers(const MergeDraft& draft);
    Status recordFieldSources(qint64 mergeId, const MergePlan& plan, const MergeDraft& draft);

    MergeContext& m_context;
};

} // namespace luotsi::core::merging
