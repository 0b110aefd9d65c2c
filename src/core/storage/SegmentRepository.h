#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/segments/Segment.h"

#include <QList>

namespace luotsi::storage {

// The segment catalog's tables: segmentations, segments with their rules (JSON), care channels,
// the care model's cells and segment targets. Plain reads and writes; validation and
// transactions belong to core::segments::SegmentCatalog.
class SegmentRepository final
{
public:
    explicit SegmentRepository(Database& database);

    // Segmentations ----------------------------------------------------------------------------
    core::Result<QList<core::segments::Segmentation>> segmentations(); // by position
    core::Result<core::segments::Segmentation> segmentation(qint64 id);
    core::Result<bool> segmentationCodeTaken(const QString& code, qint64 exceptId);
    // Sets id, and a position after the last one when position is 0.
    core::Status insertSegmentation(core::segments::Segmentation& segmentation);
    core::Status updateSegmentation(const core::segments::Segmentation& segmentation);
    core::Status setPrimary(qint64 segmentationId); // every other one stops being primary

    // Segments ---------------------------------------------------------------------------------
    // A stored rule that cannot be read is an error naming the segment: treating it as empty
    // would put every customer into that segment.
    core::Result<QList<core::segments::Segment>> segments(qint64 segmentationId); // by position
    core::Result<QList<core::segments::Segment>> activeSegmentsByPriority(qint64 segmentationId);
    core::Result<core::segments::Segment> segment(qint64 id);
    core::Result<bool> segmentCodeTaken(qint64 segmentationId, const QString& code,
                                        qint64 exceptId);
    // Sets id, and position and priority after the last ones when they are 0.
    core::Status insertSegment(core::segments::Segment& segment);
    core::Status updateSegment(const core::segments::Segment& segment);
    // Positions 1..n in the order of ids.
    core::Status setPositions(const QList<qint64>& segmentIdsInOrder);

    // Care model -------------------------------------------------------------------------------
    core::Result<QList<core::segments::CareChannel>> channels(); // by position
    core::Result<bool> channelExists(qint64 channelId);
    // By segment position, then channel position.
    core::Result<QList<core::segments::CareCell>> careModel(qint64 segmentationId);
    core::Result<QList<core::segments::CareCell>> careFor(qint64 segmentId); // by channel position
    core::Status saveCareCell(const core::segments::CareCell& cell);
    core::Status removeCareCell(qint64 segmentId, qint64 channelId);

    // Targets ----------------------------------------------------------------------------------
    // By segment position, group company id and business area.
    core::Result<QList<core::segments::SegmentTarget>> targets(qint64 segmentationId,
                                                               const QString& period);
    // Inserts or replaces the target of (segment, period, company, business area); sets id.
    core::Status upsertTarget(core::segments::SegmentTarget& target, qint64 userId);
    core::Status removeTarget(const core::segments::SegmentTarget& target);
    core::Result<bool> groupCompanyExists(qint64 companyId);

private:
    core::Result<QList<core::segments::Segment>> readSegments(const QString& where, qint64 id);
    core::Result<bool> exists(const QString& sql, const QVariantList& values,
                              const QString& purpose);

    Database& m_database;
};

} // namespace luotsi::storage
