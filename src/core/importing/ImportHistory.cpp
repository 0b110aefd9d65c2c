#include "ImportHistory.h"

#include "core/Workspace.h"
#include "core/storage/ImportBatchRepository.h"

namespace luotsi::core::importing {

ImportHistory::ImportHistory(Workspace& workspace)
    : m_workspace(workspace)
{}

Result<QList<ImportBatch>> ImportHistory::batches(int limit)
{
    return storage::ImportBatchRepository(m_workspace.database()).list(limit);
}

Result<ImportBatch> ImportHistory::batch(qint64 batchId)
{
    return storage::ImportBatchRepository(m_workspace.database()).load(batchId);
}

Status ImportHistory::visitRows(qint64 batchId,
                                const std::function<bool(const ImportRowResult&)>& visit)
{
    return storage::ImportBatchRepository(m_workspace.database()).visitRows(batchId, visit);
}

Result<UndoReport> ImportHistory::undo(qint64 batchId)
{
    return BatchUndo(m_workspace).undo(batchId);
}

} // namespace luotsi::core::importing
