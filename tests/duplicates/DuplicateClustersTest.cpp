#include "core/duplicates/DuplicateClusters.h"

#include <gtest/gtest.h>

using namespace luotsi::core::duplicates;
using Pair = DuplicateClusters::ScoredPair;

TEST(DuplicateClustersTest, ConnectedPairsAboveTheBarAreOneGroupBestFirst)
{
    const std::vector<Pair> pairs{{1, 2, 0.95}, {2, 3, 0.7}, {4, 5, 0.99}, {6, 7, 0.55}};
    const auto clusters = DuplicateClusters::build(pairs, 0.6);
    ASSERT_EQ(clusters.size(), 2u);
    EXPECT_EQ(clusters[0].members, (std::vector<std::uint32_t>{4, 5}));
    EXPECT_DOUBLE_EQ(clusters[0].score, 0.99);
    EXPECT_EQ(clusters[1].members, (std::vector<std::uint32_t>{1, 2, 3}));
    EXPECT_EQ(clusters[1].pairIndexes, (std::vector<std::size_t>{0, 1}));
}

TEST(DuplicateClustersTest, ALongChainOfWeakPairsIsSplitOnItsStrongOnes)
{
    // Twenty look-alikes chained by weak pairs, with two true pairs among them.
    std::vector<Pair> pairs;
    for (std::uint32_t i = 0; i < 19; ++i)
        pairs.push_back({i, i + 1, 0.65});
    pairs.push_back({0, 1, 0.97});
    pairs.push_back({10, 11, 0.98});
    const auto clusters = DuplicateClusters::build(pairs, 0.6, 12);
    ASSERT_EQ(clusters.size(), 2u);
    EXPECT_EQ(clusters[0].members, (std::vector<std::uint32_t>{10, 11}));
    EXPECT_EQ(clusters[1].members, (std::vector<std::uint32_t>{0, 1}));
}

TEST(DuplicateClustersTest, ARecordWithoutBusinessIdJoinsOnlyOneOfTwoCompanies)
{
    // 0 and 2 have different business IDs; 1 has none and resembles both, 2 a little more.
    const std::vector<Pair> pairs{{0, 1, 0.93}, {1, 2, 0.97}};
    const auto businessIdOf = [](std::uint32_t record) {
        return record == 0   ? QStringLiteral("1100859-3")
               : record == 2 ? QStringLiteral("0112038-9")
                             : QString();
    };
    const auto clusters = DuplicateClusters::build(pairs, 0.6, 12, businessIdOf);
    ASSERT_EQ(clusters.size(), 1u);
    EXPECT_EQ(clusters[0].members, (std::vector<std::uint32_t>{1, 2}));
    // Without the business IDs the chain would make one group of three.
    EXPECT_EQ(DuplicateClusters::build(pairs, 0.6).front().members.size(), 3u);
}
