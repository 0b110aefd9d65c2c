// Explanations: one line per group and criterion, marked held or not, with the customer's value
// in the interface locale.

#include "RuleTestSupport.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace luotsi::test {
namespace {

using namespace core::segments;

class RuleExplanationTest : public ::testing::Test
{
protected:
    // The app sets the default locale to its interface language; English gives "50,000".
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(m_previous); }

    RuleEvaluator evaluator{{{QStringLiteral("KP"), 1}}, QDate(2026, 11, 15)};

private:
    QLocale m_previous;
};

TEST_F(RuleExplanationTest, NestedRuleLineByLine)
{
    CustomerFacts facts;
    facts.revenue12m = 12300;
    facts.companies12m = 3;
    const QList<ExplanationLine> lines = evaluator.explain(vipRule(), facts);
    ASSERT_EQ(lines.size(), 7);

    const QList<int> depths = {0, 1, 1, 2, 2, 3, 3};
    const QList<bool> held = {false, true, false, false, false, false, true};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        EXPECT_EQ(lines[i].depth, depths[i]) << i;
        EXPECT_EQ(lines[i].held, held[i]) << lines[i].text.toStdString();
    }
    EXPECT_EQ(lines[0].text, QStringLiteral("All of these hold"));
    // Kind and status read as the user sees them, not as stored.
    EXPECT_EQ(lines[1].text, QStringLiteral("Status is none of Former: Active"));
    EXPECT_EQ(lines[2].text, QStringLiteral("At least one of these holds"));
    EXPECT_EQ(lines[3].text, QStringLiteral("Revenue, last 12 months ≥ 50,000 €: 12,300 €"));
    EXPECT_EQ(lines[4].text, QStringLiteral("All of these hold"));
    EXPECT_EQ(lines[5].text, QStringLiteral("Revenue, last 12 months ≥ 20,000 €: 12,300 €"));
    EXPECT_EQ(lines[6].text, QStringLiteral("Group companies bought from, last 12 months ≥ 3: 3"));
}

TEST_F(RuleExplanationTest, TheTopLineSaysWhetherTheRuleHeld)
{
    CustomerFacts facts;
    facts.revenue12m = 64000.5;
    const QList<ExplanationLine> lines = evaluator.explain(vipRule(), facts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(lines[0].held);
    EXPECT_EQ(lines[0].held, evaluator.holds(vipRule(), facts));
    EXPECT_EQ(lines[3].text, QStringLiteral("Revenue, last 12 months ≥ 50,000 €: 64,000.50 €"));
    EXPECT_TRUE(lines[3].held);
}

TEST_F(RuleExplanationTest, MissingFactsSaySo)
{
    CustomerFacts facts;
    facts.revenue12m = 5000;
    const Rule rule = ruleOf(
        {number(Fact::TrendPercent, Comparison::GreaterOrEqual, 15),
         number(Fact::Potential, Comparison::Missing, 0),
         number(Fact::MonthsSincePurchase, Comparison::Present, 0),
         text(Fact::City, Comparison::OneOf, {QStringLiteral("Turku"), QStringLiteral("Oulu")}),
         text(Fact::Tag, Comparison::Missing, {})},
        Rule::Combine::Any);
    const QList<ExplanationLine> lines = evaluator.explain(rule, facts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_EQ(lines[0].text, QStringLiteral("At least one of these holds"));
    EXPECT_TRUE(lines[0].held);
    EXPECT_EQ(lines[1].text, QStringLiteral("Sales trend, % ≥ 15: missing"));
    EXPECT_FALSE(lines[1].held);
    EXPECT_EQ(lines[2].text, QStringLiteral("Estimated potential is missing: missing"));
    EXPECT_TRUE(lines[2].held);
    EXPECT_EQ(lines[3].text, QStringLiteral("Months since the last purchase is known: missing"));
    EXPECT_FALSE(lines[3].held);
    EXPECT_EQ(lines[4].text, QStringLiteral("City is one of Turku, Oulu: missing"));
    EXPECT_FALSE(lines[4].held);
    EXPECT_EQ(lines[5].text, QStringLiteral("Tag is missing: missing"));
    EXPECT_TRUE(lines[5].held);
}

TEST_F(RuleExplanationTest, ActualValuesAppear)
{
    CustomerFacts facts;
    facts.revenue12m = 12000;
    facts.revenuePrevious12m = 9000; // +33.3 %
    facts.potential = 25000.0;
    facts.lastPurchaseMonth = QDate(2026, 8, 1);
    facts.tags = {QStringLiteral("kumppani"), QStringLiteral("puitesopimus")};
    facts.companyRevenue12m = {{1, 7000}};
    const Rule rule = ruleOf({number(Fact::TrendPercent, Comparison::GreaterOrEqual, 15),
                              number(Fact::Potential, Comparison::Less, 20000),
                              number(Fact::MonthsSincePurchase, Comparison::LessOrEqual, 3),
                              text(Fact::Tag, Comparison::NoneOf, {QStringLiteral("Kumppani")}),
                              companyRevenue(QStringLiteral("KP"), Comparison::Greater, 5000)});
    const QList<ExplanationLine> lines = evaluator.explain(rule, facts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_FALSE(lines[0].held);
    EXPECT_EQ(lines[1].text, QStringLiteral("Sales trend, % ≥ 15: 33.3"));
    EXPECT_TRUE(lines[1].held);
    EXPECT_EQ(lines[2].text, QStringLiteral("Estimated potential < 20,000 €: 25,000 €"));
    EXPECT_FALSE(lines[2].held);
    EXPECT_EQ(lines[3].text, QStringLiteral("Months since the last purchase ≤ 3: 3"));
    EXPECT_TRUE(lines[3].held);
    EXPECT_EQ(lines[4].text, QStringLiteral("Tag is none of Kumppani: kumppani, puitesopimus"));
    EXPECT_FALSE(lines[4].held);
    EXPECT_EQ(lines[5].text, QStringLiteral("Revenue from KP, last 12 months > 5,000 €: 7,000 €"));
    EXPECT_TRUE(lines[5].held);
}

TEST_F(RuleExplanationTest, UnknownCompanyCode)
{
    const QList<ExplanationLine> lines = evaluator.explain(
        ruleOf({companyRevenue(QStringLiteral("XX"), Comparison::Equal, 0)}), CustomerFacts{});
    ASSERT_EQ(lines.size(), 2);
    EXPECT_FALSE(lines[0].held);
    EXPECT_FALSE(lines[1].held);
    EXPECT_EQ(lines[1].text,
              QStringLiteral("Revenue from XX, last 12 months = 0 €: no group company has the "
                             "code XX"));
}

TEST_F(RuleExplanationTest, EmptyRuleHoldsForEveryone)
{
    const QList<ExplanationLine> lines = evaluator.explain(Rule{}, CustomerFacts{});
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].text, QStringLiteral("No conditions: every customer"));
    EXPECT_EQ(lines[0].depth, 0);
    EXPECT_TRUE(lines[0].held);
}

TEST_F(RuleExplanationTest, FinnishNumbers)
{
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    CustomerFacts facts;
    facts.revenue12m = 12300.25;
    const QList<ExplanationLine> lines = evaluator.explain(
        ruleOf({number(Fact::Revenue12m, Comparison::GreaterOrEqual, 50000)}), facts);
    ASSERT_EQ(lines.size(), 2);
    // Finnish groups thousands with a (no-break) space and writes decimals with a comma.
    const QString group = QLocale().groupSeparator();
    EXPECT_EQ(lines[1].text, QStringLiteral("Revenue, last 12 months ≥ 50") + group +
                                 QStringLiteral("000 €: 12") + group + QStringLiteral("300,25 €"));
}

} // namespace
} // namespace luotsi::test
