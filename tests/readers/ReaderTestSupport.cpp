#include "ReaderTestSupport.h"

#include <QStringList>

#include <zip.h>

#include <cstring>

namespace luotsi::test {

using namespace core::importing;

QByteArray makeZip(const QList<Part>& parts, bool store)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(target);
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    for (const Part& part : parts) {
        // libzip reads the data at zip_close(); the QByteArrays in parts live until then.
        zip_source_t* data = zip_source_buffer(archive, part.second.constData(),
                                               zip_uint64_t(part.second.size()), 0);
        const zip_int64_t index =
            zip_file_add(archive, part.first.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8);
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    zip_close(archive);
    QByteArray bytes;
    if (zip_source_open(target) == 0) {
        char buffer[65536];
        zip_int64_t n = 0;
        while ((n = zip_source_read(target, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, qsizetype(n));
        zip_source_close(target);
    }
    zip_source_free(target);
    zip_error_fini(&error);
    return bytes;
}

QByteArray le16(int value)
{
    return QByteArray(1, char(value & 0xFF)) + char((value >> 8) & 0xFF);
}

QByteArray le32(quint32 value)
{
    return le16(int(value & 0xFFFF)) + le16(int(value >> 16));
}

QByteArray f64(double value)
{
    QByteArray bytes(8, '\0');
    std::memcpy(bytes.data(), &value, 8);
    return bytes;
}

QByteArray biffRecord(quint16 type, const QByteArray& payload)
{
    return le16(type) + le16(int(payload.size())) + payload;
}

QByteArray biffText(const QString& text, bool wide)
{
    if (!wide)
        return QByteArray(1, '\0') + text.toLatin1();
    QByteArray bytes(1, '\1');
    for (QChar c : text)
        bytes += le16(c.unicode());
    return bytes;
}

QByteArray makeCompoundFile(const QList<Part>& streams)
{
    constexpr quint32 kEnd = 0xFFFFFFFE;
    constexpr quint32 kFree = 0xFFFFFFFF;
    const int entries = int(streams.size()) + 1;
    const int directorySectors = (entries + 3) / 4;
    QList<int> streamSectors;
    int others = directorySectors;
    for (const Part& stream : streams) {
        streamSectors.append(int((stream.second.size() + 511) / 512));
        others += streamSectors.last();
    }
    const int fatSectors = (others + 126) / 127;
    QList<quint32> fat;
    for (int i = 0; i < fatSectors; ++i)
        fat.append(0xFFFFFFFD);
    auto chain = [&](int count) {
        const quint32 first = count == 0 ? kEnd : quint32(fat.size());
        for (int i = 0; i < count; ++i)
            fat.append(i + 1 < count ? quint32(fat.size() + 1) : kEnd);
        return first;
    };
    const quint32 directoryStart = chain(directorySectors);
    QList<quint32> starts;
    for (int count : streamSectors)
        starts.append(chain(count));
    while (fat.size() % 128 != 0)
        fat.append(kFree);

    QByteArray header("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    header += QByteArray(16, '\0') + le16(0x3E) + le16(3) + le16(0xFFFE) + le16(9) + le16(6) +
              QByteArray(6, '\0') + le32(0) + le32(quint32(fatSectors)) + le32(directoryStart) +
              le32(0) + le32(0) /* mini cutoff */ + le32(kEnd) + le32(0) + le32(kEnd) + le32(0);
    for (int i = 0; i < 109; ++i)
        header += le32(i < fatSectors ? quint32(i) : kFree);

    QByteArray body;
    for (quint32 entry : fat)
        body += le32(entry);
    QByteArray directory;
    for (int e = 0; e < entries; ++e) {
        const QString name = e == 0 ? QStringLiteral("Root Entry") : streams.at(e - 1).first;
        QByteArray d;
        for (QChar c : name)
            d += le16(c.unicode());
        d += le16(0);
        d.resize(64, '\0');
        d += le16(int(2 * (name.size() + 1)));
        d += char(e == 0 ? 5 : 2);
        d += char(1); // black
        d += le32(kFree) + le32(e > 0 && e + 1 < entries ? quint32(e + 1) : kFree) +
             le32(e == 0 && entries > 1 ? 1 : kFree);
        d += QByteArray(16 + 4 + 16, '\0');
        d += le32(e == 0 ? kEnd : starts.at(e - 1));
        d += le32(e == 0 ? 0 : quint32(streams.at(e - 1).second.size())) + le32(0);
        directory += d;
    }
    directory.resize(directorySectors * 512, '\0');
    body += directory;
    for (const Part& stream : streams) {
        QByteArray data = stream.second;
        data.resize((data.size() + 511) / 512 * 512, '\0');
        body += data;
    }
    return header + body;
}

QByteArray sheetXml(const QByteArray& rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
           "<sheetData>" +
           rows + "</sheetData></worksheet>";
}

QList<Part> workbookParts(const QByteArray& sheet, const QByteArray& sharedStrings,
                          const QByteArray& styles, const QByteArray& workbookPr)
{
    QByteArray rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty())
        rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    if (!styles.isEmpty())
        rels += "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/"
                "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>";
    rels += "</Relationships>";
    QList<Part> parts{
        {QStringLiteral("[Content_Types].xml"),
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("_rels/.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
             workbookPr +
             "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
    };
    if (!sharedStrings.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    if (!styles.isEmpty())
        parts.append({QStringLiteral("xl/styles.xml"), styles});
    return parts;
}

ReadBook readAll(WorkbookReader& reader)
{
    ReadBook book;
    book.format = reader.format();
    const QList<SheetInfo> sheets = reader.sheets();
    for (int i = 0; i < sheets.size(); ++i) {
        ReadSheet sheet;
        sheet.info = sheets.at(i);
        if (core::Status s = reader.selectSheet(i); !s) {
            sheet.error = s.error().text();
        } else {
            SheetRow row;
            for (;;) {
                const core::Result<bool> more = reader.nextRow(row);
                if (!more) {
                    sheet.error = more.error().text();
                    break;
                }
                if (!more.value())
                    break;
                sheet.rows.append(row);
            }
        }
        book.sheets.append(sheet);
    }
    return book;
}

ReadBook readData(const QByteArray& data, const QString& name, const ReaderOptions& options)
{
    auto reader = WorkbookReader::openData(data, name, options);
    if (!reader) {
        ReadBook book;
        book.error = reader.error().text();
        return book;
    }
    return readAll(*reader.value());
}

ReadBook readFile(const QString& path, const ReaderOptions& options)
{
    auto reader = WorkbookReader::open(path, options);
    if (!reader) {
        ReadBook book;
        book.error = reader.error().text();
        return book;
    }
    return readAll(*reader.value());
}

namespace {

std::string describe(const SheetRow& row, const SheetCell& c)
{
    static const char* types[] = {"string", "number", "bool", "datetime", "error"};
    return s(SheetCell::columnName(c.column)) + std::to_string(row.number) + "=" +
           types[int(c.type)] + ":" + s(c.displayText());
}

} // namespace

std::string cell(const ReadSheet& sheet, int rowNumber, int column)
{
    for (const SheetRow& row : sheet.rows) {
        if (row.number != rowNumber)
            continue;
        if (const SheetCell* c = row.cell(column))
            return describe(row, *c);
    }
    return {};
}

std::string dump(const ReadSheet& sheet)
{
    std::string text;
    for (const SheetRow& row : sheet.rows) {
        if (!text.empty())
            text += " / ";
        for (qsizetype i = 0; i < row.cells.size(); ++i)
            text += (i > 0 ? " | " : "") + describe(row, row.cells.at(i));
    }
    return text;
}

} // namespace luotsi::test
