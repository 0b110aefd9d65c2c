#pragma once

#include "SegmentsPageSupport.h"
#include "core/segments/SegmentAssignment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace luotsi::gui {

// A run's from→to matrix: rows are the segments customers are in now, columns the segments the
// run puts them in, cells the number of customers, with a total row and column. The diagonal
// (customers who stay) is shown muted; "(no segment)" is a row for customers not yet segmented
// and a column only when the run leaves someone without a segment.
class RunMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        FromSegmentRole = Qt::UserRole, // -1 in the total row: any
        ToSegmentRole,                  // -1 in the total column: any
        CountRole
    };

    explicit RunMatrixModel(QObject* parent = nullptr);

    void setRun(const core::segments::SegmentRun& run, SegmentIndex segments);
    void clear();

    // The number of customers in a cell (totals included).
    int count(const QModelIndex& index) const;
    // Of those, the ones the run moves: a total less its stays, 0 on the diagonal.
    int moving(const QModelIndex& index) const;
    // The row and column of a segment, -1 when it has none; 0 is "(no segment)".
    int rowOf(qint64 fromSegmentId) const { return int(m_rows.indexOf(fromSegmentId)); }
    int columnOf(qint64 toSegmentId) const { return int(m_columns.indexOf(toSegmentId)); }
    bool isTotalRow(int row) const { return row == int(m_rows.size()); }
    bool isTotalColumn(int column) const { return column == int(m_columns.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    qint64 fromAt(int row) const { return isTotalRow(row) ? -1 : m_rows.at(row); }
    qint64 toAt(int column) const { return isTotalColumn(column) ? -1 : m_columns.at(column); }
    QVariant header(qint64 segmentId, int role) const;

    SegmentIndex m_segments;
    QList<qint64> m_rows;       // from segment per row
    QList<qint64> m_columns;    // to segment per column
    QList<QList<int>> m_counts; // [row][column], the totals included
};

} // namespace luotsi::gui
