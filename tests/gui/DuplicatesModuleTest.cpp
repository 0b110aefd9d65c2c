// The "Data quality" module as an admin meets it, on the offscreen platform: the duplicate
// finder run from its bar on a worker thread, a group compared side by side, a value chosen
// with a click, the merge confirmed and then undone from the Merges tab; and the overview's
// counts opening the customer list filtered.

#include "duplicates/DuplicatesModule.h"
#include "core/Settings.h"
#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "customers/RegisterModule.h"
#include "duplicates/DataQualityPage.h"
#include "duplicates/DuplicateGroupsModel.h"
#include "duplicates/DuplicateSearchBar.h"
#include "duplicates/DuplicatesPage.h"
#include "duplicates/GroupComparisonModel.h"
#include "duplicates/GroupComparisonView.h"
#include "duplicates/MergeHistoryModel.h"
#include "duplicates/MergeHistoryPage.h"
#include "duplicates/QualityOverviewPage.h"
#include "shell/MainWindow.h"
#include "shell/ModuleRegistry.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCommandLinkButton>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

namespace luotsi::gui {
namespace {

using namespace luotsi::core;

// Generous: the worker threads share two cores with the rest of the test run.
constexpr int workerTimeoutMs = 60000;

Customer company(const QString& name, const QString& businessId, const QString& street,
                 const QString& postalCode, const QString& city)
{
    Customer customer;
    customer.name = name;
    customer.businessId = businessId;
    customer.kind = CustomerKind::Company;
    Address address;
    address.street = street;
    address.postalCode = postalCode;
    address.city = city;
    customer.addresses.append(address);
    return customer;
}

SourceKey sourceKey(const QString& system, const QString& key)
{
    SourceKey sourceKey;
    sourceKey.sourceSystem = system;
    sourceKey.key = key;
    return sourceKey;
}

void clickCell(QTableView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

class DuplicatesModuleTest : public ::testing::Test
{
protected:
    Workspace& workspace() { return m_register.workspace(); }
    CustomerService& service() { return workspace().customers(); }

    qint64 create(const Customer& customer)
    {
        auto created = service().create(customer);
        if (!created) {
            ADD_FAILURE() << created.error().text().toStdString();
            return 0;
        }
        return created->id;
    }

    qint64 count() { return service().count({}).value(); }

    test::TemporaryRegister m_register;
};

class DuplicatesPageTest : public DuplicatesModuleTest
{
protected:
    void SetUp() override
    {
        Customer first = company(QStringLiteral("Kärkölän Konepaja Oy"),
                                 QStringLiteral("0112038-9"), QStringLiteral("Teollisuustie 4"),
                                 QStringLiteral("16600"), QStringLiteral("Järvelä"));
        first.sourceKeys.append(sourceKey(QStringLiteral("Visma"), QStringLiteral("1001")));
        Customer second = company(QStringLiteral("Kärkölän Konepaja Oyj"),
                                  QStringLiteral("0112038-9"), QStringLiteral("Teollisuustie 4"),
                                  QStringLiteral("16600"), QStringLiteral("Järvelä"));
        second.sourceKeys.append(sourceKey(QStringLiteral("Lemonsoft"), QStringLiteral("A-77")));
        m_first = create(first);
        m_second = create(second);
        m_other = create(company(QStringLiteral("Hollolan Puutarha Ky"),
                                 QStringLiteral("1572860-0"), QStringLiteral("Kirkkotie 2"),
                                 QStringLiteral("15870"), QStringLiteral("Hollola")));
        ASSERT_EQ(count(), 3);

        m_page = std::make_unique<DataQualityPage>(
            workspace(), [this](qint64 id) { m_openedCustomers.append(id); },
            [this](const CustomerQuery& query) { m_openedLists.append(query); });
        m_page->setPrompts({[this](QWidget*, const QString&, const QString& text) {
                                m_questions.append(text);
                                return true;
                            },
                            [this](QWidget*, const QString&, const QString& text) {
                                ADD_FAILURE() << "warning: " << text.toStdString();
                            }});
        m_page->resize(1400, 900);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void TearDown() override
    {
        // The overview counts on a worker thread when first shown: let it end in peace.
        if (m_page) {
            EXPECT_TRUE(QTest::qWaitFor([this] { return !m_page->overview()->isCounting(); },
                                        workerTimeoutMs));
        }
    }

    DuplicatesPage* duplicates() { return m_page->duplicates(); }

    template<typename T> T* child(const char* name)
    {
        return m_page->findChild<T*>(QString::fromLatin1(name));
    }

    void findDuplicates()
    {
        m_page->tabs()->setCurrentIndex(DataQualityPage::DuplicatesTab);
        QSignalSpy finished(duplicates()->searchBar(), &DuplicateSearchBar::finished);
        QTest::mouseClick(child<QPushButton>("findDuplicatesButton"), Qt::LeftButton);
        ASSERT_TRUE(finished.count() > 0 || finished.wait(workerTimeoutMs));
        ASSERT_TRUE(finished.first().at(0).toBool())
            << finished.first().at(1).toString().toStdString();
    }

    std::unique_ptr<DataQualityPage> m_page;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_other = 0;
    QList<qint64> m_openedCustomers;
    QList<CustomerQuery> m_openedLists;
    QStringList m_questions;
};

TEST_F(DuplicatesPageTest, FindsTheGroupMergesWithTheChosenNameAndUndoesTheMerge)
{
    findDuplicates();
    QTableView* groups = duplicates()->groupsView();
    QAbstractItemModelTester groupsTester(groups->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(groups->model()->rowCount(), 1);
    const auto& group = duplicates()->groupsModel()->group(0);
    EXPECT_EQ(group.customerIds, (QList<qint64>{m_first, m_second}));
    const QString names =
        groups->model()->index(0, DuplicateGroupsModel::NamesColumn).data().toString();
    EXPECT_TRUE(names.contains(QStringLiteral("Kärkölän Konepaja Oyj")));
    EXPECT_FALSE(names.contains(QStringLiteral("Hollolan")));

    // Choosing the group compares its two records side by side.
    clickCell(groups, groups->model()->index(0, DuplicateGroupsModel::NamesColumn));
    GroupComparisonView* view = duplicates()->comparisonView();
    GroupComparisonModel* model = duplicates()->comparisonModel();
    QAbstractItemModelTester comparisonTester(
        model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model->columnCount(), 2);
    const qint64 survivor = model->plan().survivorId;
    ASSERT_TRUE(survivor == m_first || survivor == m_second);
    const qint64 member = survivor == m_first ? m_second : m_first;
    const int nameRow = model->rowOfField(QStringLiteral("name"));
    const int businessIdRow = model->rowOfField(QStringLiteral("business_id"));
    ASSERT_GE(nameRow, 0);
    const QModelIndex memberName = model->index(nameRow, model->columnOf(member));
    const QModelIndex survivorName = model->index(nameRow, model->columnOf(survivor));
    // The names differ, so both are tinted; the business IDs agree, so neither is.
    EXPECT_TRUE(memberName.data(GroupComparisonModel::DiffersRole).toBool());
    EXPECT_FALSE(model->index(businessIdRow, 0).data(GroupComparisonModel::DiffersRole).toBool());

    // The admin takes the member's name with a click on its cell.
    const QString chosenName = memberName.data().toString();
    const bool memberNameWasChosen = memberName.data(GroupComparisonModel::ChosenRole).toBool();
    if (memberNameWasChosen) // the rules already took it: choose the other one first
        clickCell(view, survivorName);
    EXPECT_FALSE(memberName.data(GroupComparisonModel::ChosenRole).toBool());
    clickCell(view, memberName);
    EXPECT_TRUE(memberName.data(GroupComparisonModel::ChosenRole).toBool());
    EXPECT_FALSE(survivorName.data(GroupComparisonModel::ChosenRole).toBool());
    EXPECT_EQ(model->plan().valueFrom.value(QStringLiteral("name")), member);

    // Merge, confirmed: one customer with the chosen name and both source keys.
    auto* merge = child<QPushButton>("mergeGroupButton");
    ASSERT_TRUE(merge->isEnabled());
    QTest::mouseClick(merge, Qt::LeftButton);
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions.first().contains(QStringLiteral("id %1").arg(member)));
    EXPECT_EQ(count(), 2);
    const auto merged = service().load(survivor);
    ASSERT_TRUE(merged) << merged.error().text().toStdString();
    EXPECT_EQ(merged->name, chosenName);
    QStringList keys;
    for (const SourceKey& key : merged->sourceKeys)
        keys.append(key.sourceSystem + QLatin1Char(':') + key.key);
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("Lemonsoft:A-77"), QStringLiteral("Visma:1001")}));
    EXPECT_FALSE(service().load(member));
    EXPECT_EQ(groups->model()->rowCount(), 0);
    EXPECT_EQ(model->columnCount(), 0);

    // The Merges tab lists it; undo brings both records back.
    m_page->tabs()->setCurrentIndex(DataQualityPage::MergesTab);
    QTableView* history = m_page->merges()->table();
    ASSERT_EQ(history->model()->rowCount(), 1);
    EXPECT_EQ(m_page->merges()->model()->record(0).survivorId, survivor);
    clickCell(history, history->model()->index(0, MergeHistoryModel::SurvivorColumn));
    auto* undo = child<QPushButton>("undoMergeButton");
    ASSERT_TRUE(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_EQ(m_questions.size(), 2);
    EXPECT_EQ(count(), 3);
    EXPECT_EQ(service().load(m_first)->name, QStringLiteral("Kärkölän Konepaja Oy"));
    EXPECT_EQ(service().load(m_second)->name, QStringLiteral("Kärkölän Konepaja Oyj"));
    EXPECT_TRUE(m_page->merges()->model()->record(0).undone);
    EXPECT_FALSE(undo->isEnabled());
}

TEST_F(DuplicatesPageTest, NotADuplicateClosesTheGroupAndTheNextSearchDoesNotProposeItAgain)
{
    findDuplicates();
    ASSERT_EQ(duplicates()->groupsModel()->rowCount(), 1);
    duplicates()->selectGroup(duplicates()->groupsModel()->group(0).id);
    QTest::mouseClick(child<QPushButton>("notDuplicateButton"), Qt::LeftButton);
    EXPECT_EQ(duplicates()->groupsModel()->rowCount(), 0);
    EXPECT_EQ(count(), 3);

    findDuplicates();
    EXPECT_EQ(duplicates()->groupsModel()->rowCount(), 0);
}

TEST_F(DuplicatesPageTest, DoubleClickOnAMembersHeaderOpensItsCard)
{
    findDuplicates();
    duplicates()->selectGroup(duplicates()->groupsModel()->group(0).id);
    GroupComparisonView* view = duplicates()->comparisonView();
    QHeaderView* header = view->horizontalHeader();
    const int column = duplicates()->comparisonModel()->columnOf(m_second);
    const QPoint point(header->sectionViewportPosition(column) + 20, header->height() / 2);
    QTest::mouseDClick(header->viewport(), Qt::LeftButton, {}, point);
    EXPECT_EQ(m_openedCustomers, QList<qint64>{m_second});
}

TEST_F(DuplicatesModuleTest, OverviewCountsOrganisationsWithoutBusinessIdAndOpensThemInTheList)
{
    create(company(QStringLiteral("Lahden Leipomo Oy"), {}, QStringLiteral("Vesijärvenkatu 10"),
                   QStringLiteral("15140"), QStringLiteral("Lahti")));
    create(company(QStringLiteral("Orimattilan Kukkakauppa"), {}, QStringLiteral("Erkontie 1"),
                   QStringLiteral("16300"), QStringLiteral("Orimattila")));
    create(company(QStringLiteral("Hollolan Puutarha Ky"), QStringLiteral("1572860-0"),
                   QStringLiteral("Kirkkotie 2"), QStringLiteral("15870"),
                   QStringLiteral("Hollola")));
    Customer person;
    person.kind = CustomerKind::Person;
    person.name = QStringLiteral("Meikäläinen Matti");
    create(person); // a person has no business ID: not counted

    Settings settings;
    ModuleRegistry registry;
    registerRegisterModule(registry);
    registerDuplicatesModule(registry);
    MainWindow window(workspace(), settings, registry);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* modules = window.findChild<QListWidget*>(QStringLiteral("moduleListWidget"));
    auto* overview = window.findChild<QualityOverviewPage*>();
    ASSERT_NE(overview, nullptr);
    QSignalSpy counted(overview, &QualityOverviewPage::countsReady);
    for (int row = 0; row < modules->count(); ++row) {
        if (modules->item(row)->data(Qt::UserRole).toString() == QLatin1String("quality"))
            modules->setCurrentRow(row);
    }
    ASSERT_TRUE(overview->isVisible());
    ASSERT_TRUE(counted.count() > 0 || counted.wait(workerTimeoutMs));
    ASSERT_TRUE(counted.first().at(0).toBool());

    QCommandLinkButton* button = overview->issueButton(QualityIssue::MissingBusinessId);
    EXPECT_EQ(overview->counts().of(QualityIssue::MissingBusinessId), 2);
    EXPECT_EQ(button->text(), QualityOverviewPage::issueTitle(QualityIssue::MissingBusinessId, 2));
    EXPECT_EQ(overview->counts().customers, 4);

    // The click opens the customer list with just those two, under a removable banner.
    QTest::mouseClick(button, Qt::LeftButton);
    CustomersPage* customers = window.customersPage();
    EXPECT_EQ(modules->currentRow(), 0);
    EXPECT_TRUE(customers->isVisible());
    CustomerTableModel* list = customers->listView()->model();
    EXPECT_EQ(list->query().quality, QualityIssue::MissingBusinessId);
    ASSERT_EQ(list->rowCount(), 2);
    QStringList names{list->index(0, CustomerTableModel::NameColumn).data().toString(),
                      list->index(1, CustomerTableModel::NameColumn).data().toString()};
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("Lahden Leipomo Oy"),
                                  QStringLiteral("Orimattilan Kukkakauppa")}));
    auto* banner = customers->findChild<QFrame*>(QStringLiteral("listFilterBanner"));
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(customers->findChild<QLabel*>(QStringLiteral("listFilterLabel"))
                    ->text()
                    .contains(CustomersPage::qualityFilterText(QualityIssue::MissingBusinessId)));

    QTest::mouseClick(customers->findChild<QToolButton*>(QStringLiteral("clearListFilterButton")),
                      Qt::LeftButton);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_FALSE(list->query().quality.has_value());
    EXPECT_EQ(list->rowCount(), 4);
}

} // namespace
} // namespace luotsi::gui
