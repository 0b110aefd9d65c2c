#pragma once

#include "core/Result.h"
#include "core/importing/ImportRunner.h"

namespace luotsi::storage {
class ImportBatchRepository;
}

namespace luotsi::core::importing {

// The rows of a sales facts sheet (target SalesFacts) into sales_facts, inside the batch and
// transaction ImportRunner opened. Each row names a customer (SalesFactResolver), a group
// company (a column, a constant, or the mapping's groupCompanyCode) and a month, with revenue
// and an order count. Rows that repeat a customer, company and month of an earlier row are
// summed into one fact (credit notes subtract). A fact the register already has with the same
// values is unchanged; otherwise the batch writes it and keeps, in import_changes, the fact it
// replaced (SalesFactRecord), which SalesFactUndo puts back.
class SalesFactImporter final
{
public:
    SalesFactImporter(Workspace& workspace, storage::ImportBatchRepository& batches);
    ~SalesFactImporter();

    // Reads the rest of the selected sheet and writes rows, changes and facts of report.batch
    // (created by the caller). A cancel through progress sets report.cancelled and returns.
    Status importRows(const ImportOptions& options, WorkbookReader& reader, qint64 defaultCompanyId,
                      ImportReport& report, const ImportRunner::Progress& progress);

private:
    struct State;

    // Reads, checks and sums the rows; rejected rows are written at once.
    Status readRows(const ImportOptions& options, WorkbookReader& reader, qint64 defaultCompanyId,
                    ImportReport& report, const ImportRunner::Progress& progress, State& state);
    // Compares each fact with the register and writes the ones that change.
    Status settleFacts(ImportReport& report, const ImportRunner::Progress& progress, State& state);
    // The accepted rows' lineage, now that their facts' outcomes are known.
    Status writeRows(ImportReport& report, const State& state);

    Workspace& m_workspace;
    storage::ImportBatchRepository& m_batches;
};

} // namespace luotsi::core::importing
