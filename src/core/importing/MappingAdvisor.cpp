#include "MappingAdvisor.h"

#include "core/importing/RegisterExport.h"
#include "core/importing/mapping/ColumnSuggester.h"
#include "core/importing/mapping/MappingProfileStore.h"

#include <QCoreApplication>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(MappingAdvisor)
};

// The mapping of a file Luotsi exported (RegisterExport), recognised by its header row.
std::optional<ColumnMapping> exportMapping(const QList<SheetRow>& rows, const QString& sheet)
{
    if (rows.isEmpty())
        return std::nullopt;
    QStringList header;
    for (const SheetCell& cell : rows.constFirst().cells)
        header.append(cell.displayText().trimmed());
    if (header != RegisterExport::headers() && header != RegisterExport::englishHeaders())
        return std::nullopt;
    ColumnMapping mapping;
    mapping.sheetName = sheet;
    mapping.headerRow = rows.constFirst().number;
    mapping.sourceSystem = RegisterExport::luotsiSourceSystem();
    const QList<TargetField> fields = RegisterExport::fields();
    for (qsizetype i = 0; i < header.size(); ++i)
        mapping.columns.append({int(i), header.at(i), fields.value(i), {}});
    return mapping;
}

} // namespace

Result<QList<SheetRow>> MappingAdvisor::firstRows(WorkbookReader& reader, int sheetIndex, int count)
{
    if (auto status = reader.selectSheet(sheetIndex); !status)
        return status.error();
    QList<SheetRow> rows;
    SheetRow row;
    while (rows.size() < count) {
        auto more = reader.nextRow(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        rows.append(row);
    }
    return rows;
}

Result<ColumnMapping> MappingAdvisor::suggest(const QString& path, const QString& sheetName,
                                              const MappingProfileStore& profiles,
                                              const ReaderOptions& readerOptions)
{
    auto opened = WorkbookReader::open(path, readerOptions);
    if (!opened)
        return opened.error();
    WorkbookReader& reader = **opened;
    const QList<SheetInfo> sheets = reader.sheets();
    // The named sheet, else the first visible sheet with a few rows of data.
    int chosen = -1;
    QList<SheetRow> rows;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const SheetInfo& sheet = sheets.at(i);
        if (!sheetName.isEmpty() && sheet.name.compare(sheetName, Qt::CaseInsensitive) != 0)
            continue;
        if (sheetName.isEmpty() && sheet.state != SheetState::Visible)
            continue;
        auto first = firstRows(reader, int(i), 230);
        if (!first)
            return first.error();
        if (!sheetName.isEmpty() || first->size() >= 3) {
            chosen = int(i);
            rows = *first;
            break;
        }
    }
    if (chosen < 0) {
        return sheetName.isEmpty()
                   ? Error{Texts::tr("No sheet of the file has rows to import."), path}
                   : Error{Texts::tr("The file has no sheet \"%1\".").arg(sheetName), path};
    }
    // Luotsi's own export needs no guessing.
    if (auto exported = exportMapping(rows, sheets.at(chosen).name))
        return *exported;
    const MappingSuggestion suggestion =
        ColumnSuggester().suggestForSheet(sheets.at(chosen).name, rows);
    ColumnMapping mapping = suggestion.mapping;
    mapping.sheetName = sheets.at(chosen).name;
    // A saved profile made from the same headers knows better than any suggestion.
    if (auto profile = profiles.findFor(mapping.headers())) {
        if (auto rebound = profile->reboundTo(mapping.headers())) {
            ColumnMapping fromProfile = *rebound;
            fromProfile.sheetName = mapping.sheetName;
            fromProfile.headerRow = mapping.headerRow;
            return fromProfile;
        }
    }
    return mapping;
}

} // namespace luotsi::core::importing
