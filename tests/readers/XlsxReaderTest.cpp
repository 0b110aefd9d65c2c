// The .xlsx reader on workbooks written by hand: every cell kind and every oddity of real
// producers that the reader must cope with.

#include "ReaderTestSupport.h"

#include <gtest/gtest.h>

using namespace luotsi::core::importing;
using namespace luotsi::test;

namespace {

const QByteArray kStyles =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"4\">"
    "<numFmt numFmtId=\"164\" formatCode=\"d.m.yyyy\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"[$-40B]d\\.m\\.yyyy\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"#,##0.00\\ &quot;kpl&quot;\"/>"
    "<numFmt numFmtId=\"167\" formatCode=\"[h]:mm\"/>"
    "</numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"7\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"2\"/>"
    "</cellXfs></styleSheet>";

ReadSheet readSheet(const QList<Part>& parts)
{
    const ReadBook book = readData(makeZip(parts), QStringLiteral("test.xlsx"));
    EXPECT_EQ(s(book.error), "");
    EXPECT_EQ(s(book.format), "xlsx");
    if (book.sheets.isEmpty())
        return {};
    EXPECT_EQ(s(book.sheets.front().error), "");
    return book.sheets.front();
}

} // namespace

TEST(XlsxReaderTest, SharedStringsWithEmptyRichAndPhoneticEntries)
{
    const QByteArray strings =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"5\" "
        "uniqueCount=\"5\">"
        "<si><t>Oy Esimerkki Ab</t></si>"
        "<si/>"
        "<si><r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space=\"preserve\"> text</t></r></si>"
        "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh></si>"
        "<si><t>line_x000D_\nbreak_x005F_x0041_</t></si>"
        "</sst>";
    const ReadSheet sheet = readSheet(workbookParts(
        sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                 "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
                 "<c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>99</v></c></row>"),
        strings));
    EXPECT_EQ(cell(sheet, 1, 0), "A1=string:Oy Esimerkki Ab");
    EXPECT_EQ(cell(sheet, 1, 1), ""); // an empty string is no value
    EXPECT_EQ(cell(sheet, 1, 2), "C1=string:Rich text");
    EXPECT_EQ(cell(sheet, 1, 3), "D1=string:漢字");
    EXPECT_EQ(cell(sheet, 1, 4), "E1=string:line\r\nbreak_x0041_");
    EXPECT_EQ(cell(sheet, 1, 5), ""); // an index past the table
}

TEST(XlsxReaderTest, InlineStringsCdataAndFormulaStrings)
{
    const ReadSheet sheet = readSheet(workbookParts(sheetXml(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[<Kallio & co>]]></t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><r><t>a</t></r><r><t>b</t></r></is></c>"
        "<c r=\"C1\" t=\"str\"><f>A1&amp;\"!\"</f><v>&lt;Kallio &amp; co&gt;!</v></c>"
        "<c r=\"D1\"><is><t>no type</t></is></c></row>")));
    EXPECT_EQ(dump(sheet), "A1=string:<Kallio & co> | B1=string:ab | C1=string:<Kallio & co>! | "
                           "D1=string:no type");
}

TEST(XlsxReaderTest, NumbersBooleansErrorsAndCachedFormulaValues)
{
    const ReadSheet sheet = readSheet(workbookParts(
        sheetXml("<row r=\"2\"><c r=\"A2\"><v>42</v></c><c r=\"B2\"><v>-1.5E-3</v></c>"
                 "<c r=\"C2\" t=\"n\"><f>A2*2</f><v>84</v></c><c r=\"D2\" t=\"b\"><v>1</v></c>"
                 "<c r=\"E2\" t=\"b\"><v>0</v></c><c r=\"F2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                 "<c r=\"G2\"><f>A2</f></c><c r=\"H2\" s=\"6\"><v>0.30000000000000004</v></c>"
                 "</row>"),
        {}, kStyles));
    EXPECT_EQ(dump(sheet), "A2=number:42 | B2=number:-0.0015 | C2=number:84 | D2=bool:TRUE | "
                           "E2=bool:FALSE | F2=error:#DIV/0! | H2=number:0.3");
    EXPECT_EQ(sheet.rows.front().number, 2);
    EXPECT_EQ(s(sheet.rows.front().cell(7)->numberFormat), "0.00");
}

TEST(XlsxReaderTest, DatesFromBuiltInAndCustomFormatsAndIsoCells)
{
    const ReadSheet sheet = readSheet(workbookParts(
        sheetXml("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>39114</v></c>"
                 "<c r=\"B1\" s=\"2\"><v>39114.5625</v></c><c r=\"C1\" s=\"3\"><v>39114</v></c>"
                 "<c r=\"D1\" s=\"4\"><v>39114</v></c><c r=\"E1\" s=\"5\"><v>1.5</v></c>"
                 "<c r=\"F1\" t=\"d\"><v>2007-02-01T13:30:00</v></c>"
                 "<c r=\"G1\" t=\"d\"><v>2021-01-01</v></c><c r=\"H1\" s=\"99\"><v>7</v></c>"
                 "</row>"),
        {}, kStyles));
    EXPECT_EQ(dump(sheet), "A1=datetime:2007-02-01 | B1=datetime:2007-02-01T13:30:00 | "
                           "C1=datetime:2007-02-01 | D1=number:39114 | "
                           "E1=datetime:1900-01-01T12:00:00 | F1=datetime:2007-02-01T13:30:00 | "
                           "G1=datetime:2021-01-01 | H1=number:7");
    EXPECT_EQ(s(sheet.rows.front().cell(2)->numberFormat), "[$-40B]d\\.m\\.yyyy");
    EXPECT_DOUBLE_EQ(sheet.rows.front().cell(5)->number, 39114.5625);
}

TEST(XlsxReaderTest, Date1904WorkbooksComeOutIn1900Serials)
{
    const ReadSheet sheet = readSheet(workbookParts(
        sheetXml("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>37652</v></c><c r=\"B1\"><v>5</v></c>"
                 "</row>"),
        {}, kStyles, "<workbookPr date1904=\"1\"/>"));
    EXPECT_EQ(dump(sheet), "A1=datetime:2007-02-01 | B1=number:5");
    EXPECT_DOUBLE_EQ(sheet.rows.front().cells.front().number, 39114.0);
}

TEST(XlsxReaderTest, SparseRowsAndCellsWithoutReferences)
{
    const ReadSheet sheet = readSheet(workbookParts(
        sheetXml("<row><c><v>1</v></c><c><v>2</v></c></row>"                  // row 1, A and B
                 "<row r=\"5\"><c r=\"C5\"><v>3</v></c><c><v>4</v></c></row>" // C5, D5
                 "<row r=\"6\"/>"                                             // empty: skipped
                 "<row><c r=\"XFD7\"><v>5</v></c></row>"                      // row 7, last column
                 "<row r=\"9\"><c r=\"B9\"><v>6</v></c><c r=\"A9\"><v>7</v></c></row>")));
    EXPECT_EQ(dump(sheet), "A1=number:1 | B1=number:2 / C5=number:3 | D5=number:4 / "
                           "XFD7=number:5 / A9=number:7 | B9=number:6");
    ASSERT_EQ(sheet.rows.size(), 4);
    EXPECT_EQ(sheet.rows.at(2).number, 7);
}

TEST(XlsxReaderTest, NamespacePrefixesAreIgnored)
{
    const QByteArray sheet =
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<x:sheetData><x:row x:r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>prefixed</x:t>"
        "</x:is></x:c><x:c r=\"B1\"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>";
    EXPECT_EQ(dump(readSheet(workbookParts(sheet))), "A1=string:prefixed | B1=number:3");
}

TEST(XlsxReaderTest, SheetsStatesAndOddPartPaths)
{
    const QByteArray rows = sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    const QList<Part> parts{
        {QStringLiteral("_rels/.rels"),
         "<Relationships><Relationship Id=\"a\" Type=\"http://schemas.openxmlformats.org/"
         "officeDocument/2006/relationships/officeDocument\" Target=\"/wtf/book.xml\"/>"
         "</Relationships>"},
        {QStringLiteral("wtf/book.xml"),
         "<workbook xmlns:r=\"r\"><sheets>"
         "<sheet name=\"Näkyvä\" sheetId=\"1\" r:id=\"r1\"/>"
         "<sheet name=\"Piilo\" sheetId=\"2\" state=\"hidden\" r:id=\"r2\"/>"
         "<sheet name=\"Kaavio\" sheetId=\"3\" r:id=\"r3\"/>"
         "<sheet name=\"Syvä\" sheetId=\"4\" state=\"veryHidden\" r:id=\"r4\"/>"
         "</sheets></workbook>"},
        {QStringLiteral("wtf/_rels/book.xml.rels"),
         "<Relationships>"
         "<Relationship Id=\"r1\" Type=\"http://x/worksheet\" Target=\"/wtf/a/one.xml\"/>"
         "<Relationship Id=\"r2\" Type=\"http://x/worksheet\" Target=\"a\\two.xml\"/>"
         "<Relationship Id=\"r3\" Type=\"http://x/chartsheet\" Target=\"c/chart.xml\"/>"
         "<Relationship Id=\"r4\" Type=\"http://x/worksheet\" Target=\"../WTF/A/Four.xml\"/>"
         "</Relationships>"},
        {QStringLiteral("wtf/a/one.xml"), rows},
        {QStringLiteral("wtf\\a\\two.xml"), rows},
        {QStringLiteral("wtf/a/four.xml"), rows},
    };
    const ReadBook book = readData(makeZip(parts), QStringLiteral("odd.xlsx"));
    ASSERT_EQ(s(book.error), "");
    ASSERT_EQ(book.sheets.size(), 3);
    EXPECT_EQ(s(book.sheets.at(0).info.name), "Näkyvä");
    EXPECT_EQ(book.sheets.at(0).info.state, SheetState::Visible);
    EXPECT_EQ(s(book.sheets.at(1).info.name), "Piilo");
    EXPECT_EQ(book.sheets.at(1).info.state, SheetState::Hidden);
    EXPECT_EQ(s(book.sheets.at(2).info.name), "Syvä");
    EXPECT_EQ(book.sheets.at(2).info.state, SheetState::VeryHidden);
    for (const ReadSheet& sheet : book.sheets)
        EXPECT_EQ(dump(sheet), "A1=number:1") << s(sheet.info.name) << s(sheet.error);
}

TEST(XlsxReaderTest, MissingRelationshipsFallBackToTheUsualPaths)
{
    QList<Part> parts = workbookParts(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                               "<c r=\"B1\"><v>2</v></c></row>"),
                                      "<sst><si><t>found</t></si></sst>");
    parts.removeIf([](const Part& p) { return p.first.endsWith(QLatin1String(".rels")); });
    EXPECT_EQ(dump(readSheet(parts)), "A1=string:found | B1=number:2");
}

TEST(XlsxReaderTest, MissingSharedStringsStillReadsTheOtherCells)
{
    QList<Part> parts = workbookParts(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                               "<c r=\"B1\"><v>2</v></c></row>"),
                                      "<sst><si><t>lost</t></si></sst>");
    parts.removeIf([](const Part& p) { return p.first.contains(QLatin1String("sharedStrings")); });
    EXPECT_EQ(dump(readSheet(parts)), "B1=number:2");
}

TEST(XlsxReaderTest, RowsComeOneAtATimeAndSelectSheetRewinds)
{
    QByteArray rows;
    for (int r = 1; r <= 30000; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                "\"><v>" + QByteArray::number(r) + "</v></c></row>";
    auto reader = WorkbookReader::openData(makeZip(workbookParts(sheetXml(rows))),
                                           QStringLiteral("big.xlsx"));
    ASSERT_TRUE(reader.ok()) << s(reader.error().text());
    ASSERT_TRUE(reader.value()->selectSheet(0).ok());
    SheetRow row;
    for (int r = 1; r <= 10; ++r) {
        ASSERT_TRUE(reader.value()->nextRow(row).value());
        EXPECT_EQ(row.number, r);
        EXPECT_DOUBLE_EQ(row.cells.front().number, r);
    }
    EXPECT_LT(reader.value()->progress(), 1.0);
    ASSERT_TRUE(reader.value()->selectSheet(0).ok());
    int count = 0;
    while (reader.value()->nextRow(row).value())
        ++count;
    EXPECT_EQ(count, 30000);
    EXPECT_EQ(row.number, 30000);
    EXPECT_DOUBLE_EQ(reader.value()->progress(), 1.0);
}
