#pragma once

#include "core/segments/Segment.h"

#include <QAbstractTableModel>

namespace luotsi::gui {

// The segments of one segmentation in display order, for the definitions page's list: colour
// chip and name, priority, active, account plan required. Inactive segments are greyed.
class SegmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PriorityColumn,
        ActiveColumn,
        AccountPlanColumn,
        ColumnCount
    };
    static constexpr int SegmentIdRole = Qt::UserRole + 1;

    explicit SegmentListModel(QObject* parent = nullptr);

    // A new segmentation's list, or the same one re-read after a change.
    void setSegments(const QList<core::segments::Segment>& segments);
    // One segment's row after it was saved; false when it is not in the list.
    bool updateSegment(const core::segments::Segment& segment);
    const QList<core::segments::Segment>& segments() const { return m_segments; }
    core::segments::Segment segmentAt(int row) const;
    int rowOf(qint64 segmentId) const; // -1: not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::segments::Segment> m_segments;
};

} // namespace luotsi::gui
