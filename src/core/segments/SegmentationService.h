#pragma once

#include "CustomerFacts.h"
#include "RuleEvaluator.h"
#include "Segment.h"
#include "SegmentAssignment.h"
#include "core/Result.h"

#include <QDate>
#include <QObject>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::segments {

// Puts customers into segments: the facts rules read, re-segmentation runs (preview, then apply
// in one transaction), manual overrides with expiry, the yearly review's owner decisions, and
// the history every change leaves. A run over a large register belongs on a worker thread with
// its own Workspace; the window's service then hears of it through notifyAssignmentsChanged().
class SegmentationService final : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false: cancel

    explicit SegmentationService(Workspace& workspace, QObject* parent = nullptr);
    ~SegmentationService() override;

    // Facts ---------------------------------------------------------------------------------
    Result<CustomerFacts> facts(qint64 customerId, const QDate& asOf = QDate::currentDate());
    Result<QList<SalesFact>> salesOf(qint64 customerId); // newest month first
    Status setPotential(qint64 customerId, std::optional<double> euros);
    Status setTags(qint64 customerId, const QStringList& tags);
    // Why each segment's rule holds or not for this customer, in priority order.
    struct SegmentExplanation
    {
        Segment segment;
        bool held = false;
        QList<ExplanationLine> lines;
    };
    Result<QList<SegmentExplanation>> explain(qint64 segmentationId, qint64 customerId,
                                              const QDate& asOf = QDate::currentDate());
    // The same for one rule being edited (not saved yet).
    Result<QList<ExplanationLine>> explainRule(const Rule& rule, qint64 customerId,
                                               const QDate& asOf = QDate::currentDate());

    // Assignments -----------------------------------------------------------------------------
    Result<CustomerSegment> segmentOf(qint64 customerId, qint64 segmentationId);
    Result<QList<SegmentChange>> history(qint64 customerId,
                                         qint64 segmentationId = 0); // newest first
    // Sets a manual segment at once (history: manual, with the reason).
    Status setOverride(const SegmentOverride& override);
    // Removes the override and puts the customer where the rules say now (history: override_ended).
    Status clearOverride(qint64 customerId, qint64 segmentationId);
    // Entered and left per segment between two days (inclusive), from the history.
    Result<QList<SegmentFlow>> flows(qint64 segmentationId, const QDate& from, const QDate& to);
    // Customers per current segment (segment 0: none).
    Result<QList<std::pair<qint64, int>>> distribution(qint64 segmentationId);

    // Runs ----------------------------------------------------------------------------------
    // Evaluates every customer as of asOf and stores the preview: the whole from→to matrix and
    // the customers that move. Overrides in force win over rules. Nothing is assigned yet.
    Result<SegmentRun> preview(qint64 segmentationId, RunKind kind, const QDate& asOf,
                               const Progress& progress = {});
    Result<SegmentRun> run(qint64 runId);
    Result<QList<SegmentRun>> runs(qint64 segmentationId, int limit = 100); // newest first
    // The moving customers of a run; fromSegmentId / toSegmentId -1: any; ownerId 0: any
    // account manager, else only that account manager's customers (a review's "my customers").
    Result<QList<RunMove>> moves(qint64 runId, qint64 fromSegmentId = -1, qint64 toSegmentId = -1,
                                 int limit = 1000, int offset = 0, qint64 ownerId = 0);
    // A review: the owner confirms a move, or overrides it to keep the customer in segmentId.
    Status decide(qint64 runId, const QList<qint64>& customerIds, MoveDecision decision,
                  qint64 segmentId = 0, const QString& reason = {});
    // Writes the preview's moves (a review: overridden moves become manual overrides) and the
    // history, and removes expired overrides, in one transaction. A customer whose segment was
    // changed by hand after the preview is skipped. In a review, pending and confirmed moves both
    // apply (an owner who says nothing accepts the move); an overridden one becomes a manual
    // override (no expiry) of the owner's segment with the owner's reason. See SegmentRunner.
    Result<ApplyResult> apply(qint64 runId, const Progress& progress = {});
    Status discard(qint64 runId);

    // After a run applied by another connection (a worker), so that views reload.
    void notifyAssignmentsChanged() { emit assignmentsChanged({}); }

signals:
    // Customers whose segment changed; empty: possibly all.
    void assignmentsChanged(const QList<qint64>& customerIds);
    void factsChanged(qint64 customerId);

private:
    Result<qint64> resolve(qint64 segmentationId); // 0: the primary segmentation

    Workspace& m_workspace;
};

} // namespace luotsi::core::segments
