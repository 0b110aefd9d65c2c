// The finder's quality where the truth is known: the conversion sample of ../shared loaded
// without de-duplication, and generated registers with injected second records.

#include "core/demo/DemoRegisterBuilder.h"
#include "core/duplicates/CandidatePairs.h"
#include "core/duplicates/DuplicateEvaluation.h"
#include "core/duplicates/DuplicateFinder.h"
#include "core/importing/ImportRunner.h"
#include "core/importing/MappingAdvisor.h"
#include "core/importing/mapping/MappingProfileStore.h"
#include "core/register/CustomerMatchRecord.h"
#include "core/storage/DuplicateRepository.h"
#include "core/storage/ImportBatchRepository.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>
#include <set>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::duplicates;

namespace {

void loadSampleWithoutDeduplication(Workspace& workspace, const QString& dir)
{
    QTemporaryDir profiles;
    const QList<std::pair<const char*, const char*>> sheets{
        {"source0_enterprise.xlsx", ""}, {"source0_enterprise.xlsx", "Yhtymät"},
        {"source1_tilaajat.csv", ""},    {"source2_sonet.xlsx", ""},
        {"source3_prospektit.xlsx", ""}, {"source4_cirix.xls", ""}};
    for (const auto& [file, sheet] : sheets) {
        const QString path = QDir(dir).filePath(QString::fromUtf8(file));
        auto mapping = importing::MappingAdvisor::suggest(
            path, QString::fromUtf8(sheet), importing::MappingProfileStore(profiles.path()));
        ASSERT_TRUE(mapping) << mapping.error().text().toStdString();
        importing::ImportOptions options;
        options.filePath = path;
        options.mapping = *mapping;
        options.mapping.sourceSystem = QFileInfo(path).completeBaseName();
        options.matchAgainstRegister = false;
        options.keepAllRowDetails = false;
        auto report = importing::ImportRunner(workspace).run(options);
        ASSERT_TRUE(report) << report.error().text().toStdString();
    }
}

// customer id → entity through the import lineage (a customer of several entities is left out).
QHash<qint64, QString> entitiesOfCustomers(Workspace& workspace, const QString& truthPath)
{
    QHash<QString, QString> entityOfRow;
    QFile file(truthPath);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() >= 4 && !f[3].isEmpty())
            entityOfRow.insert(QString::fromUtf8(f[0] + '|' + f[1] + '|' + f[2]),
                               QString::fromUtf8(f[3]));
    }
    auto lineage = storage::ImportBatchRepository(workspace.database()).lineageOfAppliedBatches();
    EXPECT_TRUE(lineage);
    QHash<qint64, QString> entities;
    for (const importing::RowLineage& row : *lineage) {
        const QString entity = entityOfRow.value(row.fileName + u'|' + row.sheet + u'|' +
                                                 QString::number(row.rowNumber));
        if (row.customerId != 0 && !entity.isEmpty())
            entities.insert(row.customerId, entity);
    }
    return entities;
}

class DuplicateQualityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (test::sharedDir().isEmpty())
            GTEST_SKIP() << "../shared is absent: the conversion sample cannot be read";
        m_dir = QDir(test::sharedDir()).filePath(QStringLiteral("data/conversion"));
    }
    QString m_dir;
};

} // namespace

TEST_F(DuplicateQualityTest, FindsTheSamplesDuplicatesWithHighPrecisionAndRecall)
{
    test::TemporaryRegister reg;
    loadSampleWithoutDeduplication(reg.workspace(), m_dir);
    auto result = DuplicateFinder(reg.workspace()).run();
    ASSERT_TRUE(result) << result.error().text().toStdString();
    auto truth = DuplicateTruth::load(QDir(m_dir).filePath(QStringLiteral("truth.csv")));
    ASSERT_TRUE(truth);
    auto quality = truth->evaluate(reg.workspace(), result->groups);
    ASSERT_TRUE(quality);
    std::cout << "[ figures  ] sample: " << result->run.customers << " customers, "
              << result->groups.size() << " groups, precision " << quality->precision()
              << ", recall " << quality->recall() << "\n";
    EXPECT_GE(quality->precision(), 0.97);
    EXPECT_GE(quality->recall(), 0.95);
}

TEST_F(DuplicateQualityTest, BlockingLosesNoTruePairOfTheSample)
{
    test::TemporaryRegister reg;
    loadSampleWithoutDeduplication(reg.workspace(), m_dir);
    const QHash<qint64, QString> entities =
        entitiesOfCustomers(reg.workspace(), QDir(m_dir).filePath(QStringLiteral("truth.csv")));
    std::vector<matching::PreparedRecord> records;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;
    ASSERT_TRUE(storage::DuplicateRepository(reg.workspace().database())
                    .forEachMatchSource({}, [&](const Customer& c) {
                        records.push_back(matching::PreparedRecord::prepare(matchRecordOf(c)));
                        CandidatePairs::hashKeys(records.back(), std::uint32_t(records.size() - 1),
                                                 keys);
                        return true;
                    }));
    const auto pairs = CandidatePairs::fromKeys(keys, records, {});
    const std::set<std::uint64_t> candidates(pairs.begin(), pairs.end());
    qint64 truePairs = 0;
    QStringList lost;
    for (std::size_t i = 0; i < records.size(); ++i) {
        for (std::size_t j = i + 1; j < records.size(); ++j) {
            const QString entity = entities.value(records[i].id);
            if (entity.isEmpty() || entity != entities.value(records[j].id))
                continue;
            ++truePairs;
            if (!candidates.contains(CandidatePairs::pack(std::uint32_t(i), std::uint32_t(j))))
                lost.append(QStringLiteral("%1/%2").arg(records[i].id).arg(records[j].id));
        }
    }
    EXPECT_GT(truePairs, 1500);
    EXPECT_TRUE(lost.isEmpty()) << lost.join(u' ').toStdString();
    // ... and never all pairs: a few per customer.
    EXPECT_LT(pairs.size(), records.size() * 4);
}

TEST(GeneratedDuplicatesTest, InjectedSecondRecordsAreFoundAndNothingElse)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.sqlite"));
    const QString truthPath = dir.filePath(QStringLiteral("truth.csv"));
    DemoRegisterBuilder builder(path, 7);
    builder.setDuplicateShare(0.1);
    builder.setTruthPath(truthPath);
    ASSERT_TRUE(builder.run(4000, {}));
    auto workspace = Workspace::open(path, QStringLiteral("test"), QStringLiteral("Test"));
    ASSERT_TRUE(workspace);
    auto result = DuplicateFinder(**workspace).run();
    ASSERT_TRUE(result) << result.error().text().toStdString();
    auto truth = DuplicateTruth::load(truthPath);
    ASSERT_TRUE(truth);
    auto quality = truth->evaluate(**workspace, result->groups);
    ASSERT_TRUE(quality);
    std::cout << "[ figures  ] generated: " << quality->items << " customers, true pairs "
              << quality->truePairs << ", precision " << quality->precision() << ", recall "
              << quality->recall() << "\n";
    EXPECT_EQ(quality->items, 4000);
    EXPECT_GT(quality->truePairs, 300); // about 400 second records
    EXPECT_GE(quality->precision(), 0.97);
    EXPECT_GE(quality->recall(), 0.95);
}
