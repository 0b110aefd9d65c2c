#pragma once

#include "SegmentsPageSupport.h"
#include "core/segments/SegmentAssignment.h"

#include <QAbstractTableModel>
#include <QList>

namespace luotsi::gui {

// How each segment's membership changed over a period: customers at the start, entered, left
// and at the end, one row per segment (the active ones always, others when they moved anyone)
// and a total row.
class SegmentFlowsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AtStartColumn,
        EnteredColumn,
        LeftColumn,
        AtEndColumn,
        ColumnCount
    };

    explicit SegmentFlowsModel(QObject* parent = nullptr);

    void setFlows(const QList<core::segments::SegmentFlow>& flows, SegmentIndex segments);
    void clear();
    // The flow of a row (the total row: the sums), and the row of a segment or -1.
    core::segments::SegmentFlow flow(int row) const;
    int rowOf(qint64 segmentId) const;
    bool isTotalRow(int row) const { return row == int(m_flows.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    SegmentIndex m_segments;
    QList<core::segments::SegmentFlow> m_flows;
    core::segments::SegmentFlow m_total;
};

} // namespace luotsi::gui
