// Files of ../shared that have no reference reading: the broken, encrypted and fuzzed
// spreadsheets, the CSV collection and the five files of the conversion sample.

#include "ReaderTestSupport.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace luotsi::core::importing;
using namespace luotsi::test;

namespace {

QString spreadsheets()
{
    return sharedDir() + QStringLiteral("/data/spreadsheets/");
}

bool anyError(const ReadBook& book)
{
    return !book.error.isEmpty() ||
           std::any_of(book.sheets.cbegin(), book.sheets.cend(),
                       [](const ReadSheet& s) { return !s.error.isEmpty(); });
}

QString firstError(const ReadBook& book)
{
    if (!book.error.isEmpty())
        return book.error;
    for (const ReadSheet& sheet : book.sheets) {
        if (!sheet.error.isEmpty())
            return sheet.error;
    }
    return {};
}

} // namespace

#define SKIP_WITHOUT_SHARED()                                                                      \
    if (sharedDir().isEmpty()) {                                                                   \
        GTEST_SKIP() << "../shared is not there";                                                  \
    }

TEST(SharedFilesTest, EncryptedFilesAskForThePasswordToBeRemoved)
{
    SKIP_WITHOUT_SHARED()
    for (const QString& file : {QStringLiteral("xlsx/calamine__pass_protected.xlsx"),
                                QStringLiteral("xls/sheetjs__password_2002_128_enhrsa.xls"),
                                QStringLiteral("xls/sheetjs__password_2002_128_strong.xls"),
                                QStringLiteral("xls/sheetjs__password_2002_40_972000.xls"),
                                QStringLiteral("xls/sheetjs__password_2002_40_basecrypto.xls"),
                                QStringLiteral("xls/sheetjs__password_2002_40_dss.xls")}) {
        const ReadBook book = readFile(spreadsheets() + file);
        EXPECT_NE(
            book.error.indexOf(QLatin1String("password-protected; save it without a password")), -1)
            << s(file) << ": " << s(book.error);
    }
}

TEST(SharedFilesTest, BrokenFilesAreErrors)
{
    SKIP_WITHOUT_SHARED()
    for (const QString& file :
         {QStringLiteral("xlsx/poi__crash-274d6342e4842d61be0fb48eaadad6208ae767ae.xlsx"),
          QStringLiteral("xls/libxls__fuzz__corpus__xls2csv_ole_read_MSAT_772.xls"),
          QStringLiteral("xls/phpss__oleloop.xls")}) {
        const ReadBook book = readFile(spreadsheets() + file);
        EXPECT_TRUE(anyError(book)) << s(file);
    }
}

TEST(SharedFilesTest, TextNamedXlsIsReadAsText)
{
    SKIP_WITHOUT_SHARED()
    // 68 bytes of an e-mail gateway's note saved as .xls: the content decides, as for the many
    // "Excel" exports of web systems that are tab-separated text.
    const ReadBook book = readFile(spreadsheets() + QStringLiteral("xls/calamine__too_small.xls"));
    ASSERT_EQ(s(firstError(book)), "");
    EXPECT_EQ(s(book.format), "csv");
    EXPECT_EQ(cell(book.sheets.front(), 1, 0).substr(0, 23), "A1=string:Attachment f:");
}

TEST(SharedFilesTest, FilesOtherReadersFailOnReadHere)
{
    SKIP_WITHOUT_SHARED()
    // openpyxl fails on these (the parts are where only the relationships say); Excel opens them.
    const ReadBook wtf = readFile(spreadsheets() + QStringLiteral("xlsx/sheetjs__wtf_path.xlsx"));
    ASSERT_EQ(s(firstError(wtf)), "");
    ASSERT_EQ(wtf.sheets.size(), 2);
    EXPECT_FALSE(wtf.sheets.front().rows.isEmpty());
    const ReadBook root =
        readFile(spreadsheets() + QStringLiteral("xlsx/phpss__rootZipFiles.xlsx"));
    ASSERT_EQ(s(firstError(root)), "");
    ASSERT_FALSE(root.sheets.isEmpty());
    EXPECT_FALSE(root.sheets.front().rows.isEmpty());
    const ReadBook iso =
        readFile(spreadsheets() + QStringLiteral("xlsx/sheetjs__xlsx-stream-d-date-cell.xlsx"));
    ASSERT_EQ(s(firstError(iso)), "");
    bool date = false;
    for (const SheetRow& row : iso.sheets.front().rows) {
        for (const SheetCell& c : row.cells)
            date = date || c.type == CellType::DateTime;
    }
    EXPECT_TRUE(date);
    // The shared strings are at "xl/SharedStrings.xml" and "xl\sharedStrings.xml".
    for (const QString& file : {QStringLiteral("xlsx/calamine__issue_419.xlsx"),
                                QStringLiteral("xlsx/calamine__issue_530.xlsx")}) {
        const ReadBook book = readFile(spreadsheets() + file);
        ASSERT_EQ(s(book.error), "") << s(file);
        bool text = false;
        for (const ReadSheet& sheet : book.sheets) {
            for (const SheetRow& row : sheet.rows)
                text = text || row.cells.front().type == CellType::String;
        }
        EXPECT_TRUE(text) << s(file);
    }
}

TEST(SharedFilesTest, EveryUnreadableReferenceFileEndsWithoutCrashOrHang)
{
    SKIP_WITHOUT_SHARED()
    // xlrd could not read these; whatever this reader makes of them, it must finish quickly.
    for (const QString& file :
         {QStringLiteral("xls/calamine__gh548_incorrect_sst_unique_count.xls"),
          QStringLiteral("xls/phpss__bug1592.xls"), QStringLiteral("xls/phpss__issue.2463.xls"),
          QStringLiteral("xls/poi__57456.xls"),
          QStringLiteral("xls/sheetjs__biff5__phonetic_text.xls"),
          QStringLiteral("xls/xlrd__invalid_formula.xls"),
          QStringLiteral("xls/sheetjs__phpexcel_bad_cfb_dir.xls")}) {
        QElapsedTimer timer;
        timer.start();
        const ReadBook book = readFile(spreadsheets() + file);
        std::cout << "[ no reference ] " << s(file) << ": "
                  << (anyError(book) ? s(firstError(book))
                                     : std::to_string(book.sheets.size()) + " sheets")
                  << "\n";
        EXPECT_LT(timer.elapsed(), 5000) << s(file);
    }
}

TEST(SharedFilesTest, EveryCsvReadsWithTheDocumentedDialect)
{
    SKIP_WITHOUT_SHARED()
    struct Expected
    {
        TextEncoding encoding;
        QChar delimiter;
    };
    const QHash<QString, Expected> documented{
        {QStringLiteral("sheetjs__write.txt"), {TextEncoding::Utf16LE, QLatin1Char('\t')}},
        {QStringLiteral("messytables__simple.ssv"), {TextEncoding::Utf8, QLatin1Char(';')}},
        {QStringLiteral("csvkit__dummy.tsv"), {TextEncoding::Utf8, QLatin1Char('\t')}},
        {QStringLiteral("messytables__example.tsv"), {TextEncoding::Utf8, QLatin1Char('\t')}},
        {QStringLiteral("phpss__encoding.iso88591.csv"),
         {TextEncoding::Windows1252, QLatin1Char(',')}},
        {QStringLiteral("phpss__encoding.utf16le.csv"), {TextEncoding::Utf16LE, QLatin1Char(',')}},
        {QStringLiteral("phpss__premiere.utf16be.csv"), {TextEncoding::Utf16BE, QLatin1Char(',')}},
        {QStringLiteral("phpss__premiere.utf16bebom.csv"),
         {TextEncoding::Utf16BE, QLatin1Char(',')}},
        {QStringLiteral("phpss__premiere.utf16lebom.csv"),
         {TextEncoding::Utf16LE, QLatin1Char(',')}},
        {QStringLiteral("phpss__premiere.utf8.csv"), {TextEncoding::Utf8, QLatin1Char(',')}},
        {QStringLiteral("messytables__utf8bom.csv"), {TextEncoding::Utf8, QLatin1Char(',')}},
        {QStringLiteral("csvkit__test_utf8.csv"), {TextEncoding::Utf8, QLatin1Char(',')}},
        {QStringLiteral("messytables__sparse_with_column_errors.csv"),
         {TextEncoding::Windows1252, QLatin1Char(',')}},
        {QStringLiteral("sheetjs__Attendance.csv"), {TextEncoding::Utf8, QLatin1Char(',')}},
        {QStringLiteral("csvkit__realdata__ks_1033_data.csv"),
         {TextEncoding::Utf8, QLatin1Char(',')}},
    };
    const QSet<QString> utf32{QStringLiteral("phpss__encoding.utf32be.csv"),
                              QStringLiteral("phpss__encoding.utf32le.csv"),
                              QStringLiteral("phpss__premiere.utf32be.csv"),
                              QStringLiteral("phpss__line_break_escaped_32le.csv")};
    const QDir dir(spreadsheets() + QStringLiteral("csv"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 30);
    for (const QString& file : files) {
        auto reader = WorkbookReader::open(dir.filePath(file));
        if (utf32.contains(file)) {
            ASSERT_FALSE(reader.ok()) << s(file);
            EXPECT_NE(reader.error().message.indexOf(QLatin1String("UTF-32")), -1) << s(file);
            continue;
        }
        ASSERT_TRUE(reader.ok()) << s(file) << ": " << s(reader.error().text());
        EXPECT_EQ(s(reader.value()->format()), "csv");
        const ReadBook book = readAll(*reader.value());
        ASSERT_EQ(book.sheets.size(), 1);
        EXPECT_EQ(s(book.sheets.front().error), "") << s(file);
        if (documented.contains(file)) {
            EXPECT_EQ(reader.value()->encoding(), documented.value(file).encoding) << s(file);
            EXPECT_EQ(reader.value()->delimiter(), documented.value(file).delimiter) << s(file);
        }
    }
    // Spot checks of what the files hold.
    const ReadBook write = readFile(dir.filePath(QStringLiteral("sheetjs__write.txt")));
    EXPECT_EQ(cell(write.sheets.front(), 1, 0), "A1=string:1");
    const ReadBook attendance = readFile(dir.filePath(QStringLiteral("sheetjs__Attendance.csv")));
    EXPECT_EQ(cell(attendance.sheets.front(), 1, 1), "B1=string:Ben \nAshley");
    EXPECT_EQ(cell(attendance.sheets.front(), 2, 0), "A2=string:10/1");
    const ReadBook premiere = readFile(dir.filePath(QStringLiteral("phpss__premiere.utf16be.csv")));
    EXPECT_EQ(cell(premiere.sheets.front(), 1, 0), "A1=string:première");
    const ReadBook latin = readFile(dir.filePath(QStringLiteral("phpss__encoding.iso88591.csv")));
    EXPECT_EQ(cell(latin.sheets.front(), 1, 0), "A1=string:Å");
}

TEST(SharedFilesTest, ConversionSampleRowsMatchTheTruth)
{
    SKIP_WITHOUT_SHARED()
    const QString dir = sharedDir() + QStringLiteral("/data/conversion/");
    // The truth's rows per file and sheet; blank junk rows are rows without a value.
    QHash<QString, QSet<int>> truth;
    QFile truthFile(dir + QStringLiteral("truth.csv"));
    ASSERT_TRUE(truthFile.open(QIODevice::ReadOnly));
    QTextStream in(&truthFile);
    in.readLine();
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char(','));
        if (f.size() >= 5 && f.at(4) != QLatin1String("junk_blank"))
            truth[f.at(0) + u'|' + f.at(1)].insert(f.at(2).toInt());
    }
    struct Source
    {
        QString file;
        QString format;
        int headerRow;
        QString firstHeader;
    };
    for (const Source& source :
         {Source{QStringLiteral("source0_enterprise.xlsx"), QStringLiteral("xlsx"), 1, {}},
          Source{QStringLiteral("source1_tilaajat.csv"), QStringLiteral("csv"), 1,
                 QStringLiteral("Tilaajanro")},
          Source{QStringLiteral("source2_sonet.xlsx"), QStringLiteral("xlsx"), 1,
                 QStringLiteral("CustNo")},
          Source{QStringLiteral("source3_prospektit.xlsx"), QStringLiteral("xlsx"), 3, {}},
          Source{QStringLiteral("source4_cirix.xls"), QStringLiteral("xls"), 1,
                 QStringLiteral("ID")}}) {
        auto reader = WorkbookReader::open(dir + source.file);
        ASSERT_TRUE(reader.ok()) << s(source.file) << s(reader.error().text());
        EXPECT_EQ(s(reader.value()->format()), s(source.format));
        const ReadBook book = readAll(*reader.value());
        int checkedSheets = 0;
        for (const ReadSheet& sheet : book.sheets) {
            EXPECT_EQ(s(sheet.error), "") << s(source.file);
            const QString key = source.file + u'|' + sheet.info.name;
            if (!truth.contains(key))
                continue;
            ++checkedSheets;
            QSet<int> rows;
            for (const SheetRow& row : sheet.rows) {
                if (row.number > source.headerRow)
                    rows.insert(row.number);
            }
            EXPECT_EQ(rows, truth.value(key)) << s(key) << ": " << rows.size() << " rows read, "
                                              << truth.value(key).size() << " in the truth";
            ASSERT_FALSE(sheet.rows.isEmpty());
            const SheetRow& header = sheet.rows.front();
            if (!source.firstHeader.isEmpty() && header.number == source.headerRow) {
                EXPECT_EQ(s(header.cells.front().text), s(source.firstHeader)) << s(key);
            }
        }
        EXPECT_GT(checkedSheets, 0) << s(source.file);
    }
    // The CSV as Finnish Excel saves it: Windows-1252, ';', CRLF, records with line breaks.
    auto csv = WorkbookReader::open(dir + QStringLiteral("source1_tilaajat.csv"));
    ASSERT_TRUE(csv.ok());
    EXPECT_EQ(csv.value()->encoding(), TextEncoding::Windows1252);
    EXPECT_EQ(csv.value()->delimiter(), u';');
    const ReadBook book = readAll(*csv.value());
    EXPECT_EQ(s(book.sheets.front().info.name), "source1_tilaajat");
    EXPECT_EQ(cell(book.sheets.front(), 1, 1), "B1=string:Nimi");
    EXPECT_EQ(cell(book.sheets.front(), 1, 9), "J1=string:Laskutettu €");
    EXPECT_EQ(cell(book.sheets.front(), 2, 0), "A2=string:100129");
}
