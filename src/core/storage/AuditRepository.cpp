#include "AuditRepository.h"

#include "SqlStatement.h"
#include "SqlValues.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;

AuditRepository::AuditRepository(Database& database)
    : m_database(database)
{}

Status AuditRepository::record(qint64 userId, qint64 customerId, const QList<FieldChange>& changes)
{
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO audit_log (changed_at, user_id, customer_id, "
                                       "entity, entity_id, action, field, old_value, new_value) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        QCoreApplication::translate("AuditRepository", "writing the audit log"));
    const QString now = sqlvalues::fromTimestamp(QDateTime::currentDateTimeUtc());
    for (const FieldChange& change : changes) {
        auto status = insert.exec({now, sqlvalues::fromId(userId), customerId, change.entity,
                                   change.entityId, CustomerDiff::actionCode(change.action),
                                   change.field, change.oldValue, change.newValue});
        if (!status)
            return status;
    }
    return {};
}

Result<QList<AuditEntry>> AuditRepository::forCustomer(qint64 customerId, int limit)
{
    // A survivor's history includes that of the customers merged into it (and of those merged
    // into them): the card shows one customer's whole story. An undone merge brings its members
    // back with their own histories.
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("WITH RECURSIVE merged (id) AS (SELECT ? UNION "
                       "SELECT mm.customer_id FROM merges m "
                       "JOIN merge_members mm ON mm.merge_id = m.id "
                       "JOIN merged ON m.survivor_id = merged.id WHERE m.status = 'applied') "
                       "SELECT a.id, a.changed_at, coalesce(u.display_name, ''), "
                       "a.customer_id, a.entity, a.entity_id, a.action, a.field, "
                       "a.old_value, a.new_value FROM audit_log a "
                       "LEFT JOIN users u ON u.id = a.user_id "
                       "WHERE a.customer_id IN (SELECT id FROM merged) ORDER BY a.id DESC LIMIT ?"),
        QCoreApplication::translate("AuditRepository", "reading the change history"));
    if (auto status = query.exec({customerId, limit}); !status)
        return status.error();
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), sqlvalues::toTimestamp(query.value(1)),
                        query.value(2).toString(), query.value(3).toLongLong(),
                        query.value(4).toString(), query.value(5).toLongLong(),
                        query.value(6).toString(), query.value(7).toString(),
                        query.value(8).toString(), query.value(9).toString()});
    }
    return entries;
}

} // namespace luotsi::storage
