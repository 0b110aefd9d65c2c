#include "MergeHistoryModel.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace luotsi::gui {

using namespace luotsi::core::merging;

MergeHistoryModel::MergeHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MergeHistoryModel::setRecords(QList<MergeRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int MergeHistoryModel::rowOf(qint64 mergeId) const
{
    for (int i = 0; i < int(m_records.size()); ++i) {
        if (m_records.at(i).id == mergeId)
            return i;
    }
    return -1;
}

int MergeHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int MergeHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MergeHistoryModel::members(const MergeRecord& record, const QString& separator)
{
    QStringList items;
    for (int i = 0; i < int(record.memberIds.size()); ++i) {
        const QString name = i < record.memberNames.size() ? record.memberNames.at(i) : QString();
        items.append(tr("%1 (id %2)").arg(name).arg(record.memberIds.at(i)));
    }
    return items.join(separator);
}

QVariant MergeHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const MergeRecord& record = m_records.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return locale.toString(record.mergedAt.toLocalTime(), QLocale::ShortFormat);
        case UserColumn:
            return record.userName;
        case SurvivorColumn:
            return tr("%1 (id %2)").arg(record.survivorName).arg(record.survivorId);
        case MembersColumn:
            return members(record, QStringLiteral("; "));
        case StatusColumn:
            return record.undone ? tr("Undone %1")
                                       .arg(locale.toString(record.undoneAt.toLocalTime(),
                                                            QLocale::ShortFormat))
                                 : tr("Merged");
        }
    } else if (role == Qt::ToolTipRole && index.column() == MembersColumn) {
        return members(record, QStringLiteral("\n"));
    } else if (role == Qt::ForegroundRole && record.undone) {
        // An undone merge is history only.
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    }
    return {};
}

QVariant MergeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case SurvivorColumn:
        return tr("Survivor");
    case MembersColumn:
        return tr("Merged into it");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace luotsi::gui
