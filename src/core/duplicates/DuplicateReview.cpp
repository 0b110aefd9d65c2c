#include "DuplicateReview.h"

#include "core/Workspace.h"
#include "core/storage/DuplicateRepository.h"
#include "core/storage/TransactionGuard.h"

namespace luotsi::core::duplicates {

DuplicateReview::DuplicateReview(Workspace& workspace)
    : m_workspace(workspace)
{}

Result<std::optional<DuplicateRun>> DuplicateReview::latestRun()
{
    return storage::DuplicateRepository(m_workspace.database()).latestRun();
}

Result<QList<DuplicateGroup>> DuplicateReview::openGroups(bool includeLater)
{
    return storage::DuplicateRepository(m_workspace.database()).openGroups(includeLater);
}

Result<DuplicateGroup> DuplicateReview::group(qint64 groupId)
{
    return storage::DuplicateRepository(m_workspace.database()).group(groupId);
}

Result<qint64> DuplicateReview::openGroupCount()
{
    return storage::DuplicateRepository(m_workspace.database()).openGroupCount();
}

Status DuplicateReview::markLater(qint64 groupId)
{
    return storage::DuplicateRepository(m_workspace.database())
        .setStatus(groupId, DuplicateGroupStatus::Later, m_workspace.currentUser().id);
}

Status DuplicateReview::markNotDuplicate(qint64 groupId)
{
    storage::DuplicateRepository repository(m_workspace.database());
    auto group = repository.group(groupId);
    if (!group)
        return group.error();
    QList<std::pair<qint64, qint64>> pairs;
    for (qsizetype i = 0; i < group->customerIds.size(); ++i) {
        for (qsizetype j = i + 1; j < group->customerIds.size(); ++j)
            pairs.append({group->customerIds[i], group->customerIds[j]});
    }
    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto status = repository.addNotDuplicates(pairs, m_workspace.currentUser().id); !status)
        return status;
    if (auto status = repository.setStatus(groupId, DuplicateGroupStatus::NotDuplicate,
                                           m_workspace.currentUser().id);
        !status)
        return status;
    return transaction.commit();
}

Status DuplicateReview::rememberNotDuplicates(const QList<std::pair<qint64, qint64>>& pairs)
{
    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto status = storage::DuplicateRepository(m_workspace.database())
                          .addNotDuplicates(pairs, m_workspace.currentUser().id);
        !status)
        return status;
    return transaction.commit();
}

Status DuplicateReview::markMerged(qint64 groupId, qint64 mergeId)
{
    return storage::DuplicateRepository(m_workspace.database())
        .setStatus(groupId, DuplicateGroupStatus::Merged, m_workspace.currentUser().id, mergeId);
}

} // namespace luotsi::core::duplicates
