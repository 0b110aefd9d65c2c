#include "core/importing/cleaning/DateParser.h"
#include "core/importing/cleaning/DateColumnAnalyzer.h"

#include <gtest/gtest.h>

using namespace luotsi::core::importing;
using namespace Qt::StringLiterals;

TEST(DateParser, FinnishIsoAndExcelForms)
{
    EXPECT_EQ(DateParser::parse(u"21.7.2000"_s, DateOrder::DayFirst).date, QDate(2000, 7, 21));
    EXPECT_EQ(DateParser::parse(u"01.02.07"_s, DateOrder::DayFirst).date, QDate(2007, 2, 1));
    EXPECT_EQ(DateParser::parse(u"1.2.98"_s, DateOrder::DayFirst).date, QDate(1998, 2, 1));
    EXPECT_EQ(DateParser::parse(u"2007-02-01"_s, DateOrder::Unknown).date, QDate(2007, 2, 1));
    EXPECT_EQ(DateParser::parse(u"2007-02-01T13:30:00"_s, DateOrder::Unknown).date,
              QDate(2007, 2, 1));
    EXPECT_EQ(DateParser::parse(u"20070201"_s, DateOrder::Unknown).date, QDate(2007, 2, 1));
    // Excel serials, the 1900 system: 38353 is 1 January 2005.
    EXPECT_EQ(DateParser::parse(u"38353"_s, DateOrder::Unknown).date, QDate(2005, 1, 1));
    EXPECT_EQ(DateParser::fromExcelSerial(1), QDate(1900, 1, 1));
    EXPECT_EQ(DateParser::fromExcelSerial(61), QDate(1900, 3, 1));
    EXPECT_EQ(DateParser::parse(u"2/13/2007"_s, DateOrder::MonthFirst).date, QDate(2007, 2, 13));
    EXPECT_EQ(DateParser::parse(u"21.7.2000 12:00"_s, DateOrder::DayFirst).date,
              QDate(2000, 7, 21));
    EXPECT_FALSE(DateParser::parse(u"31.2.2007"_s, DateOrder::DayFirst).date.isValid());
    EXPECT_FALSE(DateParser::parse(u"joskus"_s, DateOrder::DayFirst).date.isValid());
}

TEST(DateParser, UnknownOrderAcceptsOnlyWhatReadsOneWay)
{
    EXPECT_EQ(DateParser::parse(u"13.2.2007"_s, DateOrder::Unknown).date, QDate(2007, 2, 13));
    EXPECT_EQ(DateParser::parse(u"1.1.2007"_s, DateOrder::Unknown).date, QDate(2007, 1, 1));
    const auto ambiguous = DateParser::parse(u"1.2.2007"_s, DateOrder::Unknown);
    EXPECT_FALSE(ambiguous.date.isValid());
    EXPECT_TRUE(ambiguous.ambiguous);
}

TEST(DateColumnAnalyzer, DecidesTheOrderFromTheValues)
{
    using Verdict = DateColumnAnalyzer::Verdict;
    const auto finnish = DateColumnAnalyzer::analyze({u"21.7.2000"_s, u"1.2.2007"_s, QString()});
    EXPECT_EQ(finnish.verdict, Verdict::DayFirst);
    EXPECT_EQ(finnish.order(), DateOrder::DayFirst);
    EXPECT_EQ(finnish.example, u"21.7.2000"_s);
    EXPECT_EQ(DateColumnAnalyzer::analyze({u"2/13/2007"_s, u"1/2/2007"_s}).verdict,
              Verdict::MonthFirst);
    EXPECT_EQ(DateColumnAnalyzer::analyze({u"2007-02-01"_s, u"2007-12-31"_s}).verdict,
              Verdict::NoOrderNeeded);
}

TEST(DateColumnAnalyzer, FlagsColumnsThatCannotTell)
{
    using Verdict = DateColumnAnalyzer::Verdict;
    const auto ambiguous =
        DateColumnAnalyzer::analyze({u"1.2.2007"_s, u"3.4.2007"_s, u"12.11.2006"_s});
    EXPECT_EQ(ambiguous.verdict, Verdict::Ambiguous);
    EXPECT_TRUE(ambiguous.needsDecision());
    EXPECT_EQ(ambiguous.order(), DateOrder::Unknown);
    EXPECT_EQ(DateColumnAnalyzer::analyze({u"13.2.2007"_s, u"2/13/2007"_s}).verdict,
              Verdict::Conflicting);
    EXPECT_EQ(DateColumnAnalyzer::analyze({u"Kestotilaus"_s, u"2 kpl"_s}).verdict,
              Verdict::NotDates);
}
