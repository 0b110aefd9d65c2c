#include "CareModelPage.h"

#include "CareModelCellDialog.h"
#include "CareModelDelegate.h"
#include "CareModelModel.h"
#include "SegmentsPageSupport.h"
#include "core/segments/SegmentCatalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

CareModelPage::CareModelPage(SegmentCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("careModelPage"));
    m_segmentation = new QComboBox(this);
    m_segmentation->setObjectName(QStringLiteral("careSegmentationComboBox"));
    auto* hint = new QLabel(tr("How each channel serves each segment, and how often. Double-click "
                               "a cell to change it."),
                            this);
    hint->setWordWrap(true);

    m_model = new CareModelModel(catalog, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("careModelTableView"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CareModelDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The channels share the width; the rows grow to fit their texts.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    // The checkbox column needs only its title's width.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->columnCount() > 0)
            m_table->horizontalHeader()->setSectionResizeMode(m_model->accountPlanColumn(),
                                                              QHeaderView::ResizeToContents);
    });
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("careStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();

    // Row heights depend on the column widths: measured once after a burst of resizes.
    m_resizeRows = new QTimer(this);
    m_resizeRows->setSingleShot(true);
    m_resizeRows->setInterval(0);
    connect(m_resizeRows, &QTimer::timeout, m_table, &QTableView::resizeRowsToContents);

    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("&Segmentation:"), this);
    label->setBuddy(m_segmentation);
    bar->addWidget(label);
    bar->addWidget(m_segmentation);
    bar->addWidget(hint, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_segmentation, &QComboBox::currentIndexChanged, this, &CareModelPage::loadModel);
    connect(m_table, &QTableView::doubleClicked, this, &CareModelPage::editCell);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_resizeRows,
            qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_resizeRows, qOverload<>(&QTimer::start));
    connect(m_model, &CareModelModel::saveFailed, this, &CareModelPage::showError);
    connect(&catalog, &SegmentCatalog::changed, this, [this] {
        // Our own saves update the model in place; others' (the definitions tab) reload it.
        if (m_loaded && !m_model->isSaving())
            reload();
    });
}

CareModelPage::~CareModelPage() = default;

void CareModelPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void CareModelPage::reload()
{
    m_loaded = true;
    if (const QString error = fillSegmentations(m_segmentation, m_catalog); !error.isEmpty()) {
        showError(tr("The segmentations could not be read: %1").arg(error));
        return;
    }
    loadModel();
}

void CareModelPage::loadModel()
{
    showError({});
    if (const QString error = m_model->load(chosenSegmentationId(m_segmentation)); !error.isEmpty())
        showError(tr("The care model could not be read: %1").arg(error));
    m_table->resizeRowsToContents();
}

void CareModelPage::showError(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void CareModelPage::editCell(const QModelIndex& index)
{
    if (!index.isValid() || index.column() >= m_model->accountPlanColumn())
        return;
    const CareCell cell = m_model->cell(index);
    auto* dialog = new CareModelCellDialog(m_model->segment(index.row()).name(),
                                           m_model->channel(index.column()).name(), cell.role,
                                           cell.rhythm, m_model->rhythms(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QPersistentModelIndex target(index);
    // Window-modal and not exec(): no nested event loop, and tests can answer it.
    connect(dialog, &QDialog::accepted, this, [this, dialog, target] {
        if (target.isValid())
            saveCell(target, dialog->role(), dialog->rhythm());
    });
    dialog->open();
}

bool CareModelPage::saveCell(const QModelIndex& index, const QString& role, const QString& rhythm)
{
    if (const Status saved = m_model->saveCell(index, role, rhythm); !saved) {
        showError(tr("The care model was not saved: %1").arg(saved.error().text()));
        return false;
    }
    showError({});
    return true;
}

} // namespace luotsi::gui
