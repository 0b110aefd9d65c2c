#pragma once

#include "core/Result.h"
#include "core/importing/BatchUndo.h"
#include "core/importing/ImportBatch.h"

#include <functional>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::importing {

// The import history for the GUI and luotsi-admin: batches newest first, the rows of one, undo.
class ImportHistory final
{
public:
    explicit ImportHistory(Workspace& workspace);

    Result<QList<ImportBatch>> batches(int limit = 1000);
    Result<ImportBatch> batch(qint64 batchId);
    // The rows of a batch in file order; the visitor returns false to stop.
    Status visitRows(qint64 batchId, const std::function<bool(const ImportRowResult&)>& visit);
    Result<UndoReport> undo(qint64 batchId);
    // Whether the batch wrote sales facts rather than customers (what undo would remove).
    Result<bool> isSalesFactBatch(qint64 batchId);

private:
    Workspace& m_workspace;
};

} // namespace luotsi::core::importing
