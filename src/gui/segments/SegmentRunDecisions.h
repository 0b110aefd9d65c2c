#pragma once

#include "core/Result.h"
#include "core/segments/SegmentAssignment.h"
#include "shell/BackgroundJob.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace luotsi::core {
class Workspace;
}
namespace luotsi::core::segments {
class SegmentationService;
}

namespace luotsi::gui {

// How far a yearly review has got: its moves counted by decision (pending, confirmed, kept in a
// segment). The service has no count per decision, so every move is read; a big review is
// counted on a worker thread with its own Workspace, and decisions made meanwhile start the
// count over.
class SegmentRunDecisions final : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        int pending = 0;
        int confirmed = 0;
        int overridden = 0;
    };

    explicit SegmentRunDecisions(core::Workspace& workspace, QObject* parent = nullptr);
    ~SegmentRunDecisions() override;

    // Counts the run's decisions; a plain run has none to count.
    void count(const core::segments::SegmentRun& run);
    void clear();
    // False while a worker counts.
    bool isKnown() const { return m_known; }
    const Counts& counts() const { return m_counts; }
    // After a decision was saved: moves that had the decisions `before` now have `after`.
    void decided(const QList<core::segments::MoveDecision>& before,
                 core::segments::MoveDecision after);
    // Runs moving more customers than this are counted on a worker (tests lower it).
    void setWorkerThreshold(int moves) { m_threshold = moves; }

    // Reads every move of the run a page at a time.
    static core::Status countInto(core::segments::SegmentationService& service, qint64 runId,
                                  Counts& counts, const BackgroundJob::Progress& progress = {});

signals:
    // The counts are known or changed.
    void changed();
    void failed(const QString& message);

private:
    void startWorker();
    static int& slot(Counts& counts, core::segments::MoveDecision decision);

    core::Workspace& m_workspace;
    qint64 m_runId = 0;
    int m_moved = 0;
    Counts m_counts;
    bool m_known = false;
    int m_threshold = 20000;
    QPointer<BackgroundJob> m_job;
};

} // namespace luotsi::gui
