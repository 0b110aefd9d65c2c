// The lazily paged customer list model: checked by Qt's own model tester and against the
// register's content computed here the slow way.

#include "customers/CustomerTableModel.h"
#include "core/register/CustomerService.h"
#include "core/register/SortName.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>

#include <gtest/gtest.h>

#include <algorithm>

namespace luotsi::gui {
namespace {

using namespace luotsi::core;

// Counts the model tester's complaints, which it reports as warnings in its own category.
int g_modelTesterWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countModelTesterWarnings(QtMsgType type, const QMessageLogContext& context,
                              const QString& message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type >= QtWarningMsg)
        ++g_modelTesterWarnings;
    g_previousHandler(type, context, message);
}

class CustomerTableModelTest : public ::testing::Test
{
protected:
    // More rows than several pages, so that paging, keyset walks and offset jumps all happen.
    static constexpr int customerCount = 3 * CustomerTableModel::pageSize + 57;

    void SetUp() override
    {
        const QStringList stems{QStringLiteral("Äänekosken"), QStringLiteral("Oulun"),
                                QStringLiteral("Åbo"),        QStringLiteral("Kemin"),
                                QStringLiteral("Ylöjärven"),  QStringLiteral("Porin")};
        for (int i = 0; i < customerCount; ++i) {
            Customer customer;
            customer.name = QStringLiteral("%1 Liike %2 Oy").arg(stems.at(i % stems.size())).arg(i);
            customer.status = i % 3 == 0 ? CustomerStatus::Prospect : CustomerStatus::Active;
            auto created = service().create(customer);
            ASSERT_TRUE(created) << created.error().text().toStdString();
            m_names.insert(created->id, customer.name);
        }
        g_modelTesterWarnings = 0;
        g_previousHandler = qInstallMessageHandler(countModelTesterWarnings);
    }

    void TearDown() override { qInstallMessageHandler(g_previousHandler); }

    CustomerService& service() { return m_register.workspace().customers(); }

    // The ids in the order the register sorts names: by SortName, then id.
    QList<qint64> idsByName() const
    {
        QList<qint64> ids = m_names.keys();
        std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
            const QString ka = SortName::of(m_names.value(a));
            const QString kb = SortName::of(m_names.value(b));
            return ka != kb ? ka < kb : a < b;
        });
        return ids;
    }

    static QList<qint64> walk(const CustomerTableModel& model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row, 0).data(CustomerTableModel::CustomerIdRole).toLongLong());
        return ids;
    }

    test::TemporaryRegister m_register;
    QHash<qint64, QString> m_names;
};

TEST_F(CustomerTableModelTest, ShowsEveryCustomerOnceInNameOrder)
{
    CustomerTableModel model(service());
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setQuery({});
    ASSERT_EQ(model.rowCount(), customerCount);
    EXPECT_EQ(walk(model), idsByName());
    EXPECT_EQ(g_modelTesterWarnings, 0);
}

TEST_F(CustomerTableModelTest, SortsDescendingAndJumpsStraightToADeepRow)
{
    CustomerTableModel model(service());
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.sort(CustomerTableModel::NameColumn, Qt::DescendingOrder);
    QList<qint64> expected = idsByName();
    std::reverse(expected.begin(), expected.end());
    // A jump into the middle (a scroll bar drag) before anything around it was read.
    const int deep = customerCount - 3;
    EXPECT_EQ(model.customerId(deep), expected.at(deep));
    EXPECT_EQ(model.index(deep, CustomerTableModel::NameColumn).data().toString(),
              m_names.value(expected.at(deep)));
    EXPECT_EQ(walk(model), expected);
    EXPECT_EQ(g_modelTesterWarnings, 0);
}

TEST_F(CustomerTableModelTest, FiltersAndFollowsNewCustomers)
{
    CustomerTableModel model(service());
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    CustomerQuery prospects;
    prospects.status = CustomerStatus::Prospect;
    model.setQuery(prospects);
    const int expectedProspects = (customerCount + 2) / 3;
    EXPECT_EQ(model.rowCount(), expectedProspects);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(
            model.index(row, CustomerTableModel::StatusColumn).data(Qt::DisplayRole).toString(),
            model.index(0, CustomerTableModel::StatusColumn).data(Qt::DisplayRole).toString());

    Customer added;
    added.name = QStringLiteral("Uusi Prospekti Oy");
    added.status = CustomerStatus::Prospect;
    ASSERT_TRUE(service().create(added));
    EXPECT_EQ(model.rowCount(), expectedProspects + 1);

    prospects.searchText = QStringLiteral("uusi prosp");
    model.setQuery(prospects);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, CustomerTableModel::NameColumn).data().toString(), added.name);
    EXPECT_EQ(g_modelTesterWarnings, 0);
}

} // namespace
} // namespace luotsi::gui
