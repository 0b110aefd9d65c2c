// Broken, hostile and protected files: every one must give a clear error, never a crash, a hang
// or a memory blow-up.

#include "ReaderTestSupport.h"

#include <gtest/gtest.h>

using namespace luotsi::core::importing;
using namespace luotsi::test;

namespace {

QByteArray validWorkbook()
{
    QByteArray rows;
    for (int r = 1; r <= 500; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                "\" t=\"inlineStr\"><is><t>Asiakas " + QByteArray::number(r * 7919) +
                "</t></is></c></row>";
    return makeZip(workbookParts(sheetXml(rows)));
}

// Sets the uncompressed size that the zip's headers declare for a part.
void declareSize(QByteArray& zip, const QByteArray& name, quint32 size)
{
    for (qsizetype at = 0; (at = zip.indexOf(name, at)) >= 0; at += name.size()) {
        // Local header: the name starts at 30, the size is at 22; central: 46 and 24.
        if (at >= 30 && zip.mid(at - 30, 4) == QByteArray("PK\x03\x04", 4))
            zip.replace(at - 30 + 22, 4, le32(size));
        else if (at >= 46 && zip.mid(at - 46, 4) == QByteArray("PK\x01\x02", 4))
            zip.replace(at - 46 + 24, 4, le32(size));
    }
}

} // namespace

TEST(XlsxRobustnessTest, EncryptedWorkbookAsksForThePasswordToBeRemoved)
{
    const QByteArray cfb = makeCompoundFile({{QStringLiteral("EncryptionInfo"), "\x04\x00"},
                                             {QStringLiteral("EncryptedPackage"), "xxxx"}});
    const ReadBook book = readData(cfb, QStringLiteral("salattu.xlsx"));
    EXPECT_NE(book.error.indexOf(QLatin1String("password-protected; save it without a password")),
              -1)
        << s(book.error);
}

TEST(XlsxRobustnessTest, CompoundFileNamedXlsxWithoutWorkbookIsTakenAsEncrypted)
{
    const QByteArray cfb = makeCompoundFile({{QStringLiteral("Something"), "abc"}});
    EXPECT_NE(readData(cfb, QStringLiteral("x.xlsx")).error.indexOf(QLatin1String("password")), -1);
    const ReadBook other = readData(cfb, QStringLiteral("x.doc"));
    EXPECT_NE(other.error.indexOf(QLatin1String("without an Excel workbook")), -1)
        << s(other.error);
}

TEST(XlsxRobustnessTest, NotAZipAndZipWithoutWorkbook)
{
    EXPECT_NE(readData(QByteArray("PK\x03\x04garbage that is no zip", 29), QStringLiteral("a.xlsx"))
                  .error.indexOf(QLatin1String("damaged")),
              -1);
    const ReadBook book =
        readData(makeZip({{QStringLiteral("word/document.xml"), "<w:document/>"}}),
                 QStringLiteral("b.xlsx"));
    EXPECT_NE(book.error.indexOf(QLatin1String("without an Excel workbook")), -1) << s(book.error);
}

TEST(XlsxRobustnessTest, TruncatedZipIsAnError)
{
    const QByteArray zip = validWorkbook();
    for (qsizetype cut : {zip.size() / 4, zip.size() / 2, zip.size() - 10}) {
        const ReadBook book = readData(zip.left(cut), QStringLiteral("cut.xlsx"));
        EXPECT_FALSE(book.error.isEmpty()) << cut;
    }
}

TEST(XlsxRobustnessTest, DamagedCompressedDataIsAnErrorWithTheSheet)
{
    QByteArray zip = validWorkbook();
    // The sheet part is the largest: flip bytes in the middle of its compressed data.
    const qsizetype at = zip.indexOf("xl/worksheets/sheet1.xml") + 200;
    for (qsizetype i = at; i < at + 64; ++i)
        zip[i] = char(zip[i] ^ 0x5A);
    const ReadBook book = readData(zip, QStringLiteral("vika.xlsx"));
    ASSERT_EQ(s(book.error), "");
    ASSERT_EQ(book.sheets.size(), 1);
    EXPECT_NE(book.sheets.front().error.indexOf(QLatin1String("vika.xlsx, sheet Data")), -1)
        << s(book.sheets.front().error);
}

TEST(XlsxRobustnessTest, MalformedXmlSaysSheetAndRow)
{
    const QByteArray sheet =
        sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v>"
                 "</cx></row>");
    const ReadBook book = readData(makeZip(workbookParts(sheet)), QStringLiteral("rikki.xlsx"));
    ASSERT_EQ(book.sheets.size(), 1);
    EXPECT_EQ(book.sheets.front().rows.size(), 1);
    const QString error = book.sheets.front().error;
    EXPECT_NE(error.indexOf(QLatin1String("rikki.xlsx, sheet Data, row 2")), -1) << s(error);
    EXPECT_NE(error.indexOf(QLatin1String("malformed XML")), -1) << s(error);
}

TEST(XlsxRobustnessTest, DocumentTypeDeclarationsAreRefused)
{
    const QByteArray laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
        "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is>"
        "</c></row></sheetData></worksheet>";
    const ReadBook book = readData(makeZip(workbookParts(laughs)), QStringLiteral("dtd.xlsx"));
    ASSERT_EQ(book.sheets.size(), 1);
    EXPECT_NE(book.sheets.front().error.indexOf(QLatin1String("document type")), -1)
        << s(book.sheets.front().error);
}

TEST(XlsxRobustnessTest, ZipBombIsRefused)
{
    // 300 MiB of spaces inside the sheet deflate about 1000:1.
    QByteArray sheet = sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    sheet.insert(sheet.indexOf("</sheetData>"), QByteArray(300 << 20, ' '));
    QByteArray zip = makeZip(workbookParts(sheet));
    sheet.clear();
    ASSERT_LT(zip.size(), 2 << 20);

    // Declared honestly: refused before inflating.
    ReadBook book = readData(zip, QStringLiteral("bomb.xlsx"));
    ASSERT_EQ(book.sheets.size(), 1);
    EXPECT_NE(book.sheets.front().error.indexOf(QLatin1String("unpacks to more data")), -1)
        << s(book.sheets.front().error);

    // Declared small: the inflated bytes are counted, and the read stops with an error all
    // the same (libzip's size check or ours, whichever comes first).
    declareSize(zip, "xl/worksheets/sheet1.xml", 4096);
    book = readData(zip, QStringLiteral("bomb.xlsx"));
    ASSERT_EQ(book.sheets.size(), 1);
    EXPECT_FALSE(book.sheets.front().error.isEmpty());
}

TEST(XlsxRobustnessTest, MissingFileEmptyFileAndFolder)
{
    EXPECT_NE(readFile(QStringLiteral("/nonexistent/dir/x.xlsx"))
                  .error.indexOf(QLatin1String("does not exist")),
              -1);
    EXPECT_NE(readFile(QStringLiteral("/tmp")).error.indexOf(QLatin1String("folder")), -1);
    EXPECT_NE(readData({}, QStringLiteral("empty.csv")).error.indexOf(QLatin1String("empty")), -1);
}
