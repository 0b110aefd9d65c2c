// The conversion sample of ../shared/data/conversion: five legacy exports of the same 2,000
// customers with realistic noise, imported with the wizard's own suggestions (no profile) and
// measured against the sample's truth.

#include "core/Workspace.h"
#include "core/importing/ConversionEvaluation.h"
#include "core/importing/ImportRunner.h"
#include "core/importing/MappingAdvisor.h"
#include "core/importing/mapping/MappingProfileStore.h"
#include "core/storage/Database.h"
#include "core/storage/ImportBatchRepository.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <iostream>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::importing;

namespace {

struct SampleSheet
{
    const char* file;
    const char* sheet; // empty: the one the advisor picks
};

const QList<SampleSheet> sampleSheets{
    {"source0_enterprise.xlsx", ""}, {"source0_enterprise.xlsx", "Yhtymät"},
    {"source1_tilaajat.csv", ""},    {"source2_sonet.xlsx", ""},
    {"source3_prospektit.xlsx", ""}, {"source4_cirix.xls", ""}};

class ConversionSampleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (test::sharedDir().isEmpty())
            GTEST_SKIP() << "../shared is absent: the conversion sample cannot be read";
        m_dir = QDir(test::sharedDir()).filePath(QStringLiteral("data/conversion"));
    }

    OutcomeCounts importAll(Workspace& workspace, const QList<SampleSheet>& sheets)
    {
        OutcomeCounts total;
        for (const SampleSheet& s : sheets) {
            const QString path = QDir(m_dir).filePath(QString::fromUtf8(s.file));
            auto mapping = MappingAdvisor::suggest(path, QString::fromUtf8(s.sheet),
                                                   MappingProfileStore(m_profiles.path()));
            EXPECT_TRUE(mapping) << mapping.error().text().toStdString();
            if (!mapping)
                continue;
            ImportOptions options;
            options.filePath = path;
            options.mapping = *mapping;
            options.mapping.sourceSystem = QFileInfo(path).completeBaseName();
            options.keepAllRowDetails = false;
            auto report = ImportRunner(workspace).run(options);
            EXPECT_TRUE(report) << report.error().text().toStdString();
            if (!report)
                continue;
            const OutcomeCounts& c = report->batch.counts;
            total.rowsRead += c.rowsRead;
            total.created += c.created;
            total.updated += c.updated;
            total.unchanged += c.unchanged;
            total.possibleDuplicates += c.possibleDuplicates;
            total.rejected += c.rejected;
            total.skipped += c.skipped;
        }
        return total;
    }

    ConversionEvaluation evaluate(Workspace& workspace)
    {
        auto truth = ConversionTruth::load(QDir(m_dir).filePath(QStringLiteral("truth.csv")));
        EXPECT_TRUE(truth);
        auto lineage =
            storage::ImportBatchRepository(workspace.database()).lineageOfAppliedBatches();
        EXPECT_TRUE(lineage);
        return truth->evaluate(*lineage);
    }

    static qint64 customers(Workspace& workspace)
    {
        QSqlQuery q(workspace.database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM customers"));
        q.next();
        return q.value(0).toLongLong();
    }

    QString m_dir;
    QTemporaryDir m_profiles;
};

TEST_F(ConversionSampleTest, SuggestionsAloneFindEveryCustomerOnceInAnyOrder)
{
    for (bool reversed : {false, true}) {
        test::TemporaryRegister reg;
        QList<SampleSheet> sheets = sampleSheets;
        if (reversed)
            std::reverse(sheets.begin(), sheets.end());
        const OutcomeCounts counts = importAll(reg.workspace(), sheets);
        const ConversionEvaluation e = evaluate(reg.workspace());
        std::cout << "[ figures  ] " << (reversed ? "reversed" : "in order") << ": precision "
                  << e.precision() << ", recall " << e.recall() << "; rows " << counts.rowsRead
                  << ": new " << counts.created << ", update " << counts.updated << ", unchanged "
                  << counts.unchanged << ", possible " << counts.possibleDuplicates << ", rejected "
                  << counts.rejected << "; customers " << customers(reg.workspace()) << " of "
                  << e.entities << " entities" << std::endl;
        EXPECT_GE(e.precision(), 0.97);
        EXPECT_GE(e.recall(), 0.95);
        EXPECT_EQ(e.junkImported, 0);
        EXPECT_EQ(e.customersMixed, 0);
        EXPECT_LE(customers(reg.workspace()), e.entities + e.entities / 100);
    }
}

TEST_F(ConversionSampleTest, ImportingTheFilesAgainChangesNothing)
{
    test::TemporaryRegister reg;
    importAll(reg.workspace(), sampleSheets);
    const qint64 before = customers(reg.workspace());
    const OutcomeCounts again = importAll(reg.workspace(), sampleSheets);
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(customers(reg.workspace()), before);
}

} // namespace
