#pragma once

#include "MergeSnapshot.h"
#include "core/Result.h"
#include "core/storage/MergeRepository.h"

namespace luotsi::core::merging {

struct MergeContext;

// Undoes one merge (see MergeService::undo): the survivor back to its "before", the members back
// with their own ids, the moved rows back to their owners, in one transaction.
class MergeUndo final
{
public:
    explicit MergeUndo(MergeContext& context);

    // The merge as it was undone (survivor and member ids for the views).
    Result<storage::StoredMerge> run(qint64 mergeId);

private:
    // Why the merge cannot be undone now, or nothing.
    Status refusal(const storage::StoredMerge& merge, const Customer& survivorAfter);
    Status restoreCustomers(const Customer& current, const MergeSnapshot& before,
                            const QList<MergeSnapshot>& members);
    Status moveRowsBack(qint64 mergeId);
    Status recordAudit(qint64 mergeId, const Customer& current,
                       const QList<MergeSnapshot>& members);

    MergeContext& m_context;
};

} // namespace luotsi::core::merging
