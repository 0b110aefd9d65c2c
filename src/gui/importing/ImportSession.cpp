#include "ImportSession.h"

#include "core/Workspace.h"
#include "core/importing/MappingAdvisor.h"
#include "core/importing/SalesFactMapping.h"
#include "core/importing/cleaning/DateParser.h"
#include "core/importing/mapping/HeaderRowDetector.h"
#include "core/importing/mapping/RecordMapper.h"

#include <QCoreApplication>
#include <QSet>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::importing;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)
};

} // namespace

ImportSession::ImportSession(Workspace& workspace, const QString& profileFolder)
    : m_workspace(workspace)
    , m_profiles(profileFolder)
{}

ImportSession::~ImportSession() = default;

Status ImportSession::openFile(const QString& path, const ReaderOptions& options)
{
    auto opened = WorkbookReader::open(path, options);
    if (!opened) {
        m_reader.reset();
        return opened.error();
    }
    m_reader = std::move(opened).value();
    m_filePath = path;
    m_readerOptions = options;
    m_sheetIndex = -1;
    m_firstRows.clear();
    m_preview.reset();
    m_result.reset();
    m_decisions.clear();
    return {};
}

QString ImportSession::format() const
{
    return m_reader ? m_reader->format() : QString();
}

TextEncoding ImportSession::detectedEncoding() const
{
    return m_reader ? m_reader->encoding() : TextEncoding::Automatic;
}

QChar ImportSession::detectedDelimiter() const
{
    return m_reader ? m_reader->delimiter() : QChar();
}

QList<SheetInfo> ImportSession::sheets() const
{
    return m_reader ? m_reader->sheets() : QList<SheetInfo>{};
}

QString ImportSession::sheetName() const
{
    const QList<SheetInfo> all = sheets();
    return m_sheetIndex >= 0 && m_sheetIndex < all.size() ? all.at(m_sheetIndex).name : QString();
}

Status ImportSession::selectSheet(int index)
{
    if (!m_reader)
        return Error{Texts::tr("Choose a file first."), {}};
    auto rows = MappingAdvisor::firstRows(*m_reader, index, sampleRows);
    if (!rows)
        return rows.error();
    m_sheetIndex = index;
    m_firstRows = std::move(rows).value();
    const HeaderRowDetector::Guess guess = HeaderRowDetector::detect(m_firstRows);
    m_suggestedHeaderRow = guess.row;
    m_headerRowConfidence = guess.confidence;
    m_mapping = ColumnMapping{};
    m_targetChosen = false;
    setHeaderRow(guess.row);
    return {};
}

void ImportSession::setHeaderRow(int row)
{
    m_headers.clear();
    for (const SheetRow& sheetRow : std::as_const(m_firstRows)) {
        if (sheetRow.number != row)
            continue;
        for (const SheetCell& cell : sheetRow.cells) {
            while (m_headers.size() < cell.column)
                m_headers.append(QString());
            m_headers.append(cell.displayText().trimmed());
        }
    }
    m_mapping.headerRow = row;
    suggestMapping();
}

void ImportSession::suggestMapping()
{
    SheetRow header;
    QList<SheetRow> samples;
    for (const SheetRow& row : std::as_const(m_firstRows)) {
        if (row.number == m_mapping.headerRow)
            header = row;
        else if (row.number > m_mapping.headerRow)
            samples.append(row);
    }
    // What the admin already chose for the batch survives a new header row.
    const QString sourceSystem = m_mapping.sourceSystem;
    const ImportTarget target = m_mapping.target;
    const QString groupCompany = m_mapping.groupCompanyCode;

    // A sheet of revenue per customer and month is sales facts unless the admin said otherwise.
    const bool sales = m_targetChosen ? target == ImportTarget::SalesFacts
                                      : target == ImportTarget::SalesFacts ||
                                            SalesFactMapping::looksLikeSales(m_headers);
    m_suggestion = sales ? SalesFactMapping::suggest(sheetName(), header, samples)
                         : ColumnSuggester().suggest(sheetName(), header, samples);
    m_mapping = m_suggestion.mapping;
    m_mapping.sheetName = sheetName();
    m_mapping.headerRow = header.number > 0 ? header.number : 0;
    m_matchedProfile.clear();
    if (const auto profile = m_profiles.findFor(m_headers); profile && !m_headers.isEmpty()) {
        if (applyProfile(*profile))
            m_matchedProfile = profile->profileName;
    }
    if (!sourceSystem.isEmpty() && m_matchedProfile.isEmpty())
        m_mapping.sourceSystem = sourceSystem;
    if (m_matchedProfile.isEmpty()) {
        m_mapping.target = sales ? ImportTarget::SalesFacts : target;
        m_mapping.groupCompanyCode = groupCompany;
        if (sales && target != ImportTarget::SalesFacts)
            m_suggestion.remarks.prepend(
                Texts::tr("The columns look like sales (revenue per customer and month): the "
                          "rows become sales facts. Choose another target below if they are "
                          "not."));
    }
}

bool ImportSession::setTarget(ImportTarget target)
{
    m_targetChosen = true;
    const bool wasSales = m_mapping.target == ImportTarget::SalesFacts;
    m_mapping.target = target;
    if (wasSales == (target == ImportTarget::SalesFacts))
        return false;
    suggestMapping();
    return true;
}

Status ImportSession::applyProfile(const ColumnMapping& profile)
{
    auto rebound = profile.reboundTo(m_headers);
    if (!rebound)
        return rebound.error();
    const int headerRow = m_mapping.headerRow;
    m_mapping = std::move(rebound).value();
    m_mapping.sheetName = sheetName();
    m_mapping.headerRow = headerRow;
    // The suggester's evidence no longer describes these columns.
    m_suggestion.columns.clear();
    return {};
}

QStringList ImportSession::sampleValues(int column, int count) const
{
    QStringList values;
    for (const SheetRow& row : m_firstRows) {
        if (row.number <= m_mapping.headerRow)
            continue;
        if (const SheetCell* cell = row.cell(column)) {
            const QString text = cell->displayText().trimmed();
            if (!text.isEmpty())
                values.append(text);
        }
        if (values.size() >= count)
            break;
    }
    return values;
}

int ImportSession::columnCount() const
{
    int count = int(m_headers.size());
    for (const SheetRow& row : m_firstRows) {
        if (!row.cells.isEmpty())
            count = qMax(count, row.cells.last().column + 1);
    }
    return count;
}

std::optional<ColumnSuggestion> ImportSession::suggestionFor(int column) const
{
    for (const ColumnSuggestion& suggestion : m_suggestion.columns) {
        if (suggestion.column == column)
            return suggestion;
    }
    return std::nullopt;
}

QList<QPair<int, QString>> ImportSession::ambiguousDateColumns() const
{
    QList<QPair<int, QString>> found;
    QSet<int> seen;
    const auto add = [&](int column, const QString& sample) {
        if (!seen.contains(column)) {
            seen.insert(column);
            found.append({column, sample});
        }
    };
    for (const MappedColumn& column : m_mapping.columns) {
        if (!isDateField(column.field) || column.dateOrder != DateOrder::Unknown)
            continue;
        // The rows the sheet page read...
        for (const SheetRow& row : m_firstRows) {
            const SheetCell* cell =
                row.number > m_mapping.headerRow ? row.cell(column.column) : nullptr;
            if (!cell)
                continue;
            const QString text = RecordMapper::cellText(*cell);
            if (DateParser::parse(text, DateOrder::Unknown).ambiguous) {
                add(column.column, text);
                break;
            }
        }
        // ...and every row of the preview, whose findings keep the value as the file had it.
        if (seen.contains(column.column) || !m_preview)
            continue;
        for (const ImportRowDetail& row : m_preview->rows) {
            const auto ambiguous = std::find_if(
                row.findings.begin(), row.findings.end(), [&](const CleaningFinding& finding) {
                    return finding.field == column.field &&
                           DateParser::parse(finding.before, DateOrder::Unknown).ambiguous;
                });
            if (ambiguous != row.findings.end()) {
                add(column.column, ambiguous->before);
                break;
            }
        }
    }
    return found;
}

ImportOptions ImportSession::options(bool dryRun) const
{
    ImportOptions options;
    options.filePath = m_filePath;
    options.reader = m_readerOptions;
    options.mapping = m_mapping;
    options.dryRun = dryRun;
    options.possibleDuplicates = ReviewDecision::Leave;
    // The register's tuned matching (matching.json beside it), as luotsi-admin import uses.
    options.matchSettings = m_workspace.matchSettings().value_or(matching::MatchSettings{});
    if (!dryRun) {
        options.decisions = m_decisions;
        // The report after the run lists only the rows that did not reach the register: the
        // others need no memory, however long the file.
        options.keepAllRowDetails = false;
    }
    return options;
}

void ImportSession::setPreview(ImportReport report)
{
    m_preview = std::move(report);
    // Decisions for rows that are no longer possible duplicates mean nothing now.
    QSet<int> reviewable;
    for (const ImportRowDetail& row : m_preview->rows) {
        if (row.result.outcome == RowOutcome::PossibleDuplicate)
            reviewable.insert(row.result.rowNumber);
    }
    for (auto it = m_decisions.begin(); it != m_decisions.end();) {
        if (reviewable.contains(it.key()))
            ++it;
        else
            it = m_decisions.erase(it);
    }
}

} // namespace luotsi::gui
