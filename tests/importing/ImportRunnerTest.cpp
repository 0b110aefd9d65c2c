#include "core/importing/ImportRunner.h"
#include "core/Workspace.h"
#include "core/importing/ImportHistory.h"
#include "core/importing/MappingAdvisor.h"
#include "core/importing/RegisterExport.h"
#include "core/importing/mapping/MappingProfileStore.h"
#include "core/register/CustomerJson.h"
#include "core/register/CustomerService.h"
#include "core/storage/Database.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::importing;

namespace {

const QByteArray header = "Asiakasnro;Nimi;Y-tunnus;Osoite;Puhelin;Sähköposti\r\n";

ColumnMapping subscriberMapping()
{
    ColumnMapping m;
    m.sourceSystem = QStringLiteral("Tilaajat");
    m.headerRow = 1;
    const QList<QPair<QString, TargetField>> columns{
        {QStringLiteral("Asiakasnro"), TargetField::SourceKey},
        {QStringLiteral("Nimi"), TargetField::Name},
        {QStringLiteral("Y-tunnus"), TargetField::BusinessId},
        {QStringLiteral("Osoite"), TargetField::CombinedAddress},
        {QStringLiteral("Puhelin"), TargetField::Phone},
        {QStringLiteral("Sähköposti"), TargetField::Email}};
    for (qsizetype i = 0; i < columns.size(); ++i)
        m.columns.append({int(i), columns.at(i).first, columns.at(i).second, {}});
    return m;
}

// Every customer as undo must leave it: the data, not the moment of the last save.
QStringList registerState(Workspace& workspace)
{
    QStringList state;
    QSqlQuery ids(workspace.database().connection());
    ids.exec(QStringLiteral("SELECT id FROM customers ORDER BY id"));
    while (ids.next()) {
        auto customer = workspace.customers().load(ids.value(0).toLongLong());
        if (!customer) {
            ADD_FAILURE() << customer.error().text().toStdString();
            continue;
        }
        Customer c = *customer;
        c.changedAt = {};
        state.append(QString::fromUtf8(CustomerJson::toBytes(c)));
    }
    QSqlQuery keys(workspace.database().connection());
    keys.exec(QStringLiteral("SELECT key_hash, customer_id FROM match_keys ORDER BY 1, 2"));
    while (keys.next())
        state.append(keys.value(0).toString() + QLatin1Char('|') + keys.value(1).toString());
    return state;
}

class ImportRunnerTest : public ::testing::Test
{
protected:
    QString writeFile(const QString& name, const QByteArray& body)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(header + body);
        return path;
    }

    Result<ImportReport> import(const QString& path, bool dryRun = false,
                                const ImportRunner::Progress& progress = {})
    {
        ImportOptions options;
        options.filePath = path;
        options.mapping = subscriberMapping();
        options.dryRun = dryRun;
        return ImportRunner(workspace()).run(options, progress);
    }

    Workspace& workspace() { return m_register.workspace(); }
    qint64 customerCount()
    {
        QSqlQuery q(workspace().database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM customers"));
        q.next();
        return q.value(0).toLongLong();
    }

    test::TemporaryRegister m_register;
    QTemporaryDir m_files;
};

const QByteArray threeCustomers =
    "1001;RAKENNUS VIRTANEN OY;0737546-2;Hämeenkatu 24, 33100 TAMPERE;040 123 4567;"
    "info@virtanen.fi\r\n"
    "1002;Kirjapaino Äijälä Tmi;1100859-3;Koulukatu 7 06530 Porvoo;019 441 6667;\r\n"
    "1003;  Tilitoimisto  Mustonen Ky ;0677012-9;\"Hämeenkatu 24\r\n60100 Seinäjoki\";;"
    "tilitoimisto.mustonen@luukku.com\r\n"
    ";Yhteensä;;;;\r\n";

TEST_F(ImportRunnerTest, RowsBecomeCleanCustomersWithSourceKeysAndLineage)
{
    const QString path = writeFile(QStringLiteral("tilaajat.csv"), threeCustomers);
    auto report = import(path);
    ASSERT_TRUE(report) << report.error().text().toStdString();
    EXPECT_EQ(report->batch.counts.created, 3);
    EXPECT_EQ(report->batch.counts.rejected, 1); // the totals row
    EXPECT_EQ(customerCount(), 3);

    const ImportRowDetail& first = report->rows.at(0);
    EXPECT_EQ(first.result.rowNumber, 2);
    auto customer = workspace().customers().load(first.result.customerId);
    ASSERT_TRUE(customer);
    EXPECT_EQ(customer->name, QStringLiteral("Rakennus Virtanen Oy"));
    ASSERT_EQ(customer->sourceKeys.size(), 1);
    EXPECT_EQ(customer->sourceKeys.at(0).sourceSystem, QStringLiteral("Tilaajat"));
    EXPECT_EQ(customer->sourceKeys.at(0).key, QStringLiteral("1001"));
    EXPECT_EQ(customer->sourceKeys.at(0).batchId, report->batch.id);
    ASSERT_EQ(customer->addresses.size(), 1);
    EXPECT_EQ(customer->addresses.at(0).postalCode, QStringLiteral("33100"));
    EXPECT_EQ(customer->addresses.at(0).city, QStringLiteral("Tampere"));

    // The record with an address over two physical lines is row 4, the totals row 5.
    EXPECT_EQ(report->rows.at(2).result.rowNumber, 4);
    EXPECT_EQ(report->rows.at(3).result.rowNumber, 5);
    EXPECT_EQ(report->rows.at(3).result.outcome, RowOutcome::Rejected);

    QList<ImportRowResult> rows;
    ASSERT_TRUE(ImportHistory(workspace()).visitRows(report->batch.id, [&](const auto& row) {
        rows.append(row);
        return true;
    }));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(0).customerId, first.result.customerId);
    EXPECT_FALSE(rows.at(3).cells.isEmpty()); // a rejected row keeps its cells for the report
}

TEST_F(ImportRunnerTest, TheSameFileAgainChangesNothing)
{
    const QString path = writeFile(QStringLiteral("tilaajat.csv"), threeCustomers);
    ASSERT_TRUE(import(path));
    const QStringList before = registerState(workspace());
    auto again = import(path);
    ASSERT_TRUE(again) << again.error().text().toStdString();
    EXPECT_EQ(again->batch.counts.created, 0);
    EXPECT_EQ(again->batch.counts.updated, 0);
    EXPECT_EQ(again->batch.counts.unchanged, 3);
    EXPECT_NE(again->earlierBatchOfSameFile, 0);
    EXPECT_EQ(registerState(workspace()), before);
}

TEST_F(ImportRunnerTest, ADuplicateWithinTheFileJoinsTheFirstRow)
{
    const QString path = writeFile(
        QStringLiteral("tilaajat.csv"),
        "1001;Rakennus Virtanen Oy;0737546-2;Hämeenkatu 24, 33100 Tampere;040 123 4567;\r\n"
        "1044;RAKENNUS VIRTANEN OY;0737546-2;Hämeenkatu 24, 33100 TAMPERE;;"
        "myynti@virtanen.fi\r\n");
    auto report = import(path);
    ASSERT_TRUE(report) << report.error().text().toStdString();
    EXPECT_EQ(customerCount(), 1);
    EXPECT_EQ(report->batch.counts.created, 1);
    EXPECT_EQ(report->batch.counts.updated, 1);
    auto customer = workspace().customers().load(report->rows.at(0).result.customerId);
    ASSERT_TRUE(customer);
    EXPECT_EQ(customer->sourceKeys.size(), 2);
    EXPECT_EQ(customer->channels.size(), 2); // the phone of one row and the e-mail of the other
}

TEST_F(ImportRunnerTest, DryRunAndCancelLeaveTheRegisterAsItWas)
{
    QByteArray many;
    for (int i = 0; i < 700; ++i)
        many += QStringLiteral("%1;Asiakas %1 Oy;;Katu %1, 00100 Helsinki;;\r\n")
                    .arg(5000 + i)
                    .toUtf8();
    const QString path = writeFile(QStringLiteral("many.csv"), many);
    const QStringList before = registerState(workspace());

    auto dry = import(path, true);
    ASSERT_TRUE(dry) << dry.error().text().toStdString();
    EXPECT_EQ(dry->batch.counts.created, 700);
    EXPECT_EQ(registerState(workspace()), before);
    EXPECT_TRUE(ImportHistory(workspace()).batches()->isEmpty());

    qint64 seen = 0;
    auto cancelled = import(path, false, [&](qint64 rows, double) {
        seen = rows;
        return rows < 512;
    });
    ASSERT_TRUE(cancelled);
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_EQ(seen, 512);
    EXPECT_EQ(registerState(workspace()), before);
    EXPECT_TRUE(ImportHistory(workspace()).batches()->isEmpty());
}

// The wizard shows "saving the batch" once every row is read; the batch's last work (search
// entries and keys of its new customers) comes after that report and can still be cancelled.
TEST_F(ImportRunnerTest, AllRowsReadIsReportedBeforeTheBatchIsSavedAndCanBeCancelled)
{
    QByteArray many;
    for (int i = 0; i < 300; ++i)
        many +=
            QStringLiteral("%1;Yritys %1 Oy;;Tie %1, 33100 Tampere;;\r\n").arg(7000 + i).toUtf8();
    const QString path = writeFile(QStringLiteral("all-read.csv"), many);
    const QStringList before = registerState(workspace());
    // Reports come every 256 rows; the one with all 300 is the one before the batch is saved.
    double fractionAtEnd = 0;
    auto cancelled = import(path, false, [&](qint64 rows, double fraction) {
        if (rows < 300)
            return true;
        fractionAtEnd = fraction;
        return false;
    });
    ASSERT_TRUE(cancelled) << cancelled.error().text().toStdString();
    EXPECT_EQ(fractionAtEnd, 1.0);
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_EQ(registerState(workspace()), before);
    EXPECT_TRUE(ImportHistory(workspace()).batches()->isEmpty());

    // A cancel pressed while the batch is being saved is seen at the last report, before the
    // commit.
    int reportsAtEnd = 0;
    auto late =
        import(path, false, [&](qint64 rows, double) { return rows < 300 || ++reportsAtEnd < 2; });
    ASSERT_TRUE(late) << late.error().text().toStdString();
    EXPECT_EQ(reportsAtEnd, 2);
    EXPECT_TRUE(late->cancelled);
    EXPECT_EQ(registerState(workspace()), before);
    EXPECT_TRUE(ImportHistory(workspace()).batches()->isEmpty());
}

TEST_F(ImportRunnerTest, UndoRestoresTheRegisterExactly)
{
    const QString first = writeFile(QStringLiteral("a.csv"), threeCustomers);
    ASSERT_TRUE(import(first));
    const QStringList afterFirst = registerState(workspace());
    // The second file updates a customer of the first and adds one.
    const QString second =
        writeFile(QStringLiteral("b.csv"),
                  "1001;Rakennus Virtanen Oy;0737546-2;Hämeenkatu 24, 33100 Tampere;03 123 4567;"
                  "myynti@virtanen.fi\r\n"
                  "1009;Uusi Asiakas Oy;;Katu 1, 00100 Helsinki;;\r\n");
    auto batch = import(second);
    ASSERT_TRUE(batch) << batch.error().text().toStdString();
    EXPECT_EQ(batch->batch.counts.updated, 1);
    EXPECT_EQ(batch->batch.counts.created, 1);

    auto undo = ImportHistory(workspace()).undo(batch->batch.id);
    ASSERT_TRUE(undo) << undo.error().text().toStdString();
    EXPECT_TRUE(undo->conflicts.isEmpty());
    EXPECT_EQ(undo->removed, 1);
    EXPECT_EQ(undo->restored, 1);
    EXPECT_EQ(registerState(workspace()), afterFirst);
    EXPECT_EQ(ImportHistory(workspace()).batch(batch->batch.id)->status, BatchStatus::Undone);
    EXPECT_FALSE(ImportHistory(workspace()).undo(batch->batch.id)); // not twice
}

TEST_F(ImportRunnerTest, UndoRefusesWhenACustomerWasEditedAfterwards)
{
    const QString path = writeFile(QStringLiteral("a.csv"), threeCustomers);
    auto batch = import(path);
    ASSERT_TRUE(batch);
    auto loaded = workspace().customers().load(batch->rows.at(1).result.customerId);
    ASSERT_TRUE(loaded);
    Customer customer = *loaded;
    customer.notes = QStringLiteral("Soitettu 12.3.");
    ASSERT_TRUE(workspace().customers().save(customer));
    const QStringList edited = registerState(workspace());

    auto undo = ImportHistory(workspace()).undo(batch->batch.id);
    ASSERT_TRUE(undo) << undo.error().text().toStdString();
    ASSERT_EQ(undo->conflicts.size(), 1);
    EXPECT_EQ(undo->conflicts.at(0).customerId, customer.id);
    EXPECT_EQ(registerState(workspace()), edited);
    EXPECT_EQ(ImportHistory(workspace()).batch(batch->batch.id)->status, BatchStatus::Applied);
}

TEST_F(ImportRunnerTest, AnExportReimportsAsANoOpWithEditsAsUpdatesAndConflictsReported)
{
    ASSERT_TRUE(import(writeFile(QStringLiteral("a.csv"), threeCustomers)));
    const QString exported = m_files.filePath(QStringLiteral("export.csv"));
    auto written = RegisterExport::write(workspace(), CustomerQuery{}, exported);
    ASSERT_TRUE(written) << written.error().text().toStdString();
    EXPECT_EQ(*written, 3);

    const auto importExport = [&]() {
        auto mapping = MappingAdvisor::suggest(exported, {}, MappingProfileStore(m_files.path()));
        EXPECT_TRUE(mapping) << mapping.error().text().toStdString();
        ImportOptions options;
        options.filePath = exported;
        options.mapping = *mapping;
        return ImportRunner(workspace()).run(options);
    };
    const QStringList before = registerState(workspace());
    auto again = importExport();
    ASSERT_TRUE(again) << again.error().text().toStdString();
    EXPECT_EQ(again->batch.counts.unchanged, 3);
    EXPECT_EQ(registerState(workspace()), before);

    // The admin edits one name in Excel; meanwhile someone edits another customer in Luotsi
    // and the admin's file, older than that edit, changes that customer's city.
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(QStringLiteral("Kirjapaino Äijälä Tmi"), QStringLiteral("Kirjapaino Äijälä Oy"));
    text.replace(QStringLiteral("Seinäjoki"), QStringLiteral("Lapua"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    // The export is in name order: Kirjapaino, Rakennus, Tilitoimisto.
    auto mustonen = workspace().customers().load(again->rows.at(2).result.customerId);
    ASSERT_TRUE(mustonen);
    Customer edited = *mustonen;
    edited.notes = QStringLiteral("Uusi yhteyshenkilö tammikuusta");
    ASSERT_TRUE(workspace().customers().save(edited));

    auto back = importExport();
    ASSERT_TRUE(back) << back.error().text().toStdString();
    EXPECT_EQ(back->batch.counts.updated, 1);
    EXPECT_EQ(back->batch.counts.rejected, 1);
    EXPECT_EQ(back->batch.counts.unchanged, 1);
    for (const ImportRowDetail& row : back->rows) {
        if (row.result.outcome == RowOutcome::Update) {
            auto aijala = workspace().customers().load(row.result.customerId);
            ASSERT_TRUE(aijala);
            EXPECT_EQ(aijala->name, QStringLiteral("Kirjapaino Äijälä Oy"));
        } else if (row.result.outcome == RowOutcome::Rejected) {
            EXPECT_TRUE(row.result.reason.startsWith(QStringLiteral("Conflict")));
            EXPECT_EQ(row.name, QStringLiteral("Tilitoimisto Mustonen Ky"));
        }
    }
    auto kept = workspace().customers().load(edited.id);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->addresses.at(0).city, QStringLiteral("Seinäjoki"));
}

TEST_F(ImportRunnerTest, AKilledImportLeavesTheRegisterUnchanged)
{
    QByteArray many;
    for (int i = 0; i < 30000; ++i)
        many += QStringLiteral("%1;Asiakas %1 Oy;;Katu %1, 00100 Helsinki;;\r\n")
                    .arg(10000 + i)
                    .toUtf8();
    const QString path = writeFile(QStringLiteral("big.csv"), many);
    const QString mappingPath = m_files.filePath(QStringLiteral("mapping.json"));
    {
        QFile file(mappingPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(subscriberMapping().toJson());
    }
    ASSERT_TRUE(import(writeFile(QStringLiteral("a.csv"), threeCustomers)));
    const QStringList before = registerState(workspace());

    QProcess admin;
    admin.setProgram(QStringLiteral(LUOTSI_ADMIN_PATH));
    admin.setArguments({QStringLiteral("import"), path, QStringLiteral("--mapping"), mappingPath,
                        QStringLiteral("--database"), m_register.path()});
    admin.setProcessChannelMode(QProcess::SeparateChannels);
    admin.setReadChannel(QProcess::StandardError);
    admin.start();
    ASSERT_TRUE(admin.waitForStarted());
    // The first progress line comes after 256 rows are written inside the batch's transaction.
    QByteArray progress;
    while (!progress.contains("256") && admin.state() == QProcess::Running) {
        admin.waitForReadyRead(30000);
        progress += admin.readAllStandardError();
    }
    ASSERT_TRUE(progress.contains("256")) << progress.toStdString();
    admin.kill();
    ASSERT_TRUE(admin.waitForFinished());

    EXPECT_EQ(registerState(workspace()), before);
    EXPECT_EQ(ImportHistory(workspace()).batches()->size(), 1);
}

} // namespace
