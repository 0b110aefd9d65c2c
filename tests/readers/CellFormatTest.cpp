// Cell display, Excel date serials and number-format classification.

#include "ReaderTestSupport.h"
#include "core/importing/readers/ExcelDate.h"
#include "core/importing/readers/NumberFormat.h"

#include <gtest/gtest.h>

using namespace luotsi::core::importing;
using namespace luotsi::test;

namespace {

SheetCell make(CellType type, double number, const QString& text = {})
{
    SheetCell c;
    c.type = type;
    c.number = number;
    c.text = text;
    return c;
}

} // namespace

TEST(CellFormatTest, DisplayText)
{
    EXPECT_EQ(s(make(CellType::Number, 100.0).displayText()), "100");
    EXPECT_EQ(s(make(CellType::Number, -0.0).displayText()), "0");
    EXPECT_EQ(s(make(CellType::Number, 1234.5).displayText()), "1234.5");
    EXPECT_EQ(s(make(CellType::Number, 0.1 + 0.2).displayText()), "0.3");
    EXPECT_EQ(s(make(CellType::Number, 123456789012.0).displayText()), "123456789012");
    EXPECT_EQ(s(make(CellType::Number, 1e20).displayText()), "1e+20");
    EXPECT_EQ(s(make(CellType::Boolean, 1).displayText()), "TRUE");
    EXPECT_EQ(s(make(CellType::Boolean, 0).displayText()), "FALSE");
    EXPECT_EQ(s(make(CellType::DateTime, 39114).displayText()), "2007-02-01");
    EXPECT_EQ(s(make(CellType::DateTime, 39114.5625).displayText()), "2007-02-01T13:30:00");
    EXPECT_EQ(s(make(CellType::DateTime, 0.75).displayText()), "18:00:00");
    EXPECT_EQ(s(make(CellType::DateTime, 1e300).displayText()), "1e+300");
    EXPECT_EQ(s(make(CellType::Error, 0, QStringLiteral("#N/A")).displayText()), "#N/A");
    EXPECT_EQ(s(make(CellType::String, 5, QStringLiteral("00100")).displayText()), "00100");
}

TEST(CellFormatTest, ColumnNames)
{
    EXPECT_EQ(s(SheetCell::columnName(0)), "A");
    EXPECT_EQ(s(SheetCell::columnName(25)), "Z");
    EXPECT_EQ(s(SheetCell::columnName(26)), "AA");
    EXPECT_EQ(s(SheetCell::columnName(16383)), "XFD");
}

TEST(CellFormatTest, SerialsAroundThePhantomLeapDay)
{
    using excelDate::isoFromSerial;
    EXPECT_EQ(s(isoFromSerial(1)), "1900-01-01");
    EXPECT_EQ(s(isoFromSerial(59)), "1900-02-28");
    EXPECT_EQ(s(isoFromSerial(61)), "1900-03-01");
    EXPECT_EQ(s(isoFromSerial(39114.99998)), "2007-02-01T23:59:58");
    EXPECT_EQ(s(isoFromSerial(39114.999999)), "2007-02-02"); // rounds to the second
    EXPECT_EQ(s(isoFromSerial(2958465)), "9999-12-31");
    EXPECT_EQ(s(isoFromSerial(3e6)), "");
}

TEST(CellFormatTest, IsoTextToSerial)
{
    using excelDate::serialFromIso;
    EXPECT_DOUBLE_EQ(serialFromIso(u"2007-02-01").value_or(-1), 39114.0);
    EXPECT_DOUBLE_EQ(serialFromIso(u"2007-02-01T13:30:00Z").value_or(-1), 39114.5625);
    EXPECT_DOUBLE_EQ(serialFromIso(u"2007-02-01 13:30").value_or(-1), 39114.5625);
    EXPECT_DOUBLE_EQ(serialFromIso(u"1900-01-01").value_or(-1), 1.0);
    EXPECT_DOUBLE_EQ(serialFromIso(u"1900-03-01").value_or(-1), 61.0);
    EXPECT_NEAR(serialFromIso(u"10:10:10.5").value_or(-1), (36610.5) / 86400.0, 1e-12);
    EXPECT_FALSE(serialFromIso(u"2007-02-30").has_value());
    EXPECT_FALSE(serialFromIso(u"1.2.2007").has_value());
    EXPECT_FALSE(serialFromIso(u"2007-02-01Tx").has_value());
}

TEST(CellFormatTest, DateFormatCodes)
{
    using numberFormat::isDateCode;
    for (const char16_t* date :
         {u"d.m.yyyy", u"[$-40B]d\\.m\\.yyyy", u"yyyy-mm-dd", u"h:mm", u"[h]:mm:ss", u"[mm]:ss",
          u"mmm-yy", u"dd/mm/yyyy;@", u"[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", u"HH[M]",
          u"m/d/yy h:mm AM/PM", u"[Red]d.m.yyyy"}) {
        EXPECT_TRUE(isDateCode(date)) << s(QString::fromUtf16(date));
    }
    for (const char16_t* number :
         {u"General", u"0.00", u"#,##0.00\\ \"kpl\"", u"[Red]0", u"@", u"0.00E+00",
          u"#,##0 \"days\"", u"_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)", u"Standard",
          u"0;[Red]-0;\"-\";@", u"[$€-40B] #,##0.00", u"[>=100]0;0.0"}) {
        EXPECT_FALSE(isDateCode(number)) << s(QString::fromUtf16(number));
    }
    EXPECT_TRUE(numberFormat::isBuiltInDate(14));
    EXPECT_TRUE(numberFormat::isBuiltInDate(22));
    EXPECT_TRUE(numberFormat::isBuiltInDate(46));
    EXPECT_FALSE(numberFormat::isBuiltInDate(2));
    EXPECT_FALSE(numberFormat::isBuiltInDate(49));
    EXPECT_EQ(s(numberFormat::builtIn(14)), "mm-dd-yy");
}
