#include "SegmentRunsPage.h"

#include "SegmentRunListModel.h"
#include "SegmentRunView.h"
#include "core/Workspace.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>
#include <memory>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

SegmentRunsPage::SegmentRunsPage(Workspace& workspace, std::function<void(qint64)> openCustomer,
                                 QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("segmentRunsPage"));
    m_segmentation = new QComboBox(this);
    m_segmentation->setObjectName(QStringLiteral("runSegmentationComboBox"));
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("runAsOfDateEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setToolTip(tr("The rules read the 12 months of sales up to this day's month."));
    m_newRun = new QPushButton(tr("&New run"), this);
    m_newRun->setObjectName(QStringLiteral("newRunButton"));
    m_newRun->setToolTip(tr("Evaluates every customer and shows who would move; nothing changes "
                            "before you apply it."));
    m_review = new QPushButton(tr("&Yearly review"), this);
    m_review->setObjectName(QStringLiteral("yearlyReviewButton"));
    m_review->setToolTip(tr("A run whose moves the account managers confirm or override before "
                            "it is applied (month 12 of the yearly clock)."));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgressBar"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatusLabel"));
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
    addLabelled(tr("&As of:"), m_asOf);
    bar->addWidget(m_newRun);
    bar->addWidget(m_review);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    bar->addStretch(0);

    m_runsModel = new SegmentRunListModel(this);
    m_runs = new QTableView(this);
    m_runs->setObjectName(QStringLiteral("runsTableView"));
    m_runs->setModel(m_runsModel);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_view = new SegmentRunView(workspace, std::move(openCustomer), this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_runs);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // The earlier runs show date, kind, as-of, status and counts without scrolling.
    splitter->setSizes({480, 960});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_newRun, &QPushButton::clicked, this, [this] { startPreview(RunKind::Run); });
    connect(m_review, &QPushButton::clicked, this, [this] { startPreview(RunKind::Review); });
    connect(m_cancel, &QPushButton::clicked, this, &SegmentRunsPage::cancelJob);
    connect(m_segmentation, &QComboBox::currentIndexChanged, this, [this] {
        reloadSegments();
        reloadRuns(0);
    });
    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRunAt(current.row()); });
    connect(m_view, &SegmentRunView::applyRequested, this, &SegmentRunsPage::applyShown);
    connect(m_view, &SegmentRunView::discardRequested, this, &SegmentRunsPage::discardShown);
    connect(m_view, &SegmentRunView::failed, this, &SegmentRunsPage::setStatus);
    connect(&workspace.segmentCatalog(), &SegmentCatalog::changed, this, [this] {
        // Names and colours may have changed: show the run again with them.
        if (m_loaded) {
            fillSegmentations(m_segmentation, m_workspace.segmentCatalog());
            reloadSegments();
            reloadRuns(m_view->run().id);
        }
    });
}

SegmentRunsPage::~SegmentRunsPage() = default;

void SegmentRunsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

qint64 SegmentRunsPage::segmentationId() const
{
    return chosenSegmentationId(m_segmentation);
}

void SegmentRunsPage::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SegmentRunsPage::reload()
{
    m_loaded = true;
    if (const QString error = fillSegmentations(m_segmentation, m_workspace.segmentCatalog());
        !error.isEmpty()) {
        setStatus(tr("The segmentations could not be read: %1").arg(error));
    }
    reloadSegments();
    reloadRuns(0);
}

void SegmentRunsPage::reloadSegments()
{
    auto segments = m_workspace.segmentCatalog().segments(segmentationId());
    if (!segments) {
        setStatus(tr("The segments could not be read: %1").arg(segments.error().text()));
        m_segments = {};
        return;
    }
    m_segments = SegmentIndex(std::move(segments).value());
}

void SegmentRunsPage::reloadRuns(qint64 selectRunId)
{
    auto runs = m_workspace.segmentation().runs(segmentationId());
    if (!runs) {
        setStatus(tr("The runs could not be read: %1").arg(runs.error().text()));
        m_runsModel->setRuns({});
        m_view->clear();
        return;
    }
    m_runsModel->setRuns(std::move(runs).value());
    m_runs->resizeColumnsToContents();
    const int row = selectRunId != 0 ? m_runsModel->rowOf(selectRunId) : 0;
    if (row >= 0 && row < m_runsModel->rowCount()) {
        m_runs->selectRow(row); // the reset cleared the current row: this shows the run
    } else {
        m_view->clear();
    }
}

void SegmentRunsPage::showRunAt(int row)
{
    if (row < 0 || row >= m_runsModel->rowCount())
        return;
    // The list may hold runs without their matrix: read the whole run.
    auto run = m_workspace.segmentation().run(m_runsModel->run(row).id);
    if (!run) {
        setStatus(tr("The run could not be read: %1").arg(run.error().text()));
        return;
    }
    m_view->showRun(*run, m_segments);
}

void SegmentRunsPage::startJob(const BackgroundJob::Work& work, const QString& label, Done done)
{
    auto* job = new BackgroundJob(work, this);
    m_job = job;
    m_jobLabel = label;
    connect(job, &BackgroundJob::progressed, this, &SegmentRunsPage::showProgress);
    connect(job, &BackgroundJob::finished, this,
            [this, job, done = std::move(done)](bool ok, const QString& error) {
                const bool cancelled = job->isCancelled();
                m_job = nullptr;
                job->deleteLater();
                m_newRun->setEnabled(true);
                m_review->setEnabled(true);
                m_segmentation->setEnabled(true);
                m_progress->hide();
                m_cancel->hide();
                m_view->setBusy(false);
                done(ok && !cancelled, cancelled, error);
            });
    m_newRun->setEnabled(false);
    m_review->setEnabled(false);
    m_segmentation->setEnabled(false);
    m_view->setBusy(true);
    m_progress->setRange(0, 0);
    m_progress->setFormat(label);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    setStatus({});
    job->start();
}

void SegmentRunsPage::showProgress(qint64 done, qint64 total)
{
    if (!m_job || m_job->isCancelled())
        return;
    // Counts beyond int are scaled so the bar stays proportional.
    const qint64 scale = total > INT_MAX ? total / INT_MAX + 1 : 1;
    m_progress->setRange(0, int(total / scale));
    m_progress->setValue(int(qMin(done, total) / scale));
    const QLocale locale;
    m_progress->setFormat(total > 0
                              ? tr("%1: %2 / %3 customers")
                                    .arg(m_jobLabel, locale.toString(done), locale.toString(total))
                              : m_jobLabel);
}

void SegmentRunsPage::cancelJob()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_progress->setFormat(tr("Cancelling…"));
}

void SegmentRunsPage::startPreview(RunKind kind)
{
    if (m_job)
        return;
    const qint64 segmentationId = this->segmentationId();
    if (segmentationId == 0) {
        setStatus(tr("There is no segmentation to run."));
        emit jobFinished(false, m_status->text());
        return;
    }
    const QString path = m_workspace.path();
    const User user = m_workspace.currentUser();
    const QDate asOf = m_asOf->date();
    auto runId = std::make_shared<qint64>(0);
    const BackgroundJob::Work work = [path, user, segmentationId, kind, asOf,
                                      runId](const BackgroundJob::Progress& report) -> Status {
        // A database connection belongs to the thread that opened it.
        auto workspace = Workspace::open(path, user.login, user.displayName);
        if (!workspace)
            return workspace.error();
        auto run = (*workspace)->segmentation().preview(segmentationId, kind, asOf, report);
        if (!run)
            return run.error();
        *runId = run->id;
        return {};
    };
    startJob(work, kind == RunKind::Review ? tr("Preparing the yearly review") : tr("Evaluating"),
             [this, runId](bool ok, bool cancelled, const QString& error) {
                 QString message;
                 if (cancelled)
                     message = tr("The run was cancelled; nothing changed.");
                 else if (!ok)
                     message = tr("The run failed: %1").arg(error);
                 setStatus(message);
                 if (ok)
                     reloadRuns(*runId);
                 emit jobFinished(ok, message);
             });
}

void SegmentRunsPage::applyShown()
{
    if (m_job || !m_view->hasRun())
        return;
    const SegmentRun run = m_view->run();
    QString question;
    if (run.kind == RunKind::Review) {
        question = tr("Apply the yearly review? %Ln customer(s) move.", nullptr, run.moved);
        if (const int pending = m_view->pendingMoves(); pending > 0) {
            question += QLatin1Char(' ') +
                        tr("%Ln move(s) are still pending and will be applied as proposed.",
                           nullptr, pending);
        } else if (pending < 0) {
            question += QLatin1Char(' ') +
                        tr("Moves still pending (being counted) will be applied as proposed.");
        }
    } else {
        question = tr("Apply the run? %Ln customer(s) move to a new segment.", nullptr, run.moved);
    }
    if (!m_prompts.confirm(this, tr("Apply the run"), question))
        return;

    const QString path = m_workspace.path();
    const User user = m_workspace.currentUser();
    const qint64 runId = run.id;
    auto result = std::make_shared<ApplyResult>();
    const BackgroundJob::Work work = [path, user, runId,
                                      result](const BackgroundJob::Progress& report) -> Status {
        auto workspace = Workspace::open(path, user.login, user.displayName);
        if (!workspace)
            return workspace.error();
        auto applied = (*workspace)->segmentation().apply(runId, report);
        if (!applied)
            return applied.error();
        *result = *applied;
        return {};
    };
    startJob(work, tr("Applying"),
             [this, runId, result](bool ok, bool cancelled, const QString& error) {
                 QString message;
                 if (cancelled) {
                     message = tr("Applying was cancelled; nothing changed.");
                 } else if (!ok) {
                     message = tr("The run was not applied: %1").arg(error);
                 } else {
                     // The worker wrote through its own connection: tell the window's views.
                     m_workspace.segmentation().notifyAssignmentsChanged();
                     message = tr("Applied: %Ln customer(s) moved.", nullptr, result->moved);
                     if (result->skipped > 0)
                         message += QLatin1Char(' ') +
                                    tr("%Ln customer(s) skipped: their segment was changed by "
                                       "hand after the preview.",
                                       nullptr, result->skipped);
                     if (result->overridesEnded > 0)
                         message += QLatin1Char(' ') + tr("%Ln expired override(s) ended.", nullptr,
                                                          result->overridesEnded);
                 }
                 setStatus(message);
                 reloadRuns(runId);
                 emit jobFinished(ok, message);
             });
}

void SegmentRunsPage::discardShown()
{
    if (m_job || !m_view->hasRun())
        return;
    const qint64 runId = m_view->run().id;
    if (!m_prompts.confirm(this, tr("Discard the run"),
                           tr("Discard this preview? Nobody moves, and its decisions are lost.")))
        return;
    // A big preview holds hundreds of thousands of moves to delete: a worker's job too.
    const QString path = m_workspace.path();
    const User user = m_workspace.currentUser();
    const BackgroundJob::Work work = [path, user, runId](const BackgroundJob::Progress&) -> Status {
        auto workspace = Workspace::open(path, user.login, user.displayName);
        if (!workspace)
            return workspace.error();
        return (*workspace)->segmentation().discard(runId);
    };
    startJob(work, tr("Discarding"), [this, runId](bool ok, bool, const QString& error) {
        const QString message =
            ok ? tr("The preview was discarded.") : tr("The run was not discarded: %1").arg(error);
        setStatus(message);
        reloadRuns(runId);
        emit jobFinished(ok, message);
    });
}

} // namespace luotsi::gui
