#include "DuplicateGroupsModel.h"

#include <QLocale>

#include <algorithm>

namespace luotsi::gui {

using namespace luotsi::core::duplicates;

DuplicateGroupsModel::DuplicateGroupsModel(NameLookup names, QObject* parent)
    : QAbstractTableModel(parent)
    , m_lookup(std::move(names))
{}

void DuplicateGroupsModel::setGroups(QList<DuplicateGroup> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    m_names.clear();
    endResetModel();
}

void DuplicateGroupsModel::removeGroup(qint64 groupId)
{
    const int row = rowOf(groupId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_groups.removeAt(row);
    endRemoveRows();
}

void DuplicateGroupsModel::setStatus(qint64 groupId, DuplicateGroupStatus status)
{
    const int row = rowOf(groupId);
    if (row < 0)
        return;
    m_groups[row].status = status;
    emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

int DuplicateGroupsModel::rowOf(qint64 groupId) const
{
    for (int i = 0; i < int(m_groups.size()); ++i) {
        if (m_groups.at(i).id == groupId)
            return i;
    }
    return -1;
}

void DuplicateGroupsModel::forgetNames()
{
    m_names.clear();
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, NamesColumn), index(rowCount() - 1, NamesColumn));
}

QString DuplicateGroupsModel::statusText(DuplicateGroupStatus status)
{
    switch (status) {
    case DuplicateGroupStatus::Pending:
        return tr("Pending");
    case DuplicateGroupStatus::Later:
        return tr("Later");
    case DuplicateGroupStatus::Merged:
        return tr("Merged");
    case DuplicateGroupStatus::NotDuplicate:
        return tr("Not a duplicate");
    case DuplicateGroupStatus::Obsolete:
        return tr("Replaced by a later search");
    }
    return {};
}

QString DuplicateGroupsModel::scoreText(double score)
{
    return QLocale().toString(score * 100.0, 'f', 0) + QStringLiteral(" %");
}

int DuplicateGroupsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int DuplicateGroupsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DuplicateGroupsModel::names(const DuplicateGroup& group) const
{
    QStringList names;
    for (const qint64 id : group.customerIds) {
        auto cached = m_names.constFind(id);
        if (cached == m_names.constEnd())
            cached = m_names.insert(id, m_lookup ? m_lookup(id) : QString());
        names.append(cached->isEmpty() ? tr("(customer %1 is gone)").arg(id) : *cached);
    }
    return names.join(QStringLiteral(" · "));
}

QString DuplicateGroupsModel::agreed(const DuplicateGroup& group)
{
    QStringList fields;
    for (const DuplicatePair& pair : group.pairs) {
        for (const QString& field : pair.agreed) {
            if (!fields.contains(field))
                fields.append(field);
        }
    }
    return fields.join(QStringLiteral(", "));
}

QVariant DuplicateGroupsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const DuplicateGroup& group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScoreColumn:
            return scoreText(group.score);
        case MembersColumn:
            return QLocale().toString(group.customerIds.size());
        case NamesColumn:
            return names(group);
        case AgreedColumn:
            return agreed(group);
        case StatusColumn:
            return statusText(group.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NamesColumn || index.column() == AgreedColumn)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn || index.column() == MembersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case GroupIdRole:
        return group.id;
    }
    return {};
}

QVariant DuplicateGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ScoreColumn:
        return tr("Score");
    case MembersColumn:
        return tr("Members");
    case NamesColumn:
        return tr("Customers");
    case AgreedColumn:
        return tr("What agreed");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void DuplicateGroupsModel::sort(int column, Qt::SortOrder order)
{
    // The list is the open groups of one run (thousands at most), so it sorts in memory; ties
    // keep the better score first.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    for (const QModelIndex& index : before)
        beforeIds.append(m_groups.at(index.row()).id);
    const bool numeric = column != NamesColumn && column != AgreedColumn;
    const auto number = [column](const DuplicateGroup& group) {
        return column == MembersColumn  ? double(group.customerIds.size())
               : column == StatusColumn ? double(group.status)
                                        : group.score;
    };
    const auto text = [this, column](const DuplicateGroup& group) {
        return column == NamesColumn ? names(group) : agreed(group);
    };
    const bool ascending = order == Qt::AscendingOrder;
    std::stable_sort(m_groups.begin(), m_groups.end(),
                     [&](const DuplicateGroup& a, const DuplicateGroup& b) {
                         if (numeric) {
                             if (number(a) != number(b))
                                 return ascending == (number(a) < number(b));
                             return a.score > b.score;
                         }
                         const int c = QString::localeAwareCompare(text(a), text(b));
                         return ascending ? c < 0 : c > 0;
                     });
    QModelIndexList after;
    for (int i = 0; i < int(before.size()); ++i)
        after.append(index(rowOf(beforeIds.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace luotsi::gui
