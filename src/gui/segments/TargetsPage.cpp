#include "TargetsPage.h"

#include "SegmentsPageSupport.h"
#include "TargetsModel.h"
#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

constexpr int companyRole = Qt::UserRole;
constexpr int businessAreaRole = Qt::UserRole + 1;

} // namespace

TargetsPage::TargetsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("targetsPage"));
    m_segmentation = new QComboBox(this);
    m_segmentation->setObjectName(QStringLiteral("targetSegmentationComboBox"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("targetPeriodComboBox"));
    m_period->setEditable(true);
    m_period->setInsertPolicy(QComboBox::NoInsert);
    m_period->setMinimumContentsLength(9);
    m_period->setToolTip(tr("A year (2027) or a quarter (2027-Q1)."));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("targetScopeComboBox"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_model = new TargetsModel(workspace.segmentCatalog(), workspace.segmentation(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("targetsTableView"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    // Numbers read best beside their segment's name, not spread over a wide screen.
    m_table->horizontalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("targetStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* bar = new QHBoxLayout;
    const auto addLabelled = [this, bar](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        bar->addWidget(label);
        bar->addWidget(field);
    };
    addLabelled(tr("&Segmentation:"), m_segmentation);
    addLabelled(tr("&Period:"), m_period);
    addLabelled(tr("S&cope:"), m_scope);
    bar->addStretch(1);
    auto* hint = new QLabel(
        tr("Double-click a cell or start typing to set a target; an empty cell removes it."), this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    fillPeriods();
    connect(m_segmentation, &QComboBox::currentIndexChanged, this, &TargetsPage::loadModel);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TargetsPage::loadModel);
    // Every keystroke: a half-typed period shows why it is not one yet and nothing is editable.
    connect(m_period, &QComboBox::currentTextChanged, this, [this] {
        if (m_loaded)
            loadModel();
    });
    connect(m_model, &TargetsModel::saveFailed, this,
            [this](const QString& message) { showMessage(message, true); });
    connect(m_model, &TargetsModel::saved, this, [this] { showMessage({}, false); });
    connect(&workspace.segmentCatalog(), &SegmentCatalog::changed, this, [this] {
        if (m_loaded && !m_model->isSaving())
            reload();
    });
    connect(&workspace.segmentation(), &SegmentationService::assignmentsChanged, this, [this] {
        if (m_loaded)
            loadModel();
    });
}

TargetsPage::~TargetsPage() = default;

void TargetsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void TargetsPage::fillPeriods()
{
    // Targets are set ahead: next year first, then its quarters, then this year's.
    const int next = QDate::currentDate().year() + 1;
    QStringList periods{QString::number(next)};
    for (int quarter = 1; quarter <= 4; ++quarter)
        periods.append(QStringLiteral("%1-Q%2").arg(next).arg(quarter));
    periods.append(QString::number(next - 1));
    for (int quarter = 1; quarter <= 4; ++quarter)
        periods.append(QStringLiteral("%1-Q%2").arg(next - 1).arg(quarter));
    const QSignalBlocker block(m_period);
    m_period->addItems(periods);
    m_period->setCurrentIndex(0);
}

void TargetsPage::fillScopes()
{
    const QVariant company = m_scope->currentData(companyRole);
    const QVariant area = m_scope->currentData(businessAreaRole);
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("Whole group"));
    m_scope->setItemData(0, qint64(0), companyRole);
    m_scope->setItemData(0, QString(), businessAreaRole);
    const auto companies = m_workspace.customers().groupCompanies();
    if (!companies) {
        showMessage(tr("The group companies could not be read: %1").arg(companies.error().text()),
                    true);
        return;
    }
    QStringList areas;
    for (const GroupCompany& groupCompany : *companies) {
        m_scope->addItem(tr("Company: %1").arg(groupCompany.name));
        m_scope->setItemData(m_scope->count() - 1, groupCompany.id, companyRole);
        m_scope->setItemData(m_scope->count() - 1, QString(), businessAreaRole);
        if (!groupCompany.businessArea.isEmpty() && !areas.contains(groupCompany.businessArea))
            areas.append(groupCompany.businessArea);
    }
    areas.sort(Qt::CaseInsensitive);
    for (const QString& businessArea : areas) {
        m_scope->addItem(tr("Business area: %1").arg(businessArea));
        m_scope->setItemData(m_scope->count() - 1, qint64(0), companyRole);
        m_scope->setItemData(m_scope->count() - 1, businessArea, businessAreaRole);
    }
    for (int i = 0; i < m_scope->count(); ++i) {
        if (m_scope->itemData(i, companyRole) == company &&
            m_scope->itemData(i, businessAreaRole) == area) {
            m_scope->setCurrentIndex(i);
            break;
        }
    }
}

void TargetsPage::reload()
{
    m_loaded = true;
    if (const QString error = fillSegmentations(m_segmentation, m_workspace.segmentCatalog());
        !error.isEmpty()) {
        showMessage(tr("The segmentations could not be read: %1").arg(error), true);
        return;
    }
    fillScopes();
    loadModel();
}

QString TargetsPage::period() const
{
    const QString period = m_period->currentText().trimmed();
    return SegmentCatalog::isValidPeriod(period) ? period : QString();
}

void TargetsPage::loadModel()
{
    const QString period = this->period();
    if (period.isEmpty()) {
        // Nothing is editable: a target saved under a malformed period would never be found.
        m_model->clear();
        m_table->setEnabled(false);
        showMessage(tr("\"%1\" is not a period: write a year (%2) or a quarter (%2-Q1).")
                        .arg(m_period->currentText().trimmed())
                        .arg(QDate::currentDate().year() + 1),
                    true);
        return;
    }
    m_table->setEnabled(true);
    TargetsModel::Scope scope;
    scope.companyId = m_scope->currentData(companyRole).toLongLong();
    scope.businessArea = m_scope->currentData(businessAreaRole).toString();
    const QString error = m_model->load(chosenSegmentationId(m_segmentation), period, scope);
    showMessage(error, !error.isEmpty());
}

void TargetsPage::showMessage(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b") : QString());
    m_status->setVisible(!text.isEmpty());
}

} // namespace luotsi::gui
