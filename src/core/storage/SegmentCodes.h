#pragma once

#include "core/segments/SegmentAssignment.h"

#include <QString>

// The words migrations/0006_segments.sql stores for runs, decisions and history reasons. They
// are the database's words, never translated.
namespace luotsi::storage::segmentcodes {

inline QString code(core::segments::RunKind kind)
{
    return kind == core::segments::RunKind::Review ? QStringLiteral("review")
                                                   : QStringLiteral("run");
}

inline core::segments::RunKind runKindFromCode(const QString& code)
{
    return code == QLatin1String("review") ? core::segments::RunKind::Review
                                           : core::segments::RunKind::Run;
}

inline QString code(core::segments::RunStatus status)
{
    switch (status) {
    case core::segments::RunStatus::Preview:
        return QStringLiteral("preview");
    case core::segments::RunStatus::Applied:
        return QStringLiteral("applied");
    case core::segments::RunStatus::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

inline core::segments::RunStatus runStatusFromCode(const QString& code)
{
    if (code == QLatin1String("applied"))
        return core::segments::RunStatus::Applied;
    if (code == QLatin1String("discarded"))
        return core::segments::RunStatus::Discarded;
    return core::segments::RunStatus::Preview;
}

inline QString code(core::segments::MoveDecision decision)
{
    switch (decision) {
    case core::segments::MoveDecision::Pending:
        return QStringLiteral("pending");
    case core::segments::MoveDecision::Confirmed:
        return QStringLiteral("confirmed");
    case core::segments::MoveDecision::Overridden:
        return QStringLiteral("overridden");
    }
    return {};
}

inline core::segments::MoveDecision decisionFromCode(const QString& code)
{
    if (code == QLatin1String("confirmed"))
        return core::segments::MoveDecision::Confirmed;
    if (code == QLatin1String("overridden"))
        return core::segments::MoveDecision::Overridden;
    return core::segments::MoveDecision::Pending;
}

inline QString code(core::segments::ChangeReason reason)
{
    switch (reason) {
    case core::segments::ChangeReason::Run:
        return QStringLiteral("run");
    case core::segments::ChangeReason::Review:
        return QStringLiteral("review");
    case core::segments::ChangeReason::Manual:
        return QStringLiteral("manual");
    case core::segments::ChangeReason::OverrideEnded:
        return QStringLiteral("override_ended");
    }
    return {};
}

inline core::segments::ChangeReason reasonFromCode(const QString& code)
{
    if (code == QLatin1String("review"))
        return core::segments::ChangeReason::Review;
    if (code == QLatin1String("manual"))
        return core::segments::ChangeReason::Manual;
    if (code == QLatin1String("override_ended"))
        return core::segments::ChangeReason::OverrideEnded;
    return core::segments::ChangeReason::Run;
}

} // namespace luotsi::storage::segmentcodes
