#include "SalesFactsPanel.h"

#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "core/segments/SegmentationService.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace luotsi::gui {

using namespace luotsi::core;

namespace {

QString euros(double value)
{
    return QLocale().toString(std::round(value), 'f', 0) + QStringLiteral(" €");
}

// "kumppani, puitesopimus" → the tags, trimmed, without empty or repeated ones.
QStringList parseTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

} // namespace

SalesFactsPanel::SalesFactsPanel(Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("Sales"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("salesFactsPanel"));
    auto label = [this](const char* name) {
        auto* l = new QLabel(this);
        l->setObjectName(QString::fromLatin1(name));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_revenueLabel = label("salesRevenueLabel");
    m_companiesLabel = label("salesCompaniesLabel");
    m_ordersLabel = label("salesOrdersLabel");
    m_lastPurchaseLabel = label("salesLastPurchaseLabel");
    m_trendLabel = label("salesTrendLabel");
    m_errorLabel = label("salesErrorLabel");
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_errorLabel->hide();

    m_potentialSpin = new QDoubleSpinBox(this);
    m_potentialSpin->setObjectName(QStringLiteral("potentialSpinBox"));
    m_potentialSpin->setRange(0, 1e10);
    m_potentialSpin->setDecimals(0);
    m_potentialSpin->setSingleStep(1000);
    m_potentialSpin->setGroupSeparatorShown(true);
    m_potentialSpin->setSuffix(QStringLiteral(" €"));
    // Zero is "no estimate": a rule on the potential then treats it as missing.
    m_potentialSpin->setSpecialValueText(tr("not estimated"));
    m_potentialSpin->setToolTip(tr("What this customer could buy from the group in a year"));
    m_tagsEdit = new QLineEdit(this);
    m_tagsEdit->setObjectName(QStringLiteral("tagsLineEdit"));
    m_tagsEdit->setPlaceholderText(tr("Comma-separated, e.g. partner, framework agreement"));
    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveSalesButton"));
    m_saveButton->setToolTip(tr("Save the potential and the tags"));

    auto* form = new QFormLayout;
    form->addRow(tr("Revenue, last 12 months:"), m_revenueLabel);
    form->addRow(tr("By group company:"), m_companiesLabel);
    form->addRow(tr("Orders, last 12 months:"), m_ordersLabel);
    form->addRow(tr("Last purchase:"), m_lastPurchaseLabel);
    form->addRow(tr("Trend:"), m_trendLabel);
    form->addRow(tr("Estimated &potential:"), m_potentialSpin);
    form->addRow(tr("&Tags:"), m_tagsEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_errorLabel);

    connect(m_potentialSpin, &QDoubleSpinBox::valueChanged, this,
            &SalesFactsPanel::updateSaveButton);
    connect(m_tagsEdit, &QLineEdit::textChanged, this, &SalesFactsPanel::updateSaveButton);
    connect(m_tagsEdit, &QLineEdit::returnPressed, this, &SalesFactsPanel::save);
    connect(m_saveButton, &QPushButton::clicked, this, &SalesFactsPanel::save);
    load(0);
}

void SalesFactsPanel::load(qint64 customerId)
{
    m_customerId = customerId;
    m_errorLabel->hide();
    setEnabled(customerId != 0);
    segments::CustomerFacts facts;
    if (customerId != 0) {
        auto read = m_workspace.segmentation().facts(customerId);
        if (!read)
            showError(read.error().text());
        else
            facts = *read;
    }
    const QLocale locale;
    m_revenueLabel->setText(euros(facts.revenue12m));
    QHash<qint64, QString> companyNames;
    if (const auto companies = m_workspace.customers().groupCompanies()) {
        for (const GroupCompany& company : *companies)
            companyNames.insert(company.id, company.name);
    }
    auto byRevenue = facts.companyRevenue12m;
    std::sort(byRevenue.begin(), byRevenue.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList companies;
    for (const auto& [companyId, revenue] : byRevenue)
        companies.append(tr("%1: %2").arg(companyNames.value(companyId, QString::number(companyId)),
                                          euros(revenue)));
    m_companiesLabel->setText(companies.isEmpty()
                                  ? tr("none")
                                  : tr("%n group company(s)", nullptr, facts.companies12m) +
                                        QLatin1Char('\n') + companies.join(QLatin1Char('\n')));
    m_ordersLabel->setText(locale.toString(facts.orders12m));
    m_lastPurchaseLabel->setText(
        facts.lastPurchaseMonth.isValid()
            ? tr("%1 %2")
                  .arg(locale.standaloneMonthName(facts.lastPurchaseMonth.month()))
                  .arg(facts.lastPurchaseMonth.year())
            : tr("never"));
    if (const auto trend = facts.trendPercent()) {
        m_trendLabel->setText(tr("%1 % against the 12 months before")
                                  .arg((*trend > 0 ? QStringLiteral("+") : QString()) +
                                       locale.toString(*trend, 'f', 0)));
    } else {
        m_trendLabel->setText(tr("no sales in the 12 months before"));
    }

    m_potential = facts.potential;
    m_tags = facts.tags;
    {
        const QSignalBlocker blockSpin(m_potentialSpin);
        const QSignalBlocker blockTags(m_tagsEdit);
        m_potentialSpin->setValue(facts.potential.value_or(0));
        m_tagsEdit->setText(facts.tags.join(QStringLiteral(", ")));
    }
    updateSaveButton();
}

void SalesFactsPanel::updateSaveButton()
{
    const std::optional<double> potential = m_potentialSpin->value() > 0
                                                ? std::optional<double>(m_potentialSpin->value())
                                                : std::nullopt;
    const bool changed = potential != m_potential || parseTags(m_tagsEdit->text()) != m_tags;
    m_saveButton->setEnabled(m_customerId != 0 && changed);
}

void SalesFactsPanel::save()
{
    if (m_customerId == 0)
        return;
    segments::SegmentationService& service = m_workspace.segmentation();
    const std::optional<double> potential = m_potentialSpin->value() > 0
                                                ? std::optional<double>(m_potentialSpin->value())
                                                : std::nullopt;
    const QStringList tags = parseTags(m_tagsEdit->text());
    // Each a transaction of its own; the one that fails says so and keeps what the user typed.
    if (potential != m_potential) {
        if (const auto status = service.setPotential(m_customerId, potential); !status) {
            showError(tr("The potential was not saved: %1").arg(status.error().text()));
            return;
        }
        m_potential = potential;
    }
    if (tags != m_tags) {
        if (const auto status = service.setTags(m_customerId, tags); !status) {
            showError(tr("The tags were not saved: %1").arg(status.error().text()));
            return;
        }
        m_tags = tags;
    }
    m_errorLabel->hide();
    updateSaveButton();
}

void SalesFactsPanel::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

} // namespace luotsi::gui
