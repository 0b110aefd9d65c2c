#pragma once

#include "Segment.h"
#include "core/Result.h"

#include <QObject>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::segments {

// The segment definitions an admin edits: segmentations, segments with their rules, the care
// model's channels and cells, and managers' targets. Every write is one transaction and emits
// changed().
class SegmentCatalog final : public QObject
{
    Q_OBJECT
public:
    explicit SegmentCatalog(Workspace& workspace, QObject* parent = nullptr);
    ~SegmentCatalog() override;

    Result<QList<Segmentation>> segmentations(); // by position
    Result<Segmentation> primarySegmentation();
    Status saveSegmentation(Segmentation& segmentation); // id set on insert
    Status setPrimary(qint64 segmentationId);            // the others stop being primary

    // By position; inactive ones too.
    Result<QList<Segment>> segments(qint64 segmentationId);
    // Active ones by priority, for evaluation.
    Result<QList<Segment>> segmentsByPriority(qint64 segmentationId);
    Result<Segment> segment(qint64 segmentId);
    // Validates (names, unique code, #rrggbb colour, readable rule) and saves; id set on insert.
    Status saveSegment(Segment& segment);
    // Moves a segment one step up or down in display order (positions renumbered 1..n).
    Status moveSegment(qint64 segmentId, int steps);

    Result<QList<CareChannel>> channels(); // by position
    Result<QList<CareCell>> careModel(qint64 segmentationId);
    Result<QList<CareCell>> careFor(qint64 segmentId);
    Status saveCareCell(const CareCell& cell); // an empty role and rhythm removes the cell

    // Targets of a period ("2027", "2027-Q1") for the segments of a segmentation.
    Result<QList<SegmentTarget>> targets(qint64 segmentationId, const QString& period);
    Status saveTarget(SegmentTarget& target); // neither value set: removes it
    static bool isValidPeriod(const QString& period);

signals:
    void changed();

private:
    Workspace& m_workspace;
};

} // namespace luotsi::core::segments
