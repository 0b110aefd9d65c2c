#pragma once

#include "Database.h"
#include "SqlStatement.h"
#include "SqliteStatement.h"
#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace luotsi::storage {

// The matching engine's blocking keys per customer. Candidates for a record are the customers
// that share a key with it; a key shared by too many customers says too little and is skipped.
class MatchKeyRepository final
{
public:
    explicit MatchKeyRepository(Database& database);

    core::Status replace(qint64 customerId, const QStringList& keys);
    core::Status remove(qint64 customerId);
    core::Status clear();
    // The customers sharing any of the keys, at most perKeyLimit per key (a key with more is
    // skipped as unspecific), without repeats, in the keys' order.
    core::Result<QList<qint64>> candidates(const QStringList& keys, int perKeyLimit);
    // The customers holding one key (by MatchKeyHash), at most limit of them.
    core::Result<QList<qint64>> idsFor(qint64 keyHash, int limit);
    // Adds one (key hash, customer) entry; given in key order, entries go in as an ordered
    // pass over the index.
    core::Status insert(qint64 keyHash, qint64 customerId);
    // Around a bulk insert of many entries in key order: the index by customer is dropped and
    // made again afterwards (sorting once instead of inserting millions of entries at random
    // places). Inside the caller's transaction.
    core::Status dropCustomerIndex();
    core::Status createCustomerIndex();
    // The customer holding a legacy system's key, or 0.
    core::Result<qint64> bySourceKey(const QString& sourceSystem, const QString& key);

private:
    Database& m_database;
    SqlStatement m_delete;
    SqliteStatement m_insert;
    // Run several times for every imported row: on SQLite's C API.
    SqliteStatement m_lookup;
    SqliteStatement m_sourceKey;
};

} // namespace luotsi::storage
