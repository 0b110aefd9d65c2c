#include "SegmentFlowsPage.h"

#include "SegmentFlowsModel.h"
#include "SegmentsPageSupport.h"
#include "core/Workspace.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

SegmentFlowsPage::SegmentFlowsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("segmentFlowsPage"));
    const QDate today = QDate::currentDate();
    m_segmentation = new QComboBox(this);
    m_segmentation->setObjectName(QStringLiteral("flowsSegmentationComboBox"));
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_from->setObjectName(QStringLiteral("flowsFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate(today.year(), 12, 31), this);
    m_to->setObjectName(QStringLiteral("flowsToDateEdit"));
    m_to->setCalendarPopup(true);

    m_model = new SegmentFlowsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("flowsTableView"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Numbers read best beside their segment's name, not spread over a wide screen.
    m_table->horizontalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 12);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("flowsStatusLabel"));
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
    addLabelled(tr("&From:"), m_from);
    addLabelled(tr("&To:"), m_to);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_segmentation, &QComboBox::currentIndexChanged, this, &SegmentFlowsPage::loadModel);
    connect(m_from, &QDateEdit::dateChanged, this, &SegmentFlowsPage::loadModel);
    connect(m_to, &QDateEdit::dateChanged, this, &SegmentFlowsPage::loadModel);
    connect(&workspace.segmentCatalog(), &SegmentCatalog::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    // A run applied or a segment set by hand: the history grew.
    connect(&workspace.segmentation(), &SegmentationService::assignmentsChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            loadModel();
    });
}

SegmentFlowsPage::~SegmentFlowsPage() = default;

void SegmentFlowsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded || m_stale)
        reload();
}

void SegmentFlowsPage::reload()
{
    m_loaded = true;
    if (const QString error = fillSegmentations(m_segmentation, m_workspace.segmentCatalog());
        !error.isEmpty()) {
        showError(tr("The segmentations could not be read: %1").arg(error));
        return;
    }
    loadModel();
}

void SegmentFlowsPage::loadModel()
{
    if (!m_loaded)
        return;
    m_stale = false;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (to < from) {
        m_model->clear();
        showError(tr("The period ends before it starts."));
        return;
    }
    const qint64 segmentationId = chosenSegmentationId(m_segmentation);
    auto segments = m_workspace.segmentCatalog().segments(segmentationId);
    if (!segments) {
        m_model->clear();
        showError(tr("The segments could not be read: %1").arg(segments.error().text()));
        return;
    }
    const auto flows = m_workspace.segmentation().flows(segmentationId, from, to);
    if (!flows) {
        m_model->clear();
        showError(tr("The changes could not be counted: %1").arg(flows.error().text()));
        return;
    }
    m_model->setFlows(*flows, SegmentIndex(std::move(segments).value()));
    showError({});
}

void SegmentFlowsPage::showError(const QString& text)
{
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_status->setVisible(!text.isEmpty());
}

} // namespace luotsi::gui
