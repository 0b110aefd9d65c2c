// STUB: to be replaced by the rules-and-catalog helper.
#include "SegmentCatalog.h"

namespace luotsi::core::segments {

namespace {
Error notYet()
{
    return Error{QStringLiteral("not implemented yet"), {}};
}
} // namespace

SegmentCatalog::SegmentCatalog(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{}
SegmentCatalog::~SegmentCatalog() = default;

Result<QList<Segmentation>> SegmentCatalog::segmentations()
{
    return notYet();
}
Result<Segmentation> SegmentCatalog::primarySegmentation()
{
    return notYet();
}
Status SegmentCatalog::saveSegmentation(Segmentation&)
{
    return notYet();
}
Status SegmentCatalog::setPrimary(qint64)
{
    return notYet();
}
Result<QList<Segment>> SegmentCatalog::segments(qint64)
{
    return notYet();
}
Result<QList<Segment>> SegmentCatalog::segmentsByPriority(qint64)
{
    return notYet();
}
Result<Segment> SegmentCatalog::segment(qint64)
{
    return notYet();
}
Status SegmentCatalog::saveSegment(Segment&)
{
    return notYet();
}
Status SegmentCatalog::moveSegment(qint64, int)
{
    return notYet();
}
Result<QList<CareChannel>> SegmentCatalog::channels()
{
    return notYet();
}
Result<QList<CareCell>> SegmentCatalog::careModel(qint64)
{
    return notYet();
}
Result<QList<CareCell>> SegmentCatalog::careFor(qint64)
{
    return notYet();
}
Status SegmentCatalog::saveCareCell(const CareCell&)
{
    return notYet();
}
Result<QList<SegmentTarget>> SegmentCatalog::targets(qint64, const QString&)
{
    return notYet();
}
Status SegmentCatalog::saveTarget(SegmentTarget&)
{
    return notYet();
}
bool SegmentCatalog::isValidPeriod(const QString&)
{
    return false;
}

} // namespace luotsi::core::segments
