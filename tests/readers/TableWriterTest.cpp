// The table writers, checked by reading what they wrote back with the readers.

#include "ReaderTestSupport.h"
#include "core/importing/writers/CsvTableWriter.h"
#include "core/importing/writers/XlsxTableWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace luotsi::core::importing;
using namespace luotsi::test;

namespace {

const QString kTricky = QStringLiteral("Kallio \"Ville\"; rivi\r\nkaksi, € ÄÖÅ 🍣");

} // namespace

TEST(TableWriterTest, XlsxRoundTrip)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("raportti.xlsx"));
    XlsxTableWriter writer(path);
    ASSERT_TRUE(writer
                    .beginTable(QStringLiteral("Virheet: rivit/2007"),
                                {QStringLiteral("Rivi"), QStringLiteral("Viesti")})
                    .ok());
    ASSERT_TRUE(writer.writeRow({12, kTricky}).ok());
    ASSERT_TRUE(writer.writeRow({TableValue(), QStringLiteral("=SUM(A1:A2)"), 1234.5}).ok());
    EXPECT_FALSE(QFile::exists(path)); // nothing in place before finish()
    ASSERT_TRUE(writer.beginTable(QStringLiteral("Virheet: rivit/2007"), {}).ok());
    ASSERT_TRUE(writer.writeRow({QStringLiteral("toinen")}).ok());
    ASSERT_TRUE(writer.finish().ok());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("raportti.xlsx")});

    const ReadBook book = readFile(path);
    ASSERT_EQ(s(book.error), "");
    ASSERT_EQ(book.sheets.size(), 2);
    EXPECT_EQ(s(book.sheets.at(0).info.name), "Virheet_ rivit_2007");
    EXPECT_EQ(s(book.sheets.at(1).info.name), "Virheet_ rivit_2007 (2)");
    EXPECT_EQ(dump(book.sheets.at(0)),
              "A1=string:Rivi | B1=string:Viesti / A2=number:12 | B2=string:" + s(kTricky) +
                  " / B3=string:=SUM(A1:A2) | C3=number:1234.5");
    EXPECT_EQ(dump(book.sheets.at(1)), "A1=string:toinen");
}

TEST(TableWriterTest, XlsxRefusesWhatExcelCannotHold)
{
    QTemporaryDir dir;
    XlsxTableWriter writer(dir.filePath(QStringLiteral("iso.xlsx")));
    ASSERT_TRUE(writer.beginTable(QStringLiteral("Data"), {QStringLiteral("n")}).ok());
    EXPECT_FALSE(writer.writeRow({QString(40000, QLatin1Char('x'))}).ok());
    EXPECT_FALSE(writer.writeRow({std::numeric_limits<double>::quiet_NaN()}).ok());
    QList<TableValue> wide;
    for (int i = 0; i <= XlsxTableWriter::kMaxColumns; ++i)
        wide.append(i);
    EXPECT_FALSE(writer.writeRow(wide).ok());
}

TEST(TableWriterTest, XlsxStopsAtExcelsRowLimit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("miljoona.xlsx"));
    XlsxTableWriter writer(path);
    ASSERT_TRUE(writer.beginTable(QStringLiteral("Data"), {QStringLiteral("n")}).ok());
    for (qint64 r = 1; r < XlsxTableWriter::kMaxRows; ++r)
        ASSERT_TRUE(writer.writeRow({double(r)}).ok()) << r;
    const luotsi::core::Status past = writer.writeRow({1.0});
    ASSERT_FALSE(past.ok());
    EXPECT_NE(past.error().message.indexOf(QLatin1String("1048576")), -1)
        << s(past.error().message);
    ASSERT_TRUE(writer.finish().ok());

    auto reader = WorkbookReader::open(path);
    ASSERT_TRUE(reader.ok());
    SheetRow row;
    qint64 rows = 0;
    for (;;) {
        const luotsi::core::Result<bool> more = reader.value()->nextRow(row);
        ASSERT_TRUE(more.ok()) << s(more.error().text());
        if (!more.value())
            break;
        ++rows;
    }
    EXPECT_EQ(rows, XlsxTableWriter::kMaxRows);
    EXPECT_EQ(row.number, 1048576);
    EXPECT_DOUBLE_EQ(row.cells.front().number, 1048575.0);
}

TEST(TableWriterTest, CsvForFinnishExcel)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vienti.csv"));
    CsvTableWriter writer(path);
    ASSERT_TRUE(writer
                    .beginTable(QStringLiteral("ignored"),
                                {QStringLiteral("Nimi"), QStringLiteral("Summa")})
                    .ok());
    ASSERT_TRUE(writer.writeRow({kTricky, 1234.5}).ok());
    ASSERT_TRUE(writer.writeRow({QStringLiteral(" lead"), 7, TableValue()}).ok());
    EXPECT_FALSE(writer.beginTable(QStringLiteral("second"), {}).ok());
    ASSERT_TRUE(writer.finish().ok());

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_EQ(bytes.toStdString(),
              "\xEF\xBB\xBFNimi;Summa\r\n"
              "\"Kallio \"\"Ville\"\"; rivi\r\nkaksi, \xE2\x82\xAC \xC3\x84\xC3\x96\xC3\x85 "
              "\xF0\x9F\x8D\xA3\";1234,5\r\n"
              "\" lead\";7;\r\n");

    const ReadBook book = readFile(path);
    ASSERT_EQ(book.sheets.size(), 1);
    EXPECT_EQ(s(book.sheets.front().info.name), "vienti");
    QString expected = kTricky;
    expected.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    EXPECT_EQ(dump(book.sheets.front()),
              "A1=string:Nimi | B1=string:Summa / A2=string:" + s(expected) +
                  " | B2=string:1234,5 / A3=string: lead | B3=string:7");
}

TEST(TableWriterTest, UnfinishedWritersLeaveNothingBehind)
{
    QTemporaryDir dir;
    {
        XlsxTableWriter xlsx(dir.filePath(QStringLiteral("a.xlsx")));
        ASSERT_TRUE(xlsx.beginTable(QStringLiteral("x"), {QStringLiteral("h")}).ok());
        CsvTableWriter csv(dir.filePath(QStringLiteral("b.csv")));
        ASSERT_TRUE(csv.beginTable(QStringLiteral("x"), {QStringLiteral("h")}).ok());
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty())
        << s(QDir(dir.path()).entryList(QDir::Files).join(u','));
}
