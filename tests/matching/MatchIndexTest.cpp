#include "core/matching/MatchIndex.h"

#include <gtest/gtest.h>

using namespace luotsi::core::matching;

namespace {

MatchRecord record(qint64 id, const QString& name, const QString& city)
{
    MatchRecord r;
    r.id = id;
    r.name = name;
    r.city = city;
    return r;
}

} // namespace

TEST(MatchIndex, FindsTheBestEarlierRow)
{
    MatchIndex index;
    index.add(record(1, QStringLiteral("Rakennus Virtanen Oy"), QStringLiteral("Kotka")));
    index.add(record(2, QStringLiteral("Rakennusliike Virtanen Oy"), QStringLiteral("Kotka")));
    index.add(record(3, QStringLiteral("Rakennusliike Virtanen Oy"), QStringLiteral("Turku")));
    index.add(record(4, QStringLiteral("Kahvila Ahonen Oy"), QStringLiteral("Kotka")));
    EXPECT_EQ(index.size(), 4);

    const auto best = index.best(
        record(10, QStringLiteral("RAKENNUSLIIKE VIRTANEN OY"), QStringLiteral("KOTKA")));
    ASSERT_TRUE(best.has_value());
    EXPECT_EQ(best->id, 2);
    EXPECT_EQ(index.scorer().settings().outcome(best->score.score), MatchOutcome::Same);
    EXPECT_TRUE(best->score.agreed.contains(QStringLiteral("municipality")));

    // Candidates come from the blocking keys: the cafe shares none.
    const QList<qint64> candidates = index.candidates(
        record(11, QStringLiteral("Rakennusliike Virtanen"), QStringLiteral("Kotka")));
    EXPECT_EQ(candidates, (QList<qint64>{1, 2, 3}));

    const QList<MatchIndex::Match> all = index.matches(
        record(12, QStringLiteral("Rakennusliike Virtanen"), QStringLiteral("Kotka")), 0.0);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).id, 2);
    EXPECT_GE(all.at(0).score.score, all.at(1).score.score);
    EXPECT_GE(all.at(1).score.score, all.at(2).score.score);
}

TEST(MatchIndex, NothingAboveTheThreshold)
{
    MatchIndex index;
    index.add(record(1, QStringLiteral("Konsultointi Ylönen Ky"), QStringLiteral("Iisalmi")));
    EXPECT_FALSE(
        index.best(record(2, QStringLiteral("Konsultointi Ylönen Oy"), QStringLiteral("Iisalmi")))
            .has_value());
    EXPECT_FALSE(MatchIndex()
                     .best(record(2, QStringLiteral("Mikä tahansa"), QStringLiteral("Iisalmi")))
                     .has_value());
}

TEST(MatchIndex, LargeWeakBlocksAreSkippedButStrongKeysAreNot)
{
    MatchSettings settings;
    settings.maxBlockSize = 3;
    MatchIndex index(settings);
    for (int i = 1; i <= 5; ++i)
        index.add(record(i, QStringLiteral("Kallion seurakunta"), QStringLiteral("Helsinki")));
    MatchRecord withPhone =
        record(6, QStringLiteral("Kallion seurakunta"), QStringLiteral("Helsinki"));
    withPhone.phones = {QStringLiteral("+35891234567")};
    index.add(withPhone);

    MatchRecord query = record(7, QStringLiteral("Kallion srk"), QStringLiteral("Helsinki"));
    EXPECT_TRUE(index.candidates(query).isEmpty());
    query.phones = {QStringLiteral("09 1234567")};
    EXPECT_EQ(index.candidates(query), QList<qint64>{6});
}
