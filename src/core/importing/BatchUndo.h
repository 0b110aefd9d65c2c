#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::importing {

// A reason an undo cannot restore a customer without overwriting later work.
struct UndoConflict
{
    qint64 customerId = 0;
    QString customerName;
    QString reason;
};

struct UndoReport
{
    qint64 batchId = 0;
    int removed = 0;               // customers (sales facts) the batch created, now gone
    int restored = 0;              // customers (sales facts) the batch updated, now as before it
    bool salesFacts = false;       // a sales facts batch: the counts are facts (SalesFactUndo)
    QList<UndoConflict> conflicts; // non-empty: nothing was changed
};

// Undoes an import batch: removes the customers it created and restores the ones it updated,
// in one transaction. If anything was edited after the batch (by hand or by a later batch),
// nothing changes and the report lists the conflicts.
class BatchUndo final
{
public:
    explicit BatchUndo(Workspace& workspace);
    Result<UndoReport> undo(qint64 batchId);

private:
    Workspace& m_workspace;
};

} // namespace luotsi::core::importing
