#include "MatchKeyRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace luotsi::storage {

using namespace luotsi::core;

namespace {

QString purpose(const char* text)
{
    return QCoreApplication::translate("MatchKeyRepository", text);
}

} // namespace

MatchKeyRepository::MatchKeyRepository(Database& database)
    : m_database(database)
    , m_delete(database.connection(),
               QStringLiteral("DELETE FROM match_keys WHERE customer_id = ?"),
               purpose(QT_TRANSLATE_NOOP("MatchKeyRepository", "updating the matching keys")))
    , m_insert(database.connection(),
               QStringLiteral("INSERT OR IGNORE INTO match_keys (match_key, customer_id) "
                              "VALUES (?, ?)"),
               purpose(QT_TRANSLATE_NOOP("MatchKeyRepository", "updating the matching keys")))
    , m_lookup(database.connection(),
               QStringLiteral("SELECT customer_id FROM match_keys WHERE match_key = ? LIMIT ?"),
               purpose(QT_TRANSLATE_NOOP("MatchKeyRepository", "looking for matching customers")))
    , m_sourceKey(database.connection(),
                  QStringLiteral("SELECT customer_id FROM source_keys WHERE source_system = ? "
                                 "AND source_key = ?"),
                  purpose(QT_TRANSLATE_NOOP("MatchKeyRepository", "looking up a source key")))
{}

Result<qint64> MatchKeyRepository::bySourceKey(const QString& sourceSystem, const QString& key)
{
    if (auto status = m_sourceKey.exec({sourceSystem, key}); !status)
        return status.error();
    const qint64 id = m_sourceKey.next() ? m_sourceKey.value(0).toLongLong() : 0;
    m_sourceKey.finish();
    return id;
}

Status MatchKeyRepository::replace(qint64 customerId, const QStringList& keys)
{
    if (auto status = m_delete.exec({customerId}); !status)
        return status;
    for (const QString& key : keys) {
        if (auto status = m_insert.exec({key, customerId}); !status)
            return status;
    }
    return {};
}

Status MatchKeyRepository::remove(qint64 customerId)
{
    return m_delete.exec({customerId});
}

Status MatchKeyRepository::clear()
{
    return execSql(m_database.connection(), QStringLiteral("DELETE FROM match_keys"),
                   purpose(QT_TRANSLATE_NOOP("MatchKeyRepository", "clearing the matching keys")));
}

Result<QList<qint64>> MatchKeyRepository::candidates(const QStringList& keys, int perKeyLimit)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const QString& key : keys) {
        // One more than the limit tells an unspecific key from a full one.
        if (auto status = m_lookup.exec({key, perKeyLimit + 1}); !status)
            return status.error();
        QList<qint64> block;
        while (m_lookup.next())
            block.append(m_lookup.value(0).toLongLong());
        m_lookup.finish();
        if (block.size() > perKeyLimit)
            continue;
        for (qint64 id : std::as_const(block)) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    return ids;
}

} // namespace luotsi::storage
