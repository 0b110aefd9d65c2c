// libFuzzer entry point for the .xlsx reader. An input that is a zip is read as a workbook file.
// Any other input is XML for the parts behind the zip: sheet, shared strings and styles, split
// at NUL bytes and packed into a stored workbook, so that mutations reach expat and the sheet
// parser instead of dying on a CRC.

#include "FuzzDrain.h"
#include "core/importing/readers/XlsxReader.h"

#include <QByteArray>
#include <QList>

#include <zip.h>

#include <cstddef>
#include <cstdint>

namespace {

QByteArray storedZip(const QList<QPair<const char*, QByteArray>>& parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(target);
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    for (const auto& part : parts) {
        zip_source_t* data = zip_source_buffer(archive, part.second.constData(),
                                               zip_uint64_t(part.second.size()), 0);
        const zip_int64_t index = zip_file_add(archive, part.first, data, 0);
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
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

QByteArray workbookAround(const QByteArray& input)
{
    const QList<QByteArray> xml = input.split('\0');
    const QByteArray rels =
        "<Relationships><Relationship Id=\"a\" Type=\"x/worksheet\" Target=\"s.xml\"/>"
        "<Relationship Id=\"b\" Type=\"x/sharedStrings\" Target=\"t.xml\"/>"
        "<Relationship Id=\"c\" Type=\"x/styles\" Target=\"y.xml\"/></Relationships>";
    return storedZip({
        {"_rels/.rels", "<Relationships><Relationship Id=\"r\" Type=\"x/officeDocument\" "
                        "Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", "<workbook><workbookPr date1904=\"1\"/><sheets><sheet name=\"S\" "
                            "sheetId=\"1\" r:id=\"a\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels", rels},
        {"xl/s.xml", xml.value(0)},
        {"xl/t.xml", xml.value(1)},
        {"xl/y.xml", xml.value(2)},
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!bytes.startsWith("PK"))
        bytes = workbookAround(bytes);
    auto reader = luotsi::core::importing::XlsxReader::open(bytes, QStringLiteral("fuzz.xlsx"));
    if (reader.ok())
        luotsi::fuzz::drain(*reader.value());
    return 0;
}
