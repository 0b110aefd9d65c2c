#pragma once

#include "core/register/CustomerQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace luotsi::core {
class CustomerService;
}

namespace luotsi::gui {

// The whole register as a table, fetched lazily in pages. rowCount() is the query's count; a
// page is read when a view first asks for one of its rows: by keyset from a cached neighbour
// (cheap at any depth), by offset only for a jump. At most maxCachedPages pages stay in memory,
// so a million rows cost the same as a thousand.
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        BusinessIdColumn,
        KindColumn,
        StatusColumn,
        SegmentColumn, // the primary segmentation's, with its colour as decoration
        CityColumn,
        OwnerColumn,
        ChangedColumn,
        ColumnCount
    };
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1
    };
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 50;

    explicit CustomerTableModel(core::CustomerService& service, QObject* parent = nullptr);

    void setQuery(const core::CustomerQuery& query);
    const core::CustomerQuery& query() const { return m_query; }
    qint64 customerId(int row) const;
    // Re-reads count and rows, e.g. after another customer was added or removed.
    void refresh();
    // These customers changed (their segment, say); empty: possibly all. Re-reads what is
    // cached of them without losing the view's place when the count stays.
    void customersChanged(const QList<qint64>& ids);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loadFailed(const QString& message);
    void countChanged(qint64 count);

private:
    const core::CustomerRow* row(int row) const;
    const QList<core::CustomerRow>* page(int pageIndex) const;

    core::CustomerService& m_service;
    core::CustomerQuery m_query;
    qint64 m_count = 0;
    mutable QHash<int, QList<core::CustomerRow>> m_pages;
    mutable QList<int> m_recentPages; // least recently used first
};

} // namespace luotsi::gui
