// How the blocking keys behave on a register of generated customers: keys per record, block
// sizes, and the number of pairs a duplicate finder that groups by key would have to score.
// Disabled by default (a million customers take a while); run it with
//   LUOTSI_MATCH_SCALE=1000000 luotsi_matching_tests --gtest_also_run_disabled_tests
//       --gtest_filter='*BlockingScale*'

#include "core/demo/DemoDataGenerator.h"
#include "core/matching/BlockingKeys.h"
#include "core/matching/MatchScorer.h"
#include "core/register/CustomerMatchRecord.h"
#include "core/register/PostalCodeTable.h"

#include <QElapsedTimer>
#include <QHash>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace luotsi::core;
using namespace luotsi::core::matching;

TEST(BlockingScale, DISABLED_BlockSizesOnGeneratedCustomers)
{
    const qint64 count = qEnvironmentVariableIsSet("LUOTSI_MATCH_SCALE")
                             ? qEnvironmentVariable("LUOTSI_MATCH_SCALE").toLongLong()
                             : 200000;
    DemoDataGenerator::Settings settings;
    settings.seed = 11;
    settings.groupCompanies = {{1, QStringLiteral("PAINO"), QStringLiteral("Paino Oy"), {}}};
    settings.accountManagerIds = {10};
    settings.today = QDate(2026, 11, 23);
    DemoDataGenerator generator(settings, PostalCodeTable::builtIn());
    ASSERT_TRUE(generator.isValid());

    // Keys as 64-bit hashes with the key's kind in the top byte, sorted to count the blocks.
    std::vector<quint64> keys;
    keys.reserve(std::size_t(count) * 12);
    std::vector<PreparedRecord> sample;
    QElapsedTimer timer;
    qint64 keyNanos = 0;
    for (qint64 i = 0; i < count; ++i) {
        const MatchRecord record = matchRecordOf(generator.next().customer);
        timer.start();
        const PreparedRecord prepared = PreparedRecord::prepare(record);
        const QList<BlockingKey> recordKeys = BlockingKeys::keysFor(prepared);
        keyNanos += timer.nsecsElapsed();
        for (const BlockingKey& key : recordKeys) {
            const quint64 kind = quint64(key.key.front().unicode() & 0xFF) << 56;
            keys.push_back(kind | (qHash(key.key, 1) & 0x00FFFFFFFFFFFFFFull));
        }
        if (i % 97 == 0 && sample.size() < 2000)
            sample.push_back(prepared);
    }
    std::sort(keys.begin(), keys.end());

    const int cap = MatchSettings().maxBlockSize;
    QHash<char, qint64> weakPairs, strongPairs, blocksOverCap, largest;
    qint64 distinct = 0;
    for (std::size_t i = 0; i < keys.size();) {
        std::size_t j = i;
        while (j < keys.size() && keys[j] == keys[i])
            ++j;
        const qint64 n = qint64(j - i);
        const char kind = char(keys[i] >> 56);
        const bool strong = kind == 'b' || kind == 'p' || kind == 'e';
        ++distinct;
        largest[kind] = std::max(largest.value(kind), n);
        if (!strong && n > cap)
            ++blocksOverCap[kind];
        else
            (strong ? strongPairs : weakPairs)[kind] += n * (n - 1) / 2;
        i = j;
    }

    // The cost of scoring one candidate pair, on pairs of the sample.
    const MatchScorer scorer;
    timer.start();
    double sink = 0;
    qint64 scored = 0;
    for (std::size_t a = 0; a < sample.size(); ++a) {
        for (std::size_t b = a + 1; b < std::min(sample.size(), a + 50); ++b, ++scored)
            sink += scorer.quickScore(sample[a], sample[b]);
    }
    const double nanosPerPair = double(timer.nsecsElapsed()) / std::max<qint64>(1, scored);

    qint64 totalPairs = 0;
    std::printf("[ figures  ] %lld customers, %.1f keys each, %lld distinct keys, "
                "keys %.1f µs per customer\n",
                qlonglong(count), double(keys.size()) / count, qlonglong(distinct),
                keyNanos / 1000.0 / count);
    for (const char kind : {'b', 'p', 'e', 'd', 'n', 'f'}) {
        const qint64 pairs = weakPairs.value(kind) + strongPairs.value(kind);
        totalPairs += pairs;
        std::printf("[ figures  ]   %c: largest block %lld, %lld blocks over %d skipped, "
                    "%lld pairs in the rest\n",
                    kind, qlonglong(largest.value(kind)), qlonglong(blocksOverCap.value(kind)), cap,
                    qlonglong(pairs));
    }
    std::printf("[ figures  ] at most %lld candidate pairs (before removing repeats), "
                "%.2f µs per scored pair: %.0f s of scoring on one core (%g)\n",
                qlonglong(totalPairs), nanosPerPair / 1000.0, totalPairs * nanosPerPair / 1e9,
                sink > 0 ? 0.0 : 1.0);
}
