// luotsi-admin import with sales facts: --auto recognises a sales sheet (or --target sales says
// so), --mapping takes a profile whose target is "sales", and batches --undo takes it back.

#include "SalesImportFixture.h"

#include <QProcess>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::importing;

namespace {

struct AdminRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

AdminRun admin(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(LUOTSI_ADMIN_PATH));
    process.setArguments(arguments);
    process.start();
    AdminRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

class SalesFactCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_sales.build(m_register.workspace());
        m_csv = m_files.filePath(QStringLiteral("myynti.csv"));
        using V = TableValue;
        test::writeTable(m_csv,
                         {QStringLiteral("Asiakasnro"), QStringLiteral("Kuukausi"),
                          QStringLiteral("Myynti"), QStringLiteral("Tilaukset")},
                         {{V(QStringLiteral("1001")), V(QStringLiteral("11/2026")),
                           V(QStringLiteral("1 234,50")), V(QStringLiteral("3"))},
                          {V(QStringLiteral("1004")), V(QStringLiteral("11/2026")),
                           V(QStringLiteral("99,90")), V(QStringLiteral("1"))},
                          {V(QStringLiteral("1001")), V(QStringLiteral("11/2026")),
                           V(QStringLiteral("-34,50")), V(QStringLiteral("0"))},
                          {V(QStringLiteral("4242")), V(QStringLiteral("11/2026")),
                           V(QStringLiteral("5,00")), V(QStringLiteral("1"))}});
    }

    QStringList common() const { return {QStringLiteral("--database"), m_register.path()}; }

    test::TemporaryRegister m_register;
    test::SalesRegister m_sales;
    QTemporaryDir m_files;
    QString m_csv;
};

TEST_F(SalesFactCommandTest, AutoRecognisesSalesAndBatchesUndoTakesThemBack)
{
    const AdminRun imported = admin(
        QStringList{QStringLiteral("import"), m_csv, QStringLiteral("--auto"),
                    QStringLiteral("--source-system"), QStringLiteral("Sonet"),
                    QStringLiteral("--group-company"), QStringLiteral("KAUPPA"),
                    QStringLiteral("--report"), m_files.filePath(QStringLiteral("pois.csv"))} +
        common());
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString() << imported.out.toStdString();
    EXPECT_TRUE(imported.err.contains(QStringLiteral("target sales")))
        << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("1 row(s) repeated")))
        << imported.out.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("\"4242\""))) << imported.out.toStdString();
    EXPECT_EQ(
        test::factsOf(m_register.workspace()),
        (QStringList{
            QStringLiteral("%1|%2|2026-11|1200.00|3|1").arg(m_sales.karkola).arg(m_sales.kauppa),
            QStringLiteral("%1|%2|2026-11|99.90|1|1").arg(m_sales.rauta).arg(m_sales.kauppa)}));
    QFile leftOut(m_files.filePath(QStringLiteral("pois.csv")));
    ASSERT_TRUE(leftOut.open(QIODevice::ReadOnly));
    EXPECT_TRUE(leftOut.readAll().contains("4242"));

    const AdminRun undone = admin(
        QStringList{QStringLiteral("batches"), QStringLiteral("--undo"), QStringLiteral("1")} +
        common());
    ASSERT_EQ(undone.exitCode, 0) << undone.err.toStdString();
    EXPECT_TRUE(undone.out.contains(QStringLiteral("2 sales facts removed")))
        << undone.out.toStdString();
    EXPECT_TRUE(test::factsOf(m_register.workspace()).isEmpty());
}

TEST_F(SalesFactCommandTest, AMappingProfileWithTargetSales)
{
    ColumnMapping mapping;
    mapping.sourceSystem = QStringLiteral("Sonet");
    mapping.target = ImportTarget::SalesFacts;
    mapping.groupCompanyCode = QStringLiteral("PAINO");
    mapping.columns = {{0, QStringLiteral("Asiakasnro"), TargetField::SourceKey, {}},
                       {1, QStringLiteral("Kuukausi"), TargetField::SalesMonth, {}},
                       {2, QStringLiteral("Myynti"), TargetField::Revenue, {}}};
    const QString profile = m_files.filePath(QStringLiteral("paino.json"));
    QFile file(profile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(mapping.toJson());
    file.close();

    const AdminRun dry =
        admin(QStringList{QStringLiteral("import"), m_csv, QStringLiteral("--mapping"), profile,
                          QStringLiteral("--dry-run")} +
              common());
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(test::factsOf(m_register.workspace()).isEmpty());

    const AdminRun run =
        admin(QStringList{QStringLiteral("import"), m_csv, QStringLiteral("--mapping"), profile} +
              common());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // The orders column is not mapped: every fact has 0 orders.
    EXPECT_EQ(
        test::factsOf(m_register.workspace()),
        (QStringList{
            QStringLiteral("%1|%2|2026-11|1200.00|0|1").arg(m_sales.karkola).arg(m_sales.paino),
            QStringLiteral("%1|%2|2026-11|99.90|0|1").arg(m_sales.rauta).arg(m_sales.paino)}));

    const AdminRun wrong =
        admin(QStringList{QStringLiteral("import"), m_csv, QStringLiteral("--auto"),
                          QStringLiteral("--target"), QStringLiteral("myynti")} +
              common());
    EXPECT_EQ(wrong.exitCode, 2);
}

} // namespace
