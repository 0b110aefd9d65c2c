#include "SegmentRunView.h"

#include "RunMatrixModel.h"
#include "RunMovesModel.h"
#include "SegmentRunDecisions.h"
#include "SegmentRunKeepDialog.h"
#include "SegmentRunListModel.h"
#include "core/Workspace.h"
#include "core/segments/SegmentationService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

SegmentRunView::SegmentRunView(Workspace& workspace, std::function<void(qint64)> openCustomer,
                               QWidget* parent)
    : QWidget(parent)
    , m_service(workspace.segmentation())
    , m_openCustomer(std::move(openCustomer))
    , m_decisions(new SegmentRunDecisions(workspace, this))
    , m_currentUserId(workspace.currentUser().id)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runSummaryLabel"));
    m_summary->setWordWrap(true);

    m_matrixModel = new RunMatrixModel(this);
    m_matrix = new QTableView(this);
    m_matrix->setObjectName(QStringLiteral("runMatrixTableView"));
    m_matrix->setModel(m_matrixModel);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setToolTip(tr("Rows: the segment now. Columns: the segment after the run. Click a "
                            "cell to see who moves."));
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_matrix);
    splitter->addWidget(buildMovesPanel());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_apply = new QPushButton(tr("&Apply…"), this);
    m_apply->setObjectName(QStringLiteral("applyRunButton"));
    m_apply->setToolTip(tr("Moves the customers as the preview shows, in one transaction."));
    m_discard = new QPushButton(tr("&Discard"), this);
    m_discard->setObjectName(QStringLiteral("discardRunButton"));
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_discard);
    actions->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showCell(current); });
    connect(m_apply, &QPushButton::clicked, this, &SegmentRunView::applyRequested);
    connect(m_discard, &QPushButton::clicked, this, &SegmentRunView::discardRequested);
    connect(m_decisions, &SegmentRunDecisions::changed, this, &SegmentRunView::updateSummary);
    connect(m_decisions, &SegmentRunDecisions::failed, this, &SegmentRunView::failed);
    clear();
}

SegmentRunView::~SegmentRunView() = default;

QWidget* SegmentRunView::buildMovesPanel()
{
    auto* panel = new QWidget(this);
    m_cell = new QLabel(panel);
    m_cell->setObjectName(QStringLiteral("runCellLabel"));
    m_cell->setWordWrap(true);

    m_movesModel = new RunMovesModel(this);
    m_moves = new QTableView(panel);
    m_moves->setObjectName(QStringLiteral("runMovesTableView"));
    m_moves->setModel(m_movesModel);
    m_moves->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_moves->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_moves->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_moves->verticalHeader()->hide();
    // One line a customer, however many: the names take the room left over.
    m_moves->setWordWrap(false);
    m_moves->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_moves->verticalHeader()->setDefaultSectionSize(m_moves->fontMetrics().height() + 8);
    QHeaderView* header = m_moves->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RunMovesModel::CustomerColumn, QHeaderView::Stretch);
    const int em = m_moves->fontMetrics().averageCharWidth();
    header->resizeSection(RunMovesModel::OwnerColumn, 18 * em);
    header->resizeSection(RunMovesModel::FromColumn, 22 * em);
    header->resizeSection(RunMovesModel::ToColumn, 22 * em);
    header->resizeSection(RunMovesModel::DecisionColumn, 26 * em);
    m_moves->setToolTip(tr("Double-click a customer to open the card."));

    m_more = new QPushButton(tr("Show &more"), panel);
    m_more->setObjectName(QStringLiteral("moreMovesButton"));
    m_decisionCounts = new QLabel(panel);
    m_decisionCounts->setObjectName(QStringLiteral("decisionCountsLabel"));
    m_confirm = new QPushButton(tr("&Confirm"), panel);
    m_confirm->setObjectName(QStringLiteral("confirmMovesButton"));
    m_confirm->setToolTip(tr("The chosen customers move as proposed."));
    m_keep = new QPushButton(tr("&Keep in segment…"), panel);
    m_keep->setObjectName(QStringLiteral("keepInSegmentButton"));
    m_keep->setToolTip(tr("The chosen customers stay in a segment you choose, with a reason."));

    // In a yearly review each account manager goes through the moves of their own customers.
    m_mineOnly = new QCheckBox(tr("Only &my customers"), panel);
    m_mineOnly->setObjectName(QStringLiteral("mineOnlyCheckBox"));
    m_mineOnly->setToolTip(tr("Show only the moving customers whose account manager you are."));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_more);
    bar->addWidget(m_mineOnly);
    bar->addWidget(m_decisionCounts, 1);
    bar->addWidget(m_confirm);
    bar->addWidget(m_keep);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cell);
    layout->addWidget(m_moves, 1);
    layout->addLayout(bar);

    connect(m_more, &QPushButton::clicked, this, [this] { m_movesModel->fetchMore({}); });
    connect(m_mineOnly, &QCheckBox::toggled, this, [this] { showCell(m_matrix->currentIndex()); });
    connect(m_confirm, &QPushButton::clicked, this, &SegmentRunView::confirmSelected);
    connect(m_keep, &QPushButton::clicked, this, &SegmentRunView::keepSelected);
    connect(m_moves, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && m_openCustomer)
            m_openCustomer(m_movesModel->move(index.row()).customerId);
    });
    connect(m_moves->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SegmentRunView::updateButtons);
    connect(m_movesModel, &QAbstractItemModel::rowsInserted, this, &SegmentRunView::updateButtons);
    connect(m_movesModel, &QAbstractItemModel::modelReset, this, &SegmentRunView::updateButtons);
    connect(m_movesModel, &RunMovesModel::fetchFailed, this, &SegmentRunView::failed);
    return panel;
}

void SegmentRunView::clear()
{
    m_run = {};
    m_segments = {};
    m_decisions->clear();
    m_matrixModel->clear();
    m_movesModel->clear();
    m_summary->setText(tr("Start a run to see who would move, or choose an earlier run."));
    m_cell->clear();
    updateButtons();
}

void SegmentRunView::showRun(const SegmentRun& run, SegmentIndex segments)
{
    m_run = run;
    m_segments = std::move(segments);
    m_matrixModel->setRun(run, m_segments);
    m_movesModel->clear();
    m_cell->setText(tr("Click a cell of the matrix to see its customers."));
    m_decisions->count(run);
    updateSummary();
    // The grand total lists every move at once: what an admin asks first.
    const QModelIndex total =
        m_matrixModel->index(m_matrixModel->rowCount() - 1, m_matrixModel->columnCount() - 1);
    if (run.moved > 0 && total.isValid())
        m_matrix->setCurrentIndex(total);
    updateButtons();
}

void SegmentRunView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SegmentRunView::updateSummary()
{
    const QLocale locale;
    const QString kind = SegmentRunListModel::kindText(m_run.kind);
    const QString asOf = locale.toString(m_run.asOf, QLocale::ShortFormat);
    const QString customers = locale.toString(m_run.customers);
    QString text;
    switch (m_run.status) {
    case RunStatus::Preview:
        text = tr("%1 as of %2 (preview): %Ln of %3 customer(s) would move.", nullptr, m_run.moved)
                   .arg(kind, asOf, customers);
        break;
    case RunStatus::Applied:
        text = tr("%1 as of %2, applied: %Ln of %3 customer(s) moved.", nullptr, m_run.moved)
                   .arg(kind, asOf, customers);
        break;
    case RunStatus::Discarded:
        text = tr("%1 as of %2, discarded: %Ln of %3 customer(s) would have moved.", nullptr,
                  m_run.moved)
                   .arg(kind, asOf, customers);
        break;
    }
    m_summary->setText(text);
    if (m_run.kind != RunKind::Review) {
        m_decisionCounts->clear();
    } else if (!m_decisions->isKnown()) {
        m_decisionCounts->setText(tr("Counting the decisions…"));
    } else {
        const SegmentRunDecisions::Counts& counts = m_decisions->counts();
        m_decisionCounts->setText(tr("Pending %1 · confirmed %2 · kept in a segment %3")
                                      .arg(locale.toString(counts.pending),
                                           locale.toString(counts.confirmed),
                                           locale.toString(counts.overridden)));
    }
}

void SegmentRunView::updateButtons()
{
    const bool preview = hasRun() && m_run.status == RunStatus::Preview && !m_busy;
    const bool review = hasRun() && m_run.kind == RunKind::Review;
    const bool chosen = m_moves->selectionModel()->hasSelection();
    m_apply->setEnabled(preview);
    m_discard->setEnabled(preview);
    m_confirm->setVisible(review);
    m_keep->setVisible(review);
    m_decisionCounts->setVisible(review);
    m_confirm->setEnabled(preview && chosen);
    m_keep->setEnabled(preview && chosen);
    m_more->setVisible(m_movesModel->hasMore());
}

void SegmentRunView::showCell(const QModelIndex& matrixIndex)
{
    if (!hasRun() || !matrixIndex.isValid()) {
        m_movesModel->clear();
        return;
    }
    const qint64 from = matrixIndex.data(RunMatrixModel::FromSegmentRole).toLongLong();
    const qint64 to = matrixIndex.data(RunMatrixModel::ToSegmentRole).toLongLong();
    const int moving = m_matrixModel->moving(matrixIndex);
    const int count = m_matrixModel->count(matrixIndex);
    if (from >= 0 && from == to) {
        m_cell->setText(
            tr("%Ln customer(s) stay in %1.", nullptr, count).arg(m_segments.name(from)));
    } else if (from < 0 && to < 0) {
        m_cell->setText(tr("All %Ln customer(s) who move:", nullptr, moving));
    } else if (from < 0) {
        m_cell->setText(
            tr("%Ln customer(s) move to %1:", nullptr, moving).arg(m_segments.name(to)));
    } else if (to < 0) {
        m_cell->setText(
            tr("%Ln customer(s) move out of %1:", nullptr, moving).arg(m_segments.name(from)));
    } else {
        m_cell->setText(tr("%Ln customer(s) move from %1 to %2:", nullptr, moving)
                            .arg(m_segments.name(from), m_segments.name(to)));
    }
    const qint64 runId = m_run.id;
    SegmentationService* service = &m_service;
    const qint64 ownerId = m_mineOnly->isChecked() ? m_currentUserId : 0;
    if (ownerId > 0)
        m_cell->setText(m_cell->text() + u' ' + tr("Only your customers are shown."));
    m_movesModel->setSource(
        [service, runId, from, to, ownerId](int limit, int offset) {
            return service->moves(runId, from, to, limit, offset, ownerId);
        },
        // How many of them are yours is not counted: the list ends at the first short page.
        ownerId > 0 ? -1 : moving, m_segments);
}

QList<qint64> SegmentRunView::selectedCustomers() const
{
    QList<qint64> ids;
    for (const QModelIndex& row : m_moves->selectionModel()->selectedRows())
        ids.append(m_movesModel->move(row.row()).customerId);
    return ids;
}

void SegmentRunView::confirmSelected()
{
    decide(MoveDecision::Confirmed, 0, {});
}

void SegmentRunView::keepSelected()
{
    const QList<qint64> ids = selectedCustomers();
    if (ids.isEmpty())
        return;
    const QModelIndex first = m_moves->selectionModel()->selectedRows().constFirst();
    // Window-modal and not exec(): the page stays alive and tests can answer the dialog.
    auto* dialog = new SegmentRunKeepDialog(
        m_segments, m_movesModel->move(first.row()).fromSegmentId, int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_keepDialog = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { keepSelectedIn(dialog->segmentId(), dialog->reason()); });
    dialog->open();
}

void SegmentRunView::keepSelectedIn(qint64 segmentId, const QString& reason)
{
    decide(MoveDecision::Overridden, segmentId, reason);
}

void SegmentRunView::decide(MoveDecision decision, qint64 segmentId, const QString& reason)
{
    QList<qint64> ids;
    QList<MoveDecision> before;
    for (const QModelIndex& row : m_moves->selectionModel()->selectedRows()) {
        ids.append(m_movesModel->move(row.row()).customerId);
        before.append(m_movesModel->move(row.row()).decision);
    }
    if (ids.isEmpty())
        return;
    if (const Status saved = m_service.decide(m_run.id, ids, decision, segmentId, reason); !saved) {
        emit failed(tr("The decision was not saved: %1").arg(saved.error().text()));
        return;
    }
    m_movesModel->refresh();
    m_decisions->decided(before, decision);
    updateSummary();
    updateButtons();
}

int SegmentRunView::pendingMoves() const
{
    if (m_run.kind != RunKind::Review)
        return 0;
    return m_decisions->isKnown() ? m_decisions->counts().pending : -1;
}

} // namespace luotsi::gui
