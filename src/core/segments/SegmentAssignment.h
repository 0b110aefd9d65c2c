#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace luotsi::core::segments {

// A manual segment with its reason; runs keep it until it expires (the day after expiresOn).
struct SegmentOverride
{
    qint64 customerId = 0;
    qint64 segmentationId = 0;
    qint64 segmentId = 0;
    QString reason;
    QDate expiresOn; // invalid: no expiry
    qint64 userId = 0;
    QString userName;
    QDateTime createdAt;

    bool isActiveOn(const QDate& day) const { return !expiresOn.isValid() || day <= expiresOn; }
};

// A customer's current segment in one segmentation.
struct CustomerSegment
{
    qint64 customerId = 0;
    qint64 segmentationId = 0;
    qint64 segmentId = 0; // 0: none yet
    QDateTime since;
    qint64 runId = 0; // 0: set by hand
    std::optional<SegmentOverride> override;
};

enum class ChangeReason
{
    Run,
    Review,
    Manual,
    OverrideEnded
};

// One entry of a customer's segment history. Segment 0: none.
struct SegmentChange
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 segmentationId = 0;
    qint64 fromSegmentId = 0;
    qint64 toSegmentId = 0;
    QDateTime changedAt;
    ChangeReason reason = ChangeReason::Run;
    qint64 runId = 0;
    qint64 userId = 0;
    QString userName;
    QString note; // the override's reason
};

// How a segment's membership changed over a period, counted from the history.
struct SegmentFlow
{
    qint64 segmentId = 0;
    int atStart = 0;
    int entered = 0;
    int left = 0;
    int atEnd = 0;
};

enum class RunKind
{
    Run,
    Review // the yearly review: owners confirm or override moves before applying
};
enum class RunStatus
{
    Preview,
    Applied,
    Discarded
};

// How many customers go from one segment to another (0: none); stays have from == to.
struct TransitionCount
{
    qint64 fromSegmentId = 0;
    qint64 toSegmentId = 0;
    int customers = 0;
};

struct SegmentRun
{
    qint64 id = 0;
    qint64 segmentationId = 0;
    RunKind kind = RunKind::Run;
    RunStatus status = RunStatus::Preview;
    QDate asOf;
    QDateTime createdAt;
    QDateTime appliedAt;
    qint64 userId = 0;
    QString userName;
    int customers = 0;
    int moved = 0;
    QList<TransitionCount> matrix;
};

enum class MoveDecision
{
    Pending,
    Confirmed,
    Overridden // the owner keeps the customer in decidedSegmentId, with a reason
};

// One customer a run moves.
struct RunMove
{
    qint64 runId = 0;
    qint64 customerId = 0;
    QString customerName;
    qint64 ownerId = 0;
    QString ownerName;
    qint64 fromSegmentId = 0;
    qint64 toSegmentId = 0;
    MoveDecision decision = MoveDecision::Pending;
    qint64 decidedSegmentId = 0;
    QString decisionReason;
};

// What apply() did.
struct ApplyResult
{
    int moved = 0;
    int skipped = 0;        // customers whose segment changed by hand after the preview
    int overridesEnded = 0; // expired overrides removed
};

} // namespace luotsi::core::segments
