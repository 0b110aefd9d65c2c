#pragma once

#include "core/Result.h"
#include "core/importing/ImportBatch.h"
#include "core/importing/cleaning/CleaningFinding.h"
#include "core/importing/mapping/ColumnMapping.h"
#include "core/importing/readers/WorkbookReader.h"
#include "core/matching/MatchSettings.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::importing {

// What to do with a row that looks like a customer but not surely.
enum class ReviewDecision
{
    Leave,     // keep it out of the register and list it in the report for a later look
    Merge,     // it is the customer it resembles: add to that one
    CreateNew, // it is another customer
    Skip       // not wanted at all
};

struct ImportOptions
{
    QString filePath;
    ReaderOptions reader;
    ColumnMapping mapping; // its sheetName picks the sheet; its headerRow where data starts
    bool matchAgainstRegister = true; // false: every accepted row becomes a new customer
    bool dryRun = false;              // run everything, then roll back: the preview
    ReviewDecision possibleDuplicates = ReviewDecision::Leave; // for rows without a decision
    QHash<int, ReviewDecision> decisions;                      // per row number
    matching::MatchSettings matchSettings;
    // How many rows' details the report keeps in memory for the preview (the batch keeps all).
    int rowDetailLimit = 100000;
    // false: keep only the rows an admin must look at (rejected, skipped, possible duplicates),
    // so that memory stays flat on a file of a million rows.
    bool keepAllRowDetails = true;
};

// One row as the preview and the report show it.
struct ImportRowDetail
{
    ImportRowResult result;
    QString name;        // the cleaned name
    QString matchedName; // the customer it matched or resembles
    qint64 candidateId = 0;
    CleaningFindings findings;
    QStringList cells; // the row's cells as text, in column order
};

struct ImportReport
{
    ImportBatch batch; // id 0 after a dry run
    bool dryRun = false;
    bool cancelled = false;
    QStringList headers;
    QList<ImportRowDetail> rows; // at most rowDetailLimit, in file order
    qint64 rowsNotKept = 0;
    qint64 earlierBatchOfSameFile = 0; // the file was imported before (a no-op expected)
    QStringList notes; // translated remarks on the batch as a whole ("12 rows were summed")
    double seconds = 0.0;
};

// Runs one import of one sheet as one batch: every row is read, mapped, cleaned, matched against
// the register (which holds the rows already imported in this batch too) and applied, all inside
// one transaction. Cancel, an error, or a killed process leave the register as it was; a dry run
// does everything and rolls back. Runs on the thread that owns the workspace's connection: a
// worker opens its own workspace.
class ImportRunner final
{
public:
    // Called every few hundred rows with the rows done and the fraction of the file read;
    // returning false cancels.
    using Progress = std::function<bool(qint64 rows, double fraction)>;

    explicit ImportRunner(Workspace& workspace);
    Result<ImportReport> run(const ImportOptions& options, const Progress& progress = {});

private:
    Workspace& m_workspace;
};

} // namespace luotsi::core::importing
