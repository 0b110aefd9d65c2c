#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace luotsi::core::segments {

// What a criterion looks at: a derived sales fact or a customer field (CustomerFacts).
enum class Fact
{
    Revenue12m,        // euros over the last 12 months, all group companies
    CompanyRevenue12m, // euros over the last 12 months from one group company (Criterion::company)
    Orders12m,         // orders over the last 12 months
    Companies12m,      // group companies the customer bought from in the last 12 months
    MonthsSincePurchase, // whole months since the last month with a purchase; missing: never bought
    TrendPercent, // last 12 months against the 12 before, %; missing: nothing the year before
    Potential,    // estimated potential, euros a year; missing: not estimated
    Kind,         // customer kind code ("company", "person", ...)
    Status,       // "prospect", "active", "former"
    Owner,        // account manager's login
    Tag,          // the customer's tags
    City          // city of the main address
};

enum class Comparison
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    OneOf,  // text facts: the value is one of values (case-insensitive); tags: has any of them
    NoneOf, // text facts: the value is none of values; tags: has none of them
    Missing,
    Present
};

// One condition. Numeric facts compare with value; text facts (kind, status, owner, tag, city)
// use OneOf / NoneOf with values. A numeric comparison on a missing fact does not hold.
struct Criterion
{
    Fact fact = Fact::Revenue12m;
    Comparison comparison = Comparison::GreaterOrEqual;
    double value = 0;
    QStringList values;
    QString company; // group company code, for CompanyRevenue12m

    bool operator==(const Criterion&) const = default;
};

// Criteria and nested groups combined with AND (all) or OR (any). A rule without criteria and
// groups holds for everyone: the catch-all segment at the end of the priority order.
struct Rule
{
    enum class Combine
    {
        All,
        Any
    };
    Combine combine = Combine::All;
    QList<Criterion> criteria;
    QList<Rule> groups;

    bool isEmpty() const { return criteria.isEmpty() && groups.isEmpty(); }
    bool operator==(const Rule&) const = default;
};

// Codes as stored in segments.rule (JSON): {"combine":"all"|"any","criteria":[{"fact":
// "revenue_12m","op":">=","value":50000}, {"fact":"status","op":"not_in","values":["former"]},
// {"fact":"company_revenue_12m","company":"KP","op":">","value":0}],"groups":[...]}.
QString factCode(Fact fact);
std::optional<Fact> factFromCode(const QString& code);
QString comparisonCode(
    Comparison comparison); // "=", "!=", "<", "<=", ">", ">=", "in", "not_in", "missing", "present"
std::optional<Comparison> comparisonFromCode(const QString& code);
bool isNumericFact(Fact fact);
QString factTitle(Fact fact);                   // translated, for the rule editor and explanations
QString comparisonTitle(Comparison comparison); // translated

QJsonObject toJson(const Rule& rule);
// Empty text gives the empty rule; anything unreadable gives an error text naming what.
struct RuleParse
{
    Rule rule;
    QString error;
};
RuleParse ruleFromJson(const QString& text);
QString ruleToJsonText(const Rule& rule); // compact; "" for the empty rule
// What keeps a rule from being stored and read back ("criterion 2: no values given"); "" when
// nothing does. The catalog refuses to save a segment whose rule has a problem.
QString ruleProblem(const Rule& rule);

} // namespace luotsi::core::segments
