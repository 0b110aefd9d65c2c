#include "CustomerTableModel.h"

#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"

#include <QColor>
#include <QLocale>

namespace luotsi::gui {

using namespace luotsi::core;

CustomerTableModel::CustomerTableModel(CustomerService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&service, &CustomerService::customerCreated, this, &CustomerTableModel::refresh);
    connect(&service, &CustomerService::customerRemoved, this, &CustomerTableModel::refresh);
    connect(&service, &CustomerService::customerSaved, this,
            [this](qint64 id) { customersChanged({id}); });
}

void CustomerTableModel::setQuery(const CustomerQuery& query)
{
    m_query = query;
    refresh();
}

void CustomerTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    const auto count = m_service.count(m_query);
    if (!count)
        emit loadFailed(count.error().text());
    m_count = count ? *count : 0;
    endResetModel();
    emit countChanged(m_count);
}

void CustomerTableModel::customersChanged(const QList<qint64>& ids)
{
    // A changed customer may have moved in the order or left the filter: re-read the pages and,
    // if the count is unchanged, tell views the visible data changed instead of resetting them
    // (which would lose the current row and scroll position).
    bool cached = ids.isEmpty();
    for (const auto& rows : std::as_const(m_pages)) {
        cached = cached || std::any_of(rows.begin(), rows.end(),
                                       [&ids](const CustomerRow& r) { return ids.contains(r.id); });
    }
    // A customer that was not shown may have entered a segment the list is filtered by.
    if (!cached && m_query.segmentId == 0)
        return;
    const auto count = m_service.count(m_query);
    if (!count || *count != m_count) {
        refresh();
        return;
    }
    m_pages.clear();
    m_recentPages.clear();
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(int(m_count) - 1, ColumnCount - 1));
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<CustomerRow>* CustomerTableModel::page(int pageIndex) const
{
    if (auto it = m_pages.constFind(pageIndex); it != m_pages.constEnd()) {
        m_recentPages.removeOne(pageIndex);
        m_recentPages.append(pageIndex);
        return &*it;
    }
    Result<QList<CustomerRow>> rows = QList<CustomerRow>{};
    const auto previous = m_pages.constFind(pageIndex - 1);
    const auto next = m_pages.constFind(pageIndex + 1);
    if (previous != m_pages.constEnd() && previous->size() == pageSize) {
        const CustomerRow& last = previous->last();
        rows = m_service.fetchAfter(m_query, RowKey{last.sortValue, last.id}, pageSize);
    } else if (next != m_pages.constEnd() && !next->isEmpty()) {
        const CustomerRow& first = next->first();
        rows = m_service.fetchBefore(m_query, RowKey{first.sortValue, first.id}, pageSize);
    } else {
        rows = m_service.fetchAt(m_query, qint64(pageIndex) * pageSize, pageSize);
    }
    if (!rows) {
        emit const_cast<CustomerTableModel*>(this)->loadFailed(rows.error().text());
        return nullptr;
    }
    if (m_recentPages.size() >= maxCachedPages)
        m_pages.remove(m_recentPages.takeFirst());
    m_recentPages.append(pageIndex);
    return &*m_pages.insert(pageIndex, std::move(rows).value());
}

const CustomerRow* CustomerTableModel::row(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto* rows = page(row / pageSize);
    const int offset = row % pageSize;
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

qint64 CustomerTableModel::customerId(int r) const
{
    const CustomerRow* customer = row(r);
    return customer ? customer->id : 0;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != CustomerIdRole &&
                             role != Qt::ToolTipRole && role != Qt::DecorationRole))
        return {};
    const CustomerRow* customer = row(index.row());
    if (!customer)
        return role == Qt::DisplayRole && index.column() == NameColumn ? tr("…") : QVariant();
    if (role == CustomerIdRole)
        return customer->id;
    if (role == Qt::DecorationRole) {
        // A chip in the segment's colour: the list reads like the segment report.
        if (index.column() == SegmentColumn && !customer->segmentColour.isEmpty())
            return QColor::fromString(customer->segmentColour);
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return customer->name;
    case BusinessIdColumn:
        return customer->businessId;
    case KindColumn:
        return vocabulary::displayName(customer->kind);
    case StatusColumn:
        return vocabulary::displayName(customer->status);
    case SegmentColumn:
        return customer->segmentName;
    case CityColumn:
        return customer->city;
    case OwnerColumn:
        return customer->ownerName;
    case ChangedColumn:
        return QLocale().toString(customer->changedAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BusinessIdColumn:
        return tr("Business ID");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case SegmentColumn:
        return tr("Segment");
    case CityColumn:
        return tr("City");
    case OwnerColumn:
        return tr("Owner");
    case ChangedColumn:
        return tr("Changed");
    default:
        return {};
    }
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    CustomerQuery query = m_query;
    switch (column) {
    case NameColumn:
        query.sortColumn = CustomerSortColumn::Name;
        break;
    case BusinessIdColumn:
        query.sortColumn = CustomerSortColumn::BusinessId;
        break;
    case KindColumn:
        query.sortColumn = CustomerSortColumn::Kind;
        break;
    case StatusColumn:
        query.sortColumn = CustomerSortColumn::Status;
        break;
    case CityColumn:
        query.sortColumn = CustomerSortColumn::City;
        break;
    case ChangedColumn:
        query.sortColumn = CustomerSortColumn::Changed;
        break;
    default:
        // The owner and segment columns are not sortable: no index orders customers by them.
        return;
    }
    query.descending = order == Qt::DescendingOrder;
    if (query != m_query)
        setQuery(query);
}

} // namespace luotsi::gui
