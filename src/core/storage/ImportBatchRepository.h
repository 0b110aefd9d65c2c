#pragma once

#include "Database.h"
#include "SqlStatement.h"
#include "SqliteStatement.h"
#include "core/Result.h"
#include "core/importing/ConversionEvaluation.h"
#include "core/importing/ImportBatch.h"

#include <functional>
#include <optional>

namespace luotsi::storage {

// Import batches, the outcome of each of their input rows, and the changes they made.
class ImportBatchRepository final
{
public:
    explicit ImportBatchRepository(Database& database);

    core::Result<qint64> create(const core::importing::ImportBatch& batch);
    core::Status finish(const core::importing::ImportBatch& batch);
    core::Status addRow(qint64 batchId, const core::importing::ImportRowResult& row);
    core::Status addChange(const core::importing::ImportChange& change);
    core::Status markUndone(qint64 batchId);

    // Newest first.
    core::Result<QList<core::importing::ImportBatch>> list(int limit = 1000);
    core::Result<core::importing::ImportBatch> load(qint64 batchId);
    // Every row of a batch in file order, handed one at a time so that a million rows need no
    // list; the visitor returns false to stop.
    core::Status
    visitRows(qint64 batchId,
              const std::function<bool(const core::importing::ImportRowResult&)>& visit);
    // The changes of a batch, newest first: the order undo walks them.
    core::Result<QList<core::importing::ImportChange>> changesNewestFirst(qint64 batchId);
    // Applied batches after this one that touched the customer: an undo of this batch would
    // overwrite their work.
    core::Result<QList<qint64>> laterBatchesTouching(qint64 batchId, qint64 customerId);
    // Where every row of every applied batch went.
    core::Result<QList<core::importing::RowLineage>> lineageOfAppliedBatches();
    // The newest applied batch of the same file contents and sheet, if any.
    core::Result<std::optional<qint64>> findApplied(const QString& fileHash, const QString& sheet);

private:
    Database& m_database;
    // A batch writes one row (and usually one change) per input row: on SQLite's C API.
    SqliteStatement m_insertRow;
    SqliteStatement m_insertChange;
};

} // namespace luotsi::storage
