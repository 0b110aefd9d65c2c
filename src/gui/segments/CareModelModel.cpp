#include "CareModelModel.h"

#include "core/segments/SegmentCatalog.h"

#include <QApplication>
#include <QPalette>
#include <QScopedValueRollback>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

// Header titles wrap at spaces so that "PR-tilaisuudet, messut, tapahtumat" does not make its
// column three times as wide as the others.
QString wrapped(const QString& title, int width = 16)
{
    QStringList lines;
    QString line;
    for (const QString& word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CareModelModel::CareModelModel(SegmentCatalog& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{}

QString CareModelModel::load(qint64 segmentationId)
{
    beginResetModel();
    m_segments = {};
    m_channels.clear();
    m_cells.clear();
    QString error;
    auto segments = m_catalog.segments(segmentationId);
    auto channels = m_catalog.channels();
    auto cells = m_catalog.careModel(segmentationId);
    if (!segments)
        error = segments.error().text();
    else if (!channels)
        error = channels.error().text();
    else if (!cells)
        error = cells.error().text();
    if (error.isEmpty()) {
        m_segments = SegmentIndex(std::move(segments).value());
        m_channels = std::move(channels).value();
        for (const CareCell& cell : *cells)
            m_cells.insert(key(cell.segmentId, cell.channelId), cell);
    }
    endResetModel();
    return error;
}

CareCell CareModelModel::cell(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= m_channels.size())
        return {};
    const qint64 segmentId = segment(index.row()).id;
    const qint64 channelId = m_channels.at(index.column()).id;
    CareCell empty;
    empty.segmentId = segmentId;
    empty.channelId = channelId;
    return m_cells.value(key(segmentId, channelId), empty);
}

QStringList CareModelModel::rhythms() const
{
    QStringList rhythms;
    for (const CareCell& cell : m_cells) {
        if (!cell.rhythm.isEmpty() && !rhythms.contains(cell.rhythm))
            rhythms.append(cell.rhythm);
    }
    rhythms.sort(Qt::CaseInsensitive);
    return rhythms;
}

Status CareModelModel::saveCell(const QModelIndex& index, const QString& role,
                                const QString& rhythm)
{
    CareCell cell = this->cell(index);
    if (cell.segmentId == 0)
        return Error{tr("Choose a channel's cell to edit."), {}};
    cell.role = role.trimmed();
    cell.rhythm = rhythm.trimmed();
    {
        const QScopedValueRollback saving(m_saving, true);
        if (const Status saved = m_catalog.saveCareCell(cell); !saved)
            return saved;
    }
    if (cell.role.isEmpty() && cell.rhythm.isEmpty())
        m_cells.remove(key(cell.segmentId, cell.channelId));
    else
        m_cells.insert(key(cell.segmentId, cell.channelId), cell);
    emit dataChanged(index, index);
    return {};
}

int CareModelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_segments.segments().size());
}

int CareModelModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_channels.isEmpty() ? 0 : int(m_channels.size()) + 1;
}

QVariant CareModelModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Segment& segment = this->segment(index.row());
    if (index.column() == accountPlanColumn()) {
        switch (role) {
        case Qt::CheckStateRole:
            return segment.accountPlanRequired ? Qt::Checked : Qt::Unchecked;
        case Qt::ToolTipRole:
            return segment.accountPlanRequired
                       ? tr("Every customer in %1 needs an account plan.").arg(segment.name())
                       : tr("Customers in %1 need no account plan.").arg(segment.name());
        case SegmentIdRole:
            return segment.id;
        case ChannelIdRole:
            return 0;
        }
        return {};
    }
    const CareCell cell = this->cell(index);
    switch (role) {
    case Qt::DisplayRole:
        return cell.role;
    case RhythmRole:
        return cell.rhythm;
    case Qt::ToolTipRole:
        if (cell.role.isEmpty() && cell.rhythm.isEmpty())
            return tr("%1 does not serve %2. Double-click to change.")
                .arg(m_channels.at(index.column()).name(), segment.name());
        return cell.rhythm.isEmpty() ? cell.role : tr("%1\nRhythm: %2").arg(cell.role, cell.rhythm);
    case Qt::ForegroundRole:
        if (!segment.active)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case SegmentIdRole:
        return segment.id;
    case ChannelIdRole:
        return m_channels.at(index.column()).id;
    }
    return {};
}

QVariant CareModelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > m_channels.size())
            return {};
        const QString title =
            section == accountPlanColumn() ? tr("Account plan required") : channel(section).name();
        if (role == Qt::DisplayRole)
            return wrapped(title, section == accountPlanColumn() ? 12 : 16);
        if (role == Qt::ToolTipRole)
            return title;
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const Segment& segment = this->segment(section);
    switch (role) {
    case Qt::DisplayRole:
        return segment.active ? wrapped(segment.name(), 20)
                              : tr("%1\n(inactive)").arg(wrapped(segment.name(), 20));
    case Qt::DecorationRole:
        return segmentChip(segment.colour);
    case Qt::ToolTipRole:
        return segment.description();
    }
    return {};
}

Qt::ItemFlags CareModelModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == accountPlanColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

bool CareModelModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != accountPlanColumn() || role != Qt::CheckStateRole)
        return false;
    const bool required = value.toInt() == Qt::Checked;
    // Save over the stored segment, not this copy: the definitions tab may have changed it.
    auto stored = m_catalog.segment(segment(index.row()).id);
    if (!stored) {
        emit saveFailed(tr("The segment could not be read: %1").arg(stored.error().text()));
        return false;
    }
    Segment segment = std::move(stored).value();
    segment.accountPlanRequired = required;
    {
        const QScopedValueRollback saving(m_saving, true);
        if (const Status saved = m_catalog.saveSegment(segment); !saved) {
            emit saveFailed(tr("The segment was not saved: %1").arg(saved.error().text()));
            return false;
        }
    }
    QList<Segment> segments = m_segments.segments();
    segments[index.row()] = segment;
    m_segments = SegmentIndex(std::move(segments));
    emit dataChanged(index, index);
    emit headerDataChanged(Qt::Vertical, index.row(), index.row());
    return true;
}

} // namespace luotsi::gui
