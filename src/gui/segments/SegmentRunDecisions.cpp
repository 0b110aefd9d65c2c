#include "SegmentRunDecisions.h"

#include "core/Workspace.h"
#include "core/segments/SegmentationService.h"

#include <memory>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

constexpr int countPage = 5000;

} // namespace

SegmentRunDecisions::SegmentRunDecisions(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{}

SegmentRunDecisions::~SegmentRunDecisions() = default;

int& SegmentRunDecisions::slot(Counts& counts, MoveDecision decision)
{
    switch (decision) {
    case MoveDecision::Confirmed:
        return counts.confirmed;
    case MoveDecision::Overridden:
        return counts.overridden;
    case MoveDecision::Pending:
        break;
    }
    return counts.pending;
}

Status SegmentRunDecisions::countInto(SegmentationService& service, qint64 runId, Counts& counts,
                                      const BackgroundJob::Progress& progress)
{
    counts = {};
    for (int offset = 0;; offset += countPage) {
        const auto page = service.moves(runId, -1, -1, countPage, offset);
        if (!page)
            return page.error();
        for (const RunMove& move : *page)
            ++slot(counts, move.decision);
        if (page->size() < countPage)
            return {};
        if (progress && !progress(offset + page->size(), -1))
            return Error{tr("Counting was cancelled."), {}};
    }
}

void SegmentRunDecisions::clear()
{
    if (m_job)
        m_job->cancel(); // its result is ignored: it is no longer m_job
    m_job = nullptr;
    m_runId = 0;
    m_moved = 0;
    m_counts = {};
    m_known = false;
}

void SegmentRunDecisions::count(const SegmentRun& run)
{
    clear();
    if (run.kind != RunKind::Review)
        return;
    m_runId = run.id;
    m_moved = run.moved;
    if (m_moved > m_threshold) {
        startWorker();
        return;
    }
    if (const Status counted = countInto(m_workspace.segmentation(), m_runId, m_counts); !counted) {
        emit failed(counted.error().text());
        return;
    }
    m_known = true;
    emit changed();
}

void SegmentRunDecisions::startWorker()
{
    if (m_job)
        m_job->cancel();
    m_known = false;
    const QString path = m_workspace.path();
    const User user = m_workspace.currentUser();
    const qint64 runId = m_runId;
    auto counts = std::make_shared<Counts>();
    auto* job = new BackgroundJob(
        [path, user, runId, counts](const BackgroundJob::Progress& progress) -> Status {
            auto workspace = Workspace::open(path, user.login, user.displayName);
            if (!workspace)
                return workspace.error();
            return countInto((*workspace)->segmentation(), runId, *counts, progress);
        },
        this);
    m_job = job;
    connect(job, &BackgroundJob::finished, this,
            [this, job, counts](bool ok, const QString& error) {
                job->deleteLater();
                if (job != m_job || job->isCancelled())
                    return; // a newer count or another run took over
                m_job = nullptr;
                if (!ok) {
                    emit failed(error);
                    return;
                }
                m_counts = *counts;
                m_known = true;
                emit changed();
            });
    job->start();
}

void SegmentRunDecisions::decided(const QList<MoveDecision>& before, MoveDecision after)
{
    if (m_runId == 0)
        return;
    if (!m_known) {
        // The worker may have read some of these before the change: count again.
        startWorker();
        return;
    }
    for (const MoveDecision decision : before) {
        --slot(m_counts, decision);
        ++slot(m_counts, after);
    }
    emit changed();
}

} // namespace luotsi::gui
