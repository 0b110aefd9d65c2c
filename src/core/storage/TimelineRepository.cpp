#include "TimelineRepository.h"

#include "SqlStatement.h"
#include "SqlValues.h"
#include "core/register/RegisterVocabulary.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;
namespace sv = sqlvalues;

TimelineRepository::TimelineRepository(Database& database)
    : m_database(database)
{}

Result<TimelineEntry> TimelineRepository::add(const TimelineEntry& entry)
{
    TimelineEntry stored = entry;
    stored.occurredAt = stored.occurredAt.isValid() ? sv::asStored(stored.occurredAt) : sv::now();
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO timeline_entries (customer_id, kind, occurred_at, "
                       "author_id, subject, body) VALUES (?, ?, ?, ?, ?, ?)"),
        QCoreApplication::translate("TimelineRepository", "adding to the timeline"));
    auto status = insert.exec({stored.customerId, vocabulary::code(stored.kind),
                               sv::fromTimestamp(stored.occurredAt), sv::fromId(stored.authorId),
                               stored.subject, stored.body});
    if (!status)
        return status.error();
    stored.id = insert.lastInsertId();
    return stored;
}

Result<QList<TimelineEntry>> TimelineRepository::forCustomer(qint64 customerId, int limit)
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT t.id, t.customer_id, t.kind, t.occurred_at, t.author_id, "
                       "coalesce(u.display_name, ''), t.subject, t.body "
                       "FROM timeline_entries t LEFT JOIN users u ON u.id = t.author_id "
                       "WHERE t.customer_id = ? ORDER BY t.occurred_at DESC, t.id DESC "
                       "LIMIT ?"),
        QCoreApplication::translate("TimelineRepository", "reading the timeline"));
    if (auto status = query.exec({customerId, limit}); !status)
        return status.error();
    QList<TimelineEntry> entries;
    while (query.next()) {
        TimelineEntry e;
        e.id = query.value(0).toLongLong();
        e.customerId = query.value(1).toLongLong();
        e.kind = vocabulary::fromCode<TimelineKind>(query.value(2).toString())
                     .value_or(TimelineKind::Note);
        e.occurredAt = sv::toTimestamp(query.value(3));
        e.authorId = query.value(4).toLongLong();
        e.authorName = query.value(5).toString();
        e.subject = query.value(6).toString();
        e.body = query.value(7).toString();
        entries.append(e);
    }
    return entries;
}

Result<QList<qint64>> TimelineRepository::busiestCustomers(int limit)
{
    // Grouped along the (customer_id, occurred_at) index: one pass, no sort of the entries.
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT customer_id FROM timeline_entries GROUP BY customer_id "
                       "ORDER BY count(*) DESC, customer_id LIMIT ?"),
        QCoreApplication::translate("TimelineRepository", "reading the timeline"));
    if (auto status = query.exec({limit}); !status)
        return status.error();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace luotsi::storage
