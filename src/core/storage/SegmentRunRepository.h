#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/segments/SegmentAssignment.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <vector>

namespace luotsi::storage {

// Re-segmentation runs: the stored preview (the from→to matrix and the customers that move),
// owners' decisions in a review, and the set-based statements that apply a run. Writers expect
// the caller to hold the transaction.
class SegmentRunRepository final
{
public:
    explicit SegmentRunRepository(Database& database);

    struct Move
    {
        qint64 customerId = 0;
        qint64 fromSegmentId = 0;
        qint64 toSegmentId = 0;
    };
    // Stores a new run (its id is set) with run.matrix and the moves, written in large batches
    // through one prepared statement. keepGoing is asked between batches; false stops with an
    // error (the caller rolls back).
    core::Status insertRun(core::segments::SegmentRun& run, const std::vector<Move>& moves,
                           const std::function<bool(qint64 written)>& keepGoing);

    core::Result<core::segments::SegmentRun> run(qint64 runId); // with its matrix
    // Dates an applied run, its history and the assignments it made back to when (generated
    // demo data: a register that shows a year of segment history).
    core::Status backdate(qint64 runId, const QDateTime& when);
    core::Result<QList<core::segments::SegmentRun>> runs(qint64 segmentationId, int limit);
    // A page of a run's moves in customer id order; -1 for either segment: any.
    core::Result<QList<core::segments::RunMove>> moves(qint64 runId, qint64 fromSegmentId,
                                                       qint64 toSegmentId, int limit, int offset,
                                                       qint64 ownerId = 0);
    // A move an owner overrode in a review: keep the customer in segmentId.
    struct Override
    {
        qint64 customerId = 0;
        qint64 fromSegmentId = 0;
        qint64 segmentId = 0;
        QString reason;
        qint64 decidedBy = 0;
    };
    core::Result<QList<Override>> overriddenMoves(qint64 runId);

    // Records an owner's decision on these customers' moves; an error names a customer the run
    // does not move.
    core::Status decide(qint64 runId, const QList<qint64>& customerIds,
                        core::segments::MoveDecision decision, qint64 segmentId,
                        const QString& reason, qint64 userId, const QDateTime& at);
    core::Status setStatus(qint64 runId, core::segments::RunStatus status,
                           const QDateTime& appliedAt);
    core::Status removeMoves(qint64 runId);

    struct Applied
    {
        int moved = 0;
        int skipped = 0;
    };
    // Moves the run's pending and confirmed customers whose segment is still the one the preview
    // saw and whom no override in force (set since the preview) keeps elsewhere, writing
    // customer_segments and one history row each (reason run or review) in a few set-based
    // statements: a first run moving a million customers must stay fast.
    core::Result<Applied> applyMoves(const core::segments::SegmentRun& run,
                                     core::segments::ChangeReason reason, qint64 userId,
                                     const QDateTime& at);

private:
    core::Status loadMatrix(core::segments::SegmentRun& run);

    Database& m_database;
};

} // namespace luotsi::storage
