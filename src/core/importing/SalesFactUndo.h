#pragma once

#include "core/Result.h"
#include "core/importing/BatchUndo.h"
#include "core/importing/ImportBatch.h"

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::importing {

// Undoes a sales facts batch (BatchUndo hands such batches here): the facts it created are
// removed and the ones it replaced are put back as they were, with the batch that had written
// them, in the caller's transaction. A fact that is no longer the batch's own — a later batch
// or `generate` wrote it, or its customer went — is a conflict, and then nothing changes.
class SalesFactUndo final
{
public:
    explicit SalesFactUndo(Workspace& workspace);

    // Whether the batch's changes are sales facts.
    static bool isSalesFactBatch(const QList<ImportChange>& changes);

    // changes: the batch's, newest first. Reports removed (created facts) and restored.
    Result<UndoReport> undo(const ImportBatch& batch, const QList<ImportChange>& changes);

private:
    Workspace& m_workspace;
};

} // namespace luotsi::core::importing
