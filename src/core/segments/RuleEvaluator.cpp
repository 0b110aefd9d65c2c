#include "RuleEvaluator.h"

#include "Segment.h"
#include "core/register/RegisterVocabulary.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace luotsi::core::segments {

namespace {

// User-visible texts of explanations, in the "RuleEvaluator" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(RuleEvaluator)
};

// Sums of euros with cents are not exact in binary: 0.1 + 0.2 must equal 0.3.
bool nearlyEqual(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

bool compareNumbers(double actual, Comparison comparison, double target)
{
    switch (comparison) {
    case Comparison::Equal:
        return nearlyEqual(actual, target);
    case Comparison::NotEqual:
        return !nearlyEqual(actual, target);
    case Comparison::Less:
        return actual < target && !nearlyEqual(actual, target);
    case Comparison::LessOrEqual:
        return actual < target || nearlyEqual(actual, target);
    case Comparison::Greater:
        return actual > target && !nearlyEqual(actual, target);
    case Comparison::GreaterOrEqual:
        return actual > target || nearlyEqual(actual, target);
    default:
        return false; // lists do not apply to numbers
    }
}

// The stored code of an enumeration value, built once: holds() runs a million times a run and
// must not build strings.
template<typename Enum> const QString& codeOf(Enum value)
{
    static const QList<QString> codes = [] {
        QList<QString> list;
        for (Enum each : vocabulary::allValues<Enum>()) {
            const auto index = static_cast<qsizetype>(each);
            if (list.size() <= index)
                list.resize(index + 1);
            list[index] = vocabulary::code(each);
        }
        return list;
    }();
    static const QString none;
    const auto index = static_cast<qsizetype>(value);
    return index >= 0 && index < codes.size() ? codes.at(index) : none;
}

bool sameText(QStringView a, QStringView b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool isOneOf(QStringView actual, const QStringList& values)
{
    return std::any_of(values.cbegin(), values.cend(),
                       [actual](const QString& value) { return sameText(actual, value); });
}

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

// A numeric fact as read for a criterion.
enum class Reading
{
    Value,
    Missing,
    UnknownCompany
};

Reading readNumber(const Criterion& criterion, const CustomerFacts& facts,
                   const QHash<QString, qint64>& companyIds, const QDate& asOf, double& value)
{
    const auto fromOptional = [&value](const auto& optional) {
        if (!optional)
            return Reading::Missing;
        value = *optional;
        return Reading::Value;
    };
    switch (criterion.fact) {
    case Fact::Revenue12m:
        value = facts.revenue12m;
        return Reading::Value;
    case Fact::CompanyRevenue12m: {
        const auto found = companyIds.constFind(criterion.company);
        if (found == companyIds.cend())
            return Reading::UnknownCompany;
        value = facts.companyRevenue(found.value());
        return Reading::Value;
    }
    case Fact::Orders12m:
        value = facts.orders12m;
        return Reading::Value;
    case Fact::Companies12m:
        value = facts.companies12m;
        return Reading::Value;
    case Fact::MonthsSincePurchase:
        return fromOptional(facts.monthsSincePurchase(asOf));
    case Fact::TrendPercent:
        return fromOptional(facts.trendPercent());
    case Fact::Potential:
        return fromOptional(facts.potential);
    default:
        return Reading::Missing;
    }
}

// The customer's value of a text fact other than tags.
QStringView textFact(Fact fact, const CustomerFacts& facts)
{
    switch (fact) {
    case Fact::Kind:
        return codeOf(facts.kind);
    case Fact::Status:
        return codeOf(facts.status);
    case Fact::Owner:
        return facts.ownerLogin;
    case Fact::City:
        return facts.city;
    default:
        return {};
    }
}

bool tagsHold(const Criterion& criterion, const QStringList& tags)
{
    const bool none =
        std::all_of(tags.cbegin(), tags.cend(), [](const QString& tag) { return isBlank(tag); });
    const auto anyListed = [&] {
        return std::any_of(tags.cbegin(), tags.cend(), [&criterion](const QString& tag) {
            return !isBlank(tag) && isOneOf(tag, criterion.values);
        });
    };
    switch (criterion.comparison) {
    case Comparison::Missing:
        return none;
    case Comparison::Present:
        return !none;
    case Comparison::Equal:
    case Comparison::OneOf:
        return anyListed();
    case Comparison::NotEqual:
    case Comparison::NoneOf:
        return !anyListed();
    default:
        return false;
    }
}

bool textHolds(const Criterion& criterion, QStringView actual)
{
    switch (criterion.comparison) {
    case Comparison::Missing:
        return isBlank(actual);
    case Comparison::Present:
        return !isBlank(actual);
    case Comparison::Equal:
    case Comparison::OneOf:
        return isOneOf(actual, criterion.values);
    case Comparison::NotEqual:
    case Comparison::NoneOf:
        return !isOneOf(actual, criterion.values);
    default:
        return false; // orderings do not apply to text
    }
}

bool isMoney(Fact fact)
{
    return fact == Fact::Revenue12m || fact == Fact::CompanyRevenue12m || fact == Fact::Potential;
}

QString formatNumber(Fact fact, double value)
{
    // Whole numbers without decimals ("50 000 €"); a trend to one decimal, euros to cents.
    const bool whole = nearlyEqual(value, std::round(value));
    const int decimals = whole ? 0 : (fact == Fact::TrendPercent ? 1 : 2);
    const QString number = QLocale().toString(value, 'f', decimals);
    return isMoney(fact) ? Texts::tr("%1 €").arg(number) : number;
}

QString missingText()
{
    return Texts::tr("missing");
}

} // namespace

RuleEvaluator::RuleEvaluator(QHash<QString, qint64> companyIds, const QDate& asOf)
    : m_companyIds(std::move(companyIds))
    , m_asOf(asOf)
{}

bool RuleEvaluator::holds(const Rule& rule, const CustomerFacts& facts) const
{
    // An empty group holds: All over nothing is true, and Any over nothing is the catch-all.
    if (rule.isEmpty())
        return true;
    const bool all = rule.combine == Rule::Combine::All;
    for (const Criterion& criterion : rule.criteria) {
        if (criterionHolds(criterion, facts) != all)
            return !all;
    }
    for (const Rule& group : rule.groups) {
        if (holds(group, facts) != all)
            return !all;
    }
    return all;
}

bool RuleEvaluator::criterionHolds(const Criterion& criterion, const CustomerFacts& facts) const
{
    if (isNumericFact(criterion.fact)) {
        double value = 0;
        switch (readNumber(criterion, facts, m_companyIds, m_asOf, value)) {
        case Reading::UnknownCompany:
            return false;
        case Reading::Missing:
            return criterion.comparison == Comparison::Missing;
        case Reading::Value:
            if (criterion.comparison == Comparison::Present)
                return true;
            return compareNumbers(value, criterion.comparison, criterion.value);
        }
        return false;
    }
    if (criterion.fact == Fact::Tag)
        return tagsHold(criterion, facts.tags);
    return textHolds(criterion, textFact(criterion.fact, facts));
}

QList<ExplanationLine> RuleEvaluator::explain(const Rule& rule, const CustomerFacts& facts) const
{
    QList<ExplanationLine> lines;
    explainGroup(rule, 0, facts, lines);
    return lines;
}

void RuleEvaluator::explainGroup(const Rule& rule, int depth, const CustomerFacts& facts,
                                 QList<ExplanationLine>& lines) const
{
    if (rule.isEmpty()) {
        lines.append({depth, Texts::tr("No conditions: every customer"), true});
        return;
    }
    lines.append({depth,
                  rule.combine == Rule::Combine::All ? Texts::tr("All of these hold")
                                                     : Texts::tr("At least one of these holds"),
                  holds(rule, facts)});
    for (const Criterion& criterion : rule.criteria)
        lines.append({depth + 1, describe(criterion, facts), criterionHolds(criterion, facts)});
    for (const Rule& group : rule.groups)
        explainGroup(group, depth + 1, facts, lines);
}

namespace {

// Kind and status read as the user sees them ("entinen"), not as stored ("former").
QString displayValue(Fact fact, const QString& code)
{
    if (fact == Fact::Kind) {
        if (const auto kind = vocabulary::fromCode<CustomerKind>(code.trimmed()))
            return vocabulary::displayName(*kind);
    } else if (fact == Fact::Status) {
        if (const auto status = vocabulary::fromCode<CustomerStatus>(code.trimmed()))
            return vocabulary::displayName(*status);
    }
    return code.trimmed();
}

QString displayValues(Fact fact, const QStringList& codes)
{
    QStringList shown;
    for (const QString& code : codes)
        shown.append(displayValue(fact, code));
    return shown.join(QStringLiteral(", "));
}

} // namespace

QString RuleEvaluator::describe(const Criterion& criterion, const CustomerFacts& facts) const
{
    const QString fact = criterion.fact == Fact::CompanyRevenue12m
                             ? Texts::tr("Revenue from %1, last 12 months").arg(criterion.company)
                             : factTitle(criterion.fact);
    const bool presence =
        criterion.comparison == Comparison::Missing || criterion.comparison == Comparison::Present;

    QString condition;
    QString actual;
    if (isNumericFact(criterion.fact)) {
        if (!presence)
            condition = formatNumber(criterion.fact, criterion.value);
        double value = 0;
        switch (readNumber(criterion, facts, m_companyIds, m_asOf, value)) {
        case Reading::UnknownCompany:
            actual = Texts::tr("no group company has the code %1").arg(criterion.company);
            break;
        case Reading::Missing:
            actual = missingText();
            break;
        case Reading::Value:
            actual = formatNumber(criterion.fact, value);
            break;
        }
    } else {
        if (!presence)
            condition = displayValues(criterion.fact, criterion.values);
        QStringList values;
        if (criterion.fact == Fact::Tag) {
            for (const QString& tag : facts.tags) {
                if (!isBlank(tag))
                    values.append(tag.trimmed());
            }
        } else if (const QStringView text = textFact(criterion.fact, facts); !isBlank(text)) {
            values.append(text.trimmed().toString());
        }
        actual = values.isEmpty() ? missingText() : displayValues(criterion.fact, values);
    }
    QString test = fact + u' ' + comparisonTitle(criterion.comparison);
    if (!condition.isEmpty())
        test += u' ' + condition;
    return Texts::tr("%1: %2").arg(test, actual);
}

qint64 RuleEvaluator::firstMatch(const QList<Segment>& segmentsByPriority,
                                 const CustomerFacts& facts) const
{
    for (const Segment& segment : segmentsByPriority) {
        if (segment.active && holds(segment.rule, facts))
            return segment.id;
    }
    return 0;
}

} // namespace luotsi::core::segments
