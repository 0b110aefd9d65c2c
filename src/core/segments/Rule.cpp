#include "Rule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <array>

namespace luotsi::core::segments {

namespace {

// User-visible texts of rules, in the "SegmentRule" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRule)
};

struct FactWord
{
    Fact fact;
    const char16_t* code;
    const char* title;
    bool numeric;
};

// One table, so that codes, titles and kinds cannot drift apart.
constexpr std::array factWords{
    FactWord{Fact::Revenue12m, u"revenue_12m",
             QT_TRANSLATE_NOOP("SegmentRule", "Revenue, last 12 months"), true},
    FactWord{Fact::CompanyRevenue12m, u"company_revenue_12m",
             QT_TRANSLATE_NOOP("SegmentRule", "Revenue from a group company, last 12 months"),
             true},
    FactWord{Fact::Orders12m, u"orders_12m",
             QT_TRANSLATE_NOOP("SegmentRule", "Orders, last 12 months"), true},
    FactWord{Fact::Companies12m, u"companies_12m",
             QT_TRANSLATE_NOOP("SegmentRule", "Group companies bought from, last 12 months"), true},
    FactWord{Fact::MonthsSincePurchase, u"months_since_purchase",
             QT_TRANSLATE_NOOP("SegmentRule", "Months since the last purchase"), true},
    FactWord{Fact::TrendPercent, u"trend_pct", QT_TRANSLATE_NOOP("SegmentRule", "Sales trend, %"),
             true},
    FactWord{Fact::Potential, u"potential", QT_TRANSLATE_NOOP("SegmentRule", "Estimated potential"),
             true},
    FactWord{Fact::Kind, u"kind", QT_TRANSLATE_NOOP("SegmentRule", "Customer kind"), false},
    FactWord{Fact::Status, u"status", QT_TRANSLATE_NOOP("SegmentRule", "Status"), false},
    FactWord{Fact::Owner, u"owner", QT_TRANSLATE_NOOP("SegmentRule", "Account manager"), false},
    FactWord{Fact::Tag, u"tag", QT_TRANSLATE_NOOP("SegmentRule", "Tag"), false},
    FactWord{Fact::City, u"city", QT_TRANSLATE_NOOP("SegmentRule", "City"), false},
};

struct ComparisonWord
{
    Comparison comparison;
    const char16_t* code;
    const char* title;
};

constexpr std::array comparisonWords{
    ComparisonWord{Comparison::Equal, u"=", QT_TRANSLATE_NOOP("SegmentRule", "=")},
    ComparisonWord{Comparison::NotEqual, u"!=", QT_TRANSLATE_NOOP("SegmentRule", "≠")},
    ComparisonWord{Comparison::Less, u"<", QT_TRANSLATE_NOOP("SegmentRule", "<")},
    ComparisonWord{Comparison::LessOrEqual, u"<=", QT_TRANSLATE_NOOP("SegmentRule", "≤")},
    ComparisonWord{Comparison::Greater, u">", QT_TRANSLATE_NOOP("SegmentRule", ">")},
    ComparisonWord{Comparison::GreaterOrEqual, u">=", QT_TRANSLATE_NOOP("SegmentRule", "≥")},
    ComparisonWord{Comparison::OneOf, u"in", QT_TRANSLATE_NOOP("SegmentRule", "is one of")},
    ComparisonWord{Comparison::NoneOf, u"not_in", QT_TRANSLATE_NOOP("SegmentRule", "is none of")},
    ComparisonWord{Comparison::Missing, u"missing", QT_TRANSLATE_NOOP("SegmentRule", "is missing")},
    ComparisonWord{Comparison::Present, u"present", QT_TRANSLATE_NOOP("SegmentRule", "is known")},
};

const FactWord& wordOf(Fact fact)
{
    for (const FactWord& word : factWords) {
        if (word.fact == fact)
            return word;
    }
    return factWords.front();
}

const ComparisonWord& wordOf(Comparison comparison)
{
    for (const ComparisonWord& word : comparisonWords) {
        if (word.comparison == comparison)
            return word;
    }
    return comparisonWords.front();
}

bool isPresenceTest(Comparison comparison)
{
    return comparison == Comparison::Missing || comparison == Comparison::Present;
}

bool isListComparison(Comparison comparison)
{
    return comparison == Comparison::OneOf || comparison == Comparison::NoneOf;
}

QString textOf(const char16_t* code)
{
    return QString::fromUtf16(code);
}

const QString combineKey = QStringLiteral("combine");
const QString criteriaKey = QStringLiteral("criteria");
const QString groupsKey = QStringLiteral("groups");
const QString factKey = QStringLiteral("fact");
const QString opKey = QStringLiteral("op");
const QString valueKey = QStringLiteral("value");
const QString valuesKey = QStringLiteral("values");
const QString companyKey = QStringLiteral("company");

QJsonObject criterionToJson(const Criterion& criterion)
{
    QJsonObject object;
    object.insert(factKey, factCode(criterion.fact));
    object.insert(opKey, comparisonCode(criterion.comparison));
    if (criterion.fact == Fact::CompanyRevenue12m)
        object.insert(companyKey, criterion.company);
    if (isPresenceTest(criterion.comparison))
        return object;
    if (isNumericFact(criterion.fact))
        object.insert(valueKey, criterion.value);
    else
        object.insert(valuesKey, QJsonArray::fromStringList(criterion.values));
    return object;
}

// Reads one criterion; where names it ("criterion 2", "group 1, criterion 3") in errors.
QString readCriterion(const QJsonValue& value, const QString& where, Criterion& criterion)
{
    if (!value.isObject())
        return Texts::tr("%1: not an object").arg(where);
    const QJsonObject object = value.toObject();
    const QString factText = object.value(factKey).toString();
    const auto fact = factFromCode(factText);
    if (!fact)
        return Texts::tr("%1: unknown fact '%2'").arg(where, factText);
    criterion.fact = *fact;
    const QString opText = object.value(opKey).toString();
    const auto comparison = comparisonFromCode(opText);
    if (!comparison)
        return Texts::tr("%1: unknown comparison '%2'").arg(where, opText);
    criterion.comparison = *comparison;

    if (*fact == Fact::CompanyRevenue12m) {
        criterion.company = object.value(companyKey).toString().trimmed();
        if (criterion.company.isEmpty())
            return Texts::tr("%1: no group company given").arg(where);
    }
    if (isPresenceTest(*comparison))
        return {};
    if (isNumericFact(*fact)) {
        if (isListComparison(*comparison))
            return Texts::tr("%1: '%2' does not apply to a number").arg(where, opText);
        const QJsonValue number = object.value(valueKey);
        if (!number.isDouble())
            return Texts::tr("%1: the value must be a number").arg(where);
        criterion.value = number.toDouble();
        return {};
    }
    if (!isListComparison(*comparison) && *comparison != Comparison::Equal &&
        *comparison != Comparison::NotEqual)
        return Texts::tr("%1: '%2' does not apply to text").arg(where, opText);
    const QJsonValue list = object.value(valuesKey);
    if (list.isArray()) {
        for (const QJsonValue& item : list.toArray()) {
            if (!item.isString())
                return Texts::tr("%1: the values must be text").arg(where);
            if (const QString text = item.toString().trimmed(); !text.isEmpty())
                criterion.values.append(text);
        }
    } else if (const QJsonValue single = object.value(valueKey); single.isString()) {
        // A hand-written rule may give one text as "value".
        if (const QString text = single.toString().trimmed(); !text.isEmpty())
            criterion.values.append(text);
    }
    if (criterion.values.isEmpty())
        return Texts::tr("%1: no values given").arg(where);
    return {};
}

// Reads a group and its nested groups; prefix names the group in errors ("" for the rule).
QString readGroup(const QJsonObject& object, const QString& prefix, Rule& rule)
{
    // Children are named after their group ("group 1, criterion 2"); the group's own
    // problems follow its name ("group 1: ...").
    const auto named = [&prefix](const QString& part) {
        return prefix.isEmpty() ? part : prefix + QStringLiteral(", ") + part;
    };
    const auto located = [&prefix](const QString& message) {
        return prefix.isEmpty() ? message : Texts::tr("%1: %2").arg(prefix, message);
    };
    const QJsonValue combine = object.value(combineKey);
    if (combine.isUndefined() || combine.toString() == QLatin1String("all"))
        rule.combine = Rule::Combine::All;
    else if (combine.toString() == QLatin1String("any"))
        rule.combine = Rule::Combine::Any;
    else
        return located(Texts::tr("unknown combination '%1' (all or any)").arg(combine.toString()));

    const QJsonValue criteria = object.value(criteriaKey);
    if (!criteria.isUndefined() && !criteria.isArray())
        return located(Texts::tr("the criteria must be a list"));
    const QJsonArray criteriaList = criteria.toArray();
    for (qsizetype i = 0; i < criteriaList.size(); ++i) {
        Criterion criterion;
        const QString where = named(Texts::tr("criterion %1").arg(i + 1));
        if (QString error = readCriterion(criteriaList.at(i), where, criterion); !error.isEmpty())
            return error;
        rule.criteria.append(std::move(criterion));
    }

    const QJsonValue groups = object.value(groupsKey);
    if (!groups.isUndefined() && !groups.isArray())
        return located(Texts::tr("the groups must be a list"));
    const QJsonArray groupList = groups.toArray();
    for (qsizetype i = 0; i < groupList.size(); ++i) {
        const QString where = named(Texts::tr("group %1").arg(i + 1));
        if (!groupList.at(i).isObject())
            return Texts::tr("%1: not an object").arg(where);
        Rule group;
        if (QString error = readGroup(groupList.at(i).toObject(), where, group); !error.isEmpty())
            return error;
        rule.groups.append(std::move(group));
    }
    return {};
}

} // namespace

QString factCode(Fact fact)
{
    return textOf(wordOf(fact).code);
}

std::optional<Fact> factFromCode(const QString& code)
{
    for (const FactWord& word : factWords) {
        if (code == QStringView(word.code))
            return word.fact;
    }
    return std::nullopt;
}

QString comparisonCode(Comparison comparison)
{
    return textOf(wordOf(comparison).code);
}

std::optional<Comparison> comparisonFromCode(const QString& code)
{
    for (const ComparisonWord& word : comparisonWords) {
        if (code == QStringView(word.code))
            return word.comparison;
    }
    return std::nullopt;
}

bool isNumericFact(Fact fact)
{
    return wordOf(fact).numeric;
}

QString factTitle(Fact fact)
{
    return Texts::tr(wordOf(fact).title);
}

QString comparisonTitle(Comparison comparison)
{
    return Texts::tr(wordOf(comparison).title);
}

QJsonObject toJson(const Rule& rule)
{
    QJsonObject object;
    object.insert(combineKey, rule.combine == Rule::Combine::Any ? QStringLiteral("any")
                                                                 : QStringLiteral("all"));
    QJsonArray criteria;
    for (const Criterion& criterion : rule.criteria)
        criteria.append(criterionToJson(criterion));
    object.insert(criteriaKey, criteria);
    // Like the seeded rules: "groups" only when there are any.
    if (!rule.groups.isEmpty()) {
        QJsonArray groups;
        for (const Rule& group : rule.groups)
            groups.append(toJson(group));
        object.insert(groupsKey, groups);
    }
    return object;
}

RuleParse ruleFromJson(const QString& text)
{
    RuleParse parse;
    if (text.trimmed().isEmpty())
        return parse;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        parse.error = Texts::tr("not readable as JSON at character %1: %2")
                          .arg(jsonError.offset)
                          .arg(jsonError.errorString());
        return parse;
    }
    if (!document.isObject()) {
        parse.error = Texts::tr("a rule must be a JSON object");
        return parse;
    }
    parse.error = readGroup(document.object(), {}, parse.rule);
    if (!parse.error.isEmpty())
        parse.rule = {};
    return parse;
}

QString ruleToJsonText(const Rule& rule)
{
    if (rule.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(toJson(rule)).toJson(QJsonDocument::Compact));
}

QString ruleProblem(const Rule& rule)
{
    return ruleFromJson(ruleToJsonText(rule)).error;
}

} // namespace luotsi::core::segments
