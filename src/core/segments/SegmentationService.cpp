// STUB: to be replaced by the runs helper.
#include "SegmentationService.h"

namespace luotsi::core::segments {

namespace {
Error notYet()
{
    return Error{QStringLiteral("not implemented yet"), {}};
}
} // namespace

SegmentationService::SegmentationService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{}
SegmentationService::~SegmentationService() = default;

Result<CustomerFacts> SegmentationService::facts(qint64, const QDate&)
{
    return notYet();
}
Result<QList<SalesFact>> SegmentationService::salesOf(qint64)
{
    return notYet();
}
Status SegmentationService::setPotential(qint64, std::optional<double>)
{
    return notYet();
}
Status SegmentationService::setTags(qint64, const QStringList&)
{
    return notYet();
}
Result<QList<SegmentationService::SegmentExplanation>> SegmentationService::explain(qint64, qint64,
                                                                                    const QDate&)
{
    return notYet();
}
Result<QList<ExplanationLine>> SegmentationService::explainRule(const Rule&, qint64, const QDate&)
{
    return notYet();
}
Result<CustomerSegment> SegmentationService::segmentOf(qint64, qint64)
{
    return notYet();
}
Result<QList<SegmentChange>> SegmentationService::history(qint64, qint64)
{
    return notYet();
}
Status SegmentationService::setOverride(const SegmentOverride&)
{
    return notYet();
}
Status SegmentationService::clearOverride(qint64, qint64)
{
    return notYet();
}
Result<QList<SegmentFlow>> SegmentationService::flows(qint64, const QDate&, const QDate&)
{
    return notYet();
}
Result<QList<std::pair<qint64, int>>> SegmentationService::distribution(qint64)
{
    return notYet();
}
Result<SegmentRun> SegmentationService::preview(qint64, RunKind, const QDate&, const Progress&)
{
    return notYet();
}
Result<SegmentRun> SegmentationService::run(qint64)
{
    return notYet();
}
Result<QList<SegmentRun>> SegmentationService::runs(qint64, int)
{
    return notYet();
}
Result<QList<RunMove>> SegmentationService::moves(qint64, qint64, qint64, int, int)
{
    return notYet();
}
Status SegmentationService::decide(qint64, const QList<qint64>&, MoveDecision, qint64,
                                   const QString&)
{
    return notYet();
}
Result<ApplyResult> SegmentationService::apply(qint64, const Progress&)
{
    return notYet();
}
Status SegmentationService::discard(qint64)
{
    return notYet();
}

} // namespace luotsi::core::segments
