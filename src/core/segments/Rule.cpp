// STUB: to be replaced by the rules helper.
#include "Rule.h"

namespace luotsi::core::segments {

QString factCode(Fact)
{
    return {};
}
std::optional<Fact> factFromCode(const QString&)
{
    return std::nullopt;
}
QString comparisonCode(Comparison)
{
    return {};
}
std::optional<Comparison> comparisonFromCode(const QString&)
{
    return std::nullopt;
}
bool isNumericFact(Fact)
{
    return true;
}
QString factTitle(Fact)
{
    return {};
}
QString comparisonTitle(Comparison)
{
    return {};
}
QJsonObject toJson(const Rule&)
{
    return {};
}
RuleParse ruleFromJson(const QString&)
{
    return {};
}
QString ruleToJsonText(const Rule&)
{
    return {};
}

} // namespace luotsi::core::segments
