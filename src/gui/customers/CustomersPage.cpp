#include "CustomersPage.h"

#include "CustomerListView.h"
#include "CustomerTableModel.h"
#include "card/CustomerCard.h"
#include "card/CustomerCardDocument.h"
#include "core/Settings.h"
#include "core/Workspace.h"
#include "core/importing/RegisterExport.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"
#include "shell/BackgroundJob.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace luotsi::gui {

CustomersPage::CustomersPage(core::Workspace& workspace, core::Settings& settings,
                             const ModuleRegistry& registry, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_service(workspace.customers())
    , m_registerPath(workspace.path())
    , m_settings(settings)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("customersPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("customerTabWidget"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    // The list's tab: a banner for a filter set from another module above the list itself.
    auto* listTab = new QWidget(m_tabs);
    m_filterBanner = new QFrame(listTab);
    m_filterBanner->setObjectName(QStringLiteral("listFilterBanner"));
    m_filterBanner->setFrameShape(QFrame::StyledPanel);
    m_filterBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_filterBanner->setAutoFillBackground(true);
    m_filterLabel = new QLabel(m_filterBanner);
    m_filterLabel->setObjectName(QStringLiteral("listFilterLabel"));
    m_filterLabel->setForegroundRole(QPalette::ToolTipText);
    auto* clearFilter = new QToolButton(m_filterBanner);
    clearFilter->setObjectName(QStringLiteral("clearListFilterButton"));
    clearFilter->setText(QStringLiteral("✕"));
    clearFilter->setAutoRaise(true);
    clearFilter->setToolTip(tr("Remove this filter"));
    auto* bannerLayout = new QHBoxLayout(m_filterBanner);
    bannerLayout->setContentsMargins(8, 2, 2, 2);
    bannerLayout->addWidget(m_filterLabel);
    bannerLayout->addWidget(clearFilter);
    bannerLayout->addStretch(1);
    m_filterBanner->hide();
    m_list = new CustomerListView(m_workspace, listTab);
    auto* listLayout = new QVBoxLayout(listTab);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_filterBanner);
    listLayout->addWidget(m_list, 1);
    m_tabs->addTab(listTab, tr("Register"));
    // The list is always there: no close button on its tab.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_list, &CustomerListView::openCustomerRequested, this, &CustomersPage::openCustomer);
    connect(m_list, &CustomerListView::statusMessage, this, &CustomersPage::statusMessage);
    connect(m_list, &CustomerListView::exportRequested, this, &CustomersPage::exportList);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &CustomersPage::closeCard);
    connect(clearFilter, &QToolButton::clicked, this, &CustomersPage::clearQueryFilter);
    connect(&m_service, &core::CustomerService::customerRemoved, this, [this](qint64 id) {
        m_settings.removeRecentCustomer(m_registerPath, id);
        emit recentCustomersChanged();
    });
}

CustomerCard* CustomersPage::currentCard() const
{
    return qobject_cast<CustomerCard*>(m_tabs->currentWidget());
}

CustomerCard* CustomersPage::cardFor(qint64 customerId) const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto* card = qobject_cast<CustomerCard*>(m_tabs->widget(i));
        if (card && card->customerId() == customerId)
            return card;
    }
    return nullptr;
}

CustomerCard* CustomersPage::createCard()
{
    auto* card = new CustomerCard(
        m_workspace, m_registry, [this](qint64 id) { openCustomer(id); }, m_tabs);
    connect(card, &CustomerCard::titleChanged, this, [this, card](const QString& title) {
        if (const int index = m_tabs->indexOf(card); index >= 0)
            m_tabs->setTabText(index, title);
    });
    connect(card, &CustomerCard::statusMessage, this, &CustomersPage::statusMessage);
    connect(card, &CustomerCard::savedTo, this, [this](qint64 id) {
        m_settings.addRecentCustomer(m_registerPath, id);
        emit recentCustomersChanged();
    });
    connect(card, &CustomerCard::deleted, this, [this, card] {
        m_tabs->removeTab(m_tabs->indexOf(card));
        card->deleteLater();
    });
    return card;
}

void CustomersPage::openCustomer(qint64 id)
{
    if (CustomerCard* open = cardFor(id)) {
        m_tabs->setCurrentWidget(open);
        return;
    }
    CustomerCard* card = createCard();
    if (const auto status = card->load(id); !status) {
        delete card;
        QMessageBox::warning(this, tr("Customer not opened"), status.error().text());
        m_settings.removeRecentCustomer(m_registerPath, id);
        emit recentCustomersChanged();
        return;
    }
    m_tabs->setCurrentIndex(m_tabs->addTab(card, card->displayTitle()));
    card->setFocus(Qt::OtherFocusReason);
    m_settings.addRecentCustomer(m_registerPath, id);
    emit recentCustomersChanged();
}

void CustomersPage::newCustomer()
{
    CustomerCard* card = createCard();
    card->startNew();
    m_tabs->setCurrentIndex(m_tabs->addTab(card, card->displayTitle()));
    card->setFocus(Qt::OtherFocusReason);
    card->setFocus();
}

void CustomersPage::showList()
{
    m_tabs->setCurrentIndex(0);
}

void CustomersPage::setSearchText(const QString& text)
{
    m_list->setSearchText(text);
    showList();
}

void CustomersPage::showQuery(const core::CustomerQuery& query)
{
    resetListFilters(query);
    core::CustomerQuery shown = m_list->model()->query();
    shown.quality = query.quality;
    if (shown != m_list->model()->query())
        m_list->model()->setQuery(shown);
    updateFilterBanner();
    showList();
}

void CustomersPage::clearQueryFilter()
{
    core::CustomerQuery shown = m_list->model()->query();
    shown.quality.reset();
    if (shown != m_list->model()->query())
        m_list->model()->setQuery(shown);
    updateFilterBanner();
}

void CustomersPage::resetListFilters(const core::CustomerQuery& query)
{
    // The list's own choices are set to the query's (mostly "All"), so that the list shows
    // exactly the customers the caller counted. The combo boxes apply themselves on change and
    // keep the model's other filters.
    const auto choose = [this](const char* name, const QVariant& data) {
        auto* combo = m_list->findChild<QComboBox*>(QLatin1String(name));
        if (combo)
            combo->setCurrentIndex(qMax(0, combo->findData(data)));
    };
    choose("kindFilterComboBox",
           query.kind ? QVariant(core::vocabulary::code(*query.kind)) : QVariant());
    choose("statusFilterComboBox",
           query.status ? QVariant(core::vocabulary::code(*query.status)) : QVariant());
    choose("ownerFilterComboBox", query.ownerId ? QVariant(query.ownerId) : QVariant());
    choose("companyFilterComboBox", query.companyId ? QVariant(query.companyId) : QVariant());
    choose("segmentFilterComboBox", query.segmentId ? QVariant(query.segmentId) : QVariant());
    if (auto* city = m_list->findChild<QComboBox*>(QStringLiteral("cityFilterComboBox")))
        city->setCurrentText(query.city);
}

void CustomersPage::updateFilterBanner()
{
    const auto& quality = m_list->model()->query().quality;
    m_filterBanner->setVisible(quality.has_value());
    if (quality)
        m_filterLabel->setText(tr("Filter: %1").arg(qualityFilterText(*quality)));
}

QString CustomersPage::qualityFilterText(core::QualityIssue issue)
{
    switch (issue) {
    case core::QualityIssue::MissingBusinessId:
        return tr("no business ID");
    case core::QualityIssue::InvalidEmail:
        return tr("invalid email");
    case core::QualityIssue::InvalidPhone:
        return tr("invalid phone number");
    case core::QualityIssue::MissingOwner:
        return tr("no owner");
    case core::QualityIssue::PendingDuplicate:
        return tr("possible duplicate waiting for a decision");
    }
    return {};
}

bool CustomersPage::closeCard(int tabIndex)
{
    auto* card = qobject_cast<CustomerCard*>(m_tabs->widget(tabIndex));
    if (!card)
        return true;
    if (!card->maybeClose())
        return false;
    m_tabs->removeTab(tabIndex);
    card->deleteLater();
    return true;
}

bool CustomersPage::maybeCloseAll()
{
    for (int i = m_tabs->count() - 1; i >= 1; --i) {
        m_tabs->setCurrentIndex(i);
        if (!closeCard(i))
            return false;
    }
    return true;
}

void CustomersPage::exportList(const core::CustomerQuery& query)
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export customers"), tr("customers.xlsx"),
        tr("Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"), &selectedFilter);
    if (path.isEmpty())
        return;
    auto* progress = new QProgressDialog(tr("Exporting customers…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(300);
    progress->setWindowModality(Qt::WindowModal);
    const QString registerPath = m_registerPath;
    auto* job = new BackgroundJob(
        [registerPath, query, path](const BackgroundJob::Progress& report) -> core::Status {
            // A worker thread opens its own connection to the register.
            auto workspace = core::Workspace::open(registerPath, core::Workspace::systemLogin(),
                                                   core::Workspace::systemLogin());
            if (!workspace)
                return workspace.error();
            auto written = core::importing::RegisterExport::write(**workspace, query, path, report);
            if (!written)
                return written.error();
            return {};
        },
        this);
    connect(job, &BackgroundJob::progressed, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
        progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    connect(progress, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
    connect(job, &BackgroundJob::finished, this,
            [this, job, progress, path](bool ok, const QString& error) {
                progress->deleteLater();
                job->deleteLater();
                if (ok)
                    emit statusMessage(tr("Customers exported to %1").arg(path));
                else if (!job->isCancelled())
                    QMessageBox::warning(this, tr("Export"), error);
            });
    job->start();
}

} // namespace luotsi::gui
