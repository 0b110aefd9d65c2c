#include "BatchRowsModel.h"

#include "core/register/CustomerService.h"

#include <QColor>

namespace luotsi::gui {

using namespace luotsi::core::importing;

BatchRowsModel::BatchRowsModel(core::CustomerService& customers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_customers(customers)
{}

void BatchRowsModel::setRows(QList<ImportRowResult> rows, bool truncated)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_truncated = truncated;
    m_names.clear();
    endResetModel();
}

qint64 BatchRowsModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).customerId : 0;
}

QString BatchRowsModel::customerName(qint64 id) const
{
    // Only the rows on screen are asked for: one lookup each, remembered.
    if (const auto it = m_names.constFind(id); it != m_names.constEnd())
        return *it;
    const auto ref = m_customers.ref(id);
    const QString name = ref ? ref->name : QString();
    m_names.insert(id, name);
    return name;
}

int BatchRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ImportRowResult& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RowColumn:
            return row.rowNumber;
        case OutcomeColumn:
            return outcomeDisplayName(row.outcome);
        case CustomerColumn: {
            if (row.customerId == 0)
                return QString();
            const QString name = customerName(row.customerId);
            return name.isEmpty() ? tr("%1 (no longer in the register)").arg(row.customerId)
                                  : tr("%1 (no. %2)").arg(name).arg(row.customerId);
        }
        case SourceKeyColumn:
            return row.sourceKey;
        case ReasonColumn:
            return row.reason;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == ReasonColumn)
            return row.reason;
        if (index.column() == CustomerColumn && row.customerId != 0)
            return tr("Double-click to open the customer's card.");
    } else if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        if (row.outcome == RowOutcome::Rejected)
            return QColor(0xa6, 0x1b, 0x1b);
        if (row.outcome == RowOutcome::PossibleDuplicate || row.outcome == RowOutcome::Skipped)
            return QColor(0x8a, 0x5a, 0x00);
    } else if (role == Qt::TextAlignmentRole && index.column() == RowColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant BatchRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case OutcomeColumn:
        return tr("Outcome");
    case CustomerColumn:
        return tr("Customer");
    case SourceKeyColumn:
        return tr("Source key");
    case ReasonColumn:
        return tr("Reason or change");
    }
    return {};
}

} // namespace luotsi::gui
