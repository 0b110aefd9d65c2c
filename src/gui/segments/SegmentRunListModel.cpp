#include "SegmentRunListModel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace luotsi::gui {

using namespace luotsi::core::segments;

SegmentRunListModel::SegmentRunListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SegmentRunListModel::setRuns(QList<SegmentRun> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

int SegmentRunListModel::rowOf(qint64 runId) const
{
    for (int i = 0; i < int(m_runs.size()); ++i) {
        if (m_runs.at(i).id == runId)
            return i;
    }
    return -1;
}

QString SegmentRunListModel::kindText(RunKind kind)
{
    return kind == RunKind::Review ? tr("Yearly review") : tr("Run");
}

QString SegmentRunListModel::statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Preview:
        return tr("Preview");
    case RunStatus::Applied:
        return tr("Applied");
    case RunStatus::Discarded:
        return tr("Discarded");
    }
    return {};
}

int SegmentRunListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SegmentRunListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentRunListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const SegmentRun& run = m_runs.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CreatedColumn:
            return locale.toString(run.createdAt.toLocalTime(), QLocale::ShortFormat);
        case KindColumn:
            return kindText(run.kind);
        case AsOfColumn:
            return locale.toString(run.asOf, QLocale::ShortFormat);
        case StatusColumn:
            return run.status == RunStatus::Applied && run.appliedAt.isValid()
                       ? tr("Applied %1")
                             .arg(
                                 locale.toString(run.appliedAt.toLocalTime(), QLocale::ShortFormat))
                       : statusText(run.status);
        case CustomersColumn:
            return locale.toString(run.customers);
        case MovedColumn:
            return locale.toString(run.moved);
        case UserColumn:
            return run.userName;
        }
    } else if (role == Qt::TextAlignmentRole &&
               (index.column() == CustomersColumn || index.column() == MovedColumn)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && run.status == RunStatus::Discarded) {
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    } else if (role == Qt::FontRole && run.status == RunStatus::Preview) {
        // A preview still waits for someone to apply or discard it.
        QFont font;
        font.setBold(true);
        return font;
    } else if (role == Qt::UserRole) {
        return run.id;
    }
    return {};
}

QVariant SegmentRunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case KindColumn:
        return tr("Kind");
    case AsOfColumn:
        return tr("As of");
    case StatusColumn:
        return tr("Status");
    case CustomersColumn:
        return tr("Customers");
    case MovedColumn:
        return tr("Moved");
    case UserColumn:
        return tr("User");
    }
    return {};
}

} // namespace luotsi::gui
