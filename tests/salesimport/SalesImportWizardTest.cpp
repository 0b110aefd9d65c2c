// The conversion wizard with the sales facts target, as an admin meets it: the Import module's
// page, the wizard's real pages driven with Qt Test's helpers on the offscreen platform, the
// preview and the run on their worker threads, and the undo from the history.

#include "SalesImportFixture.h"
#include "importing/CleaningPage.h"
#include "importing/ImportHistoryPage.h"
#include "importing/ImportSession.h"
#include "importing/ImportWizard.h"
#include "importing/PreviewRowsModel.h"
#include "importing/RunPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace luotsi::gui {
namespace {

using namespace luotsi::core;
using namespace luotsi::core::importing;

// Generous: the worker threads share two cores with the rest of the test run.
constexpr int workerTimeoutMs = 60000;

// Answers the next modal message box with the given button.
class MessageBoxAnswerer final : public QObject
{
public:
    explicit MessageBoxAnswerer(QMessageBox::StandardButton answer)
        : m_answer(answer)
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            box->button(m_answer)->click();
        });
        m_timer.start();
    }
    bool answered() const { return !m_timer.isActive(); }

private:
    QMessageBox::StandardButton m_answer;
    QTimer m_timer;
};

class SalesImportWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_sales.build(workspace());
        m_page = std::make_unique<ImportHistoryPage>(
            workspace(), [](qint64) {}, m_files.filePath(QStringLiteral("profiles")));
        m_page->resize(1200, 800);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    }

    Workspace& workspace() { return m_register.workspace(); }

    QString writeCsv(const QString& name, const QStringList& header, const QList<QStringList>& rows)
    {
        QList<QList<TableValue>> values;
        for (const QStringList& row : rows) {
            QList<TableValue> line;
            for (const QString& cell : row)
                line.append(TableValue(cell));
            values.append(line);
        }
        const QString path = m_files.filePath(name);
        test::writeTable(path, header, values);
        test::toWindows1252(path);
        return path;
    }

    ImportWizard* openWizard()
    {
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("newImportButton")),
                          Qt::LeftButton);
        ImportWizard* wizard = m_page->wizard();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard));
        return wizard;
    }

    template<typename T> static T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    static void click(ImportWizard* wizard, QWizard::WizardButton button)
    {
        QTest::mouseClick(wizard->button(button), Qt::LeftButton);
    }

    static void chooseFile(ImportWizard* wizard, const QString& path)
    {
        auto* edit = child<QLineEdit>(wizard, "filePathLineEdit");
        auto* status = child<QLabel>(wizard, "fileStatusLabel");
        auto* error = child<QLabel>(wizard, "fileErrorLabel");
        edit->setFocus();
        QTest::keyClicks(edit, path);
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return !status->text().isEmpty() || !error->isHidden(); }, 5000));
    }

    static void typeSourceSystem(ImportWizard* wizard, const QString& name)
    {
        auto* edit = child<QLineEdit>(wizard, "sourceSystemLineEdit");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, name);
    }

    static QComboBox* fieldCombo(ImportWizard* wizard, int column)
    {
        return wizard->findChild<QComboBox*>(QStringLiteral("fieldComboBox_%1").arg(column));
    }

    static TargetField fieldOf(ImportWizard* wizard, int column)
    {
        QComboBox* combo = fieldCombo(wizard, column);
        return combo ? TargetField(combo->currentData().toInt()) : TargetField::Ignore;
    }

    // Chooses an item of a combo box the way a user does: opened with a click, the item picked
    // with the keyboard.
    static void choose(QComboBox* combo, int index)
    {
        combo->setFocus();
        while (combo->currentIndex() < index)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > index)
            QTest::keyClick(combo, Qt::Key_Up);
    }

    // The rows of the cleaning table under a filter: (row number, findings text).
    static QList<QPair<int, QString>> cleaningRows(ImportWizard* wizard,
                                                   PreviewRowsModel::Filter filter)
    {
        auto* filterBox = child<QComboBox>(wizard, "levelFilterComboBox");
        filterBox->setCurrentIndex(filterBox->findData(int(filter)));
        QAbstractItemModel* model = child<QTableView>(wizard, "cleaningTableView")->model();
        QList<QPair<int, QString>> rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows.append({model->index(r, PreviewRowsModel::RowColumn).data().toInt(),
                         model->index(r, PreviewRowsModel::FindingsColumn).data().toString()});
        return rows;
    }

    test::TemporaryRegister m_register;
    test::SalesRegister m_sales;
    QTemporaryDir m_files;
    std::unique_ptr<ImportHistoryPage> m_page;
};

TEST_F(SalesImportWizardTest, ASalesSheetIsRecognisedPreviewedImportedAndUndone)
{
    const QString path = writeCsv(
        QStringLiteral("myynti.csv"),
        {QStringLiteral("Asiakasnro"), QStringLiteral("Yhtiö"), QStringLiteral("Kuukausi"),
         QStringLiteral("Myynti €"), QStringLiteral("Tilaukset")},
        {{QStringLiteral("1001"), QStringLiteral("PAINO"), QStringLiteral("marraskuu 2026"),
          QStringLiteral("1 234,50 €"), QStringLiteral("3")},
         {QStringLiteral("1004"), QStringLiteral("Hämeen Sähkö Oy"), QStringLiteral("11/2026"),
          QStringLiteral("99,90"), QStringLiteral("1")},
         {QStringLiteral("1001"), QStringLiteral("PAINO"), QStringLiteral("2026-11"),
          QStringLiteral("-34,50"), QStringLiteral("")},
         {QStringLiteral("7777"), QStringLiteral("PAINO"), QStringLiteral("2026-11"),
          QStringLiteral("5,00"), QStringLiteral("1")},
         {QStringLiteral("1004"), QStringLiteral("PAINO"), QStringLiteral("joskus"),
          QStringLiteral("5,00"), QStringLiteral("1")}});

    ImportWizard* wizard = openWizard();
    ASSERT_NE(wizard, nullptr);
    chooseFile(wizard, path);
    ASSERT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard->currentId(), ImportWizard::SheetPageId);
    click(wizard, QWizard::NextButton);

    // Mapping: the sheet is recognised as sales, and the page says so.
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPageId);
    auto* target = child<QComboBox>(wizard, "targetComboBox");
    EXPECT_EQ(target->currentData().toInt(), int(ImportTarget::SalesFacts));
    EXPECT_TRUE(child<QLabel>(wizard, "remarksLabel")->text().contains(QStringLiteral("sales")));
    EXPECT_EQ(fieldOf(wizard, 0), TargetField::SourceKey);
    EXPECT_EQ(fieldOf(wizard, 1), TargetField::GroupCompany);
    EXPECT_EQ(fieldOf(wizard, 2), TargetField::SalesMonth);
    EXPECT_EQ(fieldOf(wizard, 3), TargetField::Revenue);
    EXPECT_EQ(fieldOf(wizard, 4), TargetField::OrderCount);
    // A sales column offers the sales fields only.
    EXPECT_EQ(fieldCombo(wizard, 0)->findData(int(TargetField::Street)), -1);
    EXPECT_TRUE(child<QLabel>(wizard, "mappingProblemLabel")->isHidden());
    typeSourceSystem(wizard, QStringLiteral("Sonet"));
    QSignalSpy preview(wizard->cleaningPage(), &CleaningPage::previewFinished);
    click(wizard, QWizard::NextButton);

    // Cleaning preview: the summed credit note is a warning, the unknown key and the unreadable
    // month are rejected with their reasons, and the register has no facts yet.
    ASSERT_EQ(wizard->currentId(), ImportWizard::CleaningPageId);
    ASSERT_TRUE(preview.wait(workerTimeoutMs) || preview.count() > 0);
    ASSERT_TRUE(preview.at(0).at(0).toBool())
        << child<QLabel>(wizard, "previewStatusLabel")->text().toStdString();
    EXPECT_TRUE(child<QLabel>(wizard, "previewStatusLabel")
                    ->text()
                    .contains(QStringLiteral("1 row(s) repeated")));
    const auto rejected = cleaningRows(wizard, PreviewRowsModel::Filter::Rejected);
    ASSERT_EQ(rejected.size(), 2);
    EXPECT_EQ(rejected.at(0).first, 5);
    EXPECT_TRUE(rejected.at(0).second.contains(QStringLiteral("\"7777\"")));
    EXPECT_EQ(rejected.at(1).first, 6);
    EXPECT_TRUE(rejected.at(1).second.contains(QStringLiteral("\"joskus\" is not a month")));
    const auto warnings = cleaningRows(wizard, PreviewRowsModel::Filter::Warnings);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.first().first, 4);
    EXPECT_TRUE(test::factsOf(workspace()).isEmpty());
    click(wizard, QWizard::NextButton);

    // Matching: nothing to decide; the counts say what the run will do.
    ASSERT_EQ(wizard->currentId(), ImportWizard::MatchingPageId);
    EXPECT_TRUE(child<QLabel>(wizard, "duplicatesNoteLabel")
                    ->text()
                    .contains(QStringLiteral("Sales facts")));
    EXPECT_EQ(wizard->session().preview()->batch.counts.created, 3);
    QSignalSpy run(wizard->runPage(), &RunPage::runFinished);
    click(wizard, QWizard::CommitButton);
    ASSERT_EQ(wizard->currentId(), ImportWizard::RunPageId);
    ASSERT_TRUE(run.wait(workerTimeoutMs) || run.count() > 0);
    ASSERT_TRUE(run.at(0).at(0).toBool())
        << child<QLabel>(wizard, "runStatusLabel")->text().toStdString();
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard->currentId(), ImportWizard::ReportPageId);
    const qint64 batchId = wizard->session().result()->batch.id;
    EXPECT_TRUE(child<QLabel>(wizard, "batchLabel")->text().contains(QStringLiteral("repeated")))
        << child<QLabel>(wizard, "batchLabel")->text().toStdString();
    EXPECT_TRUE(child<QPushButton>(wizard, "saveRejectedButton")->isEnabled());
    click(wizard, QWizard::FinishButton);

    EXPECT_EQ(test::factsOf(workspace()), (QStringList{QStringLiteral("%1|%2|2026-11|1200.00|3|%3")
                                                           .arg(m_sales.karkola)
                                                           .arg(m_sales.paino)
                                                           .arg(batchId),
                                                       QStringLiteral("%1|%2|2026-11|99.90|1|%3")
                                                           .arg(m_sales.rauta)
                                                           .arg(m_sales.sahko)
                                                           .arg(batchId)}));

    // The history lists the batch with its five rows; undo takes the facts away.
    auto* batches = child<QTableView>(m_page.get(), "batchesTableView");
    ASSERT_EQ(batches->model()->rowCount(), 1);
    EXPECT_EQ(child<QTableView>(m_page.get(), "batchRowsTableView")->model()->rowCount(), 5);
    QSignalSpy undone(m_page.get(), &ImportHistoryPage::undoFinished);
    MessageBoxAnswerer yes(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "undoBatchButton"), Qt::LeftButton);
    EXPECT_TRUE(yes.answered());
    ASSERT_TRUE(undone.wait(workerTimeoutMs) || undone.count() > 0);
    EXPECT_TRUE(undone.at(0).at(0).toBool());
    EXPECT_TRUE(child<QLabel>(m_page.get(), "historyStatusLabel")
                    ->text()
                    .contains(QStringLiteral("2 sales fact(s) removed")));
    EXPECT_TRUE(test::factsOf(workspace()).isEmpty());
}

TEST_F(SalesImportWizardTest, TheAdminChoosesTheSalesTargetAndTheGroupCompany)
{
    // Headers the suggester cannot place: the admin says what the columns are.
    const QString path =
        writeCsv(QStringLiteral("kassa.csv"),
                 {QStringLiteral("Tunnus"), QStringLiteral("Jakso"), QStringLiteral("Euroa")},
                 {{QStringLiteral("1001"), QStringLiteral("2026-10"), QStringLiteral("10,00")},
                  {QStringLiteral("1001"), QStringLiteral("2026-11"), QStringLiteral("20,00")},
                  {QStringLiteral("1004"), QStringLiteral("2026-11"), QStringLiteral("30,00")}});
    ImportWizard* wizard = openWizard();
    chooseFile(wizard, path);
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPageId);
    auto* target = child<QComboBox>(wizard, "targetComboBox");
    ASSERT_EQ(target->currentData().toInt(), int(ImportTarget::Customers));

    choose(target, target->findData(int(ImportTarget::SalesFacts)));
    ASSERT_EQ(wizard->session().mapping().target, ImportTarget::SalesFacts);
    // The page made its field combo boxes anew; the old ones go at the next turn of the loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // The columns are suggested again with the sales fields.
    EXPECT_EQ(fieldOf(wizard, 1), TargetField::SalesMonth);
    EXPECT_EQ(fieldOf(wizard, 2), TargetField::Revenue);
    auto* problem = child<QLabel>(wizard, "mappingProblemLabel");
    EXPECT_TRUE(problem->text().contains(QStringLiteral("customer")));
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());

    choose(fieldCombo(wizard, 0), fieldCombo(wizard, 0)->findData(int(TargetField::SourceKey)));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("group company")));
    auto* company = child<QComboBox>(wizard, "groupCompanyComboBox");
    ASSERT_TRUE(company->isEnabled());
    choose(company, company->findData(QStringLiteral("KAUPPA")));
    EXPECT_TRUE(problem->isHidden());
    typeSourceSystem(wizard, QStringLiteral("Sonet"));

    QSignalSpy preview(wizard->cleaningPage(), &CleaningPage::previewFinished);
    click(wizard, QWizard::NextButton);
    ASSERT_TRUE(preview.wait(workerTimeoutMs) || preview.count() > 0);
    ASSERT_TRUE(preview.at(0).at(0).toBool());
    EXPECT_EQ(wizard->session().preview()->batch.counts.created, 3);
    EXPECT_TRUE(cleaningRows(wizard, PreviewRowsModel::Filter::Rejected).isEmpty());

    // Cancelling the wizard after the preview leaves the register as it was.
    wizard->reject();
    EXPECT_TRUE(test::factsOf(workspace()).isEmpty());
    EXPECT_EQ(test::countOf(workspace(), QStringLiteral("SELECT count(*) FROM import_batches")), 0);
}

} // namespace
} // namespace luotsi::gui
