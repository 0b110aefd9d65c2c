#include "core/matching/StringSimilarity.h"

#include <gtest/gtest.h>

using namespace luotsi::core::matching;

TEST(StringSimilarity, DamerauLevenshteinCountsTranspositionsAsOneEdit)
{
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"virtanen", u"virtanen"), 0);
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"virtanen", u"virtnaen"), 1);
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"virtanen", u"virtane"), 1);
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"virtanen", u"virttanen"), 1);
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"virtanen", u"virtasen"), 1);
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"rakennus", u"rakennusliike"), 5);
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"", u"abc"), 3);
    // The cap stops early and reports cap + 1.
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"rakennus", u"rakennusliike", 1), 2);
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"abcdef", u"badcfe", 2), 3);
}

TEST(StringSimilarity, DamerauLevenshteinOnLongStrings)
{
    const QString a = QString(100, QLatin1Char('a'));
    QString b = a;
    b[50] = QLatin1Char('b');
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(a, b), 1);
}

TEST(StringSimilarity, JaroWinklerKnownValues)
{
    EXPECT_NEAR(StringSimilarity::jaroWinkler(u"martha", u"marhta"), 0.961, 0.001);
    EXPECT_NEAR(StringSimilarity::jaroWinkler(u"dixon", u"dicksonx"), 0.813, 0.001);
    EXPECT_DOUBLE_EQ(StringSimilarity::jaroWinkler(u"abc", u"abc"), 1.0);
    EXPECT_DOUBLE_EQ(StringSimilarity::jaroWinkler(u"abc", u"xyz"), 0.0);
    EXPECT_DOUBLE_EQ(StringSimilarity::jaroWinkler(u"", u"xyz"), 0.0);
    EXPECT_DOUBLE_EQ(StringSimilarity::jaroWinkler(u"ab", u"ba"),
                     StringSimilarity::jaroWinkler(u"ba", u"ab"));
}

TEST(StringSimilarity, TokenOverlapToleratesOneTypoPerWord)
{
    const QStringList a = {QStringLiteral("rakennus"), QStringLiteral("virtanen")};
    const QStringList typo = {QStringLiteral("virtnaen"), QStringLiteral("rakennus")};
    const TokenOverlap overlap = StringSimilarity::tokenOverlap(a, typo);
    EXPECT_EQ(overlap.exact, 1);
    EXPECT_EQ(overlap.typo, 1);
    EXPECT_EQ(overlap.onlyInA + overlap.onlyInB, 0);
    EXPECT_DOUBLE_EQ(overlap.similarity(), 1.0);

    const QStringList longer = {QStringLiteral("rakennusliike"), QStringLiteral("virtanen")};
    const TokenOverlap near = StringSimilarity::tokenOverlap(a, longer);
    EXPECT_EQ(near.matched(), 1);
    EXPECT_EQ(near.restA, QStringList{QStringLiteral("rakennus")});
    EXPECT_EQ(near.restB, QStringList{QStringLiteral("rakennusliike")});
    EXPECT_DOUBLE_EQ(near.similarity(), 0.5);

    // Short words need an exact match: "oy" and "ky" are not a typo of each other.
    const TokenOverlap shortWords =
        StringSimilarity::tokenOverlap({QStringLiteral("lvi"), QStringLiteral("oy")},
                                       {QStringLiteral("lvu"), QStringLiteral("ky")});
    EXPECT_EQ(shortWords.matched(), 0);
}
