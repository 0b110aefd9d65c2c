#include "RunMatrixModel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace luotsi::gui {

using namespace luotsi::core::segments;

RunMatrixModel::RunMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RunMatrixModel::clear()
{
    beginResetModel();
    m_segments = {};
    m_rows.clear();
    m_columns.clear();
    m_counts.clear();
    endResetModel();
}

void RunMatrixModel::setRun(const SegmentRun& run, SegmentIndex segments)
{
    beginResetModel();
    m_segments = std::move(segments);
    m_rows.clear();
    m_columns.clear();
    // Every active segment is a row and a column, so that matrices of two runs look alike; an
    // inactive or unknown one only when the run counts someone in it.
    for (const Segment& segment : m_segments.segments()) {
        if (segment.active) {
            m_rows.append(segment.id);
            m_columns.append(segment.id);
        }
    }
    for (const TransitionCount& cell : run.matrix) {
        if (cell.fromSegmentId != 0 && !m_rows.contains(cell.fromSegmentId))
            m_rows.append(cell.fromSegmentId);
        if (cell.toSegmentId != 0 && !m_columns.contains(cell.toSegmentId))
            m_columns.append(cell.toSegmentId);
    }
    m_rows.append(0); // customers without a segment yet: new ones, or before the first run
    for (const TransitionCount& cell : run.matrix) {
        if (cell.toSegmentId == 0 && !m_columns.contains(0)) {
            m_columns.append(0);
            break;
        }
    }

    const int rows = int(m_rows.size());
    const int columns = int(m_columns.size());
    m_counts = QList<QList<int>>(rows + 1, QList<int>(columns + 1, 0));
    for (const TransitionCount& cell : run.matrix) {
        const int row = rowOf(cell.fromSegmentId);
        const int column = columnOf(cell.toSegmentId);
        m_counts[row][column] += cell.customers;
        m_counts[row][columns] += cell.customers;
        m_counts[rows][column] += cell.customers;
        m_counts[rows][columns] += cell.customers;
    }
    endResetModel();
}

int RunMatrixModel::count(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return 0;
    return m_counts.at(index.row()).value(index.column());
}

int RunMatrixModel::moving(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return 0;
    const int rows = int(m_rows.size());
    const int columns = int(m_columns.size());
    const int row = index.row();
    const int column = index.column();
    if (row == rows && column == columns) {
        int stays = 0;
        for (int i = 0; i < rows; ++i) {
            if (const int j = columnOf(m_rows.at(i)); j >= 0)
                stays += m_counts.at(i).at(j);
        }
        return count(index) - stays;
    }
    if (row == rows) {
        const int stayRow = rowOf(m_columns.at(column));
        return count(index) - (stayRow >= 0 ? m_counts.at(stayRow).at(column) : 0);
    }
    if (column == columns) {
        const int stayColumn = columnOf(m_rows.at(row));
        return count(index) - (stayColumn >= 0 ? m_counts.at(row).at(stayColumn) : 0);
    }
    return m_rows.at(row) == m_columns.at(column) ? 0 : count(index);
}

int RunMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int RunMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_counts.isEmpty() ? 0 : int(m_columns.size()) + 1;
}

QVariant RunMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return {};
    const int row = index.row();
    const int column = index.column();
    const int count = this->count(index);
    const bool total = isTotalRow(row) || isTotalColumn(column);
    const bool stays = !total && m_rows.at(row) == m_columns.at(column);
    switch (role) {
    case Qt::DisplayRole:
        // Empty cells stay blank so that the moves stand out.
        return count == 0 && !total ? QVariant() : QVariant(QLocale().toString(count));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (stays)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        if (stays)
            return QApplication::palette().color(QPalette::AlternateBase);
        return {};
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (isTotalRow(row) && isTotalColumn(column))
            return tr("%Ln customer(s) evaluated", nullptr, count);
        if (isTotalRow(row))
            return tr("%Ln customer(s) end up in %1", nullptr, count)
                .arg(m_segments.name(m_columns.at(column)));
        if (isTotalColumn(column))
            return tr("%Ln customer(s) are now in %1", nullptr, count)
                .arg(m_segments.name(m_rows.at(row)));
        if (stays)
            return tr("%Ln customer(s) stay in %1", nullptr, count)
                .arg(m_segments.name(m_rows.at(row)));
        return tr("%Ln customer(s) move from %1 to %2", nullptr, count)
            .arg(m_segments.name(m_rows.at(row)), m_segments.name(m_columns.at(column)));
    case FromSegmentRole:
        return fromAt(row);
    case ToSegmentRole:
        return toAt(column);
    case CountRole:
        return count;
    }
    return {};
}

QVariant RunMatrixModel::header(qint64 segmentId, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return segmentId < 0 ? tr("Total") : m_segments.name(segmentId);
    case Qt::DecorationRole:
        return segmentId <= 0 ? QVariant() : QVariant(m_segments.chip(segmentId));
    case Qt::FontRole:
        if (segmentId < 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant RunMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > m_columns.size())
            return {};
        if (role == Qt::ToolTipRole)
            return tr("After the run");
        return header(toAt(section), role);
    }
    if (section < 0 || section > m_rows.size())
        return {};
    if (role == Qt::ToolTipRole)
        return tr("Now");
    return header(fromAt(section), role);
}

} // namespace luotsi::gui
