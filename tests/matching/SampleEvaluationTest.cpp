// The matching engine on the conversion sample: the true entities of
// ../shared/data/conversion/entities.csv plus noisy copies made with the README's noise kinds,
// matched through MatchIndex the way an import matches rows against earlier rows.

#include "SampleNoise.h"
#include "TestSupport.h"

#include "core/matching/BlockingKeys.h"
#include "core/matching/MatchIndex.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace luotsi::core::matching;
using luotsi::test::SampleEntity;

namespace {

struct Row
{
    qsizetype entity = 0; // index into the entity list
    MatchRecord record;
    QStringList noise;
};

qint64 pairs(qint64 n)
{
    return n * (n - 1) / 2;
}

class SampleEvaluation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString shared = luotsi::test::sharedDir();
        if (shared.isEmpty())
            GTEST_SKIP() << "../shared is absent: no conversion sample to evaluate on";
        QString error;
        m_entities = luotsi::test::readSampleEntities(
            shared + QStringLiteral("/data/conversion/entities.csv"), &error);
        ASSERT_FALSE(m_entities.isEmpty()) << qPrintable(error);
        ASSERT_EQ(m_entities.size(), 2000);

        // The original and one or two noisy copies of every entity, in a shuffled order.
        luotsi::test::SampleNoise noise(m_entities, 2007);
        std::mt19937 random(4242);
        for (qsizetype e = 0; e < m_entities.size(); ++e) {
            m_rows.append({e, m_entities.at(e).record, {}});
            const int copies = 1 + int(random() % 2);
            for (int c = 0; c < copies; ++c) {
                Row row{e, {}, {}};
                row.record = noise.noisyCopy(m_entities.at(e), &row.noise);
                m_rows.append(row);
            }
        }
        std::shuffle(m_rows.begin(), m_rows.end(), random);
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_rows[i].record.id = i; // a row id, as an import gives them
    }

    QList<SampleEntity> m_entities;
    QList<Row> m_rows;
};

} // namespace

TEST_F(SampleEvaluation, PrecisionRecallAndBlockingOnNoisyCopies)
{
    QElapsedTimer timer;
    timer.start();
    MatchIndex index;
    const double sameAbove = index.scorer().settings().sameAbove;

    // Each row joins the cluster of its best earlier match, as an import does within a file.
    QList<qsizetype> cluster(m_rows.size());
    qint64 candidatesSeen = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const PreparedRecord prepared = PreparedRecord::prepare(m_rows.at(i).record);
        candidatesSeen += index.candidates(m_rows.at(i).record).size();
        const auto best = index.best(prepared, sameAbove);
        cluster[i] = best ? cluster[qsizetype(best->id)] : i;
        index.add(prepared);
    }
    const qint64 matchMs = timer.elapsed();

    // Pairwise precision and recall.
    QHash<qsizetype, QList<qsizetype>> members;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        members[cluster.at(i)].append(i);
    qint64 predicted = 0, truePositive = 0, lookalikeMerges = 0;
    for (const QList<qsizetype>& rows : std::as_const(members)) {
        predicted += pairs(rows.size());
        QHash<qsizetype, qint64> perEntity;
        QHash<QString, QSet<qsizetype>> perGroup;
        for (const qsizetype row : rows) {
            const qsizetype entity = m_rows.at(row).entity;
            ++perEntity[entity];
            const QString& group = m_entities.at(entity).lookalikeGroup;
            if (!group.isEmpty())
                perGroup[group].insert(entity);
        }
        for (const qint64 n : std::as_const(perEntity))
            truePositive += pairs(n);
        for (const auto& entities : std::as_const(perGroup))
            lookalikeMerges += entities.size() > 1 ? 1 : 0;
    }
    QHash<qsizetype, QList<qsizetype>> byEntity;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        byEntity[m_rows.at(i).entity].append(i);
    qint64 truePairs = 0;
    for (const QList<qsizetype>& rows : std::as_const(byEntity))
        truePairs += pairs(rows.size());

    // Blocking recall: every true pair must share at least one key.
    QList<QSet<QString>> keys;
    QHash<QString, int> blockSizes;
    qint64 keyCount = 0;
    for (const Row& row : std::as_const(m_rows)) {
        const QStringList strings = BlockingKeys::keyStrings(PreparedRecord::prepare(row.record));
        keyCount += strings.size();
        for (const QString& key : strings)
            ++blockSizes[key];
        keys.append(QSet<QString>(strings.begin(), strings.end()));
    }
    qint64 blockedPairs = 0;
    for (const QList<qsizetype>& rows : std::as_const(byEntity)) {
        for (qsizetype a = 0; a < rows.size(); ++a) {
            for (qsizetype b = a + 1; b < rows.size(); ++b) {
                if (keys.at(rows.at(a)).intersects(keys.at(rows.at(b))))
                    ++blockedPairs;
                else
                    ADD_FAILURE() << "no shared key: "
                                  << qPrintable(m_rows.at(rows.at(a)).record.name) << " / "
                                  << qPrintable(m_rows.at(rows.at(b)).record.name) << " ["
                                  << qPrintable(m_rows.at(rows.at(b)).noise.join(u',')) << "]";
            }
        }
    }
    const int largestBlock =
        blockSizes.isEmpty() ? 0 : *std::max_element(blockSizes.cbegin(), blockSizes.cend());

    const double precision = predicted ? double(truePositive) / predicted : 1.0;
    const double recall = truePairs ? double(truePositive) / truePairs : 1.0;
    const double blockingRecall = truePairs ? double(blockedPairs) / truePairs : 1.0;
    std::printf("[ figures  ] %lld records of %lld entities, %lld true pairs\n",
                qlonglong(m_rows.size()), qlonglong(m_entities.size()), qlonglong(truePairs));
    std::printf("[ figures  ] pairwise precision %.4f, recall %.4f, F1 %.4f "
                "(%lld predicted pairs, %lld correct)\n",
                precision, recall, 2 * precision * recall / (precision + recall),
                qlonglong(predicted), qlonglong(truePositive));
    std::printf("[ figures  ] look-alike groups merged: %lld\n", qlonglong(lookalikeMerges));
    std::printf("[ figures  ] blocking recall %.4f, %.1f keys per record, largest block %d, "
                "%.1f candidates per lookup\n",
                blockingRecall, double(keyCount) / m_rows.size(), largestBlock,
                double(candidatesSeen) / m_rows.size());
    std::printf("[ figures  ] matching %lld ms\n", qlonglong(matchMs));

    EXPECT_GE(precision, 0.98);
    EXPECT_GE(recall, 0.95);
    EXPECT_EQ(lookalikeMerges, 0);
    EXPECT_GE(blockingRecall, 0.99);
}
