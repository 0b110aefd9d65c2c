#include "core/duplicates/DuplicateEvaluation.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace luotsi::core;
using namespace luotsi::core::duplicates;

namespace {

DuplicateGroup groupOf(QList<qint64> ids)
{
    DuplicateGroup group;
    group.customerIds = ids;
    return group;
}

QString write(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(QStringLiteral("truth.csv"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text);
    return path;
}

} // namespace

TEST(DuplicateEvaluationTest, CountsPairsOfEntitiesAndGroups)
{
    // Entities: {1,2,3}, {4,5}, {6}. Groups: {1,2}, {3,6}, {4,5}.
    const QHash<qint64, QString> truth{{1, QStringLiteral("a")}, {2, QStringLiteral("a")},
                                       {3, QStringLiteral("a")}, {4, QStringLiteral("b")},
                                       {5, QStringLiteral("b")}, {6, QStringLiteral("c")}};
    const PairwiseQuality q =
        DuplicateTruth::evaluate(truth, {groupOf({1, 2}), groupOf({3, 6}), groupOf({4, 5})});
    EXPECT_EQ(q.truePairs, 4);
    EXPECT_EQ(q.foundPairs, 3);
    EXPECT_EQ(q.correctPairs, 2);
    EXPECT_DOUBLE_EQ(q.precision(), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(q.recall(), 0.5);
}

TEST(DuplicateEvaluationTest, ReadsPairFilesAsConnectedEntities)
{
    QTemporaryDir dir;
    auto truth = DuplicateTruth::load(write(dir, "customer_a,customer_b\n1,2\n2,3\n7,8\n"));
    ASSERT_TRUE(truth) << truth.error().text().toStdString();
    luotsi::test::TemporaryRegister reg;
    // {1,2,3} is one entity through 2 (three pairs); {7,8} another.
    auto q = truth->evaluate(reg.workspace(), {groupOf({1, 2, 3}), groupOf({7, 9})});
    ASSERT_TRUE(q);
    EXPECT_EQ(q->truePairs, 4);
    EXPECT_EQ(q->foundPairs, 3); // 9 is not in the truth: its pair does not count
    EXPECT_EQ(q->correctPairs, 3);
}

TEST(DuplicateEvaluationTest, ReadsTheGeneratorsEntityFileAndRefusesOthers)
{
    QTemporaryDir dir;
    auto truth = DuplicateTruth::load(write(dir, "customer_id,entity\n1,1\n2,1\n3,3\n"));
    ASSERT_TRUE(truth);
    luotsi::test::TemporaryRegister reg;
    auto q = truth->evaluate(reg.workspace(), {groupOf({1, 3})});
    ASSERT_TRUE(q);
    EXPECT_EQ(q->truePairs, 1);
    EXPECT_EQ(q->correctPairs, 0);
    EXPECT_EQ(q->foundPairs, 1);

    EXPECT_FALSE(DuplicateTruth::load(write(dir, "id;name\n1;x\n")));
    const auto broken = DuplicateTruth::load(write(dir, "customer_id,entity\n1,1\nx,2\n"));
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("3")))
        << broken.error().text().toStdString();
}
