#include "WorkbookReader.h"

#include "CompoundFile.h"
#include "CsvReader.h"
#include "ReaderErrors.h"
#include "XlsReader.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

enum class Kind
{
    Zip,
    Compound,
    OldExcel,
    Text
};

Kind kindOf(QByteArrayView head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") ||
        head.startsWith("PK\x07\x08"))
        return Kind::Zip;
    if (CompoundFile::hasSignature(head))
        return Kind::Compound;
    // The BOF record of a bare BIFF2-4 stream (Excel 2.1 to 4.0, before compound files).
    if (head.size() >= 4 &&
        (head.startsWith("\x09\x00") || head.startsWith("\x09\x02") ||
         head.startsWith("\x09\x04")) &&
        quint8(head[3]) == 0x00 && (head[2] == 4 || head[2] == 6 || head[2] == 8))
        return Kind::OldExcel;
    return Kind::Text;
}

Error oldExcel(const QString& where)
{
    return readerErrors::corrupt(
        where, Texts::tr("an Excel 2-4 workbook; save it as .xlsx in a newer Excel"));
}

} // namespace

Result<std::unique_ptr<WorkbookReader>> WorkbookReader::open(const QString& path,
                                                             const ReaderOptions& options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Texts::tr("the file does not exist"), path};
    if (info.isDir())
        return Error{Texts::tr("this is a folder, not a file"), path};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readerErrors::notReadable(path, file.errorString());
    const QByteArray head = file.read(8);
    if (head.isEmpty())
        return Error{Texts::tr("the file is empty"), path};
    file.close();
    switch (kindOf(head)) {
    case Kind::Zip:
        return XlsxReader::open(path);
    case Kind::Compound:
        // An encrypted .xlsx is a compound file too; the xls reader tells them apart.
        return XlsReader::open(path);
    case Kind::OldExcel:
        return oldExcel(path);
    case Kind::Text:
        break;
    }
    return CsvReader::open(path, options);
}

Result<std::unique_ptr<WorkbookReader>>
WorkbookReader::openData(const QByteArray& data, const QString& name, const ReaderOptions& options)
{
    if (data.isEmpty())
        return Error{Texts::tr("the file is empty"), name};
    switch (kindOf(data)) {
    case Kind::Zip:
        return XlsxReader::open(data, name);
    case Kind::Compound:
        return XlsReader::open(data, name);
    case Kind::OldExcel:
        return oldExcel(name);
    case Kind::Text:
        break;
    }
    return CsvReader::open(data, name, options);
}

} // namespace luotsi::core::importing
