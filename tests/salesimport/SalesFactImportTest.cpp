// Sales facts through the import pipeline against a real temporary register: an .xlsx naming
// customers in each of the four ways, a Windows-1252 semicolon CSV with year and month columns,
// rejects with their reasons, duplicate rows summed, re-import as a no-op, undo that puts back
// exactly what was there, a cancel and a dry run that leave the register as it was.

#include "SalesImportFixture.h"
#include "core/importing/ImportHistory.h"
#include "core/importing/ImportReportWriter.h"
#include "core/importing/SalesFactMapping.h"
#include "core/storage/SalesFactRepository.h"

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::importing;
using luotsi::test::countOf;
using luotsi::test::factsOf;

namespace {

using V = TableValue;

QString month(const char* text)
{
    return QString::fromUtf8(text);
}

class SalesFactImportTest : public ::testing::Test
{
protected:
    void SetUp() override { m_sales.build(workspace()); }

    Workspace& workspace() { return m_register.workspace(); }

    // A month of sales from PAINO's and the shop's systems: each way of naming the customer,
    // Finnish and Excel amounts, months as the systems write them, a credit note for a month
    // already on an earlier row, and rows that cannot be imported.
    QString writeXlsx()
    {
        const QString path = m_files.filePath(QStringLiteral("myynti.xlsx"));
        const QString leipomo = QString::number(m_sales.leipomo);
        test::writeTable(
            path,
            {QStringLiteral("Asiakasnro"), QStringLiteral("Y-tunnus"),
             QStringLiteral("Asiakasnro yhtiössä"), QStringLiteral("Luotsi-id"),
             QStringLiteral("Yhtiö"), QStringLiteral("Kuukausi"), QStringLiteral("Myynti €"),
             QStringLiteral("Tilaukset")},
            {
                // 2: by the Sonet key; an Excel number.
                {V(QStringLiteral("1001")), V(), V(), V(), V(QStringLiteral("PAINO")),
                 V(month("2026-11")), V(1234.5), V(3)},
                // 3: by the business ID; the company by its name; Finnish text amount.
                {V(), V(QStringLiteral("0112038-9")), V(), V(),
                 V(QStringLiteral("kirkkokauppa oy")), V(month("11/2026")), V(month("1 234,50 €")),
                 V(QStringLiteral("2"))},
                // 4: by PAINO's customer number.
                {V(), V(), V(QStringLiteral("P-77")), V(), V(QStringLiteral("PAINO")),
                 V(month("marras 2026")), V(month("2 000,00")), V(2)},
                // 5: the same customer, company and month by its business ID: a credit note.
                {V(), V(QStringLiteral("1572860-0")), V(), V(), V(QStringLiteral("Paino")),
                 V(month("2026-11")), V(month("-150,25")), V(QStringLiteral(""))},
                // 6: by Luotsi's own number; the month an Excel serial; no orders.
                {V(), V(), V(), V(leipomo), V(QStringLiteral("KAUPPA")), V(46327), V(500), V()},
                // 7-11: rejected.
                {V(QStringLiteral("9999")), V(), V(), V(), V(QStringLiteral("PAINO")),
                 V(month("2026-11")), V(10), V(1)},
                {V(QStringLiteral("1001")), V(), V(), V(), V(QStringLiteral("NOPE")),
                 V(month("2026-11")), V(10), V(1)},
                {V(QStringLiteral("1001")), V(), V(), V(), V(QStringLiteral("PAINO")),
                 V(month("13/2026")), V(10), V(1)},
                {V(QStringLiteral("1001")), V(), V(), V(), V(QStringLiteral("PAINO")),
                 V(month("2026-10")), V(QStringLiteral("kymppi")), V(1)},
                {V(), V(QStringLiteral("1234567-1")), V(), V(), V(QStringLiteral("PAINO")),
                 V(month("2026-11")), V(10), V(QStringLiteral("1,5"))},
                // 12: the Sonet key with a month name.
                {V(QStringLiteral("1001")), V(), V(), V(), V(QStringLiteral("PAINO")),
                 V(month("lokakuu 2026")), V(month("99,90")), V(1)},
            });
        return path;
    }

    ColumnMapping suggested(const QString& path)
    {
        auto mapping = SalesFactMapping::suggestForFile(path, {}, 1);
        EXPECT_TRUE(mapping) << mapping.error().text().toStdString();
        ColumnMapping m = mapping.value_or(ColumnMapping{});
        m.sourceSystem = QStringLiteral("Sonet");
        return m;
    }

    Result<ImportReport> import(const QString& path, const ColumnMapping& mapping,
                                bool dryRun = false, const ImportRunner::Progress& progress = {})
    {
        ImportOptions options;
        options.filePath = path;
        options.mapping = mapping;
        options.dryRun = dryRun;
        return ImportRunner(workspace()).run(options, progress);
    }

    QString fact(qint64 customer, qint64 company, const char* month, const char* revenue,
                 int orders, qint64 batch)
    {
        return QStringLiteral("%1|%2|%3|%4|%5|%6")
            .arg(customer)
            .arg(company)
            .arg(QString::fromLatin1(month), QString::fromLatin1(revenue))
            .arg(orders)
            .arg(batch);
    }

    static const ImportRowDetail* rowOf(const ImportReport& report, int number)
    {
        for (const ImportRowDetail& row : report.rows) {
            if (row.result.rowNumber == number)
                return &row;
        }
        return nullptr;
    }

    test::TemporaryRegister m_register;
    test::SalesRegister m_sales;
    QTemporaryDir m_files;
};

TEST_F(SalesFactImportTest, AnXlsxNamesCustomersEveryWayAndRejectsRowsWithTheirReasons)
{
    const QString path = writeXlsx();
    const ColumnMapping mapping = suggested(path);
    ASSERT_EQ(mapping.target, ImportTarget::SalesFacts);
    ASSERT_TRUE(SalesFactMapping::problem(mapping).isEmpty())
        << SalesFactMapping::problem(mapping).toStdString();
    const auto report = import(path, mapping);
    ASSERT_TRUE(report) << report.error().text().toStdString();
    const qint64 batch = report->batch.id;
    ASSERT_GT(batch, 0);

    const test::SalesRegister& s = m_sales;
    EXPECT_EQ(factsOf(workspace()),
              (QStringList{fact(s.karkola, s.paino, "2026-10", "99.90", 1, batch),
                           fact(s.karkola, s.paino, "2026-11", "1234.50", 3, batch),
                           fact(s.karkola, s.kauppa, "2026-11", "1234.50", 2, batch),
                           fact(s.hollola, s.paino, "2026-11", "1849.75", 2, batch),
                           fact(s.leipomo, s.kauppa, "2026-11", "500.00", 0, batch)}));

    const OutcomeCounts& counts = report->batch.counts;
    EXPECT_EQ(counts.rowsRead, 11);
    EXPECT_EQ(counts.created, 6); // five facts, one of them from two rows
    EXPECT_EQ(counts.rejected, 5);
    EXPECT_EQ(
        countOf(workspace(),
                QStringLiteral("SELECT count(*) FROM import_rows WHERE batch_id = %1").arg(batch)),
        11);

    // How each customer was found is the row's lineage.
    EXPECT_EQ(rowOf(*report, 2)->result.matchedBy, QStringLiteral("source key"));
    EXPECT_EQ(rowOf(*report, 3)->result.matchedBy, QStringLiteral("business ID"));
    EXPECT_EQ(rowOf(*report, 4)->result.matchedBy, QStringLiteral("customer number"));
    EXPECT_EQ(rowOf(*report, 6)->result.matchedBy, QStringLiteral("Luotsi number"));
    EXPECT_EQ(rowOf(*report, 4)->result.customerId, s.hollola);

    // The credit note is added to the earlier row, and the report says so.
    const ImportRowDetail* credit = rowOf(*report, 5);
    ASSERT_NE(credit, nullptr);
    ASSERT_EQ(credit->findings.size(), 1);
    EXPECT_TRUE(credit->findings.first().message.contains(QStringLiteral("row 4")));
    EXPECT_TRUE(credit->result.reason.contains(QStringLiteral("2 row(s) summed")));
    ASSERT_EQ(report->notes.size(), 1);
    EXPECT_TRUE(report->notes.first().startsWith(QStringLiteral("1 row(s) repeated")));

    // Each rejected row says what is wrong with it.
    const QList<std::pair<int, QString>> rejects{
        {7, QStringLiteral("no customer has the key \"9999\" in the source system \"Sonet\"")},
        {8, QStringLiteral("\"NOPE\" is none of the register's group companies")},
        {9, QStringLiteral("Month: \"13/2026\" is not a month")},
        {10, QStringLiteral("Revenue: \"kymppi\" is not an amount of money")},
        {11, QStringLiteral("several customers have the business ID 1234567-1")},
    };
    for (const auto& [number, reason] : rejects) {
        const ImportRowDetail* row = rowOf(*report, number);
        ASSERT_NE(row, nullptr) << number;
        EXPECT_EQ(row->result.outcome, RowOutcome::Rejected) << number;
        EXPECT_TRUE(row->result.reason.contains(reason))
            << number << ": " << row->result.reason.toStdString();
    }
    // Row 11 has two faults; both are named.
    EXPECT_TRUE(rowOf(*report, 11)->result.reason.contains(QStringLiteral("\"1,5\"")));

    // The rows left out, as the report page and --report write them: the file's own columns,
    // the row number and the reason.
    const QString leftOut = m_files.filePath(QStringLiteral("hylatyt.csv"));
    ASSERT_TRUE(ImportReportWriter::write(*report, leftOut));
    QFile saved(leftOut);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(saved.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("9999;")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral(";7;")));
    EXPECT_TRUE(lines.at(3).contains(QStringLiteral("13/2026")));
}

TEST_F(SalesFactImportTest, AWindows1252SemicolonCsvWithYearAndMonthColumns)
{
    const QString path = m_files.filePath(QStringLiteral("sahko.csv"));
    test::writeTable(
        path,
        {QStringLiteral("Asiakasnumero"), QStringLiteral("Yhtiö"), QStringLiteral("Vuosi"),
         QStringLiteral("Kk"), QStringLiteral("Liikevaihto"), QStringLiteral("Tilauksia")},
        {{V(QStringLiteral("1001")), V(QStringLiteral("Hämeen Sähkö Oy")),
          V(QStringLiteral("2026")), V(QStringLiteral("3")), V(QStringLiteral("1 234,50 €")),
          V(QStringLiteral("4"))},
         {V(QStringLiteral("1001")), V(QStringLiteral("HÄMEEN SÄHKÖ OY")),
          V(QStringLiteral("2026")), V(QStringLiteral("maaliskuu")), V(QStringLiteral("100,00-")),
          V(QStringLiteral("0"))},
         {V(QStringLiteral("1004")), V(QStringLiteral("SAHKO")), V(QStringLiteral("2026")),
          V(QStringLiteral("huhtikuu")), V(QStringLiteral("12 000")), V(QStringLiteral("1"))},
         {V(QStringLiteral("1004")), V(QStringLiteral("SAHKO")), V(QStringLiteral("2026")),
          V(QStringLiteral("")), V(QStringLiteral("1,00")), V(QStringLiteral("1"))},
         {V(QStringLiteral("")), V(QStringLiteral("")), V(QStringLiteral("")),
          V(QStringLiteral("")), V(QStringLiteral("Yhteensä 13 134,50")), V(QStringLiteral(""))}});
    test::toWindows1252(path);
    QFile raw(path);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    ASSERT_TRUE(bytes.contains("H\xe4meen S\xe4hk\xf6 Oy;2026;3;1 234,50 \x80;4"));

    const ColumnMapping mapping = suggested(path);
    ASSERT_TRUE(mapping.hasField(TargetField::SalesYear));
    ASSERT_TRUE(SalesFactMapping::problem(mapping).isEmpty())
        << SalesFactMapping::problem(mapping).toStdString();
    const auto report = import(path, mapping);
    ASSERT_TRUE(report) << report.error().text().toStdString();
    const qint64 batch = report->batch.id;
    EXPECT_EQ(factsOf(workspace()),
              (QStringList{fact(m_sales.karkola, m_sales.sahko, "2026-03", "1134.50", 4, batch),
                           fact(m_sales.rauta, m_sales.sahko, "2026-04", "12000.00", 1, batch)}));
    EXPECT_EQ(report->batch.counts.rejected, 2);
    EXPECT_TRUE(rowOf(*report, 5)->result.reason.contains(QStringLiteral("The month is missing")));
    // The totals row names no customer, no company, no month and no amount.
    const QString totals = rowOf(*report, 6)->result.reason;
    EXPECT_TRUE(totals.contains(QStringLiteral("Group company")));
    EXPECT_TRUE(totals.contains(QStringLiteral("Customer")));
    EXPECT_TRUE(totals.contains(QStringLiteral("Revenue")));
}

TEST_F(SalesFactImportTest, ImportingTheSameFileAgainChangesNothing)
{
    const QString path = writeXlsx();
    const auto first = import(path, suggested(path));
    ASSERT_TRUE(first) << first.error().text().toStdString();
    const QStringList facts = factsOf(workspace());
    const int changes = countOf(workspace(), QStringLiteral("SELECT count(*) FROM import_changes"));

    const auto again = import(path, suggested(path));
    ASSERT_TRUE(again) << again.error().text().toStdString();
    EXPECT_EQ(again->earlierBatchOfSameFile, first->batch.id);
    EXPECT_EQ(again->batch.counts.unchanged, 6);
    EXPECT_EQ(again->batch.counts.created + again->batch.counts.updated, 0);
    EXPECT_EQ(factsOf(workspace()), facts); // the facts stay the first batch's
    EXPECT_EQ(countOf(workspace(), QStringLiteral("SELECT count(*) FROM import_changes")), changes);

    // Undoing the no-op batch changes nothing either.
    const auto undone = ImportHistory(workspace()).undo(again->batch.id);
    ASSERT_TRUE(undone) << undone.error().text().toStdString();
    EXPECT_TRUE(undone->conflicts.isEmpty());
    EXPECT_EQ(factsOf(workspace()), facts);
}

TEST_F(SalesFactImportTest, UndoRemovesTheBatchsFactsAndRestoresTheOnesItReplaced)
{
    // Facts before the import: one generated (no batch) that the file replaces, one the file
    // does not touch.
    storage::SalesFactRepository repository(workspace().database());
    ASSERT_TRUE(repository.upsert({{m_sales.karkola, m_sales.paino, QDate(2026, 11, 1), 777.0, 7},
                                   {m_sales.karkola, m_sales.paino, QDate(2026, 9, 1), 50.0, 1}},
                                  0));
    const QStringList before = factsOf(workspace());
    ASSERT_EQ(before.size(), 2);

    const QString path = writeXlsx();
    const auto report = import(path, suggested(path));
    ASSERT_TRUE(report) << report.error().text().toStdString();
    EXPECT_EQ(report->batch.counts.updated, 1);
    EXPECT_EQ(factsOf(workspace()).size(), 6);
    EXPECT_TRUE(rowOf(*report, 2)->result.reason.contains(QStringLiteral("orders 7 → 3")));

    ImportHistory history(workspace());
    EXPECT_TRUE(history.isSalesFactBatch(report->batch.id).value_or(false));
    const auto undone = history.undo(report->batch.id);
    ASSERT_TRUE(undone) << undone.error().text().toStdString();
    EXPECT_TRUE(undone->conflicts.isEmpty());
    EXPECT_TRUE(undone->salesFacts);
    EXPECT_EQ(undone->removed, 4);
    EXPECT_EQ(undone->restored, 1);
    EXPECT_EQ(factsOf(workspace()), before);
    EXPECT_EQ(history.batch(report->batch.id)->status, BatchStatus::Undone);
    EXPECT_FALSE(history.undo(report->batch.id)); // once is enough
}

TEST_F(SalesFactImportTest, AnEarlierBatchIsNotUndoneOverALaterOne)
{
    const QString first = writeXlsx();
    const auto a = import(first, suggested(first));
    ASSERT_TRUE(a) << a.error().text().toStdString();
    const QStringList afterA = factsOf(workspace());

    // Next month's corrected file changes one fact of the first batch.
    const QString second = m_files.filePath(QStringLiteral("korjaus.csv"));
    test::writeTable(second,
                     {QStringLiteral("Asiakasnro"), QStringLiteral("Yhtiö"),
                      QStringLiteral("Kuukausi"), QStringLiteral("Myynti"),
                      QStringLiteral("Tilaukset")},
                     {{V(QStringLiteral("1001")), V(QStringLiteral("PAINO")),
                       V(QStringLiteral("2026-11")), V(QStringLiteral("1 300,00")), V(4)}});
    const auto b = import(second, suggested(second));
    ASSERT_TRUE(b) << b.error().text().toStdString();
    ASSERT_EQ(b->batch.counts.updated, 1);
    const QStringList afterB = factsOf(workspace());

    const auto blocked = ImportHistory(workspace()).undo(a->batch.id);
    ASSERT_TRUE(blocked) << blocked.error().text().toStdString();
    ASSERT_EQ(blocked->conflicts.size(), 1);
    EXPECT_EQ(blocked->conflicts.first().customerId, m_sales.karkola);
    EXPECT_TRUE(blocked->conflicts.first().reason.contains(
        QStringLiteral("batch %1, imported later").arg(b->batch.id)));
    EXPECT_TRUE(blocked->conflicts.first().reason.contains(QStringLiteral("PAINO")));
    EXPECT_EQ(factsOf(workspace()), afterB);
    EXPECT_EQ(ImportHistory(workspace()).batch(a->batch.id)->status, BatchStatus::Applied);

    // In order, newest first: back to the first batch's facts, then to nothing.
    ASSERT_TRUE(ImportHistory(workspace()).undo(b->batch.id));
    EXPECT_EQ(factsOf(workspace()), afterA);
    const auto undone = ImportHistory(workspace()).undo(a->batch.id);
    ASSERT_TRUE(undone) << undone.error().text().toStdString();
    EXPECT_TRUE(undone->conflicts.isEmpty());
    EXPECT_TRUE(factsOf(workspace()).isEmpty());
}

TEST_F(SalesFactImportTest, ACancelAndADryRunLeaveTheRegisterAsItWas)
{
    const QString path = m_files.filePath(QStringLiteral("iso.csv"));
    QList<QList<TableValue>> rows;
    for (int i = 0; i < 600; ++i)
        rows.append({V(QStringLiteral("1001")), V(QStringLiteral("PAINO")),
                     V(QStringLiteral("%1-%2").arg(2000 + i / 12).arg(i % 12 + 1)),
                     V(QStringLiteral("%1,00").arg(i)), V(1)});
    test::writeTable(path,
                     {QStringLiteral("Asiakasnro"), QStringLiteral("Yhtiö"),
                      QStringLiteral("Kuukausi"), QStringLiteral("Myynti"),
                      QStringLiteral("Tilaukset")},
                     rows);
    const ColumnMapping mapping = suggested(path);

    int calls = 0;
    const auto cancelled = import(path, mapping, false, [&calls](qint64, double) {
        ++calls;
        return false;
    });
    ASSERT_TRUE(cancelled) << cancelled.error().text().toStdString();
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(factsOf(workspace()).isEmpty());
    EXPECT_EQ(countOf(workspace(), QStringLiteral("SELECT count(*) FROM import_batches")), 0);
    EXPECT_EQ(countOf(workspace(), QStringLiteral("SELECT count(*) FROM import_rows")), 0);

    const auto preview = import(path, mapping, true);
    ASSERT_TRUE(preview) << preview.error().text().toStdString();
    EXPECT_EQ(preview->batch.id, 0);
    EXPECT_EQ(preview->batch.counts.created, 600);
    EXPECT_EQ(preview->rows.size(), 600);
    EXPECT_TRUE(factsOf(workspace()).isEmpty());
    EXPECT_EQ(countOf(workspace(), QStringLiteral("SELECT count(*) FROM import_batches")), 0);
}

TEST_F(SalesFactImportTest, AMappingThatLacksAFieldIsAnErrorAndWritesNothing)
{
    const QString path = writeXlsx();
    ColumnMapping mapping = suggested(path);
    for (MappedColumn& column : mapping.columns) {
        if (column.field == TargetField::Revenue)
            column.field = TargetField::Ignore;
    }
    const auto report = import(path, mapping);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("revenue")));
    EXPECT_EQ(countOf(workspace(), QStringLiteral("SELECT count(*) FROM import_batches")), 0);

    // A constant group company the register does not have.
    mapping = suggested(path);
    mapping.groupCompanyCode = QStringLiteral("EIOLE");
    EXPECT_FALSE(import(path, mapping));
}

} // namespace
