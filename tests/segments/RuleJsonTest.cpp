// Rules as JSON: the codes, round trips, and errors that name what is wrong and where.

#include "RuleTestSupport.h"

#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

namespace luotsi::test {
namespace {

using namespace core::segments;

const QList<Fact> allFacts = {Fact::Revenue12m,
                              Fact::CompanyRevenue12m,
                              Fact::Orders12m,
                              Fact::Companies12m,
                              Fact::MonthsSincePurchase,
                              Fact::TrendPercent,
                              Fact::Potential,
                              Fact::Kind,
                              Fact::Status,
                              Fact::Owner,
                              Fact::Tag,
                              Fact::City};
const QList<Comparison> allComparisons = {
    Comparison::Equal,   Comparison::NotEqual,       Comparison::Less,  Comparison::LessOrEqual,
    Comparison::Greater, Comparison::GreaterOrEqual, Comparison::OneOf, Comparison::NoneOf,
    Comparison::Missing, Comparison::Present};

QString errorOf(const char* json)
{
    return ruleFromJson(QString::fromUtf8(json)).error;
}

TEST(RuleJson, EveryFactAndComparisonHasItsOwnCodeAndTitle)
{
    QSet<QString> codes;
    QSet<QString> titles;
    for (Fact fact : allFacts) {
        const QString code = factCode(fact);
        EXPECT_EQ(factFromCode(code), fact) << code.toStdString();
        codes.insert(code);
        titles.insert(factTitle(fact));
    }
    EXPECT_EQ(codes.size(), allFacts.size());
    EXPECT_EQ(titles.size(), allFacts.size());
    EXPECT_EQ(factCode(Fact::CompanyRevenue12m), QStringLiteral("company_revenue_12m"));
    EXPECT_EQ(factCode(Fact::TrendPercent), QStringLiteral("trend_pct"));
    EXPECT_EQ(factTitle(Fact::Revenue12m), QStringLiteral("Revenue, last 12 months"));
    EXPECT_FALSE(factFromCode(QStringLiteral("Revenue_12m")));

    QSet<QString> comparisonCodes;
    for (Comparison comparison : allComparisons) {
        const QString code = comparisonCode(comparison);
        EXPECT_EQ(comparisonFromCode(code), comparison) << code.toStdString();
        comparisonCodes.insert(code);
        EXPECT_FALSE(comparisonTitle(comparison).isEmpty());
    }
    EXPECT_EQ(comparisonCodes.size(), allComparisons.size());
    EXPECT_EQ(comparisonCode(Comparison::NoneOf), QStringLiteral("not_in"));
    EXPECT_EQ(comparisonTitle(Comparison::GreaterOrEqual), QStringLiteral("≥"));
    EXPECT_FALSE(comparisonFromCode(QStringLiteral("=>")));
}

TEST(RuleJson, NumericFactsAreTheSalesFacts)
{
    for (Fact fact : allFacts) {
        const bool expected = fact != Fact::Kind && fact != Fact::Status && fact != Fact::Owner &&
                              fact != Fact::Tag && fact != Fact::City;
        EXPECT_EQ(isNumericFact(fact), expected) << factCode(fact).toStdString();
    }
}

TEST(RuleJson, NestedGroupsSurviveARoundTrip)
{
    Rule rule;
    rule.criteria = {text(Fact::Status, Comparison::NoneOf, {QStringLiteral("former")}),
                     number(Fact::Potential, Comparison::Present, 0)};
    Rule any;
    any.combine = Rule::Combine::Any;
    Criterion company = number(Fact::CompanyRevenue12m, Comparison::Greater, 1234.5);
    company.company = QStringLiteral("KP");
    any.criteria = {company, text(Fact::Tag, Comparison::OneOf,
                                  {QStringLiteral("kumppani"), QStringLiteral("puitesopimus")})};
    Rule inner;
    inner.criteria = {number(Fact::MonthsSincePurchase, Comparison::LessOrEqual, 3),
                      text(Fact::City, Comparison::Equal, {QStringLiteral("Helsinki")})};
    Rule emptyGroup;
    emptyGroup.combine = Rule::Combine::Any;
    any.groups = {inner, emptyGroup};
    rule.groups = {any};

    const QString json = ruleToJsonText(rule);
    const RuleParse parse = ruleFromJson(json);
    EXPECT_TRUE(parse.error.isEmpty()) << parse.error.toStdString();
    EXPECT_EQ(parse.rule, rule) << json.toStdString();
    EXPECT_EQ(ruleToJsonText(parse.rule), json);
    EXPECT_TRUE(ruleProblem(rule).isEmpty());
    // The compact text is one line that QJsonDocument reads as the same object.
    EXPECT_FALSE(json.contains(u'\n'));
    EXPECT_EQ(QJsonDocument::fromJson(json.toUtf8()).object(), toJson(rule));
}

TEST(RuleJson, WritesTheSeededFormat)
{
    Rule rule;
    rule.criteria = {number(Fact::Revenue12m, Comparison::GreaterOrEqual, 5000),
                     number(Fact::Orders12m, Comparison::GreaterOrEqual, 6)};
    EXPECT_EQ(ruleToJsonText(rule),
              QStringLiteral("{\"combine\":\"all\",\"criteria\":[{\"fact\":\"revenue_12m\","
                             "\"op\":\">=\",\"value\":5000},{\"fact\":\"orders_12m\",\"op\":"
                             "\">=\",\"value\":6}]}"));
}

TEST(RuleJson, TheEmptyRuleIsEmptyText)
{
    EXPECT_EQ(ruleToJsonText(Rule{}), QString());
    for (const char* empty : {"", "   ", "{}", "{\"combine\":\"any\"}"}) {
        const RuleParse parse = ruleFromJson(QString::fromUtf8(empty));
        EXPECT_TRUE(parse.error.isEmpty()) << empty;
        EXPECT_TRUE(parse.rule.isEmpty()) << empty;
    }
}

TEST(RuleJson, TextFactsAcceptOneValueAndTrimValues)
{
    const RuleParse parse =
        ruleFromJson(QStringLiteral("{\"criteria\":[{\"fact\":\"city\",\"op\":\"=\",\"value\":"
                                    "\" Turku \"},{\"fact\":\"tag\",\"op\":\"in\",\"values\":"
                                    "[\"a \",\"\",\" b\"]}]}"));
    ASSERT_TRUE(parse.error.isEmpty()) << parse.error.toStdString();
    ASSERT_EQ(parse.rule.criteria.size(), 2);
    EXPECT_EQ(parse.rule.criteria[0].values, QStringList{QStringLiteral("Turku")});
    EXPECT_EQ(parse.rule.criteria[1].values,
              (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

TEST(RuleJson, BrokenRulesSayWhatAndWhere)
{
    EXPECT_TRUE(errorOf("{\"criteria\":[").contains(QStringLiteral("JSON")));
    EXPECT_EQ(errorOf("[1, 2]"), QStringLiteral("a rule must be a JSON object"));
    EXPECT_EQ(errorOf("{\"combine\":\"maybe\"}"),
              QStringLiteral("unknown combination 'maybe' (all or any)"));
    EXPECT_EQ(errorOf("{\"criteria\":{}}"), QStringLiteral("the criteria must be a list"));
    EXPECT_EQ(errorOf("{\"criteria\":[{\"fact\":\"revenue_12m\",\"op\":\">\",\"value\":1},"
                      "{\"fact\":\"x\",\"op\":\">\",\"value\":1}]}"),
              QStringLiteral("criterion 2: unknown fact 'x'"));
    EXPECT_EQ(errorOf("{\"groups\":[{\"criteria\":[{\"fact\":\"orders_12m\",\"op\":\"~\","
                      "\"value\":1}]}]}"),
              QStringLiteral("group 1, criterion 1: unknown comparison '~'"));
    EXPECT_EQ(errorOf("{\"groups\":[{},{\"groups\":[{\"combine\":\"x\"}]}]}"),
              QStringLiteral("group 2, group 1: unknown combination 'x' (all or any)"));
    EXPECT_EQ(errorOf("{\"groups\":[3]}"), QStringLiteral("group 1: not an object"));
    EXPECT_EQ(errorOf("{\"criteria\":[\"revenue\"]}"),
              QStringLiteral("criterion 1: not an object"));
    EXPECT_EQ(errorOf("{\"criteria\":[{\"fact\":\"revenue_12m\",\"op\":\">=\",\"value\":\"5\"}]}"),
              QStringLiteral("criterion 1: the value must be a number"));
    EXPECT_EQ(errorOf("{\"criteria\":[{\"fact\":\"potential\",\"op\":\"in\",\"values\":[\"1\"]}]}"),
              QStringLiteral("criterion 1: 'in' does not apply to a number"));
    EXPECT_EQ(errorOf("{\"criteria\":[{\"fact\":\"city\",\"op\":\"<\",\"values\":[\"a\"]}]}"),
              QStringLiteral("criterion 1: '<' does not apply to text"));
    EXPECT_EQ(errorOf("{\"criteria\":[{\"fact\":\"status\",\"op\":\"in\",\"values\":[]}]}"),
              QStringLiteral("criterion 1: no values given"));
    EXPECT_EQ(errorOf("{\"criteria\":[{\"fact\":\"tag\",\"op\":\"in\",\"values\":[1]}]}"),
              QStringLiteral("criterion 1: the values must be text"));
    EXPECT_EQ(errorOf("{\"criteria\":[{\"fact\":\"company_revenue_12m\",\"op\":\">\","
                      "\"value\":0}]}"),
              QStringLiteral("criterion 1: no group company given"));
    // A broken rule never comes back half read.
    EXPECT_TRUE(ruleFromJson(QStringLiteral("{\"criteria\":[{\"fact\":\"revenue_12m\",\"op\":"
                                            "\">\",\"value\":1},{\"fact\":\"x\"}]}"))
                    .rule.isEmpty());
}

TEST(RuleJson, RuleProblemFindsWhatCannotBeStored)
{
    Rule rule;
    rule.criteria = {number(Fact::Revenue12m, Comparison::Greater, 0)};
    Rule group;
    group.criteria = {text(Fact::Owner, Comparison::OneOf, {})};
    rule.groups = {group};
    EXPECT_EQ(ruleProblem(rule), QStringLiteral("group 1, criterion 1: no values given"));

    Rule company;
    company.criteria = {number(Fact::CompanyRevenue12m, Comparison::Greater, 0)};
    EXPECT_EQ(ruleProblem(company), QStringLiteral("criterion 1: no group company given"));

    Rule ordering;
    ordering.criteria = {text(Fact::Kind, Comparison::Less, {QStringLiteral("company")})};
    EXPECT_FALSE(ruleProblem(ordering).isEmpty());
}

} // namespace
} // namespace luotsi::test
