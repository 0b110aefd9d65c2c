#include "SegmentListModel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace luotsi::gui {

using namespace luotsi::core::segments;

SegmentListModel::SegmentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SegmentListModel::setSegments(const QList<Segment>& segments)
{
    // A segmentation has a handful of segments: rows that are the same ones keep their place,
    // so that the view's selection survives a re-read.
    bool sameRows = segments.size() == m_segments.size();
    for (int row = 0; sameRows && row < segments.size(); ++row)
        sameRows = segments.at(row).id == m_segments.at(row).id;
    if (!sameRows) {
        beginResetModel();
        m_segments = segments;
        endResetModel();
        return;
    }
    for (int row = 0; row < segments.size(); ++row) {
        if (segments.at(row) != m_segments.at(row)) {
            m_segments[row] = segments.at(row);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

bool SegmentListModel::updateSegment(const Segment& segment)
{
    const int row = rowOf(segment.id);
    if (row < 0)
        return false;
    m_segments[row] = segment;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

Segment SegmentListModel::segmentAt(int row) const
{
    return row >= 0 && row < m_segments.size() ? m_segments.at(row) : Segment{};
}

int SegmentListModel::rowOf(qint64 segmentId) const
{
    for (int row = 0; row < m_segments.size(); ++row) {
        if (m_segments.at(row).id == segmentId)
            return row;
    }
    return -1;
}

int SegmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Segment& segment = m_segments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return segment.name();
        if (index.column() == PriorityColumn)
            return segment.priority;
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QColor(segment.colour);
        return {};
    case Qt::CheckStateRole:
        if (index.column() == ActiveColumn)
            return segment.active ? Qt::Checked : Qt::Unchecked;
        if (index.column() == AccountPlanColumn)
            return segment.accountPlanRequired ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (!segment.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (!segment.active && index.column() == NameColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return segment.description();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriorityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SegmentIdRole:
        return segment.id;
    default:
        return {};
    }
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Segment");
        case PriorityColumn:
            return tr("Priority");
        case ActiveColumn:
            return tr("Active");
        case AccountPlanColumn:
            return tr("Account plan");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PriorityColumn:
            return tr("Rules are tried from the lowest priority up; the first that holds wins.");
        case AccountPlanColumn:
            return tr("Customers of the segment need an account plan.");
        default:
            return {};
        }
    }
    return {};
}

} // namespace luotsi::gui
