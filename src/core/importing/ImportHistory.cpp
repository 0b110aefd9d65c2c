#include "ImportHistory.h"

#include "core/Workspace.h"
#include "core/importing/SalesFactRecord.h"
#include "core/storage/ImportBatchRepository.h"
#include "core/storage/SalesFactImportRepository.h"

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

Result<bool> ImportHistory::isSalesFactBatch(qint64 batchId)
{
    auto first = storage::SalesFactImportRepository(m_workspace.database()).firstChangeOf(batchId);
    if (!first)
        return first.error();
    return SalesFactRecord::isRecord(*first);
}

} // namespace luotsi::core::importing
