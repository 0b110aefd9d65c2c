// The customer card's segment section and the list's segment filter, as a user meets them: a run
// through the service places customers, the card tells why and how to serve them, a manual
// segment goes through the dialog, the potential is saved, and the list filters by segment.

#include "card/SegmentSection.h"
#include "card/CustomerCard.h"
#include "card/SegmentOverrideDialog.h"
#include "core/Settings.h"
#include "core/register/CustomerService.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/SalesFactRepository.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "customers/RegisterModule.h"
#include "shell/ModuleRegistry.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>

namespace luotsi::gui {
namespace {

using namespace luotsi::core;
using namespace luotsi::core::segments;

// The value of a result, or a test failure and a default value.
template<typename T> T valueOf(const Result<T>& result)
{
    if (!result) {
        ADD_FAILURE() << result.error().text().toStdString();
        return T{};
    }
    return result.value();
}

class SegmentSectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        registerRegisterModule(m_registry);
        storage::DirectoryRepository directory(workspace().database());
        auto first =
            directory.addGroupCompany({0, QStringLiteral("A"), QStringLiteral("Alfa Oy"), {}});
        auto second =
            directory.addGroupCompany({0, QStringLiteral("B"), QStringLiteral("Beta Oy"), {}});
        ASSERT_TRUE(first && second);
        m_companies = {first->id, second->id};

        // A big buyer (VIP by the default rules) and a prospect without sales (Hanki).
        m_big = addCustomer(QStringLiteral("Suurostaja Oy"), CustomerStatus::Active);
        m_prospect = addCustomer(QStringLiteral("Prospekti Oy"), CustomerStatus::Prospect);
        const QDate month(QDate::currentDate().year(), QDate::currentDate().month(), 1);
        storage::SalesFactRepository sales(workspace().database());
        ASSERT_TRUE(sales.upsert({{m_big, m_companies.at(0), month, 45000, 5},
                                  {m_big, m_companies.at(1), month.addMonths(-2), 15000, 3}},
                                 0));

        // Placed through the service, as the segments module's run does.
        auto run = segmentation().preview(primaryId(), RunKind::Run, QDate::currentDate());
        if (!run)
            GTEST_SKIP() << "segmentation runs are not there yet: "
                         << run.error().text().toStdString();
        m_runId = run->id;
        auto applied = segmentation().apply(m_runId);
        ASSERT_TRUE(applied) << applied.error().text().toStdString();
        // Added after the run: no segment yet.
        m_newcomer = addCustomer(QStringLiteral("Uusi Asiakas Oy"), CustomerStatus::Active);

        m_page = std::make_unique<CustomersPage>(workspace(), m_settings, m_registry);
        m_page->resize(1200, 800);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    }

    Workspace& workspace() { return m_register.workspace(); }
    SegmentationService& segmentation() { return workspace().segmentation(); }
    SegmentCatalog& catalog() { return workspace().segmentCatalog(); }
    qint64 primaryId() { return valueOf(catalog().primarySegmentation()).id; }

    qint64 addCustomer(const QString& name, CustomerStatus status)
    {
        Customer c;
        c.name = name;
        c.status = status;
        const auto created = workspace().customers().create(c);
        EXPECT_TRUE(created) << created.error().text().toStdString();
        return created ? created->id : 0;
    }

    SegmentSection* openSection(qint64 customerId)
    {
        m_page->openCustomer(customerId);
        CustomerCard* card = m_page->currentCard();
        EXPECT_NE(card, nullptr);
        if (!card)
            return nullptr;
        auto* section = card->findChild<SegmentSection*>();
        card->findChild<QTabWidget*>(QStringLiteral("cardSectionsTabWidget"))
            ->setCurrentWidget(section);
        return section;
    }

    template<typename T> static T* child(QWidget* parent, const char* name)
    {
        auto* found = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    test::TemporaryRegister m_register;
    QTemporaryDir m_settingsDir;
    Settings m_settings{m_settingsDir.filePath(QStringLiteral("settings.ini"))};
    ModuleRegistry m_registry;
    std::unique_ptr<CustomersPage> m_page;
    QList<qint64> m_companies;
    qint64 m_big = 0;
    qint64 m_prospect = 0;
    qint64 m_newcomer = 0;
    qint64 m_runId = 0;
};

} // namespace

TEST_F(SegmentSectionTest, ShowsTheSegmentWhyHowToServeAndTheHistory)
{
    const Segment vip = valueOf(catalog().segment(1));
    ASSERT_EQ(valueOf(segmentation().segmentOf(m_big, primaryId())).segmentId, vip.id);
    SegmentSection* section = openSection(m_big);
    ASSERT_NE(section, nullptr);

    EXPECT_TRUE(child<QLabel>(section, "segmentCurrentLabel")->text().contains(vip.name()));
    EXPECT_TRUE(child<QLabel>(section, "segmentReasonLabel")
                    ->text()
                    .startsWith(QStringLiteral("Run %1 on ").arg(m_runId)));
    // The other segmentation has its line: a run of the primary one does not place it.
    EXPECT_TRUE(child<QLabel>(section, "otherSegmentsLabel")
                    ->text()
                    .contains(valueOf(catalog().segmentations()).at(1).name()));

    // The care model: the channels with a role, in the channels' order.
    QStringList expectedChannels;
    const auto cells = valueOf(catalog().careFor(vip.id));
    for (const CareChannel& channel : valueOf(catalog().channels())) {
        for (const CareCell& cell : cells) {
            if (cell.channelId == channel.id && !cell.role.isEmpty())
                expectedChannels.append(channel.name());
        }
    }
    QStringList shownChannels;
    for (const QLabel* label : section->findChildren<QLabel*>(QStringLiteral("careChannelLabel")))
        shownChannels.append(label->text());
    EXPECT_EQ(shownChannels, expectedChannels);
    EXPECT_EQ(expectedChannels.size(), 5);
    EXPECT_EQ(child<QLabel>(section, "accountPlanLabel")->text(),
              QStringLiteral("Account plan required: yes"));

    // Sales: 60 000 € from two companies, the larger first.
    EXPECT_EQ(child<QLabel>(section, "salesRevenueLabel")->text(),
              QLocale().toString(60000) + QStringLiteral(" €"));
    const QString companies = child<QLabel>(section, "salesCompaniesLabel")->text();
    EXPECT_LT(companies.indexOf(QStringLiteral("Alfa Oy")),
              companies.indexOf(QStringLiteral("Beta Oy")));
    EXPECT_EQ(child<QLabel>(section, "salesOrdersLabel")->text(), QStringLiteral("8"));

    auto* history = child<QTreeWidget>(section, "segmentHistoryTreeWidget");
    ASSERT_EQ(history->topLevelItemCount(), 1);
    EXPECT_EQ(history->topLevelItem(0)->text(2), QStringLiteral("no segment → ") + vip.name());
    EXPECT_EQ(history->topLevelItem(0)->text(3), QStringLiteral("Run %1").arg(m_runId));

    // The header names the segment in its colour.
    const QString header =
        m_page->currentCard()->findChild<QLabel*>(QStringLiteral("cardSegmentLabel"))->text();
    EXPECT_TRUE(header.contains(vip.name()) && header.contains(vip.colour)) << header.toStdString();

    // Why: every active segment by priority, VIP the first that holds.
    auto* explain = child<QPushButton>(section, "explainSegmentButton");
    QTest::mouseClick(explain, Qt::LeftButton);
    auto* explanation = child<QTreeWidget>(section, "segmentExplanationTreeWidget");
    ASSERT_TRUE(explanation->isVisible());
    ASSERT_EQ(explanation->topLevelItemCount(),
              valueOf(catalog().segmentsByPriority(primaryId())).size());
    EXPECT_TRUE(
        explanation->topLevelItem(0)->text(0).startsWith(QStringLiteral("✓ ") + vip.name()));
    EXPECT_GT(explanation->topLevelItem(0)->childCount(), 0);
}

TEST_F(SegmentSectionTest, TheDialogSetsAManualSegmentWithReasonAndRemovingItRestoresTheRules)
{
    SegmentSection* section = openSection(m_prospect);
    ASSERT_NE(section, nullptr);
    const qint64 ruled = valueOf(segmentation().segmentOf(m_prospect, primaryId())).segmentId;
    ASSERT_EQ(ruled, 5); // Hanki: no sales
    auto* clear = child<QPushButton>(section, "clearSegmentOverrideButton");
    EXPECT_FALSE(clear->isEnabled());

    QTest::mouseClick(child<QPushButton>(section, "setSegmentButton"), Qt::LeftButton);
    auto* dialog = section->findChild<SegmentOverrideDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* segmentCombo = child<QComboBox>(dialog, "overrideSegmentComboBox");
    EXPECT_EQ(segmentCombo->currentData().toLongLong(), ruled);
    segmentCombo->setCurrentIndex(segmentCombo->findData(3));
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()) << "a reason is required";
    QTest::keyClicks(child<QLineEdit>(dialog, "overrideReasonLineEdit"),
                     QStringLiteral("Strategic partner"));
    EXPECT_TRUE(ok->isEnabled());
    child<QCheckBox>(dialog, "overrideExpiryCheckBox")->setChecked(true);
    const QDate until = QDate::currentDate().addMonths(3);
    child<QDateEdit>(dialog, "overrideExpiryDateEdit")->setDate(until);
    QTest::mouseClick(ok, Qt::LeftButton);

    const CustomerSegment pinned = valueOf(segmentation().segmentOf(m_prospect, primaryId()));
    EXPECT_EQ(pinned.segmentId, 3);
    ASSERT_TRUE(pinned.override.has_value());
    EXPECT_EQ(pinned.override->reason, QStringLiteral("Strategic partner"));
    EXPECT_EQ(pinned.override->expiresOn, until);

    const Segment develop = valueOf(catalog().segment(3));
    EXPECT_TRUE(child<QLabel>(section, "segmentCurrentLabel")->text().contains(develop.name()));
    EXPECT_EQ(child<QLabel>(section, "segmentReasonLabel")->text(),
              QStringLiteral("Set by hand by Testi Testaaja: Strategic partner, until %1")
                  .arg(QLocale().toString(until, QLocale::ShortFormat)));
    auto* history = child<QTreeWidget>(section, "segmentHistoryTreeWidget");
    ASSERT_GE(history->topLevelItemCount(), 2);
    EXPECT_EQ(history->topLevelItem(0)->text(3), QStringLiteral("By hand: Strategic partner"));
    EXPECT_EQ(history->topLevelItem(0)->text(4), QStringLiteral("Testi Testaaja"));
    EXPECT_TRUE(m_page->currentCard()
                    ->findChild<QLabel*>(QStringLiteral("cardSegmentLabel"))
                    ->text()
                    .contains(develop.name()));

    ASSERT_TRUE(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    const CustomerSegment restored = valueOf(segmentation().segmentOf(m_prospect, primaryId()));
    EXPECT_EQ(restored.segmentId, ruled);
    EXPECT_FALSE(restored.override.has_value());
    EXPECT_EQ(history->topLevelItem(0)->text(3), QStringLiteral("Manual segment ended"));
    EXPECT_FALSE(clear->isEnabled());
}

TEST_F(SegmentSectionTest, PotentialAndTagsAreSaved)
{
    SegmentSection* section = openSection(m_big);
    ASSERT_NE(section, nullptr);
    auto* save = child<QPushButton>(section, "saveSalesButton");
    EXPECT_FALSE(save->isEnabled());
    auto* potential = child<QDoubleSpinBox>(section, "potentialSpinBox");
    potential->setFocus();
    potential->selectAll();
    QTest::keyClicks(potential, QStringLiteral("25000"));
    auto* tags = child<QLineEdit>(section, "tagsLineEdit");
    QTest::keyClicks(tags, QStringLiteral("kumppani, puitesopimus,  kumppani"));
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    const CustomerFacts facts = valueOf(segmentation().facts(m_big));
    ASSERT_TRUE(facts.potential.has_value());
    EXPECT_DOUBLE_EQ(*facts.potential, 25000);
    QStringList stored = facts.tags;
    stored.sort();
    EXPECT_EQ(stored, (QStringList{QStringLiteral("kumppani"), QStringLiteral("puitesopimus")}));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(child<QLabel>(section, "salesErrorLabel")->isVisible());
}

TEST_F(SegmentSectionTest, TheListFiltersBySegmentAndShowsItsColour)
{
    m_page->showList();
    CustomerListView* list = m_page->listView();
    CustomerTableModel* model = list->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    auto* combo = child<QComboBox>(list, "segmentFilterComboBox");
    const auto shown = [model] {
        QList<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->customerId(row));
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    ASSERT_EQ(shown().size(), 3);

    combo->setCurrentIndex(combo->findData(1));
    ASSERT_EQ(shown(), QList<qint64>{m_big});
    const Segment vip = valueOf(catalog().segment(1));
    EXPECT_EQ(model->index(0, CustomerTableModel::SegmentColumn).data().toString(), vip.name());
    EXPECT_EQ(model->index(0, CustomerTableModel::SegmentColumn)
                  .data(Qt::DecorationRole)
                  .value<QColor>()
                  .name(),
              vip.colour);

    combo->setCurrentIndex(combo->findData(5));
    EXPECT_EQ(shown(), QList<qint64>{m_prospect});
    combo->setCurrentIndex(combo->findData(CustomerQuery::noSegment));
    EXPECT_EQ(shown(), QList<qint64>{m_newcomer});
    EXPECT_FALSE(
        model->index(0, CustomerTableModel::SegmentColumn).data(Qt::DecorationRole).isValid());

    // A manual segment moves the newcomer out of "no segment" at once.
    SegmentOverride o;
    o.customerId = m_newcomer;
    o.segmentationId = primaryId();
    o.segmentId = 1;
    o.reason = QStringLiteral("Key account");
    ASSERT_TRUE(segmentation().setOverride(o));
    EXPECT_TRUE(shown().isEmpty());
    combo->setCurrentIndex(combo->findData(1));
    EXPECT_EQ(shown(), (QList<qint64>{m_big, m_newcomer}));
    combo->setCurrentIndex(0);
    EXPECT_EQ(shown().size(), 3);
}

TEST_F(SegmentSectionTest, CardSectionEnvironmentOpensTheSegmentTab)
{
    qputenv("LUOTSI_CARD_SECTION", "segment");
    m_page->openCustomer(m_big);
    qunsetenv("LUOTSI_CARD_SECTION");
    CustomerCard* card = m_page->currentCard();
    ASSERT_NE(card, nullptr);
    auto* tabs = card->findChild<QTabWidget*>(QStringLiteral("cardSectionsTabWidget"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->currentWidget(), card->findChild<SegmentSection*>());
    // Right after the basic data.
    EXPECT_EQ(tabs->indexOf(card->findChild<SegmentSection*>()), 1);
}

} // namespace luotsi::gui
