#include "SegmentDefinitionsPage.h"

#include "RuleEditorChoices.h"
#include "RuleExplanationDialog.h"
#include "SegmentEditor.h"
#include "SegmentListModel.h"
#include "card/CustomerPickerDialog.h"
#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "core/segments/SegmentCatalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

SegmentDefinitionsPage::SegmentDefinitionsPage(Workspace& workspace,
                                               std::function<void(qint64)> openCustomer,
                                               QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_openCustomer(std::move(openCustomer))
{
    setObjectName(QStringLiteral("segmentDefinitionsPage"));
    m_unsavedPrompt = [](QWidget* owner, const QString& segment) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("The segment \"%1\" has changes that are not saved.").arg(segment),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, owner);
        box.setInformativeText(tr("Save them before going on?"));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return UnsavedAnswer::Save;
        case QMessageBox::Discard:
            return UnsavedAnswer::Discard;
        default:
            return UnsavedAnswer::Cancel;
        }
    };
    m_pickCustomer = [&workspace](QWidget* owner) -> qint64 {
        CustomerPickerDialog picker(workspace.customers(), 0, owner);
        return picker.exec() == QDialog::Accepted ? picker.selectedId() : 0;
    };

    m_segmentations = new QComboBox(this);
    m_segmentations->setObjectName(QStringLiteral("segmentationComboBox"));
    m_segmentations->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_makePrimary = new QPushButton(tr("Make &primary"), this);
    m_makePrimary->setObjectName(QStringLiteral("makePrimaryButton"));
    m_makePrimary->setToolTip(tr("The primary segmentation is the one the customer list, the "
                                 "card and the segment report show."));

    m_model = new SegmentListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("segmentsTableView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(SegmentListModel::NameColumn,
                                                     QHeaderView::Stretch);
    for (const int column :
         {int(SegmentListModel::PriorityColumn), int(SegmentListModel::ActiveColumn),
          int(SegmentListModel::AccountPlanColumn)})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addSegmentButton"));
    m_moveUp = new QPushButton(tr("Move &up"), this);
    m_moveUp->setObjectName(QStringLiteral("moveSegmentUpButton"));
    m_moveDown = new QPushButton(tr("Move &down"), this);
    m_moveDown->setObjectName(QStringLiteral("moveSegmentDownButton"));

    m_editor = new SegmentEditor(this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveSegmentButton"));
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("revertSegmentButton"));
    m_test = new QPushButton(tr("&Test on a customer…"), this);
    m_test->setObjectName(QStringLiteral("testOnCustomerButton"));
    m_test->setToolTip(tr("Shows why the rule as edited holds or not for one customer, and "
                          "which segment the saved rules give the customer."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("segmentErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    auto* top = new QHBoxLayout;
    auto* segmentationLabel = new QLabel(tr("Se&gmentation:"), this);
    segmentationLabel->setBuddy(m_segmentations);
    top->addWidget(segmentationLabel);
    top->addWidget(m_segmentations);
    top->addWidget(m_makePrimary);
    top->addStretch(1);

    auto* listBox = new QWidget(this);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_moveUp);
    listButtons->addWidget(m_moveDown);
    listButtons->addStretch(1);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(listButtons);

    auto* editorBox = new QWidget(this);
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_test);
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_revert);
    editorButtons->addWidget(m_save);
    auto* editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_error);
    editorLayout->addLayout(editorButtons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listBox);
    splitter->addWidget(editorBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // Wide enough for "Trafiikkiasiakkaat" beside the priority and the two ticks under their
    // Finnish titles ("Asiakkuussuunnitelma").
    listBox->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 66);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_segmentations, &QComboBox::currentIndexChanged, this,
            &SegmentDefinitionsPage::segmentationChosen);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SegmentDefinitionsPage::segmentChosen);
    connect(m_makePrimary, &QPushButton::clicked, this, &SegmentDefinitionsPage::makePrimary);
    connect(m_add, &QPushButton::clicked, this, &SegmentDefinitionsPage::addSegment);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_save, &QPushButton::clicked, this, &SegmentDefinitionsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SegmentDefinitionsPage::revert);
    connect(m_test, &QPushButton::clicked, this, &SegmentDefinitionsPage::chooseCustomerAndTest);
    connect(m_editor, &SegmentEditor::modifiedChanged, this,
            &SegmentDefinitionsPage::updateButtons);
    connect(m_editor, &SegmentEditor::edited, this, [this] {
        if (m_explanation)
            m_explanation->setDraft(m_editor->segment());
    });
    connect(&workspace.segmentCatalog(), &SegmentCatalog::changed, this,
            &SegmentDefinitionsPage::reload);

    reload();
}

SegmentDefinitionsPage::~SegmentDefinitionsPage() = default;

void SegmentDefinitionsPage::setUnsavedPrompt(UnsavedPrompt prompt)
{
    m_unsavedPrompt = std::move(prompt);
}

void SegmentDefinitionsPage::setCustomerPicker(CustomerPicker picker)
{
    m_pickCustomer = std::move(picker);
}

void SegmentDefinitionsPage::reload()
{
    m_editor->setChoices(RuleEditorChoices::read(m_workspace.customers()));
    const auto segmentations = m_workspace.segmentCatalog().segmentations();
    m_segmentationList = segmentations.value_or({});
    {
        const QSignalBlocker blocker(m_segmentations);
        m_segmentations->clear();
        for (const Segmentation& segmentation : std::as_const(m_segmentationList)) {
            m_segmentations->addItem(segmentation.primary
                                         ? tr("%1 (primary)").arg(segmentation.name())
                                         : segmentation.name(),
                                     segmentation.id);
        }
        int index = m_segmentations->findData(m_segmentationId);
        if (index < 0) {
            const auto primary =
                std::find_if(m_segmentationList.cbegin(), m_segmentationList.cend(),
                             [](const Segmentation& s) { return s.primary; });
            index = primary != m_segmentationList.cend()
                        ? int(std::distance(m_segmentationList.cbegin(), primary))
                        : (m_segmentationList.isEmpty() ? -1 : 0);
        }
        m_segmentations->setCurrentIndex(index);
        m_segmentationId = index >= 0 ? m_segmentations->itemData(index).toLongLong() : 0;
    }
    if (!segmentations) {
        showError(tr("The segmentations could not be read: %1").arg(segmentations.error().text()));
        m_model->setSegments({});
        updateButtons();
        return;
    }
    loadSegments();
}

void SegmentDefinitionsPage::loadSegments()
{
    const auto segments = m_workspace.segmentCatalog().segments(m_segmentationId);
    if (!segments) {
        showError(tr("The segments could not be read: %1").arg(segments.error().text()));
        m_model->setSegments({});
        updateButtons();
        return;
    }
    m_model->setSegments(*segments);
    const Segment shown = m_editor->loadedSegment();
    if (shown.segmentationId == m_segmentationId && shown.id == 0 && m_segmentationId != 0) {
        // A new segment being written: nothing in the list is it.
        selectRow(-1);
    } else if (const int row = m_model->rowOf(shown.id);
               shown.segmentationId == m_segmentationId && row >= 0) {
        selectRow(row);
        // Someone saved it meanwhile: show theirs unless there is an edit of our own.
        if (!m_editor->isModified() && m_model->segmentAt(row) != shown)
            m_editor->setSegment(m_model->segmentAt(row));
    } else {
        selectRow(m_model->rowCount() > 0 ? 0 : -1);
        Segment none;
        none.segmentationId = 0;
        m_editor->setSegment(m_model->rowCount() > 0 ? m_model->segmentAt(0) : none);
    }
    updateButtons();
}

bool SegmentDefinitionsPage::selectSegmentation(qint64 segmentationId)
{
    const int index = m_segmentations->findData(segmentationId);
    if (index < 0)
        return false;
    m_segmentations->setCurrentIndex(index);
    return m_segmentationId == segmentationId;
}

bool SegmentDefinitionsPage::selectSegment(qint64 segmentId)
{
    const int row = m_model->rowOf(segmentId);
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return currentSegmentId() == segmentId;
}

qint64 SegmentDefinitionsPage::currentSegmentationId() const
{
    return m_segmentationId;
}

qint64 SegmentDefinitionsPage::currentSegmentId() const
{
    return m_editor->loadedSegment().id;
}

void SegmentDefinitionsPage::segmentationChosen(int index)
{
    if (m_quiet || index < 0)
        return;
    const qint64 target = m_segmentations->itemData(index).toLongLong();
    if (!confirmLeave()) {
        const QSignalBlocker blocker(m_segmentations);
        m_segmentations->setCurrentIndex(m_segmentations->findData(m_segmentationId));
        return;
    }
    // Saving may have rebuilt the combo: choose again what the user chose.
    {
        const QSignalBlocker blocker(m_segmentations);
        m_segmentations->setCurrentIndex(m_segmentations->findData(target));
    }
    m_segmentationId = target;
    m_editor->setSegment(Segment{});
    m_error->hide();
    loadSegments();
}

void SegmentDefinitionsPage::segmentChosen(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_quiet)
        return;
    const qint64 target = m_model->segmentAt(current.row()).id;
    if (target == currentSegmentId() && current.isValid())
        return;
    if (!confirmLeave()) {
        selectRow(previous.isValid() ? previous.row() : m_model->rowOf(currentSegmentId()));
        return;
    }
    const int row = m_model->rowOf(target);
    selectRow(row);
    if (row >= 0)
        m_editor->setSegment(m_model->segmentAt(row));
    m_error->hide();
    updateButtons();
}

void SegmentDefinitionsPage::selectRow(int row)
{
    m_quiet = true;
    QItemSelectionModel* selection = m_view->selectionModel();
    if (row >= 0) {
        selection->setCurrentIndex(m_model->index(row, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        selection->clearSelection();
        selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_quiet = false;
}

bool SegmentDefinitionsPage::confirmLeave()
{
    if (!m_editor->isModified())
        return true;
    const Segment draft = m_editor->segment();
    const QString name = draft.name().isEmpty() ? tr("new segment") : draft.name();
    switch (m_unsavedPrompt(this, name)) {
    case UnsavedAnswer::Save:
        return save();
    case UnsavedAnswer::Discard:
        return true;
    case UnsavedAnswer::Cancel:
        break;
    }
    return false;
}

void SegmentDefinitionsPage::addSegment()
{
    if (m_segmentationId == 0 || !confirmLeave())
        return;
    Segment segment;
    segment.segmentationId = m_segmentationId;
    for (const Segment& other : m_model->segments()) {
        segment.position = std::max(segment.position, other.position + 1);
        segment.priority = std::max(segment.priority, other.priority + 1);
    }
    selectRow(-1);
    m_editor->setSegment(segment);
    m_error->hide();
    updateButtons();
    m_editor->nameFiLineEdit()->setFocus();
}

bool SegmentDefinitionsPage::save()
{
    Segment draft = m_editor->segment();
    if (draft.id == 0) {
        QStringList codes;
        for (const Segment& other : m_model->segments())
            codes.append(other.code);
        draft.code =
            SegmentEditor::codeFor(draft.nameEn.isEmpty() ? draft.nameFi : draft.nameEn, codes);
    } else if (const int row = m_model->rowOf(draft.id); row >= 0) {
        // Moving the segment in the list meanwhile changed its position, not the draft's.
        draft.position = m_model->segmentAt(row).position;
    }
    SegmentCatalog& catalog = m_workspace.segmentCatalog();
    if (const Status saved = catalog.saveSegment(draft); !saved) {
        showError(tr("The segment was not saved: %1").arg(saved.error().text()));
        return false;
    }
    m_error->hide();
    const auto stored = catalog.segment(draft.id);
    m_editor->setSegment(stored ? *stored : draft);
    loadSegments();
    if (m_explanation)
        m_explanation->refresh();
    return true;
}

void SegmentDefinitionsPage::revert()
{
    const Segment loaded = m_editor->loadedSegment();
    m_error->hide();
    if (loaded.id == 0) {
        m_editor->setSegment(Segment{});
        loadSegments();
        return;
    }
    const auto stored = m_workspace.segmentCatalog().segment(loaded.id);
    m_editor->setSegment(stored ? *stored : loaded);
    updateButtons();
}

void SegmentDefinitionsPage::moveCurrent(int steps)
{
    const qint64 id = currentSegmentId();
    if (id == 0)
        return;
    if (const Status moved = m_workspace.segmentCatalog().moveSegment(id, steps); !moved) {
        showError(tr("The segment was not moved: %1").arg(moved.error().text()));
        return;
    }
    loadSegments();
}

void SegmentDefinitionsPage::makePrimary()
{
    if (m_segmentationId == 0)
        return;
    if (const Status made = m_workspace.segmentCatalog().setPrimary(m_segmentationId); !made) {
        showError(tr("The segmentation was not made primary: %1").arg(made.error().text()));
        return;
    }
    reload();
}

RuleExplanationDialog* SegmentDefinitionsPage::testOnCustomer(qint64 customerId)
{
    if (m_explanation)
        m_explanation->close();
    Segment draft = m_editor->segment();
    if (draft.segmentationId == 0)
        draft.segmentationId = m_segmentationId;
    auto* dialog = new RuleExplanationDialog(m_workspace, draft, customerId, m_openCustomer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_explanation = dialog;
    dialog->show();
    return dialog;
}

void SegmentDefinitionsPage::chooseCustomerAndTest()
{
    if (const qint64 id = m_pickCustomer ? m_pickCustomer(this) : 0; id > 0)
        testOnCustomer(id);
}

void SegmentDefinitionsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // For screenshots and manual checks: LUOTSI_SEGMENT_TEST_CUSTOMER=<customer id> opens the
    // explanation of the first segment's rule for that customer.
    bool ok = false;
    const qint64 id = qEnvironmentVariable("LUOTSI_SEGMENT_TEST_CUSTOMER").toLongLong(&ok);
    if (ok && id > 0)
        QTimer::singleShot(0, this, [this, id] { testOnCustomer(id); });
}

void SegmentDefinitionsPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void SegmentDefinitionsPage::updateButtons()
{
    const Segment shown = m_editor->loadedSegment();
    const bool editing = shown.segmentationId != 0;
    const bool isNew = editing && shown.id == 0;
    const int row = m_model->rowOf(shown.id);
    const auto segmentation =
        std::find_if(m_segmentationList.cbegin(), m_segmentationList.cend(),
                     [this](const Segmentation& s) { return s.id == m_segmentationId; });
    m_makePrimary->setEnabled(segmentation != m_segmentationList.cend() && !segmentation->primary);
    m_add->setEnabled(m_segmentationId != 0);
    m_moveUp->setEnabled(shown.id != 0 && row > 0);
    m_moveDown->setEnabled(shown.id != 0 && row >= 0 && row < m_model->rowCount() - 1);
    m_editor->setEnabled(editing);
    m_save->setEnabled(m_editor->isModified() || isNew);
    m_revert->setEnabled(m_editor->isModified() || isNew);
    m_test->setEnabled(m_segmentationId != 0);
}

} // namespace luotsi::gui
