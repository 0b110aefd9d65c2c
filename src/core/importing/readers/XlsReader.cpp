#include "XlsReader.h"

#include "CompoundFile.h"
#include "ReaderErrors.h"

#include <QCoreApplication>
#include <QFile>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

} // namespace

XlsReader::XlsReader(BiffWorkbook workbook, const QString& name)
    : m_workbook(std::move(workbook))
    , m_name(name)
{}

Result<std::unique_ptr<WorkbookReader>> XlsReader::open(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readerErrors::notReadable(path, file.errorString());
    if (file.size() > kFileLimit)
        return readerErrors::tooLarge(path, Texts::tr("(the whole file)"));
    return open(file.readAll(), path);
}

Result<std::unique_ptr<WorkbookReader>> XlsReader::open(const QByteArray& data, const QString& name)
{
    auto container = CompoundFile::parse(data);
    if (!container)
        return Error{container.error().message, name};
    const CompoundFile& cfb = container.value();
    if (cfb.hasStream(u"EncryptionInfo") || cfb.hasStream(u"EncryptedPackage"))
        return readerErrors::passwordProtected(name);
    Result<QByteArray> stream =
        cfb.hasStream(u"Workbook") ? cfb.stream(u"Workbook") : cfb.stream(u"Book");
    if (!cfb.hasStream(u"Workbook") && !cfb.hasStream(u"Book")) {
        // Excel saves a password-protected .xlsx as a compound file; some encryptors leave the
        // EncryptionInfo stream's name unusual, so any compound .xlsx without a workbook is one.
        if (name.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ||
            name.endsWith(QLatin1String(".xlsm"), Qt::CaseInsensitive))
            return readerErrors::passwordProtected(name);
        return readerErrors::corrupt(
            name, Texts::tr("an Office file without an Excel workbook (a Word or PowerPoint "
                            "document?)"));
    }
    if (!stream)
        return Error{stream.error().message, name};
    auto workbook = BiffWorkbook::parse(stream.value());
    if (!workbook)
        return Error{workbook.error().message, name};
    return std::unique_ptr<WorkbookReader>(new XlsReader(std::move(workbook.value()), name));
}

QList<SheetInfo> XlsReader::sheets() const
{
    QList<SheetInfo> list;
    for (const BiffWorkbook::Sheet& sheet : m_workbook.sheets())
        list.append(sheet.info);
    return list;
}

Status XlsReader::selectSheet(int index)
{
    m_cells.clear();
    m_next = 0;
    if (index < 0 || index >= m_workbook.sheets().size()) {
        m_sheet = -1;
        return Error{Texts::tr("the workbook has no sheet number %1").arg(index + 1), m_name};
    }
    m_sheet = index;
    auto cells = m_workbook.readSheet(index);
    if (!cells) {
        return Error{cells.error().message,
                     readerErrors::location(m_name, m_workbook.sheets().at(index).info.name)};
    }
    m_cells = std::move(cells.value());
    return {};
}

Result<bool> XlsReader::nextRow(SheetRow& row)
{
    if (m_sheet < 0) {
        if (m_workbook.sheets().isEmpty())
            return false;
        if (Status s = selectSheet(0); !s)
            return s.error();
    }
    if (m_next >= m_cells.size())
        return false;
    const int number = m_cells[m_next].row;
    row.number = number + 1;
    row.cells.clear();
    for (; m_next < m_cells.size() && m_cells[m_next].row == number; ++m_next)
        row.cells.append(m_cells[m_next].cell);
    return true;
}

double XlsReader::progress() const
{
    return m_cells.empty() ? 1.0 : double(m_next) / double(m_cells.size());
}

} // namespace luotsi::core::importing
