#include "DuplicatesModel.h"

#include <QLocale>

namespace luotsi::gui {

using namespace luotsi::core::importing;

DuplicatesModel::DuplicatesModel(QHash<int, ReviewDecision>& decisions, QObject* parent)
    : QAbstractTableModel(parent)
    , m_decisions(decisions)
{}

void DuplicatesModel::setRows(const QList<ImportRowDetail>* rows)
{
    beginResetModel();
    m_rows.clear();
    if (rows) {
        for (const ImportRowDetail& row : *rows) {
            if (row.result.outcome == RowOutcome::PossibleDuplicate)
                m_rows.append(&row);
        }
    }
    endResetModel();
}

QString DuplicatesModel::decisionText(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Leave:
        return tr("Decide later");
    case ReviewDecision::Merge:
        return tr("Merge into the customer");
    case ReviewDecision::CreateNew:
        return tr("Create a new customer");
    case ReviewDecision::Skip:
        return tr("Skip the row");
    }
    return {};
}

ReviewDecision DuplicatesModel::decision(int modelRow) const
{
    return m_decisions.value(m_rows.at(modelRow)->result.rowNumber, ReviewDecision::Leave);
}

void DuplicatesModel::setDecision(const QList<int>& modelRows, ReviewDecision decision)
{
    for (const int row : modelRows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const int number = m_rows.at(row)->result.rowNumber;
        if (decision == ReviewDecision::Leave)
            m_decisions.remove(number);
        else
            m_decisions.insert(number, decision);
        emit dataChanged(index(row, DecisionColumn), index(row, DecisionColumn));
    }
}

int DuplicatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DuplicatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicatesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ImportRowDetail& row = *m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RowColumn:
            return row.result.rowNumber;
        case NameColumn:
            return row.name;
        case ScoreColumn:
            return QLocale().toString(row.result.score, 'f', 2);
        case CustomerColumn:
            return row.candidateId > 0 ? tr("%1 (no. %2)").arg(row.matchedName).arg(row.candidateId)
                                       : row.matchedName;
        case AgreedColumn:
            return row.result.matchedBy;
        case DecisionColumn:
            return decisionText(decision(index.row()));
        }
    } else if (role == Qt::EditRole && index.column() == DecisionColumn) {
        return int(decision(index.row()));
    } else if (role == Qt::ToolTipRole) {
        return row.result.reason;
    } else if (role == Qt::TextAlignmentRole &&
               (index.column() == RowColumn || index.column() == ScoreColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool DuplicatesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != DecisionColumn || role != Qt::EditRole)
        return false;
    setDecision({index.row()}, ReviewDecision(value.toInt()));
    return true;
}

Qt::ItemFlags DuplicatesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == DecisionColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant DuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case NameColumn:
        return tr("Name in the file");
    case ScoreColumn:
        return tr("Score");
    case CustomerColumn:
        return tr("Resembles the customer");
    case AgreedColumn:
        return tr("Fields that agree");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

} // namespace luotsi::gui
