#include "core/duplicates/CandidatePairs.h"

#include <gtest/gtest.h>

#include <set>

using namespace luotsi::core;
using namespace luotsi::core::duplicates;

namespace {

matching::PreparedRecord record(qint64 id, const QString& name, const QString& phone,
                                const QString& city = QStringLiteral("Tampere"))
{
    matching::MatchRecord r;
    r.id = id;
    r.name = name;
    r.city = city;
    if (!phone.isEmpty())
        r.phones = {phone};
    return matching::PreparedRecord::prepare(r);
}

std::vector<std::uint64_t> pairsOf(const std::vector<matching::PreparedRecord>& records,
                                   const CandidatePairs::Limits& limits = {},
                                   CandidatePairs::Stats* stats = nullptr)
{
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;
    for (std::size_t i = 0; i < records.size(); ++i)
        CandidatePairs::hashKeys(records[i], std::uint32_t(i), keys);
    return CandidatePairs::fromKeys(keys, records, limits, stats);
}

} // namespace

TEST(CandidatePairsTest, PacksEitherOrderTheSame)
{
    EXPECT_EQ(CandidatePairs::pack(7, 3), CandidatePairs::pack(3, 7));
    EXPECT_EQ(CandidatePairs::first(CandidatePairs::pack(7, 3)), 3u);
    EXPECT_EQ(CandidatePairs::second(CandidatePairs::pack(7, 3)), 7u);
}

TEST(CandidatePairsTest, RecordsSharingAKeyArePairedOnceAndOthersNever)
{
    const std::vector<matching::PreparedRecord> records{
        record(1, QStringLiteral("Kirjapaino Äijälä Oy"), QStringLiteral("+358401234567")),
        // The same phone and the same name words: two shared keys, still one pair.
        record(2, QStringLiteral("OY KIRJAPAINO AIJALA"), QStringLiteral("040 123 4567")),
        record(3, QStringLiteral("Rautakauppa Virtanen Ky"), QStringLiteral("+358509876543"),
               QStringLiteral("Oulu")),
    };
    const auto pairs = pairsOf(records);
    ASSERT_EQ(pairs.size(), 1u);
    EXPECT_EQ(pairs.front(), CandidatePairs::pack(0, 1));
}

TEST(CandidatePairsTest, AHugeBlockIsComparedByNameOrderOnly)
{
    // 1,000 customers behind one switchboard number: all pairs would be 499,500.
    std::vector<matching::PreparedRecord> records;
    for (int i = 0; i < 1000; ++i)
        records.push_back(
            record(i + 1, QStringLiteral("Yritys %1 Oy").arg(i, 4, 10, QLatin1Char('0')),
                   QStringLiteral("+358207654321"), QStringLiteral("Kunta%1").arg(i)));
    // ... among them one customer written twice, far apart in the file.
    records.push_back(record(1001, QStringLiteral("Yritys 0500 Oy"),
                             QStringLiteral("+358207654321"), QStringLiteral("Kunta500")));
    CandidatePairs::Stats stats;
    const auto pairs = pairsOf(records, {}, &stats);
    EXPECT_LE(pairs.size(), records.size() * 8);
    EXPECT_GE(stats.windowedBlocks, 1);
    const std::set<std::uint64_t> found(pairs.begin(), pairs.end());
    EXPECT_TRUE(found.contains(CandidatePairs::pack(500, 1000)));
}
