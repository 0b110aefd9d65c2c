// The conversion wizard as an admin meets it: the Import module's page, the wizard's real
// pages driven with Qt Test's mouse and keyboard helpers on the offscreen platform, the
// preview and the run on their worker threads, and the undo from the history.

#include "importing/ImportWizard.h"
#include "core/Workspace.h"
#include "core/importing/ImportBatch.h"
#include "core/importing/mapping/MappingProfileStore.h"
#include "core/register/CustomerService.h"
#include "importing/BatchTableModel.h"
#include "importing/CleaningPage.h"
#include "importing/ImportHistoryPage.h"
#include "importing/ImportSession.h"
#include "importing/PreviewRowsModel.h"
#include "importing/ReportPage.h"
#include "importing/RunPage.h"
#include "support/TestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace luotsi::gui {
namespace {

using namespace luotsi::core;
using namespace luotsi::core::importing;

// Generous: the worker threads share two cores with the rest of the test run.
constexpr int workerTimeoutMs = 60000;

// A legacy export as Finnish Excel saves it: semicolons, a header row, the same company twice
// (once in capitals, with another key), a business ID with a wrong check digit, and a totals
// row at the bottom.
const char* const legacyCsv =
    "Asiakasnro;Nimi;Y-tunnus;Katuosoite;Postinro;Postitoimipaikka;Puhelin\r\n"
    "1001;Kärkölän Konepaja Oy;0112038-9;Teollisuustie 4;16600;Järvelä;03 7621 100\r\n"
    "1002;KÄRKÖLÄN KONEPAJA OY;0112038-9;Teollisuustie 4;16600;JÄRVELÄ;037621100\r\n"
    "1003;Hollolan Puutarha Ky;1572860-0;Kirkkotie 2;15870;Hollola;\r\n"
    "1004;Virheellinen Tunnus Oy;1234567-8;Asemakatu 1;15100;Lahti;\r\n"
    "1005;Lahden Leipomo Oy;;Vesijärvenkatu 10;15140;Lahti;044 555 1234\r\n"
    ";Yhteensä;;;;;\r\n";

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

class ImportWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_csvPath = m_files.filePath(QStringLiteral("asiakkaat.csv"));
        QFile file(m_csvPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(legacyCsv);
        file.close();
        m_page = std::make_unique<ImportHistoryPage>(
            workspace(), [this](qint64 id) { m_openedCustomers.append(id); },
            m_files.filePath(QStringLiteral("profiles")));
        m_page->resize(1200, 800);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    }

    Workspace& workspace() { return m_register.workspace(); }
    CustomerService& service() { return workspace().customers(); }

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

    // The file page: the path typed; the page reads the file after a short pause in typing
    // and says what it found or what is wrong.
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

    // The rows of the cleaning table under a filter: (row number, result text).
    static QList<QPair<int, QString>> cleaningRows(ImportWizard* wizard,
                                                   PreviewRowsModel::Filter filter)
    {
        auto* filterBox = child<QComboBox>(wizard, "levelFilterComboBox");
        filterBox->setCurrentIndex(filterBox->findData(int(filter)));
        QAbstractItemModel* model = child<QTableView>(wizard, "cleaningTableView")->model();
        QList<QPair<int, QString>> rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows.append({model->index(r, 0).data().toInt(), model->index(r, 1).data().toString()});
        return rows;
    }

    QList<Customer> allCustomers()
    {
        QList<Customer> customers;
        const auto rows = service().fetchAfter({}, std::nullopt, 100);
        EXPECT_TRUE(rows);
        for (const CustomerRow& row : rows.value()) {
            const auto customer = service().load(row.id);
            EXPECT_TRUE(customer);
            customers.append(customer.value());
        }
        return customers;
    }

    test::TemporaryRegister m_register;
    QTemporaryDir m_files;
    QString m_csvPath;
    std::unique_ptr<ImportHistoryPage> m_page;
    QList<qint64> m_openedCustomers;
};

TEST_F(ImportWizardTest, WalksTheWizardImportsTheFileAndUndoesTheBatchFromTheHistory)
{
    ASSERT_EQ(service().count({}).value(), 0);
    ImportWizard* wizard = openWizard();
    ASSERT_NE(wizard, nullptr);

    // 1. File: read at once; the page says what it found and shows no error.
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    chooseFile(wizard, m_csvPath);
    EXPECT_TRUE(child<QLabel>(wizard, "fileErrorLabel")->isHidden());
    EXPECT_FALSE(child<QLabel>(wizard, "fileStatusLabel")->text().isEmpty());
    ASSERT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    click(wizard, QWizard::NextButton);

    // 2. Sheet and header row: the CSV is one sheet; its header is row 1.
    ASSERT_EQ(wizard->currentId(), ImportWizard::SheetPageId);
    EXPECT_EQ(child<QSpinBox>(wizard, "headerRowSpinBox")->value(), 1);
    EXPECT_EQ(child<QTableView>(wizard, "previewTableWidget")->model()->rowCount(), 7);
    click(wizard, QWizard::NextButton);

    // 3. Mapping: the suggestions are accepted as they are.
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPageId);
    EXPECT_EQ(fieldOf(wizard, 0), TargetField::SourceKey);
    EXPECT_EQ(fieldOf(wizard, 1), TargetField::Name);
    EXPECT_EQ(fieldOf(wizard, 2), TargetField::BusinessId);
    EXPECT_EQ(fieldOf(wizard, 4), TargetField::PostalCode);
    EXPECT_EQ(fieldOf(wizard, 5), TargetField::City);
    typeSourceSystem(wizard, QStringLiteral("Kassa"));
    QSignalSpy preview(wizard->cleaningPage(), &CleaningPage::previewFinished);
    click(wizard, QWizard::NextButton);

    // 4. Cleaning preview: a dry run on the worker; the totals row is rejected, the wrong
    // check digit is a warning, and nothing reached the register.
    ASSERT_EQ(wizard->currentId(), ImportWizard::CleaningPageId);
    ASSERT_TRUE(preview.wait(workerTimeoutMs) || preview.count() > 0);
    ASSERT_EQ(preview.count(), 1);
    EXPECT_TRUE(preview.at(0).at(0).toBool())
        << child<QLabel>(wizard, "previewStatusLabel")->text().toStdString();
    const auto rejected = cleaningRows(wizard, PreviewRowsModel::Filter::Rejected);
    ASSERT_EQ(rejected.size(), 1);
    EXPECT_EQ(rejected.first().first, 7);
    const auto warnings = cleaningRows(wizard, PreviewRowsModel::Filter::Warnings);
    EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(),
                            [](const auto& row) { return row.first == 5; }));
    EXPECT_EQ(service().count({}).value(), 0);
    ASSERT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    click(wizard, QWizard::NextButton);

    // 5. Matching review: the second Kärkölä row is the first one's customer, not a duplicate
    // to review.
    ASSERT_EQ(wizard->currentId(), ImportWizard::MatchingPageId);
    const auto& counts = wizard->session().preview()->batch.counts;
    EXPECT_EQ(counts.created, 4);
    EXPECT_EQ(counts.updated + counts.unchanged, 1);
    EXPECT_EQ(counts.rejected, 1);
    EXPECT_EQ(counts.possibleDuplicates, 0);
    QSignalSpy run(wizard->runPage(), &RunPage::runFinished);
    click(wizard, QWizard::CommitButton);

    // 6. Run on the worker, then 7. the report.
    ASSERT_EQ(wizard->currentId(), ImportWizard::RunPageId);
    ASSERT_TRUE(run.wait(workerTimeoutMs) || run.count() > 0);
    ASSERT_TRUE(run.at(0).at(0).toBool())
        << child<QLabel>(wizard, "runStatusLabel")->text().toStdString();
    EXPECT_FALSE(wizard->button(QWizard::BackButton)->isEnabled());
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard->currentId(), ImportWizard::ReportPageId);
    const qint64 batchId = wizard->session().result()->batch.id;
    EXPECT_GT(batchId, 0);
    EXPECT_TRUE(child<QLabel>(wizard, "batchLabel")->text().contains(QString::number(batchId)));
    EXPECT_TRUE(child<QPushButton>(wizard, "saveRejectedButton")->isEnabled());
    // The rows left out, as the save button writes them (its file dialog aside): the totals row
    // with its reason.
    const QString leftOut = m_files.filePath(QStringLiteral("hylatyt.csv"));
    ASSERT_TRUE(wizard->reportPage()->saveRowsTo(leftOut));
    QFile saved(leftOut);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(saved.readAll()).contains(QStringLiteral("Yhteensä")));
    click(wizard, QWizard::FinishButton);

    // The register: four customers, Kärkölä once with both source keys, the bad business ID
    // left out, no customer for the totals row.
    const QList<Customer> customers = allCustomers();
    ASSERT_EQ(customers.size(), 4);
    int karkola = 0;
    for (const Customer& customer : customers) {
        EXPECT_NE(customer.name, QStringLiteral("Yhteensä"));
        if (customer.businessId == QStringLiteral("0112038-9")) {
            ++karkola;
            EXPECT_EQ(customer.name, QStringLiteral("Kärkölän Konepaja Oy"));
            QStringList keys;
            for (const SourceKey& key : customer.sourceKeys)
                keys.append(key.sourceSystem + u':' + key.key);
            keys.sort();
            EXPECT_EQ(keys,
                      (QStringList{QStringLiteral("Kassa:1001"), QStringLiteral("Kassa:1002")}));
        }
        if (customer.name == QStringLiteral("Virheellinen Tunnus Oy")) {
            EXPECT_TRUE(customer.businessId.isEmpty());
        }
    }
    EXPECT_EQ(karkola, 1);

    // The history lists the batch and its six rows; a double-click opens a row's customer.
    auto* batches = child<QTableView>(m_page.get(), "batchesTableView");
    ASSERT_EQ(batches->model()->rowCount(), 1);
    EXPECT_EQ(batches->model()->index(0, BatchTableModel::IdColumn).data().toLongLong(), batchId);
    auto* rows = child<QTableView>(m_page.get(), "batchRowsTableView");
    ASSERT_EQ(rows->model()->rowCount(), 6);
    const QRect first = rows->visualRect(rows->model()->index(0, 2));
    QTest::mouseClick(rows->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(rows->viewport(), Qt::LeftButton, {}, first.center());
    ASSERT_EQ(m_openedCustomers.size(), 1);
    EXPECT_GT(m_openedCustomers.first(), 0);

    // Undo from the history, confirmed: the register is empty again and the batch is undone.
    QSignalSpy undone(m_page.get(), &ImportHistoryPage::undoFinished);
    MessageBoxAnswerer yes(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "undoBatchButton"), Qt::LeftButton);
    EXPECT_TRUE(yes.answered());
    ASSERT_TRUE(undone.wait(workerTimeoutMs) || undone.count() > 0);
    EXPECT_TRUE(undone.at(0).at(0).toBool())
        << child<QLabel>(m_page.get(), "historyStatusLabel")->text().toStdString();
    EXPECT_EQ(service().count({}).value(), 0);
    EXPECT_FALSE(
        batches->model()->index(0, BatchTableModel::StatusColumn).data().toString().isEmpty());
    EXPECT_FALSE(child<QPushButton>(m_page.get(), "undoBatchButton")->isEnabled());
}

TEST_F(ImportWizardTest, ASavedProfileIsAppliedToTheNextFileWithTheSameHeaders)
{
    // A profile saved earlier for this system, with the phone column deliberately ignored:
    // the wizard must show the profile's choice, not its own suggestion.
    ImportSession probe(workspace(), m_files.filePath(QStringLiteral("profiles")));
    ASSERT_TRUE(probe.openFile(m_csvPath, {}));
    ASSERT_TRUE(probe.selectSheet(0));
    ASSERT_EQ(probe.mapping().columnsFor(TargetField::Phone).size(), 1);
    ColumnMapping profile = probe.mapping();
    profile.profileName = QStringLiteral("Kassa");
    profile.sourceSystem = QStringLiteral("Kassa");
    for (MappedColumn& column : profile.columns) {
        if (column.field == TargetField::Phone)
            column.field = TargetField::Ignore;
    }
    ASSERT_TRUE(probe.profiles().save(profile));

    ImportWizard* wizard = openWizard();
    chooseFile(wizard, m_csvPath);
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPageId);
    EXPECT_EQ(child<QComboBox>(wizard, "profileComboBox")->currentText(), QStringLiteral("Kassa"));
    EXPECT_EQ(child<QLineEdit>(wizard, "sourceSystemLineEdit")->text(), QStringLiteral("Kassa"));
    EXPECT_EQ(fieldOf(wizard, 6), TargetField::Ignore);
    EXPECT_EQ(fieldOf(wizard, 1), TargetField::Name);
    wizard->reject();
}

TEST_F(ImportWizardTest, ADateColumnThatReadsTwoWaysMustBeDecidedOnTheCleaningPage)
{
    const QString path = m_files.filePath(QStringLiteral("paivat.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Asiakasnro;Nimi;Postitoimipaikka;Asiakkaaksi\r\n"
               "501;Lahden Kirjakauppa Oy;Lahti;3/4/2006\r\n"
               "502;Hollolan S\xc3\xa4hk\xc3\xb6 Ky;Hollola;5/6/2007\r\n"
               "503;Orimattilan Rauta Oy;Orimattila;1/2/2005\r\n");
    file.close();

    ImportWizard* wizard = openWizard();
    chooseFile(wizard, path);
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPageId);
    ASSERT_TRUE(isDateField(fieldOf(wizard, 3)));
    QSignalSpy preview(wizard->cleaningPage(), &CleaningPage::previewFinished);
    click(wizard, QWizard::NextButton);
    ASSERT_TRUE(preview.wait(workerTimeoutMs) || preview.count() > 0);

    // Undecided, the dates are left out and the page does not let the admin on.
    auto* order = wizard->findChild<QComboBox*>(QStringLiteral("dateOrderComboBox_3"));
    ASSERT_NE(order, nullptr);
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    EXPECT_EQ(cleaningRows(wizard, PreviewRowsModel::Filter::Warnings).size(), 3);

    // Month first: the preview runs again, the dates are read, and the page lets go.
    preview.clear();
    order->setCurrentIndex(order->findData(int(DateOrder::MonthFirst)));
    ASSERT_TRUE(preview.wait(workerTimeoutMs) || preview.count() > 0);
    EXPECT_TRUE(cleaningRows(wizard, PreviewRowsModel::Filter::Warnings).isEmpty());
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    EXPECT_EQ(wizard->session().mapping().columnsFor(TargetField::CreatedDate).value(0).dateOrder,
              DateOrder::MonthFirst);
    wizard->reject();
}

TEST_F(ImportWizardTest, AFileThatIsNotASpreadsheetIsReportedOnTheFilePage)
{
    const QString path = m_files.filePath(QStringLiteral("rikki.xlsx"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is not a workbook");
    file.close();

    ImportWizard* wizard = openWizard();
    chooseFile(wizard, path);
    auto* error = child<QLabel>(wizard, "fileErrorLabel");
    EXPECT_FALSE(error->isHidden());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
}

} // namespace
} // namespace luotsi::gui
