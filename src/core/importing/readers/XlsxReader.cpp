#include "XlsxReader.h"

#include "ReaderErrors.h"
#include "XlsxSheetParser.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

} // namespace

XlsxReader::XlsxReader(std::unique_ptr<ZipArchive> zip, const QString& name)
    : m_zip(std::move(zip))
    , m_name(name)
{}

XlsxReader::~XlsxReader()
{
    // The parser reads from the entry, the entry from the archive: end them in that order.
    m_parser.reset();
    m_entry.reset();
}

Result<std::unique_ptr<WorkbookReader>> XlsxReader::open(const QString& path)
{
    auto zip = ZipArchive::open(path);
    if (!zip)
        return Error{zip.error().message, path};
    std::unique_ptr<XlsxReader> reader(new XlsxReader(std::move(zip.value()), path));
    if (Status s = reader->load(); !s)
        return s.error();
    return std::unique_ptr<WorkbookReader>(std::move(reader));
}

Result<std::unique_ptr<WorkbookReader>> XlsxReader::open(const QByteArray& data,
                                                         const QString& name)
{
    auto zip = ZipArchive::open(data);
    if (!zip)
        return Error{zip.error().message, name};
    std::unique_ptr<XlsxReader> reader(new XlsxReader(std::move(zip.value()), name));
    if (Status s = reader->load(); !s)
        return s.error();
    return std::unique_ptr<WorkbookReader>(std::move(reader));
}

Error XlsxReader::located(const Error& error, int row) const
{
    const QString sheet = m_sheet >= 0 ? m_package.sheets.at(m_sheet).info.name : QString();
    QString where = readerErrors::location(m_name, sheet, row);
    // A zip-level error names the part; keep it after the location.
    if (!error.where.isEmpty() && error.where != m_name)
        where += QStringLiteral(" (") + error.where + QLatin1Char(')');
    return {error.message, where};
}

Status XlsxReader::load()
{
    auto package = XlsxPackage::load(*m_zip);
    if (!package)
        return located(package.error());
    m_package = std::move(package.value());
    if (m_package.styles >= 0) {
        auto entry = m_zip->openEntry(m_package.styles);
        if (!entry)
            return located(entry.error());
        if (Status s = m_styles.load(*entry.value()); !s)
            return located(s.error());
    }
    if (m_package.sharedStrings >= 0) {
        auto entry = m_zip->openEntry(m_package.sharedStrings);
        if (!entry)
            return located(entry.error());
        if (Status s = m_strings.load(*entry.value()); !s)
            return located(s.error());
    }
    return {};
}

QList<SheetInfo> XlsxReader::sheets() const
{
    QList<SheetInfo> list;
    for (const XlsxPackage::Sheet& sheet : m_package.sheets)
        list.append(sheet.info);
    return list;
}

Status XlsxReader::selectSheet(int index)
{
    m_parser.reset();
    m_entry.reset();
    m_failed = false;
    if (index < 0 || index >= m_package.sheets.size()) {
        m_sheet = -1;
        return Error{Texts::tr("the workbook has no sheet number %1").arg(index + 1), m_name};
    }
    m_sheet = index;
    const XlsxPackage::Sheet& sheet = m_package.sheets.at(index);
    if (sheet.part < 0) {
        m_failed = true;
        return located(readerErrors::corrupt(
            {}, Texts::tr("the sheet's part %1 is missing")
                    .arg(sheet.path.isEmpty() ? Texts::tr("(unnamed)") : sheet.path)));
    }
    auto entry = m_zip->openEntry(sheet.part);
    if (!entry) {
        m_failed = true;
        return located(entry.error());
    }
    m_entry = std::move(entry.value());
    m_parser = std::make_unique<XlsxSheetParser>(*m_entry, m_strings, m_styles, m_package.date1904);
    return {};
}

Result<bool> XlsxReader::nextRow(SheetRow& row)
{
    if (m_failed)
        return false;
    if (!m_parser) {
        if (m_sheet >= 0 || m_package.sheets.isEmpty())
            return false;
        if (Status s = selectSheet(0); !s)
            return s.error();
    }
    Result<bool> result = m_parser->next(row);
    if (!result) {
        // A damaged part stays damaged: later calls end the sheet instead of repeating.
        m_failed = true;
        return located(result.error(), m_parser->rowNumber());
    }
    return result;
}

double XlsxReader::progress() const
{
    // The entry itself is inflated ahead on another thread: count what the parser has read.
    if (!m_entry || !m_parser || m_entry->declaredSize() <= 0)
        return m_failed ? 1.0 : 0.0;
    return qMin(1.0, double(m_parser->consumed()) / double(m_entry->declaredSize()));
}

} // namespace luotsi::core::importing
