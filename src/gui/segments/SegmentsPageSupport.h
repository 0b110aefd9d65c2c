#pragma once

#include "core/segments/Segment.h"

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>

class QComboBox;

namespace luotsi::core::segments {
class SegmentCatalog;
}

namespace luotsi::gui {

// The segments of one segmentation as the Segments module's pages show them: by id, in display
// order, each with its colour chip; segment 0 (runs, history and flows use it for "none") gets a
// name of its own.
class SegmentIndex final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentIndex)
public:
    SegmentIndex() = default;
    explicit SegmentIndex(QList<core::segments::Segment> segments);

    // By position, inactive ones too.
    const QList<core::segments::Segment>& segments() const { return m_segments; }
    bool contains(qint64 segmentId) const { return m_rows.contains(segmentId); }
    // The segment's name; 0: "(no segment)"; an unknown id: "#id".
    QString name(qint64 segmentId) const;
    QString colour(qint64 segmentId) const;
    QIcon chip(qint64 segmentId) const;

    static QString noSegmentName();

private:
    QList<core::segments::Segment> m_segments;
    QHash<qint64, int> m_rows;
};

// A square of the segment's colour for headers, combos and lists.
QIcon segmentChip(const QString& colour);

// Fills the combo with the segmentations (data: id), the one chosen before or else the primary
// one current. Returns the error text, empty when it worked.
QString fillSegmentations(QComboBox* combo, core::segments::SegmentCatalog& catalog);
// The current segmentation's id in such a combo, 0 when there is none.
qint64 chosenSegmentationId(const QComboBox* combo);

} // namespace luotsi::gui
