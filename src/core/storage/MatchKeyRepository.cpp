#include "MatchKeyRepository.h"

#include "MatchKeyHash.h"

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
    , m_insert(database, "INSERT OR IGNORE INTO match_keys (key_hash, customer_id) VALUES (?, ?)",
               purpose(QT_TRANSLATE_NOOP("MatchKeyRepository", "updating the matching keys")))
    , m_lookup(database, "SELECT customer_id FROM match_keys WHERE key_hash = ? LIMIT ?",
               purpose(QT_TRANSLATE_NOOP("MatchKeyRepository", "looking for matching customers")))
    , m_sourceKey(database,
                  "SELECT customer_id FROM source_keys WHERE source_system = ? AND source_key = ?",
                  purpose(QT_TRANSLATE_NOOP("MatchKeyRepository", "looking up a source key")))
{}

Result<qint64> MatchKeyRepository::bySourceKey(const QString& sourceSystem, const QString& key)
{
    auto row = m_sourceKey.bind(1, sourceSystem).bind(2, key).step();
    const qint64 id = row && *row ? m_sourceKey.columnInt(0) : 0;
    m_sourceKey.reset();
    if (!row)
        return row.error();
    return id;
}

Status MatchKeyRepository::replace(qint64 customerId, const QStringList& keys)
{
    if (auto status = m_delete.exec({customerId}); !status)
        return status;
    for (const QString& key : keys) {
        if (auto status = m_insert.bind(1, MatchKeyHash::of(key)).bind(2, customerId).run();
            !status)
            return status;
    }
    return {};
}

Status MatchKeyRepository::insert(qint64 keyHash, qint64 customerId)
{
    return m_insert.bind(1, keyHash).bind(2, customerId).run();
}

Status MatchKeyRepository::dropCustomerIndex()
{
    return execSql(m_database.connection(),
                   QStringLiteral("DROP INDEX IF EXISTS match_keys_customer"),
                   purpose(QT_TRANSLATE_NOOP("MatchKeyRepository", "updating the matching keys")));
}

Status MatchKeyRepository::createCustomerIndex()
{
    // The same index as migrations/0003_import.sql and sqlite/0008_match_key_hashes.sql make.
    return execSql(m_database.connection(),
                   QStringLiteral("CREATE INDEX IF NOT EXISTS match_keys_customer ON match_keys "
                                  "(customer_id)"),
                   purpose(QT_TRANSLATE_NOOP("MatchKeyRepository", "updating the matching keys")));
}

Result<QList<qint64>> MatchKeyRepository::idsFor(qint64 keyHash, int limit)
{
    m_lookup.bind(1, keyHash).bind(2, limit);
    QList<qint64> ids;
    if (auto status = m_lookup.eachRow([&] {
            ids.append(m_lookup.columnInt(0));
            return true;
        });
        !status)
        return status.error();
    return ids;
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
        auto block = idsFor(MatchKeyHash::of(key), perKeyLimit + 1);
        if (!block)
            return block.error();
        if (block->size() > perKeyLimit)
            continue;
        for (qint64 id : std::as_const(*block)) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    return ids;
}

} // namespace luotsi::storage
