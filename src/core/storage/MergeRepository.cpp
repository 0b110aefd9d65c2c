#include "MergeRepository.h"

#include "SqlStatement.h"
#include "SqlValues.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;
namespace sv = sqlvalues;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(MergeRepository)
};

const QString mergeColumns = QStringLiteral(
    "m.id, m.survivor_id, coalesce(u.display_name, ''), m.merged_at, m.status, m.undone_at, "
    "m.survivor_before, m.survivor_after FROM merges m LEFT JOIN users u ON u.id = m.user_id");

StoredMerge mergeOf(const SqlStatement& q)
{
    StoredMerge m;
    m.id = q.value(0).toLongLong();
    m.survivorId = q.value(1).toLongLong();
    m.userName = q.value(2).toString();
    m.mergedAt = sv::toTimestamp(q.value(3));
    m.undone = q.value(4).toString() == QLatin1String("undone");
    m.undoneAt = sv::toTimestamp(q.value(5));
    m.survivorBefore = q.value(6).toString().toUtf8();
    m.survivorAfter = q.value(7).toString().toUtf8();
    return m;
}

// A row key's parts as values to bind: whole numbers as numbers, so that both dialects compare
// them with integer columns.
QVariantList keyValues(const QString& rowKey)
{
    QVariantList values;
    const QStringList parts = rowKey.split(QLatin1Char(':'));
    for (const QString& part : parts) {
        bool isNumber = false;
        const qint64 number = part.toLongLong(&isNumber);
        values.append(isNumber ? QVariant(number) : QVariant(part));
    }
    return values;
}

} // namespace

MergeRepository::MergeRepository(Database& database)
    : m_database(database)
{}

Result<qint64> MergeRepository::addMerge(qint64 survivorId, qint64 userId,
                                         const QByteArray& survivorBefore)
{
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO merges (survivor_id, user_id, merged_at, "
                                       "survivor_before, survivor_after) VALUES (?, ?, ?, ?, '')"),
                        Texts::tr("recording the merge"));
    if (auto status = insert.exec({survivorId, sv::fromId(userId), sv::fromTimestamp(sv::now()),
                                   QString::fromUtf8(survivorBefore)});
        !status)
        return status.error();
    return insert.lastInsertId();
}

Status MergeRepository::setSurvivorAfter(qint64 mergeId, const QByteArray& survivorAfter)
{
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE merges SET survivor_after = ? WHERE id = ?"),
                        Texts::tr("recording the merge"));
    return update.exec({QString::fromUtf8(survivorAfter), mergeId});
}

Status MergeRepository::addMember(qint64 mergeId, qint64 customerId, const QByteArray& before)
{
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO merge_members (merge_id, customer_id, "
                                       "before_json) VALUES (?, ?, ?)"),
                        Texts::tr("recording the merged customers"));
    return insert.exec({mergeId, customerId, QString::fromUtf8(before)});
}

Status MergeRepository::addMoves(qint64 mergeId, const QString& participant,
                                 const QStringList& rowKeys, qint64 fromCustomer)
{
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO merge_moves (merge_id, participant, row_key, "
                                       "from_customer) VALUES (?, ?, ?, ?)"),
                        Texts::tr("recording the rows the merge moved"));
    for (const QString& key : rowKeys) {
        if (auto status = insert.exec({mergeId, participant, key, fromCustomer}); !status)
            return status;
    }
    return {};
}

Status MergeRepository::markUndone(qint64 mergeId)
{
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE merges SET status = 'undone', undone_at = ? "
                                       "WHERE id = ? AND status = 'applied'"),
                        Texts::tr("marking the merge undone"));
    if (auto status = update.exec({sv::fromTimestamp(sv::now()), mergeId}); !status)
        return status;
    if (update.rowsAffected() != 1)
        return Error{Texts::tr("Merge %1 is not an applied merge.").arg(mergeId), {}};
    return {};
}

Result<StoredMerge> MergeRepository::load(qint64 mergeId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT ") + mergeColumns + QStringLiteral(" WHERE m.id = ?"),
                       Texts::tr("reading the merge"));
    if (auto status = query.exec({mergeId}); !status)
        return status.error();
    if (!query.next())
        return Error{Texts::tr("Merge %1 does not exist.").arg(mergeId), {}};
    StoredMerge merge = mergeOf(query);
    query.finish();
    if (auto status = readMembers(merge); !status)
        return status.error();
    return merge;
}

Status MergeRepository::readMembers(StoredMerge& merge)
{
    SqlStatement members(m_database.connection(),
                         QStringLiteral("SELECT customer_id, before_json FROM merge_members "
                                        "WHERE merge_id = ? ORDER BY customer_id"),
                         Texts::tr("reading the merged customers"));
    if (auto status = members.exec({merge.id}); !status)
        return status;
    while (members.next())
        merge.members.append({members.value(0).toLongLong(), members.value(1).toString().toUtf8()});
    return {};
}

Result<QList<MergeMove>> MergeRepository::moves(qint64 mergeId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT participant, row_key, from_customer FROM merge_moves "
                                      "WHERE merge_id = ? ORDER BY participant, from_customer, "
                                      "row_key"),
                       Texts::tr("reading the rows the merge moved"));
    if (auto status = query.exec({mergeId}); !status)
        return status.error();
    QList<MergeMove> moves;
    while (query.next())
        moves.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    return moves;
}

Result<QList<StoredMerge>> MergeRepository::list(qint64 survivorId, int limit)
{
    const QString where = survivorId != 0 ? QStringLiteral(" WHERE m.survivor_id = ?") : QString();
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT ") + mergeColumns + where +
                           QStringLiteral(" ORDER BY m.id DESC LIMIT ?"),
                       Texts::tr("reading the merges"));
    QVariantList values;
    if (survivorId != 0)
        values.append(survivorId);
    values.append(limit);
    if (auto status = query.exec(values); !status)
        return status.error();
    QList<StoredMerge> merges;
    while (query.next())
        merges.append(mergeOf(query));
    query.finish();
    for (StoredMerge& merge : merges) {
        if (auto status = readMembers(merge); !status)
            return status.error();
    }
    return merges;
}

Result<QList<qint64>> MergeRepository::laterMergesOf(qint64 customerId, qint64 mergeId)
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT m.id FROM merges m WHERE m.id > ? AND m.status = 'applied' AND "
                       "(m.survivor_id = ? OR EXISTS (SELECT 1 FROM merge_members mm "
                       "WHERE mm.merge_id = m.id AND mm.customer_id = ?)) ORDER BY m.id"),
        Texts::tr("reading the merges"));
    if (auto status = query.exec({mergeId, customerId, customerId}); !status)
        return status.error();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<FieldSource>> MergeRepository::fieldSources(qint64 customerId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT field, source_system, batch_id, user_id, merge_id, "
                                      "changed_at FROM field_sources WHERE customer_id = ? "
                                      "ORDER BY field"),
                       Texts::tr("reading where the customer's data came from"));
    if (auto status = query.exec({customerId}); !status)
        return status.error();
    QList<FieldSource> sources;
    while (query.next()) {
        FieldSource s;
        s.field = query.value(0).toString();
        s.sourceSystem = query.value(1).toString();
        s.batchId = query.value(2).toLongLong();
        s.userId = query.value(3).toLongLong();
        s.mergeId = query.value(4).toLongLong();
        s.changedAt = sv::toTimestamp(query.value(5));
        sources.append(s);
    }
    return sources;
}

Status MergeRepository::putFieldSource(qint64 customerId, const FieldSource& source)
{
    SqlStatement remove(m_database.connection(),
                        QStringLiteral("DELETE FROM field_sources WHERE customer_id = ? AND "
                                       "field = ?"),
                        Texts::tr("recording where the customer's data came from"));
    if (auto status = remove.exec({customerId, source.field}); !status)
        return status;
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO field_sources (customer_id, field, "
                                       "source_system, batch_id, user_id, merge_id, changed_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        Texts::tr("recording where the customer's data came from"));
    return insert.exec({customerId, source.field, source.sourceSystem, sv::fromId(source.batchId),
                        sv::fromId(source.userId), sv::fromId(source.mergeId),
                        sv::fromTimestamp(source.changedAt)});
}

Status MergeRepository::replaceFieldSources(qint64 customerId, const QList<FieldSource>& sources)
{
    SqlStatement remove(m_database.connection(),
                        QStringLiteral("DELETE FROM field_sources WHERE customer_id = ?"),
                        Texts::tr("recording where the customer's data came from"));
    if (auto status = remove.exec({customerId}); !status)
        return status;
    for (const FieldSource& source : sources) {
        if (auto status = putFieldSource(customerId, source); !status)
            return status;
    }
    return {};
}

Result<QList<qint64>> MergeRepository::ancestors(qint64 customerId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT parent_id FROM customers WHERE id = ?"),
                       Texts::tr("reading the hierarchy"));
    QList<qint64> chain;
    qint64 current = customerId;
    // A hierarchy is shallow; the bound only stops a loop in damaged data.
    for (int depth = 0; depth < 1000; ++depth) {
        if (auto status = query.exec({current}); !status)
            return status.error();
        current = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        if (current == 0 || chain.contains(current))
            break;
        chain.append(current);
    }
    return chain;
}

Status MergeRepository::setParent(qint64 customerId, qint64 parentId)
{
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE customers SET parent_id = ? WHERE id = ?"),
                        Texts::tr("restoring the hierarchy"));
    return update.exec({sv::fromId(parentId), customerId});
}

Result<QStringList> MergeRepository::moveLinks(const CustomerLinkTable& table, qint64 fromCustomer,
                                               qint64 toCustomer)
{
    // The target's own row of a self-referencing table stays where it is.
    const QString notSelf = table.selfReference ? QStringLiteral(" AND id <> ?") : QString();
    QVariantList values{fromCustomer};
    if (table.selfReference)
        values.append(toCustomer);
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?%4")
                            .arg(table.keyColumns.join(QStringLiteral(", ")), table.table,
                                 table.customerColumn, notSelf),
                        Texts::tr("reading the rows of %1 to move").arg(table.table));
    if (auto status = select.exec(values); !status)
        return status.error();
    QStringList keys;
    while (select.next()) {
        QStringList parts;
        for (qsizetype i = 0; i < table.keyColumns.size(); ++i)
            parts.append(select.value(int(i)).toString());
        keys.append(parts.join(QLatin1Char(':')));
    }
    select.finish();
    if (keys.isEmpty())
        return keys;
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?%3")
                            .arg(table.table, table.customerColumn, notSelf),
                        Texts::tr("moving the rows of %1").arg(table.table));
    values.prepend(toCustomer);
    if (auto status = update.exec(values); !status)
        return status.error();
    return keys;
}

Status MergeRepository::moveLinksBack(const CustomerLinkTable& table, const QStringList& rowKeys,
                                      qint64 toCustomer)
{
    QStringList conditions;
    for (const QString& column : table.keyColumns)
        conditions.append(column + QStringLiteral(" = ?"));
    SqlStatement update(
        m_database.connection(),
        QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
            .arg(table.table, table.customerColumn, conditions.join(QStringLiteral(" AND "))),
        Texts::tr("moving back the rows of %1").arg(table.table));
    for (const QString& key : rowKeys) {
        QVariantList values{toCustomer};
        values.append(keyValues(key));
        if (auto status = update.exec(values); !status)
            return status;
    }
    return {};
}

} // namespace luotsi::storage
