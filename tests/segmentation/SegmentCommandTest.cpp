// luotsi-admin segment run / export / flows, run as a child process on a small generated
// register: what it prints, what it leaves in the register, and its exit codes.

#include "SegmentationFixture.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace luotsi::test {
namespace {

using namespace luotsi::core::segments;

class SegmentCommandTest : public SegmentationFixture
{
protected:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Outcome admin(QStringList arguments)
    {
        arguments << QStringLiteral("--database") << m_register.path();
        QProcess process;
        process.setProgram(QStringLiteral(LUOTSI_ADMIN_PATH));
        process.setArguments(QStringList{QStringLiteral("segment")} + arguments);
        process.start();
        EXPECT_TRUE(process.waitForFinished(120000));
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};

TEST_F(SegmentCommandTest, ADryRunPrintsTheMatrixAndAppliesNothing)
{
    const Outcome dry = admin({QStringLiteral("run"), QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    // Rows from, columns to, with segment names and totals: every customer comes from none.
    EXPECT_TRUE(dry.out.contains(QStringLiteral("VIP"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Kanta-asiakkaat")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Total")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("%1 customers, %1 move").arg(customerCount)))
        << dry.out.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM customer_segments")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM segment_runs WHERE status = "
                                   "'discarded'")),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM segment_run_moves")), 0);
}

TEST_F(SegmentCommandTest, ARunAppliesAndTheExportSaysWhy)
{
    const Outcome run = admin({QStringLiteral("run")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Applied: %1 moved").arg(customerCount)))
        << run.out.toStdString();
    EXPECT_EQ(current(), expected(today()));

    // One customer by hand, to see both kinds of reason.
    const qint64 pinned = current().begin()->first;
    SegmentOverride o;
    o.customerId = pinned;
    o.segmentationId = primary;
    o.segmentId = current().at(pinned) == 1 ? 2 : 1;
    o.reason = QStringLiteral("Konsernin avainasiakas");
    o.expiresOn = today().addMonths(6);
    ASSERT_TRUE(service().setOverride(o));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("segments.csv"));
    const Outcome exported = admin({QStringLiteral("export"), QStringLiteral("--csv"), csv});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), customerCount + 1);
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral("customer_id;name;segment;since;reason")));
    const qint64 runId = count(QStringLiteral("SELECT max(id) FROM segment_runs"));
    int byRun = 0;
    for (const QString& line : lines.mid(1)) {
        if (line.startsWith(QString::number(pinned) + QLatin1Char(';'))) {
            EXPECT_TRUE(line.endsWith(QStringLiteral("manual: Konsernin avainasiakas, until %1")
                                          .arg(o.expiresOn.toString(Qt::ISODate))))
                << line.toStdString();
        } else if (line.endsWith(QStringLiteral("run %1 as of %2")
                                     .arg(runId)
                                     .arg(today().toString(Qt::ISODate)))) {
            ++byRun;
        }
    }
    EXPECT_EQ(byRun, customerCount - 1);

    const Outcome flows =
        admin({QStringLiteral("flows"), QStringLiteral("--from"), today().toString(Qt::ISODate)});
    ASSERT_EQ(flows.exitCode, 0) << flows.err.toStdString();
    EXPECT_TRUE(flows.out.contains(QStringLiteral("Entered"))) << flows.out.toStdString();
    EXPECT_TRUE(flows.out.contains(QStringLiteral("Trafiikkiasiakkaat")));
}

TEST_F(SegmentCommandTest, MistakesExitWithAMessage)
{
    const Outcome unknown =
        admin({QStringLiteral("run"), QStringLiteral("--segmentation"), QStringLiteral("nope")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nope"))) << unknown.err.toStdString();
    const Outcome date =
        admin({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-13-01")});
    EXPECT_EQ(date.exitCode, 2);
    EXPECT_TRUE(date.err.contains(QStringLiteral("2026-13-01")));
    const Outcome noFile = admin({QStringLiteral("export")});
    EXPECT_EQ(noFile.exitCode, 2);
    const Outcome verb = admin({QStringLiteral("shuffle")});
    EXPECT_EQ(verb.exitCode, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM segment_runs")), 0);

    // The growth segmentation by its code.
    const Outcome growth =
        admin({QStringLiteral("run"), QStringLiteral("--segmentation"), QStringLiteral("growth")});
    ASSERT_EQ(growth.exitCode, 0) << growth.err.toStdString();
    EXPECT_TRUE(growth.out.contains(QStringLiteral("Perusasiakkaat")));
    EXPECT_EQ(current(2), expected(today(), 2));
}

} // namespace
} // namespace luotsi::test
