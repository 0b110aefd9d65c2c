// The care model tab on the offscreen platform over the migration's defaults: the segment ×
// channel matrix as the catalog holds it, a cell edited in its dialog and emptied with "Not
// used", the account-plan checkbox saved when toggled, and rows tall enough for their texts at
// 1280×800.

#include "segments/CareModelPage.h"
#include "core/Workspace.h"
#include "core/segments/SegmentCatalog.h"
#include "segments/CareModelCellDialog.h"
#include "segments/CareModelModel.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace luotsi::gui {
namespace {

using namespace luotsi::core;
using namespace luotsi::core::segments;

constexpr qint64 primary = 1; // migrations/0006: customer_value
constexpr qint64 vip = 1;     // its first segment
constexpr qint64 develop = 3; // "Kehitä ja kasvata": no account plan by default
constexpr qint64 acquire = 5; // "Hanki"
constexpr qint64 topManagement = 1;
constexpr qint64 fieldSales = 6;

class CareModelPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!catalog().careModel(primary)) {
            GTEST_SKIP() << "SegmentCatalog has not landed: "
                         << catalog().careModel(primary).error().text().toStdString();
        }
        m_page = std::make_unique<CareModelPage>(catalog());
        m_page->resize(1280, 800);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    }

    SegmentCatalog& catalog() { return m_register.workspace().segmentCatalog(); }
    CareModelModel* model() { return m_page->model(); }
    QTableView* table() { return m_page->table(); }

    QModelIndex indexOf(qint64 segmentId, qint64 channelId)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            for (int column = 0; column < model()->columnCount(); ++column) {
                const QModelIndex index = model()->index(row, column);
                if (index.data(CareModelModel::SegmentIdRole).toLongLong() == segmentId &&
                    index.data(CareModelModel::ChannelIdRole).toLongLong() == channelId)
                    return index;
            }
        }
        return {};
    }

    std::optional<CareCell> stored(qint64 segmentId, qint64 channelId)
    {
        const auto cells = catalog().careFor(segmentId);
        if (!cells) {
            ADD_FAILURE() << cells.error().text().toStdString();
            return std::nullopt;
        }
        for (const CareCell& cell : *cells) {
            if (cell.channelId == channelId)
                return cell;
        }
        return std::nullopt;
    }

    void doubleClick(const QModelIndex& index)
    {
        table()->scrollTo(index);
        const QPoint point = table()->visualRect(index).center();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, point);
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, point);
    }

    test::TemporaryRegister m_register;
    std::unique_ptr<CareModelPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(CareModelPageTest, ShowsEverySegmentByEveryChannelAsTheCatalogHoldsIt)
{
    const auto segments = catalog().segments(primary);
    const auto channels = catalog().channels();
    const auto cells = catalog().careModel(primary);
    ASSERT_TRUE(segments && channels && cells);
    ASSERT_EQ(model()->rowCount(), segments->size());
    ASSERT_EQ(model()->columnCount(), channels->size() + 1);
    EXPECT_EQ(model()->accountPlanColumn(), channels->size());
    for (int row = 0; row < model()->rowCount(); ++row) {
        EXPECT_EQ(model()
                      ->headerData(row, Qt::Vertical, Qt::DisplayRole)
                      .toString()
                      .remove(QLatin1Char('\n'))
                      .remove(QLatin1Char(' ')),
                  segments->at(row).name().remove(QLatin1Char(' ')));
        const QModelIndex plan = model()->index(row, model()->accountPlanColumn());
        EXPECT_EQ(plan.data(Qt::CheckStateRole).toInt(),
                  segments->at(row).accountPlanRequired ? Qt::Checked : Qt::Unchecked);
    }
    int filled = 0;
    for (const CareCell& cell : *cells) {
        const QModelIndex index = indexOf(cell.segmentId, cell.channelId);
        ASSERT_TRUE(index.isValid());
        EXPECT_EQ(index.data().toString(), cell.role);
        EXPECT_EQ(index.data(CareModelModel::RhythmRole).toString(), cell.rhythm);
        ++filled;
    }
    EXPECT_GT(filled, 10);
    // A channel that does not serve a segment is an empty cell.
    EXPECT_TRUE(indexOf(acquire, fieldSales).data().toString().isEmpty());
}

TEST_F(CareModelPageTest, ADoubleClickedCellIsEditedAndSaved)
{
    const QModelIndex cell = indexOf(acquire, fieldSales);
    ASSERT_TRUE(cell.isValid());
    doubleClick(cell);
    CareModelCellDialog* dialog = m_page->cellDialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->role().isEmpty());
    auto* role = dialog->findChild<QPlainTextEdit*>(QStringLiteral("careRoleTextEdit"));
    auto* rhythm = dialog->findChild<QComboBox*>(QStringLiteral("careRhythmComboBox"));
    ASSERT_TRUE(role && rhythm);
    // The rhythms in use are offered.
    EXPECT_GE(rhythm->findText(QStringLiteral("Neljännesvuosittain")), 0);
    QTest::keyClicks(role, QStringLiteral("Uusasiakashankinta alueittain"));
    rhythm->setCurrentText(QStringLiteral("Kuukausittain"));
    dialog->accept();

    const auto saved = stored(acquire, fieldSales);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->role, QStringLiteral("Uusasiakashankinta alueittain"));
    EXPECT_EQ(saved->rhythm, QStringLiteral("Kuukausittain"));
    EXPECT_EQ(cell.data().toString(), saved->role);
    EXPECT_FALSE(m_page->statusLabel()->isVisible());

    // "Not used" empties the cell, which removes it.
    doubleClick(indexOf(vip, topManagement));
    dialog = m_page->cellDialog();
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->role().isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("careNotUsedButton")),
                      Qt::LeftButton);
    dialog->accept();
    EXPECT_FALSE(stored(vip, topManagement).has_value());
    EXPECT_TRUE(indexOf(vip, topManagement).data().toString().isEmpty());

    // Cancel leaves the cell as it was.
    doubleClick(cell);
    dialog = m_page->cellDialog();
    ASSERT_TRUE(dialog);
    dialog->setRole(QStringLiteral("ei tallenneta"));
    dialog->reject();
    EXPECT_EQ(stored(acquire, fieldSales)->role, QStringLiteral("Uusasiakashankinta alueittain"));
}

TEST_F(CareModelPageTest, TheAccountPlanCheckboxIsSavedWhenToggled)
{
    const QModelIndex plan = indexOf(develop, 0);
    ASSERT_TRUE(plan.isValid());
    ASSERT_FALSE(catalog().segment(develop)->accountPlanRequired);
    const Segment before = *catalog().segment(develop);
    table()->setFocus();
    table()->setCurrentIndex(plan);
    QTest::keyClick(table(), Qt::Key_Space);
    const auto after = catalog().segment(develop);
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->accountPlanRequired);
    EXPECT_EQ(plan.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    // Nothing else of the segment changed.
    Segment expected = before;
    expected.accountPlanRequired = true;
    EXPECT_EQ(*after, expected);

    QTest::keyClick(table(), Qt::Key_Space);
    EXPECT_FALSE(catalog().segment(develop)->accountPlanRequired);
}

TEST_F(CareModelPageTest, RowsAreTallEnoughForTheirTextsAt1280x800)
{
    EXPECT_GE(table()->columnWidth(0), 90);
    // Every column is on screen without scrolling sideways.
    EXPECT_FALSE(table()->horizontalScrollBar()->isVisible());
    QStyleOptionViewItem option;
    option.initFrom(table());
    const auto clipped = [&] {
        QStringList cells;
        for (int row = 0; row < model()->rowCount(); ++row) {
            for (int column = 0; column < model()->accountPlanColumn(); ++column) {
                option.rect = QRect(0, 0, table()->columnWidth(column), 10);
                const int needed =
                    table()->itemDelegate()->sizeHint(option, model()->index(row, column)).height();
                if (needed > table()->rowHeight(row))
                    cells.append(QStringLiteral("%1,%2").arg(row).arg(column));
            }
        }
        return cells;
    };
    // The rows are measured once the columns have their widths, after the first layout.
    EXPECT_TRUE(QTest::qWaitFor([&] { return clipped().isEmpty(); }, 5000))
        << clipped().join(QLatin1Char(' ')).toStdString();
    // The longest role wraps instead of widening its column.
    EXPECT_GT(table()->rowHeight(0), 2 * table()->fontMetrics().height());
}

} // namespace
} // namespace luotsi::gui
