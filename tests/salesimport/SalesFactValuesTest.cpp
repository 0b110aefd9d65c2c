// Months, amounts and order counts as the group companies' systems and Finnish Excel write them.

#include "core/importing/SalesFactValues.h"

#include <gtest/gtest.h>

using namespace luotsi::core::importing;

namespace {

QString monthOf(const char* month, const char* year = "")
{
    const auto parsed = SalesFactValues::month(QString::fromUtf8(month), QString::fromUtf8(year));
    return parsed.month.isValid() ? parsed.month.toString(QStringLiteral("yyyy-MM"))
                                  : QStringLiteral("error: ") + parsed.error;
}

} // namespace

TEST(SalesFactValues, MonthsInEveryWrittenForm)
{
    EXPECT_EQ(monthOf("2026-11"), u"2026-11");
    EXPECT_EQ(monthOf("2026/11"), u"2026-11");
    EXPECT_EQ(monthOf("2026-3"), u"2026-03");
    EXPECT_EQ(monthOf("202611"), u"2026-11");
    EXPECT_EQ(monthOf("11/2026"), u"2026-11");
    EXPECT_EQ(monthOf("11.2026"), u"2026-11");
    EXPECT_EQ(monthOf("3-2026"), u"2026-03");
    EXPECT_EQ(monthOf("marras 2026"), u"2026-11");
    EXPECT_EQ(monthOf("Marraskuu 2026"), u"2026-11");
    EXPECT_EQ(monthOf("marraskuuta 2026"), u"2026-11");
    EXPECT_EQ(monthOf("kesäkuu 2025"), u"2025-06");
    EXPECT_EQ(monthOf("HEINÄ 2025"), u"2025-07");
    EXPECT_EQ(monthOf("nov 2026"), u"2026-11");
    EXPECT_EQ(monthOf("Nov-26"), u"2026-11");
    EXPECT_EQ(monthOf("March 2026"), u"2026-03");
    EXPECT_EQ(monthOf("mars 2026"), u"2026-03");
    EXPECT_EQ(monthOf("okt 2026"), u"2026-10");
    EXPECT_EQ(monthOf("maj 2026"), u"2026-05");
    // Whole dates: Finnish day first; a slashed date that reads two ways is the first of a month.
    EXPECT_EQ(monthOf("1.11.2026"), u"2026-11");
    EXPECT_EQ(monthOf("30.11.2026"), u"2026-11");
    EXPECT_EQ(monthOf("2026-11-01"), u"2026-11");
    EXPECT_EQ(monthOf("2026-11-30T00:00:00"), u"2026-11");
    EXPECT_EQ(monthOf("11/1/2026"), u"2026-11");
    EXPECT_EQ(monthOf("1/11/2026"), u"2026-11");
    // An Excel serial number (a date cell without its format): 46327 is 1 November 2026.
    EXPECT_EQ(monthOf("46327"), u"2026-11");
}

TEST(SalesFactValues, MonthNumbersAndNamesTakeTheYearColumn)
{
    EXPECT_EQ(monthOf("11", "2026"), u"2026-11");
    EXPECT_EQ(monthOf("3", "2026"), u"2026-03");
    EXPECT_EQ(monthOf("03", "2026.0"), u"2026-03");
    EXPECT_EQ(monthOf("marraskuu", "2026"), u"2026-11");
    EXPECT_EQ(monthOf("tammi", "26"), u"2026-01");
    EXPECT_EQ(monthOf("2026-11", "2026"), u"2026-11");
}

TEST(SalesFactValues, UnreadableMonthsSayWhy)
{
    EXPECT_TRUE(monthOf("").contains(u"missing"));
    EXPECT_TRUE(monthOf("13/2026").contains(u"\"13/2026\" is not a month"));
    EXPECT_TRUE(monthOf("2026-13").contains(u"is not a month"));
    EXPECT_TRUE(monthOf("Yhteensä").contains(u"is not a month"));
    EXPECT_TRUE(monthOf("11").contains(u"needs a year"));
    EXPECT_TRUE(monthOf("marraskuu").contains(u"needs a year"));
    EXPECT_TRUE(monthOf("11", "vuosi").contains(u"\"vuosi\" is not a year"));
    EXPECT_TRUE(monthOf("2025-11", "2026").contains(u"not in the year 2026"));
    EXPECT_TRUE(monthOf("11/2460").contains(u"is not a month"));
    // Two readings, neither on the first of a month: no guess.
    EXPECT_TRUE(monthOf("5/6/2026").startsWith(u"error"));
}

TEST(SalesFactValues, FinnishAmountsAndCreditNotes)
{
    EXPECT_EQ(SalesFactValues::revenueCents(QStringLiteral("1 234,50")), 123450);
    EXPECT_EQ(SalesFactValues::revenueCents(QStringLiteral("1234.5")), 123450);
    EXPECT_EQ(SalesFactValues::revenueCents(QStringLiteral("1 234,50 €")), 123450);
    EXPECT_EQ(SalesFactValues::revenueCents(QString::fromUtf8("1\u00a0234,50\u00a0€")), 123450);
    EXPECT_EQ(SalesFactValues::revenueCents(QStringLiteral("1.234,50")), 123450);
    EXPECT_EQ(SalesFactValues::revenueCents(QStringLiteral("-99,90")), -9990);
    EXPECT_EQ(SalesFactValues::revenueCents(QStringLiteral("99,90-")), -9990);
    EXPECT_EQ(SalesFactValues::revenueCents(QStringLiteral("(99,90)")), -9990);
    EXPECT_EQ(SalesFactValues::revenueCents(QString::fromUtf8("\u221212,5")), -1250);
    EXPECT_EQ(SalesFactValues::revenueCents(QStringLiteral("0")), 0);
    EXPECT_FALSE(SalesFactValues::revenueCents(QStringLiteral("")).has_value());
    EXPECT_FALSE(SalesFactValues::revenueCents(QStringLiteral("kymppi")).has_value());
    EXPECT_FALSE(SalesFactValues::revenueCents(QStringLiteral("12-3")).has_value());
    EXPECT_FALSE(SalesFactValues::revenueCents(QStringLiteral("(-12)")).has_value());
}

TEST(SalesFactValues, OrderCountsAreWholeNumbers)
{
    EXPECT_EQ(SalesFactValues::orders(QString()), 0);
    EXPECT_EQ(SalesFactValues::orders(QStringLiteral("12")), 12);
    EXPECT_EQ(SalesFactValues::orders(QStringLiteral("12,0")), 12);
    EXPECT_EQ(SalesFactValues::orders(QStringLiteral("1 200")), 1200);
    EXPECT_EQ(SalesFactValues::orders(QStringLiteral("-1")), -1);
    EXPECT_FALSE(SalesFactValues::orders(QStringLiteral("2,5")).has_value());
    EXPECT_FALSE(SalesFactValues::orders(QStringLiteral("paljon")).has_value());
}
