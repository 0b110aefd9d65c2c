#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace luotsi::storage {

enum class Dialect
{
    Sqlite,
    Postgres
};

// One open connection to the register. A QSqlDatabase connection belongs to the thread that
// opened it, so every worker thread opens its own Database on the same path.
class Database final
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and creates, with its folder) the SQLite file at path, with WAL journaling and
    // foreign keys on. Does not migrate: see Migrator.
    static core::Result<std::unique_ptr<Database>> openSqlite(const QString& path);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The page cache of this connection in KiB (64 MiB by default). A long transaction (an import
    // batch) raises it for its duration: pages it writes stay in memory instead of being spilled
    // into the WAL, where every later read of them would have to be looked up.
    core::Result<int> cacheSizeKiB() const;
    core::Status setCacheSizeKiB(int kib);
    QString path() const { return m_path; }
    // The connection's sqlite3* for SqliteStatement and WorkMeter; nullptr when not SQLite.
    void* sqliteHandle() const;
    // A number that changes whenever the register changes: a commit by any other connection or
    // a change by this one. For caches of query results; -1 when it cannot be told.
    qint64 changeVersion() const;
    Dialect dialect() const { return m_dialect; }

private:
    Database(QString connectionName, QString path, Dialect dialect);

    QString m_connectionName;
    QString m_path;
    Dialect m_dialect;
};

} // namespace luotsi::storage
