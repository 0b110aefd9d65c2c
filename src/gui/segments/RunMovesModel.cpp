#include "RunMovesModel.h"

#include <QApplication>
#include <QPalette>
#include <QScopedValueRollback>

namespace luotsi::gui {

using namespace luotsi::core::segments;

RunMovesModel::RunMovesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RunMovesModel::clear()
{
    beginResetModel();
    m_fetch = {};
    m_moves.clear();
    m_total = -1;
    m_atEnd = true;
    m_error.clear();
    endResetModel();
}

void RunMovesModel::setSource(Fetch fetch, int total, SegmentIndex segments)
{
    {
        // Nobody may fetch while the reset is announced: the first page comes after it.
        const QScopedValueRollback fetching(m_fetching, true);
        beginResetModel();
        m_fetch = std::move(fetch);
        m_segments = std::move(segments);
        m_moves.clear();
        m_total = total;
        m_atEnd = !m_fetch || total == 0;
        m_error.clear();
        endResetModel();
    }
    fetchMore({});
}

void RunMovesModel::refresh()
{
    if (!m_fetch)
        return;
    const int shown = qMax(int(m_moves.size()), m_pageSize);
    auto moves = m_fetch(shown, 0);
    if (!moves) {
        m_error = moves.error().text();
        emit fetchFailed(m_error);
        return;
    }
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    m_moves = std::move(moves).value();
    m_atEnd = m_moves.size() < shown || (m_total >= 0 && m_moves.size() >= m_total);
    endResetModel();
}

bool RunMovesModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

bool RunMovesModel::hasMore() const
{
    return !m_atEnd;
}

void RunMovesModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // Views and testers ask again while rows are being inserted: one page at a time.
    const QScopedValueRollback fetching(m_fetching, true);
    auto page = m_fetch(m_pageSize, int(m_moves.size()));
    if (!page) {
        // Stop asking: the view would call again at once.
        m_atEnd = true;
        m_error = page.error().text();
        emit fetchFailed(m_error);
        return;
    }
    const int added = int(page->size());
    const int first = int(m_moves.size());
    const bool atEnd = added < m_pageSize || (m_total >= 0 && first + added >= m_total);
    if (added == 0) {
        m_atEnd = atEnd;
        return;
    }
    beginInsertRows({}, first, first + added - 1);
    m_moves.append(std::move(page).value());
    m_atEnd = atEnd;
    endInsertRows();
}

int RunMovesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_moves.size());
}

int RunMovesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunMovesModel::decisionText(const RunMove& move, const SegmentIndex& segments)
{
    switch (move.decision) {
    case MoveDecision::Pending:
        return tr("Pending");
    case MoveDecision::Confirmed:
        return tr("Confirmed");
    case MoveDecision::Overridden:
        return move.decisionReason.isEmpty()
                   ? tr("Keep in %1").arg(segments.name(move.decidedSegmentId))
                   : tr("Keep in %1: %2")
                         .arg(segments.name(move.decidedSegmentId), move.decisionReason);
    }
    return {};
}

QVariant RunMovesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_moves.size())
        return {};
    const RunMove& move = m_moves.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case CustomerColumn:
            return move.customerName;
        case OwnerColumn:
            return move.ownerName;
        case FromColumn:
            return m_segments.name(move.fromSegmentId);
        case ToColumn:
            return m_segments.name(move.toSegmentId);
        case DecisionColumn:
            return decisionText(move, m_segments);
        }
    } else if (role == Qt::DecorationRole) {
        if (index.column() == FromColumn)
            return m_segments.chip(move.fromSegmentId);
        if (index.column() == ToColumn)
            return m_segments.chip(move.toSegmentId);
    } else if (role == Qt::ForegroundRole && index.column() == DecisionColumn &&
               move.decision == MoveDecision::Pending) {
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    } else if (role == Qt::UserRole) {
        return move.customerId;
    }
    return {};
}

QVariant RunMovesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case OwnerColumn:
        return tr("Account manager");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

} // namespace luotsi::gui
