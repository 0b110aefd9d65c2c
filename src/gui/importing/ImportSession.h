#pragma once

#include "core/Result.h"
#include "core/importing/ImportRunner.h"
#include "core/importing/mapping/ColumnMapping.h"
#include "core/importing/mapping/ColumnSuggester.h"
#include "core/importing/mapping/MappingProfileStore.h"
#include "core/importing/readers/WorkbookReader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

// What the conversion wizard's pages share, in the order the pages fill it: the file and how
// to read it, the sheet and its first rows, the header row, the mapping with the suggester's
// evidence, the preview (a dry run) with the admin's decisions on possible duplicates, and the
// report of the real run. Reading the file's first rows happens here, on the GUI thread: it
// is a few hundred rows at most. Nothing here writes to the register.
class ImportSession final
{
public:
    // How many rows the sheet page reads: enough samples for the column suggester.
    static constexpr int sampleRows = 230;

    ImportSession(core::Workspace& workspace, const QString& profileFolder);
    ~ImportSession();

    core::Workspace& workspace() { return m_workspace; }
    core::importing::MappingProfileStore& profiles() { return m_profiles; }

    // The file. openFile() reads the workbook's sheet list; the error says what is wrong.
    core::Status openFile(const QString& path, const core::importing::ReaderOptions& options);
    bool isOpen() const { return m_reader != nullptr; }
    QString filePath() const { return m_filePath; }
    const core::importing::ReaderOptions& readerOptions() const { return m_readerOptions; }
    // "xlsx", "xls", "csv" and, for CSV, what was detected.
    QString format() const;
    core::importing::TextEncoding detectedEncoding() const;
    QChar detectedDelimiter() const;
    QList<core::importing::SheetInfo> sheets() const;

    // The sheet: reads its first rows and suggests the header row.
    core::Status selectSheet(int index);
    int sheetIndex() const { return m_sheetIndex; }
    QString sheetName() const;
    const QList<core::importing::SheetRow>& firstRows() const { return m_firstRows; }
    int suggestedHeaderRow() const { return m_suggestedHeaderRow; }
    double headerRowConfidence() const { return m_headerRowConfidence; }

    // The header row (1-based as Excel shows; 0: no header). Choosing it suggests the mapping
    // again: a saved profile whose headers match, else the column suggester's proposal.
    void setHeaderRow(int row);
    int headerRow() const { return m_mapping.headerRow; }
    QStringList headers() const { return m_headers; }
    // A few non-empty values of a column from the rows under the header.
    QStringList sampleValues(int column, int count = 3) const;
    // How many columns the header and the sample rows span.
    int columnCount() const;

    // The mapping the admin edits on the mapping page.
    core::importing::ColumnMapping& mapping() { return m_mapping; }
    const core::importing::ColumnMapping& mapping() const { return m_mapping; }
    // The suggester's evidence for a column, if it made one (none when a profile was applied).
    std::optional<core::importing::ColumnSuggestion> suggestionFor(int column) const;
    QStringList remarks() const { return m_suggestion.remarks; }
    // The saved profile applied automatically because its headers match; empty if none.
    QString matchedProfile() const { return m_matchedProfile; }
    // What the rows become. Between the customer targets and sales facts the fields differ,
    // so the mapping is suggested again for the new target; returns whether it was.
    bool setTarget(core::importing::ImportTarget target);
    // Replaces the mapping with a saved profile, its columns found by their header texts.
    core::Status applyProfile(const core::importing::ColumnMapping& profile);

    // Date columns whose values read both day-first and month-first in the preview and whose
    // order is not yet chosen: (column, a sample value).
    QList<QPair<int, QString>> ambiguousDateColumns() const;

    // The options of a run: the preview is a dry run that leaves possible duplicates for
    // review; the real run carries the admin's decisions.
    core::importing::ImportOptions options(bool dryRun) const;

    void setPreview(core::importing::ImportReport report);
    const std::optional<core::importing::ImportReport>& preview() const { return m_preview; }
    QHash<int, core::importing::ReviewDecision>& decisions() { return m_decisions; }

    void setResult(core::importing::ImportReport report) { m_result = std::move(report); }
    const std::optional<core::importing::ImportReport>& result() const { return m_result; }

private:
    void suggestMapping();

    core::Workspace& m_workspace;
    core::importing::MappingProfileStore m_profiles;
    QString m_filePath;
    core::importing::ReaderOptions m_readerOptions;
    std::unique_ptr<core::importing::WorkbookReader> m_reader;
    int m_sheetIndex = -1;
    QList<core::importing::SheetRow> m_firstRows;
    int m_suggestedHeaderRow = 1;
    double m_headerRowConfidence = 0.0;
    QStringList m_headers;
    core::importing::ColumnMapping m_mapping;
    core::importing::MappingSuggestion m_suggestion;
    QString m_matchedProfile;
    bool m_targetChosen = false; // by the admin; until then a sales sheet is recognised
    std::optional<core::importing::ImportReport> m_preview;
    QHash<int, core::importing::ReviewDecision> m_decisions;
    std::optional<core::importing::ImportReport> m_result;
};

} // namespace luotsi::gui
