#pragma once

#include "SegmentsPageSupport.h"
#include "core/Result.h"
#include "core/segments/SegmentAssignment.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace luotsi::gui {

// The customers a run moves out of one cell of its matrix (or a whole row or column): name,
// account manager, from, to and, in a review, the owner's decision. A big cell is fetched a page
// at a time as the view scrolls (canFetchMore / fetchMore) or "Show more" asks.
class RunMovesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CustomerColumn,
        OwnerColumn,
        FromColumn,
        ToColumn,
        DecisionColumn,
        ColumnCount
    };
    // limit, offset → the next page of moves.
    using Fetch = std::function<core::Result<QList<core::segments::RunMove>>(int, int)>;

    explicit RunMovesModel(QObject* parent = nullptr);

    // Starts over with a new cell: fetches its first page. total is the cell's count, when known
    // (-1 otherwise), so that the model knows when it has everything.
    void setSource(Fetch fetch, int total, SegmentIndex segments);
    void clear();
    // Fetches again as many moves as are shown now (after decisions changed them).
    void refresh();
    int pageSize() const { return m_pageSize; }
    void setPageSize(int moves) { m_pageSize = qMax(1, moves); }
    int total() const { return m_total; }
    // More moves wait to be fetched (also while a reset or insertion is under way).
    bool hasMore() const;
    QString lastError() const { return m_error; }

    const core::segments::RunMove& move(int row) const { return m_moves.at(row); }
    static QString decisionText(const core::segments::RunMove& move, const SegmentIndex& segments);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // A page could not be read.
    void fetchFailed(const QString& message);

private:
    Fetch m_fetch;
    SegmentIndex m_segments;
    QList<core::segments::RunMove> m_moves;
    int m_total = -1;
    bool m_atEnd = true;
    bool m_fetching = false;
    int m_pageSize = 500;
    QString m_error;
};

} // namespace luotsi::gui
