#include "ListOrder.h"

#include "Database.h"
#include "SqliteStatement.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;

namespace {

// One literal statement per column (SqliteStatement keeps its SQL as a pointer). Each walks the
// column's (column, id) index of 0001_register.sql alone, in the list's own ORDER BY.
const char* orderSql(CustomerSortColumn column)
{
    switch (column) {
    case CustomerSortColumn::Name:
        return "SELECT id FROM customers ORDER BY sort_name, id";
    case CustomerSortColumn::BusinessId:
        return "SELECT id FROM customers ORDER BY business_id, id";
    case CustomerSortColumn::Kind:
        return "SELECT id FROM customers ORDER BY kind, id";
    case CustomerSortColumn::Status:
        return "SELECT id FROM customers ORDER BY status, id";
    case CustomerSortColumn::City:
        return "SELECT id FROM customers ORDER BY city, id";
    case CustomerSortColumn::Changed:
        return "SELECT id FROM customers ORDER BY changed_at, id";
    }
    return "SELECT id FROM customers ORDER BY sort_name, id";
}

} // namespace

Result<ListOrder> ListOrder::read(Database& database, CustomerSortColumn column)
{
    ListOrder order;
    order.m_column = column;
    // Taken before the walk: a commit during it makes the order look stale, never current.
    order.m_version = database.changeVersion();
    SqliteStatement select(
        database, orderSql(column),
        QCoreApplication::translate("CustomerListRepository", "reading the customer list"));
    qint64 largestId = 0;
    if (auto status = select.eachRow([&] {
            const qint64 id = select.columnInt(0);
            order.m_idByRank.push_back(id);
            largestId = std::max(largestId, id);
            return true;
        });
        !status)
        return status.error();
    order.m_rankById.assign(size_t(largestId) + 1, noRank);
    for (quint32 rank = 0; rank < order.m_idByRank.size(); ++rank) {
        const qint64 id = order.m_idByRank[rank];
        if (id >= 0)
            order.m_rankById[size_t(id)] = rank;
    }
    return order;
}

} // namespace luotsi::storage
