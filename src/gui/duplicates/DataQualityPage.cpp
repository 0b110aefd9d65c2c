#include "DataQualityPage.h"

#include "DuplicateGroupsModel.h"
#include "DuplicateSearchBar.h"
#include "DuplicatesPage.h"
#include "MergeHistoryPage.h"
#include "QualityOverviewPage.h"
#include "core/Workspace.h"
#include "core/merging/MergeService.h"
#include "core/register/CustomerService.h"

#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;

DataQualityPage::DataQualityPage(Workspace& workspace, std::function<void(qint64)> openCustomer,
                                 std::function<void(const CustomerQuery&)> openCustomerList,
                                 QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_mergeService(std::make_unique<merging::MergeService>(
          workspace, workspace.survivorshipSettings().value_or(merging::SurvivorshipSettings{})))
{
    setObjectName(QStringLiteral("qualityPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("qualityTabWidget"));
    m_tabs->setDocumentMode(true);
    m_overview = new QualityOverviewPage(workspace, std::move(openCustomerList), m_tabs);
    m_duplicates = new DuplicatesPage(workspace, *m_mergeService, openCustomer, m_tabs);
    m_merges = new MergeHistoryPage(*m_mergeService, openCustomer, m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_duplicates, tr("Duplicates"));
    m_tabs->addTab(m_merges, tr("Merges"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_duplicates, &DuplicatesPage::registerChanged, m_overview,
            &QualityOverviewPage::markStale);
    connect(m_merges, &MergeHistoryPage::mergeUndone, this, [this] {
        m_overview->markStale();
        m_duplicates->reload();
    });
    connect(m_mergeService.get(), &merging::MergeService::customersMerged, this,
            [this](qint64, qint64 survivorId, const QList<qint64>& memberIds) {
                announceMerge(survivorId, memberIds, false);
            });
    connect(m_mergeService.get(), &merging::MergeService::mergeUndone, this,
            [this](qint64, qint64 survivorId, const QList<qint64>& memberIds) {
                announceMerge(survivorId, memberIds, true);
            });

    // Developer option for screenshots: open on a tab; on Duplicates, search when nothing waits.
    const QString tab = qEnvironmentVariable("LUOTSI_QUALITY_TAB");
    if (tab == QLatin1String("duplicates")) {
        m_tabs->setCurrentIndex(DuplicatesTab);
        if (m_duplicates->groupsModel()->rowCount() == 0)
            QTimer::singleShot(0, m_duplicates->searchBar(), &DuplicateSearchBar::start);
    } else if (tab == QLatin1String("merges")) {
        m_tabs->setCurrentIndex(MergesTab);
    }
}

DataQualityPage::~DataQualityPage() = default;

void DataQualityPage::setPrompts(const Prompts& prompts)
{
    m_duplicates->setPrompts(prompts);
    m_merges->setPrompts(prompts);
}

void DataQualityPage::announceMerge(qint64 survivorId, const QList<qint64>& memberIds, bool undone)
{
    CustomerService& customers = m_workspace.customers();
    emit customers.customerSaved(survivorId);
    for (const qint64 id : memberIds) {
        if (undone)
            emit customers.customerCreated(id);
        else
            emit customers.customerRemoved(id);
    }
    m_merges->reload();
}

} // namespace luotsi::gui
