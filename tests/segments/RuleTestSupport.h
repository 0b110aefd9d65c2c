#pragma once

// Small builders for the rule suites: criteria, rules and the seeded VIP rule, built in code so
// that a suite does not depend on the JSON reader it may be testing.

#include "core/segments/CustomerFacts.h"
#include "core/segments/Rule.h"
#include "core/segments/RuleEvaluator.h"
#include "support/StorageTestSupport.h"

namespace luotsi::test {

inline core::segments::Criterion number(core::segments::Fact fact,
                                        core::segments::Comparison comparison, double value)
{
    core::segments::Criterion c;
    c.fact = fact;
    c.comparison = comparison;
    c.value = value;
    return c;
}

inline core::segments::Criterion
text(core::segments::Fact fact, core::segments::Comparison comparison, const QStringList& values)
{
    core::segments::Criterion c;
    c.fact = fact;
    c.comparison = comparison;
    c.values = values;
    return c;
}

inline core::segments::Criterion companyRevenue(const QString& company,
                                                core::segments::Comparison comparison, double value)
{
    core::segments::Criterion c =
        number(core::segments::Fact::CompanyRevenue12m, comparison, value);
    c.company = company;
    return c;
}

inline core::segments::Rule
ruleOf(const QList<core::segments::Criterion>& criteria,
       core::segments::Rule::Combine combine = core::segments::Rule::Combine::All)
{
    core::segments::Rule rule;
    rule.combine = combine;
    rule.criteria = criteria;
    return rule;
}

// migrations/0006_segments.sql's VIP: not former, and 50 000 € or (20 000 € and 3 companies).
inline core::segments::Rule vipRule()
{
    using namespace core::segments;
    Rule rule = ruleOf({text(Fact::Status, Comparison::NoneOf, {QStringLiteral("former")})});
    Rule any =
        ruleOf({number(Fact::Revenue12m, Comparison::GreaterOrEqual, 50000)}, Rule::Combine::Any);
    any.groups = {ruleOf({number(Fact::Revenue12m, Comparison::GreaterOrEqual, 20000),
                          number(Fact::Companies12m, Comparison::GreaterOrEqual, 3)})};
    rule.groups = {any};
    return rule;
}

} // namespace luotsi::test
