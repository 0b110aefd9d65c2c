#pragma once

#include <QStringView>

namespace luotsi::storage {

// The number a blocking key is stored as (match_keys.key_hash): FNV-1a over the key's UTF-16
// code units, 64 bits, as a signed integer for SQL. It must never change: stored keys are found
// by it. Every connection also offers it to SQL as match_key_hash(text), for migrations.
struct MatchKeyHash
{
    static qint64 of(QStringView key)
    {
        quint64 hash = 14695981039346656037ull;
        for (const QChar c : key) {
            hash ^= c.unicode();
            hash *= 1099511628211ull;
        }
        return qint64(hash);
    }

    // Registers match_key_hash() on a connection (sqlite3*).
    static bool registerSqlFunction(void* sqliteHandle);
};

} // namespace luotsi::storage
