#include "SegmentsPage.h"

#include "CareModelPage.h"
#include "RuleExplanationDialog.h" // SegmentDefinitionsPage.h holds a QPointer to it
#include "SegmentDefinitionsPage.h"
#include "SegmentFlowsPage.h"
#include "SegmentRunsPage.h"
#include "TargetsPage.h"
#include "core/Workspace.h"

#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;

SegmentsPage::SegmentsPage(Workspace& workspace, std::function<void(qint64)> openCustomer,
                           QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("segmentsPage"));
    // The main window's pages share one stack, whose minimum is the widest page's: the editor's
    // and the matrix's natural widths must not force every page (the customer card too) wider
    // than an office screen. The tabs lay out in whatever width the window has.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("segmentsTabWidget"));
    m_tabs->setDocumentMode(true);
    m_definitions = new SegmentDefinitionsPage(workspace, openCustomer, m_tabs);
    m_runs = new SegmentRunsPage(workspace, openCustomer, m_tabs);
    m_care = new CareModelPage(workspace.segmentCatalog(), m_tabs);
    m_targets = new TargetsPage(workspace, m_tabs);
    m_flows = new SegmentFlowsPage(workspace, m_tabs);
    m_tabs->addTab(m_definitions, tr("Segments"));
    m_tabs->addTab(m_runs, tr("Runs"));
    m_tabs->addTab(m_care, tr("Care model"));
    m_tabs->addTab(m_targets, tr("Targets"));
    m_tabs->addTab(m_flows, tr("Changes"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // Developer option for screenshots: open on a tab.
    const QString tab = qEnvironmentVariable("LUOTSI_SEGMENTS_TAB");
    const QStringList tabs{QStringLiteral("segments"), QStringLiteral("runs"),
                           QStringLiteral("care"), QStringLiteral("targets"),
                           QStringLiteral("changes")};
    if (const int index = int(tabs.indexOf(tab)); index >= 0)
        m_tabs->setCurrentIndex(index);
}

SegmentsPage::~SegmentsPage() = default;

void SegmentsPage::setPrompts(const Prompts& prompts)
{
    m_runs->setPrompts(prompts);
}

void SegmentsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Developer option for screenshots: LUOTSI_SEGMENT_RUN_PREVIEW=1 starts a run's preview,
    // =review a yearly review's, once the page is on screen.
    const QString preview = qEnvironmentVariable("LUOTSI_SEGMENT_RUN_PREVIEW");
    if (m_previewAsked || preview.isEmpty() || preview == QLatin1String("0"))
        return;
    m_previewAsked = true;
    m_tabs->setCurrentWidget(m_runs);
    const auto kind =
        preview == QLatin1String("review") ? segments::RunKind::Review : segments::RunKind::Run;
    QTimer::singleShot(0, m_runs, [this, kind] { m_runs->startPreview(kind); });
}

} // namespace luotsi::gui
