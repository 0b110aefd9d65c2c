// The .xls reader on BIFF8 workbooks built record by record in a compound file.

#include "ReaderTestSupport.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace luotsi::core::importing;
using namespace luotsi::test;

namespace {

QByteArray bof(int type)
{
    return biffRecord(0x0809, le16(0x0600) + le16(type) + le16(0x0DBB) + le16(0x07CC) + le32(0) +
                                  le32(0x06));
}

QByteArray eof()
{
    return biffRecord(0x000A, {});
}

QByteArray xf(int format)
{
    return biffRecord(0x00E0, le16(0) + le16(format) + QByteArray(16, '\0'));
}

QByteArray cellHeader(int row, int column, int xfIndex)
{
    return le16(row) + le16(column) + le16(xfIndex);
}

struct Options
{
    bool encrypted = false;
    bool date1904 = false;
};

// A workbook with a visible sheet "Asiakkaat" of every cell kind and a hidden empty sheet.
QByteArray workbook(const Options& options = {})
{
    // Shared strings: the second split across a CONTINUE that switches to 16-bit characters.
    const QByteArray sst =
        biffRecord(0x00FC, le32(2) + le32(2) + le16(3) + biffText(QStringLiteral("Oy "), false) +
                               le16(6) + QByteArray(1, '\0') + "Kal");
    const QByteArray sstContinue = biffRecord(0x003C, biffText(QStringLiteral("liö"), true));
    QByteArray globals = bof(0x0005);
    if (options.encrypted)
        globals += biffRecord(0x002F, le16(1) + QByteArray(52, '\x11'));
    globals += biffRecord(0x0042, le16(1200));
    globals += biffRecord(0x0022, le16(options.date1904 ? 1 : 0));
    globals +=
        biffRecord(0x041E, le16(164) + le16(8) + biffText(QStringLiteral("d.m.yyyy"), false));
    globals += xf(0) + xf(164) + xf(14) + xf(2);
    const QByteArray sheetOneName =
        QByteArray(1, char(9)) + biffText(QStringLiteral("Asiakkaat"), false);
    const QByteArray sheetTwoName =
        QByteArray(1, char(5)) + biffText(QStringLiteral("Piilo"), true);
    // BOUNDSHEET offsets are patched in once the globals' length is known.
    const QByteArray boundOne = biffRecord(0x0085, le32(0) + char(0) + char(0) + sheetOneName);
    const QByteArray boundChart =
        biffRecord(0x0085, le32(0) + char(0) + char(2) + QByteArray(1, char(1)) +
                               biffText(QStringLiteral("C"), false));
    const QByteArray boundTwo = biffRecord(0x0085, le32(0) + char(1) + char(0) + sheetTwoName);
    globals += boundOne + boundChart + boundTwo + sst + sstContinue + eof();

    QByteArray sheetOne = bof(0x0010);
    sheetOne += biffRecord(0x00FD, cellHeader(0, 0, 0) + le32(1));                // A1 sst 1
    sheetOne += biffRecord(0x00FD, cellHeader(0, 1, 0) + le32(0));                // B1 sst 0
    sheetOne += biffRecord(0x0203, cellHeader(1, 0, 0) + f64(1234.5));            // A2
    sheetOne += biffRecord(0x027E, cellHeader(1, 1, 0) + le32((100 << 2) | 2));   // B2 int 100
    sheetOne += biffRecord(0x027E, cellHeader(1, 2, 0) + le32((12345 << 2) | 3)); // C2 123.45
    sheetOne += biffRecord(0x00BD, le16(2) + le16(0) + le16(1) + le32((39114 << 2) | 2) + le16(2) +
                                       le32((39115 << 2) | 2) + le16(1));       // A3, B3 dates
    sheetOne += biffRecord(0x0205, cellHeader(3, 0, 0) + char(1) + char(0));    // A4 TRUE
    sheetOne += biffRecord(0x0205, cellHeader(3, 1, 0) + char(0x07) + char(1)); // B4 #DIV/0!
    sheetOne += biffRecord(0x0006, cellHeader(4, 0, 0) + f64(42.0) + le16(0) + le32(0) + le16(0));
    const QByteArray textResult = QByteArray(1, '\0') + QByteArray(5, '\0') + "\xFF\xFF";
    sheetOne += biffRecord(0x0006, cellHeader(4, 1, 0) + textResult + le16(0) + le32(0) + le16(0));
    sheetOne += biffRecord(0x0207, le16(5) + biffText(QStringLiteral("kaava"), false));
    const QByteArray boolResult =
        QByteArray(1, '\1') + char(0) + char(1) + QByteArray(3, '\0') + "\xFF\xFF";
    sheetOne += biffRecord(0x0006, cellHeader(4, 2, 0) + boolResult + le16(0) + le32(0) + le16(0));
    sheetOne += biffRecord(0x0204, cellHeader(9, 3, 0) + le16(5) +
                                       biffText(QStringLiteral("Åbo"), false).left(4) + "x!");
    sheetOne += biffRecord(0x0203, cellHeader(5, 0, 3) + f64(0.5)); // A6 0.00, not a date
    // A chart embedded in the sheet brings its own BOF..EOF; its records are no cells.
    sheetOne += bof(0x0020) + biffRecord(0x0203, cellHeader(7, 7, 0) + f64(9)) + eof();
    sheetOne += eof();
    const QByteArray sheetTwo = bof(0x0010) + eof();

    QByteArray stream = globals + sheetOne + sheetTwo;
    const qsizetype oneAt = globals.size();
    const qsizetype twoAt = oneAt + sheetOne.size();
    stream.replace(stream.indexOf(boundOne) + 4, 4, le32(quint32(oneAt)));
    stream.replace(stream.indexOf(boundTwo) + 4, 4, le32(quint32(twoAt)));
    return makeCompoundFile({{QStringLiteral("Workbook"), stream}});
}

} // namespace

TEST(XlsReaderTest, ReadsEveryCellKindAndSheetStates)
{
    const ReadBook book = readData(workbook(), QStringLiteral("vanha.xls"));
    ASSERT_EQ(s(book.error), "");
    EXPECT_EQ(s(book.format), "xls");
    ASSERT_EQ(book.sheets.size(), 2); // the chart sheet is left out
    EXPECT_EQ(s(book.sheets.at(0).info.name), "Asiakkaat");
    EXPECT_EQ(book.sheets.at(0).info.state, SheetState::Visible);
    EXPECT_EQ(s(book.sheets.at(1).info.name), "Piilo");
    EXPECT_EQ(book.sheets.at(1).info.state, SheetState::Hidden);
    EXPECT_EQ(dump(book.sheets.at(0)), "A1=string:Kalliö | B1=string:Oy  / "
                                       "A2=number:1234.5 | B2=number:100 | C2=number:123.45 / "
                                       "A3=datetime:2007-02-01 | B3=datetime:2007-02-02 / "
                                       "A4=bool:TRUE | B4=error:#DIV/0! / "
                                       "A5=number:42 | B5=string:kaava | C5=bool:TRUE / "
                                       "A6=number:0.5 / D10=string:Åbox!");
    EXPECT_EQ(s(book.sheets.at(0).rows.at(2).cells.front().numberFormat), "d.m.yyyy");
    EXPECT_EQ(s(book.sheets.at(0).rows.at(2).cells.back().numberFormat), "mm-dd-yy");
    EXPECT_EQ(dump(book.sheets.at(1)), "");
    EXPECT_EQ(s(book.sheets.at(1).error), "");
}

TEST(XlsReaderTest, Date1904IsShiftedTo1900Serials)
{
    const ReadBook book = readData(workbook({false, true}), QStringLiteral("mac.xls"));
    ASSERT_EQ(book.sheets.size(), 2);
    EXPECT_EQ(cell(book.sheets.front(), 3, 0), "A3=datetime:2011-02-02");
}

TEST(XlsReaderTest, EncryptedWorkbookAsksForThePasswordToBeRemoved)
{
    const ReadBook book = readData(workbook({true, false}), QStringLiteral("salattu.xls"));
    EXPECT_NE(book.error.indexOf(QLatin1String("password-protected")), -1) << s(book.error);
}

TEST(XlsReaderTest, DamagedFilesAreErrors)
{
    const QByteArray good = workbook();
    for (qsizetype cut : {qsizetype(100), qsizetype(600), good.size() / 2, good.size() - 600}) {
        const ReadBook book = readData(good.left(cut), QStringLiteral("cut.xls"));
        const bool failed = !book.error.isEmpty() ||
                            std::any_of(book.sheets.cbegin(), book.sheets.cend(),
                                        [](const ReadSheet& r) { return !r.error.isEmpty(); });
        EXPECT_TRUE(failed) << cut;
    }
    // A FAT that points at itself: a loop, not a hang.
    QByteArray loop = good;
    loop.replace(512 + 4, 4, le32(1));
    loop.replace(512 + 8, 4, le32(1));
    EXPECT_FALSE(readData(loop, QStringLiteral("loop.xls")).error.isEmpty());
}
