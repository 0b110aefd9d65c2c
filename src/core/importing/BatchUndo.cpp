#include "BatchUndo.h"

#include "core/Workspace.h"
#include "core/importing/SalesFactUndo.h"
#include "core/register/CustomerJson.h"
#include "core/register/CustomerService.h"
#include "core/storage/ImportBatchRepository.h"
#include "core/storage/TransactionGuard.h"

#include <QCoreApplication>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(BatchUndo)
};

} // namespace

BatchUndo::BatchUndo(Workspace& workspace)
    : m_workspace(workspace)
{}

Result<UndoReport> BatchUndo::undo(qint64 batchId)
{
    storage::ImportBatchRepository batches(m_workspace.database());
    auto batch = batches.load(batchId);
    if (!batch)
        return batch.error();
    if (batch->status == BatchStatus::Undone) {
        return Error{Texts::tr("Batch %1 has already been undone.").arg(batchId), batch->fileName};
    }
    auto changes = batches.changesNewestFirst(batchId);
    if (!changes)
        return changes.error();

    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();

    if (SalesFactUndo::isSalesFactBatch(*changes)) {
        auto undone = SalesFactUndo(m_workspace).undo(*batch, *changes);
        if (!undone || !undone->conflicts.isEmpty())
            return undone; // the guard rolls back whatever was undone before the conflict
        if (auto status = batches.markUndone(batchId); !status)
            return status.error();
        if (auto status = transaction.commit(); !status)
            return status.error();
        return undone;
    }

    UndoReport report;
    report.batchId = batchId;
    CustomerService& customers = m_workspace.customers();
    // Walk the changes newest first, applying each as we go, so that a customer touched by
    // several rows of the batch unwinds step by step. A conflict leaves the transaction to roll
    // back: nothing changes unless everything can.
    QList<UndoConflict> conflicts;
    for (const ImportChange& change : std::as_const(*changes)) {
        auto later = batches.laterBatchesTouching(batchId, change.customerId);
        if (!later)
            return later.error();
        auto current = customers.load(change.customerId);
        const QString name = current ? current->name : QString::number(change.customerId);
        if (!later->isEmpty()) {
            conflicts.append({change.customerId, name,
                              Texts::tr("batch %1, imported later, changed this customer; undo "
                                        "it first")
                                  .arg(later->constFirst())});
            continue;
        }
        if (!current) {
            conflicts.append(
                {change.customerId, name, Texts::tr("the customer was removed after the import")});
            continue;
        }
        if (CustomerJson::fingerprint(*current) != change.after) {
            conflicts.append(
                {change.customerId, name, Texts::tr("the customer was edited after the import")});
            continue;
        }
        if (!conflicts.isEmpty())
            continue; // keep looking for conflicts, but change nothing more
        if (change.action == ImportChange::Action::Create) {
            if (auto status = customers.remove(change.customerId); !status)
                return status.error();
            ++report.removed;
        } else {
            const auto before = CustomerJson::fromBytes(change.before);
            if (!before) {
                return Error{Texts::tr("The batch's record of customer %1 is unreadable.")
                                 .arg(change.customerId),
                             batch->fileName};
            }
            if (auto restored = customers.save(*before); !restored)
                return restored.error();
            ++report.restored;
        }
    }
    if (!conflicts.isEmpty()) {
        report.conflicts = conflicts;
        report.removed = 0;
        report.restored = 0;
        return report; // the guard rolls back whatever was undone before the conflict
    }
    if (auto status = batches.markUndone(batchId); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return report;
}

} // namespace luotsi::core::importing
