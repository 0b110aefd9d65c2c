#include "BatchTableModel.h"

#include <QColor>
#include <QLocale>

namespace luotsi::gui {

using namespace luotsi::core::importing;

BatchTableModel::BatchTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BatchTableModel::setBatches(QList<ImportBatch> batches)
{
    beginResetModel();
    m_batches = std::move(batches);
    endResetModel();
}

int BatchTableModel::rowOf(qint64 batchId) const
{
    for (int i = 0; i < int(m_batches.size()); ++i) {
        if (m_batches.at(i).id == batchId)
            return i;
    }
    return -1;
}

int BatchTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_batches.size())
        return {};
    const ImportBatch& b = m_batches.at(index.row());
    const bool undone = b.status == BatchStatus::Undone;
    const QLocale locale;
    const auto count = [&locale](qint64 value) { return locale.toString(value); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return b.id;
        case TimeColumn:
            return locale.toString(b.startedAt.toLocalTime(), QLocale::ShortFormat);
        case FileColumn:
            return b.sheet.isEmpty() ? b.fileName : b.fileName + QStringLiteral(" / ") + b.sheet;
        case SourceColumn:
            return b.sourceSystem;
        case ProfileColumn:
            return b.profile;
        case UserColumn:
            return b.userName;
        case RowsColumn:
            return count(b.counts.rowsRead);
        case NewColumn:
            return count(b.counts.created);
        case UpdatedColumn:
            return count(b.counts.updated);
        case UnchangedColumn:
            return count(b.counts.unchanged);
        case DuplicatesColumn:
            return count(b.counts.possibleDuplicates);
        case RejectedColumn:
            return count(b.counts.rejected);
        case SkippedColumn:
            return count(b.counts.skipped);
        case StatusColumn:
            return undone
                       ? tr("Undone %1")
                             .arg(locale.toString(b.undoneAt.toLocalTime(), QLocale::ShortFormat))
                       : tr("In the register");
        }
    } else if (role == Qt::TextAlignmentRole && index.column() >= RowsColumn &&
               index.column() <= SkippedColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::TextAlignmentRole && index.column() == IdColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && undone) {
        return QColor(0x80, 0x80, 0x80); // an undone batch is history only
    } else if (role == Qt::ToolTipRole && index.column() == FileColumn) {
        return b.filePath;
    }
    return {};
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Batch");
    case TimeColumn:
        return tr("Time");
    case FileColumn:
        return tr("File / sheet");
    case SourceColumn:
        return tr("Source system");
    case ProfileColumn:
        return tr("Profile");
    case UserColumn:
        return tr("User");
    case RowsColumn:
        return tr("Rows");
    case NewColumn:
        return outcomeDisplayName(RowOutcome::New);
    case UpdatedColumn:
        return outcomeDisplayName(RowOutcome::Update);
    case UnchangedColumn:
        return outcomeDisplayName(RowOutcome::Unchanged);
    case DuplicatesColumn:
        return outcomeDisplayName(RowOutcome::PossibleDuplicate);
    case RejectedColumn:
        return outcomeDisplayName(RowOutcome::Rejected);
    case SkippedColumn:
        return outcomeDisplayName(RowOutcome::Skipped);
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace luotsi::gui
