// A sales facts file of 100,000 rows (5,000 customers × 2 group companies × 10 months) imports
// well under a minute; importing it again and undoing it are timed too. Set
// LUOTSI_SALES_SPEED_ROWS to try another size.

#include "SalesImportFixture.h"
#include "core/importing/ImportHistory.h"
#include "core/importing/SalesFactMapping.h"
#include "core/storage/SqlValues.h"

#include <QElapsedTimer>

#include <iostream>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::importing;

TEST(SalesFactSpeed, AHundredThousandRowsImportWellUnderAMinute)
{
    const qint64 rows = qEnvironmentVariableIntValue("LUOTSI_SALES_SPEED_ROWS") > 0
                            ? qEnvironmentVariableIntValue("LUOTSI_SALES_SPEED_ROWS")
                            : 100000;
    const qint64 customers = qMax<qint64>(1, rows / 20);
    test::TemporaryRegister reg;
    Workspace& workspace = reg.workspace();
    storage::DirectoryRepository directory(workspace.database());
    ASSERT_TRUE(
        directory.addGroupCompany({0, QStringLiteral("PAINO"), QStringLiteral("Paino"), {}}));
    ASSERT_TRUE(
        directory.addGroupCompany({0, QStringLiteral("KAUPPA"), QStringLiteral("Kauppa"), {}}));

    // The customers straight into the tables: the import, not the set-up, is measured.
    QSqlDatabase db = workspace.database().connection();
    ASSERT_TRUE(db.transaction());
    QSqlQuery customer(db);
    ASSERT_TRUE(customer.prepare(
        QStringLiteral("INSERT INTO customers (id, name, sort_name, kind, created_at, changed_at) "
                       "VALUES (?, ?, ?, 'company', ?, ?)")));
    QSqlQuery key(db);
    ASSERT_TRUE(key.prepare(QStringLiteral("INSERT INTO source_keys (customer_id, source_system, "
                                           "source_key) VALUES (?, 'Sonet', ?)")));
    const QString now = storage::sqlvalues::fromTimestamp(QDateTime::currentDateTimeUtc());
    for (qint64 id = 1; id <= customers; ++id) {
        const QString name = QStringLiteral("Asiakas %1 Oy").arg(id);
        customer.addBindValue(id);
        customer.addBindValue(name);
        customer.addBindValue(name.toLower());
        customer.addBindValue(now);
        customer.addBindValue(now);
        ASSERT_TRUE(customer.exec());
        key.addBindValue(id);
        key.addBindValue(QStringLiteral("K%1").arg(id));
        ASSERT_TRUE(key.exec());
    }
    ASSERT_TRUE(db.commit());

    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("myynti.csv"));
    {
        auto writer = TableWriter::forPath(path);
        ASSERT_TRUE(writer->beginTable(QStringLiteral("Myynti"),
                                       {QStringLiteral("Asiakasnro"), QStringLiteral("Yhtiö"),
                                        QStringLiteral("Kuukausi"), QStringLiteral("Myynti"),
                                        QStringLiteral("Tilaukset")}));
        for (qint64 i = 0; i < rows; ++i) {
            const qint64 id = i % customers + 1;
            const qint64 slot = i / customers; // 0..19: company and month
            ASSERT_TRUE(writer->writeRow(
                {TableValue(QStringLiteral("K%1").arg(id)),
                 TableValue(slot % 2 == 0 ? QStringLiteral("PAINO") : QStringLiteral("KAUPPA")),
                 TableValue(QStringLiteral("%1/2026").arg(slot / 2 % 12 + 1)),
                 TableValue(QStringLiteral("%1,%2")
                                .arg(id * 3 + slot)
                                .arg(i % 100, 2, 10, QLatin1Char('0'))),
                 TableValue(int(slot % 5))}));
        }
        ASSERT_TRUE(writer->finish());
    }

    auto mapping = SalesFactMapping::suggestForFile(path, {}, 1);
    ASSERT_TRUE(mapping);
    ColumnMapping m = *mapping;
    m.sourceSystem = QStringLiteral("Sonet");
    ImportOptions options;
    options.filePath = path;
    options.mapping = m;
    options.keepAllRowDetails = false; // as the wizard's run and luotsi-admin import

    QElapsedTimer timer;
    timer.start();
    const auto first = ImportRunner(workspace).run(options);
    const double importSeconds = timer.elapsed() / 1000.0;
    ASSERT_TRUE(first) << first.error().text().toStdString();
    EXPECT_EQ(first->batch.counts.created, rows);
    EXPECT_EQ(test::countOf(workspace, QStringLiteral("SELECT count(*) FROM sales_facts")), rows);

    timer.restart();
    const auto again = ImportRunner(workspace).run(options);
    const double againSeconds = timer.elapsed() / 1000.0;
    ASSERT_TRUE(again) << again.error().text().toStdString();
    EXPECT_EQ(again->batch.counts.unchanged, rows);

    timer.restart();
    const auto undone = ImportHistory(workspace).undo(first->batch.id);
    const double undoSeconds = timer.elapsed() / 1000.0;
    ASSERT_TRUE(undone) << undone.error().text().toStdString();
    EXPECT_EQ(undone->removed, rows);
    EXPECT_EQ(test::countOf(workspace, QStringLiteral("SELECT count(*) FROM sales_facts")), 0);

    std::cout << "[ timing   ] " << rows << " rows: import " << importSeconds << " s, again "
              << againSeconds << " s, undo " << undoSeconds << " s" << std::endl;
    RecordProperty("import_seconds", QString::number(importSeconds, 'f', 2).toStdString());
    EXPECT_LT(importSeconds, 60.0);
    EXPECT_LT(againSeconds, 60.0);
    EXPECT_LT(undoSeconds, 60.0);
}
