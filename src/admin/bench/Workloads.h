#pragma once

#include "core/Result.h"
#include "core/storage/WorkMeter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace luotsi::core {
class Workspace;
}

// The operations the bench measures, run in this process: by the child process of each measured
// run (so that every run has a process, and a peak memory, of its own), and at a small scale by
// the regression guard, which compares their work at two sizes.
namespace luotsi::admin::bench::workloads {

// What one run did.
struct Outcome
{
    QList<double> samplesMs; // one per operation (a keystroke, a card); empty: the run is one
    qint64 items = 0;        // rows read or imported, queries, cards
    qint64 cells = 0;        // cells read (parse)
    storage::WorkMeter::Counts work; // the database work of the operations
    QString note;
};

// Every row of the first sheet of a workbook (.xlsx, .xls, .csv), as an import reads them.
core::Result<Outcome> readWorkbook(const QString& path);

// The whole conversion of a customer file as `luotsi-admin import FILE --auto` does it:
// the wizard's suggested mapping, cleaning, matching against the register, lineage; one batch.
// dryRun: everything, then rolled back (the register stays as it was).
core::Result<Outcome> importFile(core::Workspace& workspace, const QString& path, bool dryRun);

// Opening the register as the list does: count and the first page.
core::Result<Outcome> openList(core::Workspace& workspace);

// Search as you type: every prefix is one keystroke, the list's count and its first page.
core::Result<Outcome> search(core::Workspace& workspace, const QStringList& prefixes);

// A full customer card per id: the record with its rows, timeline, change history, units,
// segment with its history, and sales facts.
core::Result<Outcome> loadCards(core::Workspace& workspace, const QList<qint64>& customerIds);

// A segmentation run of the primary segmentation over every customer: preview, then apply.
core::Result<Outcome> segmentRun(core::Workspace& workspace);

// The duplicate finder over the whole register, its groups stored.
core::Result<Outcome> findDuplicates(core::Workspace& workspace);

// What search-as-you-type is measured with: the 2- to 6-letter prefixes of the first words of
// `names` customers' names spread over the register (as people type them, at random depths).
core::Result<QStringList> searchPrefixes(core::Workspace& workspace, int names);

// Whose cards are measured: the customers with the longest timelines first, then customers
// spread evenly over the register, `count` in all.
core::Result<QList<qint64>> cardCustomers(core::Workspace& workspace, int count);

} // namespace luotsi::admin::bench::workloads
