#include "DemoSegmentation.h"

#include "core/Workspace.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"
#include "core/storage/SegmentRunRepository.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace luotsi::core::demo {

namespace {

Result<qint64> runAndApply(segments::SegmentationService& service, qint64 segmentationId,
                           const QDate& asOf)
{
    auto run = service.preview(segmentationId, segments::RunKind::Run, asOf);
    if (!run)
        return run.error();
    if (auto applied = service.apply(run->id); !applied)
        return applied.error();
    return run->id;
}

} // namespace

Status segmentDemoRegister(Workspace& workspace, int salesMonths)
{
    auto segmentations = workspace.segmentCatalog().segmentations();
    if (!segmentations)
        return segmentations.error();
    const QDate today = QDate::currentDate();
    const QDate yearAgo = today.addMonths(-12);
    for (const segments::Segmentation& segmentation : *segmentations) {
        if (salesMonths > 12) {
            auto earlier = runAndApply(workspace.segmentation(), segmentation.id, yearAgo);
            if (!earlier)
                return earlier.error();
            const QDateTime then(yearAgo, QTime(9, 0), Qt::UTC);
            if (auto status =
                    storage::SegmentRunRepository(workspace.database()).backdate(*earlier, then);
                !status)
                return status;
        }
        if (auto now = runAndApply(workspace.segmentation(), segmentation.id, today); !now)
            return now.error();
    }
    return {};
}

} // namespace luotsi::core::demo
