#include "RuleEditorCriterionRow.h"

#include "RuleEditorCheckList.h"
#include "core/register/RegisterVocabulary.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>

#include <algorithm>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

const QList<Fact>& allFacts()
{
    static const QList<Fact> facts{Fact::Revenue12m,
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
    return facts;
}

// Kinds, statuses and owners are chosen from a list; tags and cities are typed.
bool isListFact(Fact fact)
{
    return fact == Fact::Kind || fact == Fact::Status || fact == Fact::Owner;
}

bool testsPresence(Comparison comparison)
{
    return comparison == Comparison::Missing || comparison == Comparison::Present;
}

template<typename Enum> QList<std::pair<QString, QString>> vocabularyChoices()
{
    QList<std::pair<QString, QString>> choices;
    for (const Enum value : vocabulary::allValues<Enum>())
        choices.append({vocabulary::code(value), vocabulary::displayName(value)});
    return choices;
}

QStringList splitValues(const QString& text)
{
    QStringList values;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString value = part.trimmed();
        if (!value.isEmpty() && !values.contains(value, Qt::CaseInsensitive))
            values.append(value);
    }
    return values;
}

} // namespace

RuleEditorCriterionRow::RuleEditorCriterionRow(const RuleEditorChoices& choices, QWidget* parent)
    : QWidget(parent)
    , m_choices(choices)
{
    m_fact = new QComboBox(this);
    m_fact->setObjectName(QStringLiteral("factComboBox"));
    for (const Fact fact : allFacts()) {
        const QString title = factTitle(fact);
        m_fact->addItem(title.isEmpty() ? factCode(fact) : title, int(fact));
    }
    m_comparison = new QComboBox(this);
    m_comparison->setObjectName(QStringLiteral("comparisonComboBox"));
    m_company = new QComboBox(this);
    m_company->setObjectName(QStringLiteral("companyComboBox"));
    m_company->setToolTip(tr("The group company whose sales count"));
    for (const auto& [code, title] : m_choices.companies)
        m_company->addItem(title, code);
    m_value = new QDoubleSpinBox(this);
    m_value->setObjectName(QStringLiteral("valueSpinBox"));
    m_value->setGroupSeparatorShown(true);
    m_value->setAlignment(Qt::AlignRight);
    m_value->setMinimumWidth(
        m_value->fontMetrics().horizontalAdvance(QStringLiteral("000 000 000,00 €")) + 32);
    m_checkList = new RuleEditorCheckList(this);
    m_checkList->setObjectName(QStringLiteral("valuesCheckList"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("valuesLineEdit"));
    m_text->setClearButtonEnabled(true);
    for (QWidget* values : {static_cast<QWidget*>(m_checkList), static_cast<QWidget*>(m_text)})
        values->setMaximumWidth(values->fontMetrics().averageCharWidth() * 60);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_fact);
    layout->addWidget(m_comparison);
    layout->addWidget(m_company);
    layout->addWidget(m_value);
    layout->addWidget(m_checkList, 1);
    layout->addWidget(m_text, 1);
    // A number needs little room: the rest of the row stays empty rather than stretch it.
    layout->addStretch(0);

    connect(m_fact, &QComboBox::currentIndexChanged, this, [this] {
        applyFact(fact());
        emit changed();
    });
    connect(m_comparison, &QComboBox::currentIndexChanged, this, [this] {
        updateValueEditors();
        emit changed();
    });
    connect(m_company, &QComboBox::currentIndexChanged, this, &RuleEditorCriterionRow::changed);
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &RuleEditorCriterionRow::changed);
    connect(m_checkList, &RuleEditorCheckList::changed, this, &RuleEditorCriterionRow::changed);
    connect(m_text, &QLineEdit::textChanged, this, &RuleEditorCriterionRow::changed);

    setCriterion(Criterion{});
}

QList<Comparison> RuleEditorCriterionRow::comparisonsFor(Fact fact)
{
    if (isNumericFact(fact)) {
        return {Comparison::GreaterOrEqual, Comparison::Greater, Comparison::LessOrEqual,
                Comparison::Less,           Comparison::Equal,   Comparison::NotEqual,
                Comparison::Missing,        Comparison::Present};
    }
    return {Comparison::OneOf, Comparison::NoneOf, Comparison::Missing, Comparison::Present};
}

void RuleEditorCriterionRow::setCriterion(const Criterion& criterion)
{
    {
        const QSignalBlocker blocker(this);
        m_fact->blockSignals(true);
        m_fact->setCurrentIndex(int(allFacts().indexOf(criterion.fact)));
        m_fact->blockSignals(false);
        applyFact(criterion.fact);
        fillComparisons(criterion.fact, criterion.comparison, true);
        if (criterion.fact == Fact::CompanyRevenue12m && !criterion.company.isEmpty()) {
            int index = m_company->findData(criterion.company);
            if (index < 0) {
                // A company no longer in the register: keep it rather than change the rule.
                m_company->addItem(criterion.company, criterion.company);
                index = m_company->count() - 1;
            }
            m_company->setCurrentIndex(index);
        }
        m_value->setValue(criterion.value);
        if (isListFact(criterion.fact))
            m_checkList->setCheckedCodes(criterion.values);
        else
            m_text->setText(criterion.values.join(QStringLiteral(", ")));
        updateValueEditors();
    }
}

Criterion RuleEditorCriterionRow::criterion() const
{
    Criterion criterion;
    criterion.fact = fact();
    criterion.comparison = comparison();
    if (criterion.fact == Fact::CompanyRevenue12m)
        criterion.company = m_company->currentData().toString();
    if (testsPresence(criterion.comparison))
        return criterion;
    if (isNumericFact(criterion.fact))
        criterion.value = m_value->value();
    else if (isListFact(criterion.fact))
        criterion.values = m_checkList->checkedCodes();
    else
        criterion.values = splitValues(m_text->text());
    return criterion;
}

Fact RuleEditorCriterionRow::fact() const
{
    return Fact(m_fact->currentData().toInt());
}

Comparison RuleEditorCriterionRow::comparison() const
{
    const QVariant data = m_comparison->currentData();
    return data.isValid() ? Comparison(data.toInt()) : Comparison::GreaterOrEqual;
}

void RuleEditorCriterionRow::applyFact(Fact fact)
{
    fillComparisons(fact, comparison(), false);
    configureNumber(fact);
    // Values of one list mean nothing in another (a kind is not a status).
    m_checkList->setCheckedCodes({});
    if (fact == Fact::Kind)
        m_checkList->setChoices(vocabularyChoices<CustomerKind>());
    else if (fact == Fact::Status)
        m_checkList->setChoices(vocabularyChoices<CustomerStatus>());
    else if (fact == Fact::Owner)
        m_checkList->setChoices(m_choices.owners);
    m_text->clear();
    m_text->setPlaceholderText(fact == Fact::Tag ? tr("Tags separated by commas")
                                                 : tr("Cities separated by commas"));
    updateValueEditors();
}

void RuleEditorCriterionRow::fillComparisons(Fact fact, Comparison wanted, bool keepWanted)
{
    const QSignalBlocker blocker(m_comparison);
    const QList<Comparison> offered = comparisonsFor(fact);
    m_comparison->clear();
    for (const Comparison comparison : offered) {
        const QString title = comparisonTitle(comparison);
        m_comparison->addItem(title.isEmpty() ? comparisonCode(comparison) : title,
                              int(comparison));
    }
    if (keepWanted && !offered.contains(wanted)) {
        // A hand-written rule may say "city = Turku": keep it rather than change it on load.
        const QString title = comparisonTitle(wanted);
        m_comparison->addItem(title.isEmpty() ? comparisonCode(wanted) : title, int(wanted));
    }
    m_comparison->setCurrentIndex(std::max(0, m_comparison->findData(int(wanted))));
}

void RuleEditorCriterionRow::configureNumber(Fact fact)
{
    const QSignalBlocker blocker(m_value);
    constexpr double big = 1e12;
    switch (fact) {
    case Fact::Revenue12m:
    case Fact::CompanyRevenue12m:
    case Fact::Potential:
        // Credit notes can make a year's revenue negative.
        m_value->setRange(-big, big);
        m_value->setDecimals(2);
        m_value->setSuffix(tr(" €"));
        break;
    case Fact::TrendPercent:
        m_value->setRange(-big, big);
        m_value->setDecimals(1);
        m_value->setSuffix(tr(" %"));
        break;
    case Fact::Orders12m:
        m_value->setRange(0, big);
        m_value->setDecimals(0);
        m_value->setSuffix(tr(" orders"));
        break;
    case Fact::Companies12m:
        m_value->setRange(0, 1000);
        m_value->setDecimals(0);
        m_value->setSuffix(tr(" companies"));
        break;
    case Fact::MonthsSincePurchase:
        m_value->setRange(0, 1200);
        m_value->setDecimals(0);
        m_value->setSuffix(tr(" months"));
        break;
    default:
        m_value->setRange(-big, big);
        m_value->setDecimals(2);
        m_value->setSuffix({});
        break;
    }
}

void RuleEditorCriterionRow::updateValueEditors()
{
    const Fact current = fact();
    const bool presence = testsPresence(comparison());
    const bool numeric = isNumericFact(current);
    m_company->setVisible(current == Fact::CompanyRevenue12m);
    m_value->setVisible(!presence && numeric);
    m_checkList->setVisible(!presence && !numeric && isListFact(current));
    m_text->setVisible(!presence && !numeric && !isListFact(current));
}

} // namespace luotsi::gui
