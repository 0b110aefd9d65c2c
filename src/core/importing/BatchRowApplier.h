#pragma once

#include "core/Result.h"
#include "core/importing/BatchKeyIndex.h"
#include "core/importing/ImportMatcher.h"
#include "core/importing/ImportRunner.h"
#include "core/importing/PreparedRow.h"
#include "core/storage/MatchKeyRepository.h"
#include "core/storage/NewCustomerWriter.h"

#include <memory>

namespace luotsi::storage {
class ImportBatchRepository;
}

namespace luotsi::core::importing {

// The half of an import batch that needs the register, row by prepared row, on the thread that
// owns the connection: finds the customer the row is (or resembles), decides what becomes of it
// (new, merged, left for review, skipped, rejected), writes that, and records the row's lineage
// and the change for undo. New customers go through NewCustomerWriter, the batch's fast path,
// their matching keys into the batch's BatchKeyIndex until finish(); merges go through
// CustomerService, as an edit would.
class BatchRowApplier final
{
public:
    BatchRowApplier(Workspace& workspace, const ImportOptions& options, const ImportBatch& batch,
                    storage::ImportBatchRepository& batches, int versionColumn);
    ~BatchRowApplier();

    Result<ImportRowDetail> apply(PreparedRow& row, const QStringList& headers);
    // Writes what still waits — the last customers, their search entries, and the matching keys
    // of every customer the batch created, in key order; before the batch ends.
    Status finish();

private:
    Status createNew(PreparedRow& row, ImportRowResult& result);
    Status mergeInto(PreparedRow& row, const MatchFinding& match, ImportRowResult& result);

    Workspace& m_workspace;
    const ImportOptions& m_options;
    const ImportBatch& m_batch;
    storage::ImportBatchRepository& m_batches;
    int m_versionColumn;
    ImportMatcher m_matcher;
    storage::NewCustomerWriter m_writer;
    storage::MatchKeyRepository m_keys;
    BatchKeyIndex m_batchKeys;
};

} // namespace luotsi::core::importing
