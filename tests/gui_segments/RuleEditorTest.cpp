// The rule editor on its own, on the offscreen platform: the comparisons and value editors each
// fact gets, a nested rule built with the widgets, a rule loaded and read back unchanged, and
// conditions removed.

#include "segments/RuleEditor.h"
#include "segments/RuleEditorCheckList.h"
#include "segments/RuleEditorCriterionRow.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace luotsi::gui {
namespace {

using namespace luotsi::core::segments;

RuleEditorChoices choices()
{
    RuleEditorChoices choices;
    choices.companies = {{QStringLiteral("KP"), QStringLiteral("KP — Kirjapaino Oy")},
                         {QStringLiteral("ST"), QStringLiteral("ST — Sähkötalo Oy")}};
    choices.owners = {{QStringLiteral("mmyyja"), QStringLiteral("Maija Myyjä (mmyyja)")},
                      {QStringLiteral("tester"), QStringLiteral("Testi Testaaja (tester)")}};
    return choices;
}

void chooseData(QComboBox* combo, int data)
{
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << "no item with data " << data;
    combo->setCurrentIndex(index);
}

void chooseData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << "no item with data " << data.toStdString();
    combo->setCurrentIndex(index);
}

// Replaces a spin box's number by typing, as a user would.
void typeNumber(QDoubleSpinBox* spin, const QString& digits)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, digits);
    spin->interpretText();
}

QList<Comparison> offered(RuleEditorCriterionRow* row)
{
    QList<Comparison> comparisons;
    for (int i = 0; i < row->comparisonComboBox()->count(); ++i)
        comparisons.append(Comparison(row->comparisonComboBox()->itemData(i).toInt()));
    return comparisons;
}

Criterion criterion(Fact fact, Comparison comparison, double value = 0, QStringList values = {},
                    QString company = {})
{
    Criterion c;
    c.fact = fact;
    c.comparison = comparison;
    c.value = value;
    c.values = std::move(values);
    c.company = std::move(company);
    return c;
}

class RuleEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_editor.setChoices(choices());
        m_editor.setRule(Rule{});
        m_editor.resize(900, 500);
        m_editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_editor));
    }

    QList<QTreeWidgetItem*> criterionItems()
    {
        QList<QTreeWidgetItem*> items;
        for (QTreeWidgetItemIterator it(m_editor.tree()); *it; ++it) {
            if ((*it)->type() == RuleEditor::CriterionItem)
                items.append(*it);
        }
        return items;
    }

    RuleEditor m_editor;
};

TEST_F(RuleEditorTest, OffersTheComparisonsAndValueEditorThatFitEachFact)
{
    RuleEditorCriterionRow* row = m_editor.addCondition();
    ASSERT_NE(row, nullptr);
    const QList<Comparison> numeric{Comparison::GreaterOrEqual, Comparison::Greater,
                                    Comparison::LessOrEqual,    Comparison::Less,
                                    Comparison::Equal,          Comparison::NotEqual,
                                    Comparison::Missing,        Comparison::Present};
    const QList<Comparison> text{Comparison::OneOf, Comparison::NoneOf, Comparison::Missing,
                                 Comparison::Present};
    for (const Fact fact :
         {Fact::Revenue12m, Fact::CompanyRevenue12m, Fact::Orders12m, Fact::Companies12m,
          Fact::MonthsSincePurchase, Fact::TrendPercent, Fact::Potential}) {
        chooseData(row->factComboBox(), int(fact));
        EXPECT_EQ(offered(row), numeric) << factCode(fact).toStdString();
        EXPECT_TRUE(row->valueSpinBox()->isVisibleTo(row)) << factCode(fact).toStdString();
        EXPECT_FALSE(row->checkList()->isVisibleTo(row));
        EXPECT_FALSE(row->textLineEdit()->isVisibleTo(row));
        EXPECT_EQ(row->companyComboBox()->isVisibleTo(row), fact == Fact::CompanyRevenue12m);
    }
    for (const Fact fact : {Fact::Kind, Fact::Status, Fact::Owner, Fact::Tag, Fact::City}) {
        chooseData(row->factComboBox(), int(fact));
        EXPECT_EQ(offered(row), text) << factCode(fact).toStdString();
        EXPECT_FALSE(row->valueSpinBox()->isVisibleTo(row));
        const bool listed = fact == Fact::Kind || fact == Fact::Status || fact == Fact::Owner;
        EXPECT_EQ(row->checkList()->isVisibleTo(row), listed) << factCode(fact).toStdString();
        EXPECT_EQ(row->textLineEdit()->isVisibleTo(row), !listed);
    }

    // The units follow the fact.
    chooseData(row->factComboBox(), int(Fact::Revenue12m));
    EXPECT_TRUE(row->valueSpinBox()->suffix().contains(QStringLiteral("€")));
    chooseData(row->factComboBox(), int(Fact::TrendPercent));
    EXPECT_TRUE(row->valueSpinBox()->suffix().contains(QLatin1Char('%')));
    EXPECT_LT(row->valueSpinBox()->minimum(), 0); // sales can fall
    chooseData(row->factComboBox(), int(Fact::Orders12m));
    EXPECT_EQ(row->valueSpinBox()->decimals(), 0);

    // A presence test needs no value.
    chooseData(row->factComboBox(), int(Fact::Potential));
    chooseData(row->comparisonComboBox(), int(Comparison::Missing));
    EXPECT_FALSE(row->valueSpinBox()->isVisibleTo(row));
    EXPECT_EQ(row->criterion(), criterion(Fact::Potential, Comparison::Missing));

    // Kinds are offered with their stored codes; a status list does not inherit them.
    chooseData(row->factComboBox(), int(Fact::Kind));
    EXPECT_EQ(row->criterion(), criterion(Fact::Kind, Comparison::Missing)); // still applies
    chooseData(row->comparisonComboBox(), int(Comparison::OneOf));
    const QList<QAction*> kinds = row->checkList()->menu()->actions();
    ASSERT_EQ(kinds.size(), 6);
    EXPECT_EQ(kinds.front()->data().toString(), QStringLiteral("company"));
    kinds.back()->trigger();
    EXPECT_EQ(row->criterion().values, QStringList{kinds.back()->data().toString()});
    chooseData(row->factComboBox(), int(Fact::Status));
    EXPECT_EQ(row->checkList()->menu()->actions().size(), 3);
    EXPECT_TRUE(row->criterion().values.isEmpty());
}

TEST_F(RuleEditorTest, BuildsANestedRuleWithTheWidgets)
{
    QSignalSpy changed(&m_editor, &RuleEditor::changed);
    EXPECT_TRUE(m_editor.catchAllLabel()->isVisibleTo(&m_editor));

    QTest::mouseClick(m_editor.addConditionButton(), Qt::LeftButton);
    RuleEditorCriterionRow* revenue = m_editor.criterionRow(criterionItems().value(0));
    ASSERT_NE(revenue, nullptr);
    EXPECT_FALSE(m_editor.catchAllLabel()->isVisibleTo(&m_editor));
    chooseData(revenue->factComboBox(), int(Fact::Revenue12m));
    chooseData(revenue->comparisonComboBox(), int(Comparison::GreaterOrEqual));
    typeNumber(revenue->valueSpinBox(), QStringLiteral("25000"));

    QTest::mouseClick(m_editor.addConditionButton(), Qt::LeftButton);
    RuleEditorCriterionRow* owner = m_editor.criterionRow(criterionItems().value(1));
    ASSERT_NE(owner, nullptr);
    chooseData(owner->factComboBox(), int(Fact::Owner));
    chooseData(owner->comparisonComboBox(), int(Comparison::NoneOf));
    owner->checkList()->setCodeChecked(QStringLiteral("tester"), true);

    // A group under the rule, holding when any of its conditions does.
    m_editor.tree()->setCurrentItem(m_editor.rootItem());
    QTest::mouseClick(m_editor.addGroupButton(), Qt::LeftButton);
    QTreeWidgetItem* group = m_editor.rootItem()->child(2);
    ASSERT_NE(group, nullptr);
    ASSERT_EQ(group->type(), RuleEditor::GroupItem);
    m_editor.combineComboBox(group)->setCurrentIndex(int(Rule::Combine::Any));
    RuleEditorCriterionRow* city = m_editor.criterionRow(group->child(0));
    ASSERT_NE(city, nullptr);
    chooseData(city->factComboBox(), int(Fact::City));
    QTest::keyClicks(city->textLineEdit(), QStringLiteral("Turku, Tampere ,"));
    // The group's condition is selected: the next one goes into the group too.
    QTest::mouseClick(m_editor.addConditionButton(), Qt::LeftButton);
    RuleEditorCriterionRow* company = m_editor.criterionRow(group->child(1));
    ASSERT_NE(company, nullptr);
    chooseData(company->factComboBox(), int(Fact::CompanyRevenue12m));
    chooseData(company->companyComboBox(), QStringLiteral("ST"));
    chooseData(company->comparisonComboBox(), int(Comparison::Greater));
    typeNumber(company->valueSpinBox(), QStringLiteral("0"));

    Rule inner;
    inner.combine = Rule::Combine::Any;
    inner.criteria = {
        criterion(Fact::City, Comparison::OneOf, 0,
                  {QStringLiteral("Turku"), QStringLiteral("Tampere")}),
        criterion(Fact::CompanyRevenue12m, Comparison::Greater, 0, {}, QStringLiteral("ST"))};
    Rule expected;
    expected.criteria = {criterion(Fact::Revenue12m, Comparison::GreaterOrEqual, 25000),
                         criterion(Fact::Owner, Comparison::NoneOf, 0, {QStringLiteral("tester")})};
    expected.groups = {inner};
    EXPECT_EQ(m_editor.rule(), expected);
    EXPECT_FALSE(changed.isEmpty());
}

TEST_F(RuleEditorTest, ReadsALoadedRuleBackUnchanged)
{
    Rule nested;
    nested.combine = Rule::Combine::All;
    nested.criteria = {criterion(Fact::Tag, Comparison::OneOf, 0, {QStringLiteral("kumppani")}),
                       criterion(Fact::MonthsSincePurchase, Comparison::LessOrEqual, 6)};
    Rule group;
    group.combine = Rule::Combine::Any;
    group.criteria = {criterion(Fact::TrendPercent, Comparison::GreaterOrEqual, -12.5)};
    group.groups = {nested};
    Rule rule;
    rule.combine = Rule::Combine::Any;
    rule.criteria = {// A login and a company no longer in the register are kept, not dropped.
                     criterion(Fact::Owner, Comparison::OneOf, 0,
                               {QStringLiteral("mmyyja"), QStringLiteral("former.user")}),
                     criterion(Fact::CompanyRevenue12m, Comparison::GreaterOrEqual, 1000, {},
                               QStringLiteral("OLD")),
                     // Hand-written JSON may compare a text with "=".
                     criterion(Fact::City, Comparison::Equal, 0, {QStringLiteral("Oulu")}),
                     criterion(Fact::Status, Comparison::NoneOf, 0, {QStringLiteral("former")}),
                     criterion(Fact::Potential, Comparison::Present)};
    rule.groups = {group};

    m_editor.setRule(rule);
    EXPECT_EQ(m_editor.rule(), rule);
    EXPECT_FALSE(m_editor.catchAllLabel()->isVisibleTo(&m_editor));
    // The rule, its five conditions, the group with its one, the nested group with its two.
    int items = 0;
    for (QTreeWidgetItemIterator it(m_editor.tree()); *it; ++it)
        ++items;
    EXPECT_EQ(items, 1 + 5 + 1 + 1 + 1 + 2);
}

TEST_F(RuleEditorTest, RemovesConditionsAndDropsGroupsLeftEmpty)
{
    Rule group;
    group.combine = Rule::Combine::Any;
    group.criteria = {criterion(Fact::Orders12m, Comparison::GreaterOrEqual, 6)};
    Rule rule;
    rule.criteria = {criterion(Fact::Revenue12m, Comparison::Greater, 0),
                     criterion(Fact::Kind, Comparison::OneOf, 0, {QStringLiteral("parish")}),
                     criterion(Fact::Potential, Comparison::GreaterOrEqual, 5000)};
    rule.groups = {group};
    m_editor.setRule(rule);

    // The rule itself cannot be removed.
    m_editor.tree()->setCurrentItem(m_editor.rootItem());
    EXPECT_FALSE(m_editor.removeButton()->isEnabled());

    // Using a row's combo selects that row, so Remove knows what to remove.
    RuleEditorCriterionRow* potential = m_editor.criterionRow(criterionItems().at(2));
    QTest::mouseClick(potential->valueSpinBox(), Qt::LeftButton);
    EXPECT_EQ(m_editor.tree()->currentItem(), criterionItems().at(2));
    ASSERT_TRUE(m_editor.removeButton()->isEnabled());
    QTest::mouseClick(m_editor.removeButton(), Qt::LeftButton);

    Rule expected = rule;
    expected.criteria.removeAt(2);
    EXPECT_EQ(m_editor.rule(), expected);

    // The group's last condition gone, the group means nothing and is left out.
    m_editor.tree()->setCurrentItem(m_editor.rootItem()->child(2)->child(0));
    QTest::mouseClick(m_editor.removeButton(), Qt::LeftButton);
    expected.groups.clear();
    EXPECT_EQ(m_editor.rule(), expected);

    for (int i = 0; i < 2; ++i) {
        m_editor.tree()->setCurrentItem(m_editor.rootItem()->child(0));
        QTest::mouseClick(m_editor.removeButton(), Qt::LeftButton);
    }
    EXPECT_TRUE(m_editor.rule().isEmpty());
    EXPECT_TRUE(m_editor.catchAllLabel()->isVisibleTo(&m_editor));
}

} // namespace
} // namespace luotsi::gui
