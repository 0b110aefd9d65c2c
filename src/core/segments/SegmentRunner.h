#pragma once

#include "SegmentAssignment.h"
#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <functional>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::segments {

// A re-segmentation run over the whole register: the preview evaluates every customer and stores
// the from→to matrix and the movers; apply writes them. SegmentationService delegates here; the
// work is plain sequential code, so it runs on whichever thread owns the workspace.
//
// Preview: one pass over the facts stream (customers in id order), merged with the current
// assignments read in the same order and the overrides held in memory. An override whose last
// day is on or after the as-of date wins over the rules; an expired one is ignored. Everything is
// stored in one transaction, or nothing when progress cancels.
//
// Apply, in one transaction:
// - only a run still in preview is applied;
// - a customer whose segment is no longer the preview's "from" (changed by hand since), or whom
//   an override in force keeps in another segment than the move's (pinned since), is skipped
//   and counted;
// - in a review, a move an owner overrode becomes a manual override of the owner's segment with
//   the owner's reason (history: manual) instead of the move; pending and confirmed moves both
//   apply, so an owner who says nothing accepts the move;
// - overrides whose last day was before the as-of date are removed (the preview already ignored
//   them, so the run's own move records the change);
// - the run becomes applied.
class SegmentRunner final
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false: cancel

    explicit SegmentRunner(Workspace& workspace);

    // segmentationId must be a real one (not 0).
    Result<SegmentRun> preview(qint64 segmentationId, RunKind kind, const QDate& asOf,
                               const Progress& progress);
    Result<ApplyResult> apply(qint64 runId, const Progress& progress);

    // Group company code → id, as rules name companies by code.
    static Result<QHash<QString, qint64>> companyIds(Workspace& workspace);

private:
    Workspace& m_workspace;
};

} // namespace luotsi::core::segments
