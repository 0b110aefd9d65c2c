#include "SegmentFlowsModel.h"

#include <QFont>
#include <QLocale>

namespace luotsi::gui {

using namespace luotsi::core::segments;

SegmentFlowsModel::SegmentFlowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SegmentFlowsModel::clear()
{
    beginResetModel();
    m_flows.clear();
    m_total = {};
    m_segments = {};
    endResetModel();
}

void SegmentFlowsModel::setFlows(const QList<SegmentFlow>& flows, SegmentIndex segments)
{
    beginResetModel();
    m_segments = std::move(segments);
    m_flows.clear();
    m_total = {};
    // Display order, so that the table reads like the other tabs; then whatever else the history
    // knows (a deactivated segment, "no segment").
    for (const Segment& segment : m_segments.segments()) {
        SegmentFlow flow;
        flow.segmentId = segment.id;
        bool found = false;
        for (const SegmentFlow& candidate : flows) {
            if (candidate.segmentId == segment.id) {
                flow = candidate;
                found = true;
                break;
            }
        }
        if (segment.active || found)
            m_flows.append(flow);
    }
    for (const SegmentFlow& flow : flows) {
        if (!m_segments.contains(flow.segmentId))
            m_flows.append(flow);
    }
    for (const SegmentFlow& flow : std::as_const(m_flows)) {
        m_total.atStart += flow.atStart;
        m_total.entered += flow.entered;
        m_total.left += flow.left;
        m_total.atEnd += flow.atEnd;
    }
    m_total.segmentId = -1;
    endResetModel();
}

SegmentFlow SegmentFlowsModel::flow(int row) const
{
    if (isTotalRow(row))
        return m_total;
    return row >= 0 && row < m_flows.size() ? m_flows.at(row) : SegmentFlow{};
}

int SegmentFlowsModel::rowOf(qint64 segmentId) const
{
    for (int i = 0; i < int(m_flows.size()); ++i) {
        if (m_flows.at(i).segmentId == segmentId)
            return i;
    }
    return -1;
}

int SegmentFlowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_flows.isEmpty() ? 0 : int(m_flows.size()) + 1;
}

int SegmentFlowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentFlowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SegmentFlow flow = this->flow(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case AtStartColumn:
            return locale.toString(flow.atStart);
        case EnteredColumn:
            return flow.entered > 0 ? QStringLiteral("+") + locale.toString(flow.entered)
                                    : locale.toString(flow.entered);
        case LeftColumn:
            return flow.left > 0 ? QString(QChar(0x2212)) + locale.toString(flow.left)
                                 : locale.toString(flow.left);
        case AtEndColumn:
            return locale.toString(flow.atEnd);
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotalRow(index.row())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant SegmentFlowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole) {
            switch (section) {
            case AtStartColumn:
                return tr("At start");
            case EnteredColumn:
                return tr("Entered");
            case LeftColumn:
                return tr("Left");
            case AtEndColumn:
                return tr("At end");
            }
        } else if (role == Qt::ToolTipRole) {
            switch (section) {
            case AtStartColumn:
                return tr("Customers in the segment on the first day");
            case EnteredColumn:
                return tr("Customers who came into the segment during the period");
            case LeftColumn:
                return tr("Customers who went out of the segment during the period");
            case AtEndColumn:
                return tr("Customers in the segment on the last day");
            }
        }
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (isTotalRow(section))
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    const qint64 segmentId = m_flows.at(section).segmentId;
    if (role == Qt::DisplayRole)
        return m_segments.name(segmentId);
    if (role == Qt::DecorationRole)
        return m_segments.chip(segmentId);
    return {};
}

} // namespace luotsi::gui
