#include "core/importing/ConversionEvaluation.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace luotsi::core::importing;

namespace {

TEST(ConversionEvaluationTest, CountsPairsOfRowsTogetherAndJoined)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truth.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // Entity A on three rows, B on two, one junk row.
    file.write("file,sheet,row,entity_id,row_kind\n"
               "a.xlsx,S,2,A,record\n"
               "a.xlsx,S,3,B,record\n"
               "b.csv,b,2,A,record\n"
               "b.csv,b,3,B,record\n"
               "b.csv,b,4,A,repeat\n"
               "b.csv,b,5,,junk_total\n");
    file.close();
    auto truth = ConversionTruth::load(path);
    ASSERT_TRUE(truth) << truth.error().text().toStdString();

    // The import joined A's first two rows (customer 1), left A's third alone (3), put both B
    // rows together (2) and, wrongly, the junk row into customer 2 as well.
    const QList<RowLineage> lineage{{QStringLiteral("a.xlsx"), QStringLiteral("S"), 2, 1},
                                    {QStringLiteral("a.xlsx"), QStringLiteral("S"), 3, 2},
                                    {QStringLiteral("b.csv"), QStringLiteral("b"), 2, 1},
                                    {QStringLiteral("b.csv"), QStringLiteral("b"), 3, 2},
                                    {QStringLiteral("b.csv"), QStringLiteral("b"), 4, 3},
                                    {QStringLiteral("b.csv"), QStringLiteral("b"), 5, 2}};
    const ConversionEvaluation e = truth->evaluate(lineage);
    EXPECT_EQ(e.truthRows, 5);
    EXPECT_EQ(e.truePairs, 3 + 1);   // A: 3 pairs, B: 1
    EXPECT_EQ(e.joinedPairs, 1 + 3); // customer 1: 1 pair, customer 2 (3 rows): 3
    EXPECT_EQ(e.correctPairs, 1 + 1);
    EXPECT_DOUBLE_EQ(e.precision(), 0.5);
    EXPECT_DOUBLE_EQ(e.recall(), 0.5);
    EXPECT_EQ(e.entitiesSplit, 1);
    EXPECT_EQ(e.junkImported, 1);
}

TEST(ConversionEvaluationTest, TruthWithoutTheNeededColumnsIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truth.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("file,row\nx,1\n");
    file.close();
    EXPECT_FALSE(ConversionTruth::load(path));
}

} // namespace
