#include "FieldSourceRepository.h"

#include "SqlStatement.h"
#include "SqlValues.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(FieldSourceRepository)
};

} // namespace

FieldSourceRepository::FieldSourceRepository(Database& database)
    : m_database(database)
{}

Status FieldSourceRepository::record(qint64 customerId, const QList<FieldSource>& sources)
{
    if (sources.isEmpty())
        return {};
    // ON CONFLICT ... DO UPDATE is the same in SQLite (3.24+) and PostgreSQL.
    SqlStatement upsert(
        m_database.connection(),
        QStringLiteral("INSERT INTO field_sources (customer_id, field, source_system, batch_id, "
                       "user_id, merge_id, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (customer_id, field) DO UPDATE SET "
                       "source_system = excluded.source_system, batch_id = excluded.batch_id, "
                       "user_id = excluded.user_id, merge_id = excluded.merge_id, "
                       "changed_at = excluded.changed_at"),
        Texts::tr("recording where the customer's data came from"));
    const QString now = sqlvalues::fromTimestamp(sqlvalues::now());
    for (const FieldSource& source : sources) {
        const QString changedAt =
            source.changedAt.isValid() ? sqlvalues::fromTimestamp(source.changedAt) : now;
        if (auto status = upsert.exec(
                {customerId, source.field, source.sourceSystem, sqlvalues::fromId(source.batchId),
                 sqlvalues::fromId(source.userId), sqlvalues::fromId(source.mergeId), changedAt});
            !status)
            return status;
    }
    return {};
}

Result<QList<FieldSource>> FieldSourceRepository::forCustomer(qint64 customerId)
{
    // A merge's members as they were are JSON in merge_members; their names say where a field
    // came from. json_valid keeps one broken document from failing the whole card.
    SqlStatement select(
        m_database.connection(),
        QStringLiteral(
            "SELECT f.field, f.source_system, coalesce(f.batch_id, 0), coalesce(f.user_id, 0), "
            "coalesce(u.display_name, ''), coalesce(f.merge_id, 0), f.changed_at, "
            "coalesce(b.file_name, ''), "
            "coalesce((SELECT group_concat(json_extract(m.before_json, '$.name'), ', ') "
            "FROM merge_members m WHERE m.merge_id = f.merge_id AND json_valid(m.before_json)), "
            "'') "
            "FROM field_sources f LEFT JOIN users u ON u.id = f.user_id "
            "LEFT JOIN import_batches b ON b.id = f.batch_id "
            "WHERE f.customer_id = ? ORDER BY f.field"),
        Texts::tr("reading where the customer's data came from"));
    if (auto status = select.exec({customerId}); !status)
        return status.error();
    QList<FieldSource> sources;
    while (select.next()) {
        FieldSource source;
        source.field = select.value(0).toString();
        source.sourceSystem = select.value(1).toString();
        source.batchId = select.value(2).toLongLong();
        source.userId = select.value(3).toLongLong();
        source.userName = select.value(4).toString();
        source.mergeId = select.value(5).toLongLong();
        source.changedAt = sqlvalues::toTimestamp(select.value(6));
        source.batchFileName = select.value(7).toString();
        source.mergedFrom = select.value(8).toString();
        sources.append(std::move(source));
    }
    return sources;
}

} // namespace luotsi::storage
