// The CSV reader on byte strings: encodings, delimiters, RFC 4180 quoting and row numbers.

#include "ReaderTestSupport.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace luotsi::core::importing;
using namespace luotsi::test;

namespace {

ReadBook csv(const QByteArray& bytes, const ReaderOptions& options = {})
{
    return readData(bytes, QStringLiteral("tilaajat.csv"), options);
}

QByteArray encoded(const QString& text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

TextEncoding encodingOf(const QByteArray& bytes)
{
    auto reader = WorkbookReader::openData(bytes, QStringLiteral("x.csv"));
    return reader ? reader.value()->encoding() : TextEncoding::Automatic;
}

} // namespace

TEST(CsvReaderTest, OneSheetNamedAfterTheFileEveryFieldAString)
{
    const ReadBook book = csv("Nimi;Postinro;Summa\r\nOy A;00100;1 234,50\r\n");
    ASSERT_EQ(s(book.error), "");
    EXPECT_EQ(s(book.format), "csv");
    ASSERT_EQ(book.sheets.size(), 1);
    EXPECT_EQ(s(book.sheets.front().info.name), "tilaajat");
    EXPECT_EQ(dump(book.sheets.front()), "A1=string:Nimi | B1=string:Postinro | C1=string:Summa / "
                                         "A2=string:Oy A | B2=string:00100 | C2=string:1 234,50");
}

TEST(CsvReaderTest, QuotesWithDelimitersDoubledQuotesAndLineBreaks)
{
    const QByteArray bytes = "a;b;c\r\n"
                             "\"x;y\";\"say \"\"hi\"\"\";\"Katu 1\r\n00100 Helsinki\"\r\n"
                             "\"one\rtwo\";\"three\nfour\";\"\"\r\n"
                             "plain \"quote\";\"after\"text;last";
    const ReadBook book = csv(bytes);
    ASSERT_EQ(book.sheets.size(), 1);
    const ReadSheet& sheet = book.sheets.front();
    ASSERT_EQ(sheet.rows.size(), 4);
    EXPECT_EQ(cell(sheet, 2, 0), "A2=string:x;y");
    EXPECT_EQ(cell(sheet, 2, 1), "B2=string:say \"hi\"");
    EXPECT_EQ(cell(sheet, 2, 2), "C2=string:Katu 1\n00100 Helsinki");
    EXPECT_EQ(cell(sheet, 3, 0), "A3=string:one\ntwo");
    EXPECT_EQ(cell(sheet, 3, 1), "B3=string:three\nfour");
    EXPECT_EQ(cell(sheet, 3, 2), "");
    EXPECT_EQ(dump(sheet).substr(dump(sheet).rfind(" / ") + 3),
              "A4=string:plain \"quote\" | B4=string:aftertext | C4=string:last");
}

TEST(CsvReaderTest, RowNumbersCountRecordsAndBlankLines)
{
    const ReadBook book = csv("h1,h2\n\n\"multi\nline\",2\n\n\nlast,3");
    const ReadSheet& sheet = book.sheets.front();
    ASSERT_EQ(sheet.rows.size(), 3);
    EXPECT_EQ(sheet.rows.at(0).number, 1);
    EXPECT_EQ(sheet.rows.at(1).number, 3);
    EXPECT_EQ(sheet.rows.at(2).number, 6);
    EXPECT_EQ(cell(sheet, 6, 1), "B6=string:3");
}

TEST(CsvReaderTest, DelimiterDetectionAndOverride)
{
    auto delimiterOf = [](const QByteArray& bytes, QChar chosen = {}) {
        ReaderOptions options;
        options.csvDelimiter = chosen;
        auto reader = WorkbookReader::openData(bytes, QStringLiteral("x.csv"), options);
        return reader ? reader.value()->delimiter() : QChar();
    };
    EXPECT_EQ(delimiterOf("a;b;c\n1;2,5;3\n4;5;6\n"), u';');
    EXPECT_EQ(delimiterOf("a,b,c\n\"x;y\",2,3\n4,5,6\n"), u',');
    EXPECT_EQ(delimiterOf("a\tb\n1\t2\n"), u'\t');
    EXPECT_EQ(delimiterOf("name\nAlice\nBob\n"), u';'); // one column: the Finnish default
    EXPECT_EQ(delimiterOf("sep=,\na;b,c\n"), u',');
    EXPECT_EQ(delimiterOf("a;b,c\n", QLatin1Char('|')), u'|');

    const ReadBook single = csv("name\nAlice\n\nBob");
    EXPECT_EQ(dump(single.sheets.front()), "A1=string:name / A2=string:Alice / A4=string:Bob");
    const ReadBook sep = csv("sep=,\na;b,c\n");
    EXPECT_EQ(dump(sep.sheets.front()), "A1=string:a;b | B1=string:c");
}

TEST(CsvReaderTest, EncodingsByMarkPatternAndContent)
{
    const QString text = QStringLiteral("Nimi;Kunta\r\nÄänekosken Öljy Oy;Äänekoski\r\n");
    EXPECT_EQ(encodingOf(encoded(text, QStringConverter::Utf8, true)), TextEncoding::Utf8);
    EXPECT_EQ(encodingOf(encoded(text, QStringConverter::Utf8, false)), TextEncoding::Utf8);
    EXPECT_EQ(encodingOf(encoded(text, QStringConverter::Utf16LE, true)), TextEncoding::Utf16LE);
    EXPECT_EQ(encodingOf(encoded(text, QStringConverter::Utf16BE, true)), TextEncoding::Utf16BE);
    EXPECT_EQ(encodingOf(encoded(text, QStringConverter::Utf16LE, false)), TextEncoding::Utf16LE);
    EXPECT_EQ(encodingOf(encoded(text, QStringConverter::Utf16BE, false)), TextEncoding::Utf16BE);
    const QByteArray latin = encoded(text, QStringConverter::Latin1, false);
    EXPECT_EQ(encodingOf(latin), TextEncoding::Windows1252);
    for (const QByteArray& bytes : {encoded(text, QStringConverter::Utf8, true),
                                    encoded(text, QStringConverter::Utf16LE, false),
                                    encoded(text, QStringConverter::Utf16BE, true), latin}) {
        const ReadBook book = csv(bytes);
        EXPECT_EQ(cell(book.sheets.front(), 2, 0), "A2=string:Äänekosken Öljy Oy");
    }
    // Windows-1252 has € where Latin-1 has a control character.
    EXPECT_EQ(cell(csv("Summa\n5 \x80\n").sheets.front(), 2, 0), "A2=string:5 €");
    ReaderOptions latin1;
    latin1.csvEncoding = TextEncoding::Latin1;
    EXPECT_EQ(cell(csv("Summa\n5 \x80\n", latin1).sheets.front(), 2, 0), "A2=string:5 \u0080");
    ReaderOptions utf8;
    utf8.csvEncoding = TextEncoding::Utf8;
    EXPECT_EQ(cell(csv("\xEF\xBB\xBFx\n", utf8).sheets.front(), 1, 0), "A1=string:x");
}

TEST(CsvReaderTest, NonAsciiLateInTheFileStillDecidesTheEncoding)
{
    // The first megabyte is ASCII; the encoding is decided where the first ä appears.
    QByteArray bytes;
    while (bytes.size() < (1 << 20))
        bytes += "Asiakas;Kunta\r\n";
    QByteArray withLatin = bytes + "Oy \xE4;Turku\r\n";
    QByteArray withUtf8 = bytes + "Oy \xC3\xA4;Turku\r\n";
    for (const QByteArray* b : {&withLatin, &withUtf8}) {
        const ReadBook book = csv(*b);
        ASSERT_EQ(book.sheets.size(), 1);
        EXPECT_EQ(s(book.sheets.front().rows.last().cells.front().text), "Oy ä");
    }
}

TEST(CsvReaderTest, Utf32AndBinaryAreClearErrors)
{
    const QString text = QStringLiteral("a,b\r\n1,2\r\n");
    EXPECT_NE(
        csv(encoded(text, QStringConverter::Utf32LE, true)).error.indexOf(QLatin1String("UTF-32")),
        -1);
    EXPECT_NE(
        csv(encoded(text, QStringConverter::Utf32BE, false)).error.indexOf(QLatin1String("UTF-32")),
        -1);
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f"
                              "\xf3\xff"
                              "a";
    const QByteArray binary(png, sizeof png - 1);
    EXPECT_NE(csv(binary).error.indexOf(QLatin1String("binary")), -1) << s(csv(binary).error);
}

TEST(CsvReaderTest, NulBytesDoNotEndOrBreakTheFile)
{
    const ReadBook book = csv(QByteArray("a,b,c\n\0,2,3\nx\0y,5,6\n", 22));
    EXPECT_EQ(dump(book.sheets.front()), "A1=string:a | B1=string:b | C1=string:c / "
                                         "B2=string:2 | C2=string:3 / "
                                         "A3=string:xy | B3=string:5 | C3=string:6");
}

TEST(CsvReaderTest, UnclosedQuoteEndsTheFileAsOneField)
{
    const ReadBook book = csv("a;b\n\"never closed;x\ny\n");
    ASSERT_EQ(book.sheets.front().rows.size(), 2);
    EXPECT_EQ(cell(book.sheets.front(), 2, 0), "A2=string:never closed;x\ny\n");
}

TEST(CsvReaderTest, RecordsSpanningBlocksAndRewinding)
{
    QByteArray bytes = "id;text\r\n";
    for (int i = 1; i <= 20000; ++i)
        bytes +=
            QByteArray::number(i) + ";\"line one\r\nline two; " + QByteArray::number(i) + "\"\r\n";
    auto reader = WorkbookReader::openData(bytes, QStringLiteral("iso.csv"));
    ASSERT_TRUE(reader.ok());
    for (int pass = 0; pass < 2; ++pass) {
        ASSERT_TRUE(reader.value()->selectSheet(0).ok());
        SheetRow row;
        int count = 0;
        while (reader.value()->nextRow(row).value()) {
            ++count;
            if (count > 1) {
                ASSERT_EQ(row.cells.size(), 2);
                ASSERT_EQ(s(row.cells.at(1).text),
                          "line one\nline two; " + std::to_string(count - 1));
                ASSERT_EQ(row.number, count);
            }
        }
        EXPECT_EQ(count, 20001);
        EXPECT_DOUBLE_EQ(reader.value()->progress(), 1.0);
    }
}
