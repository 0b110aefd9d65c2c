#include "Database.h"

#include "MatchKeyHash.h"
#include "RankedMatches.h"
#include "SqlStatement.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "luotsi.storage.database", QtWarningMsg)

namespace luotsi::storage {

namespace {

// User-visible texts of this file, in the "Database" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Once per process, before the first connection opens SQLite: every connection here is used by
// the one thread that opened it, so SQLite's per-call locking (serialized mode) and its memory
// statistics (a lock on every allocation) only cost time, a tenth of an import's.
void configureSqlite()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("luotsi-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString connectionName, QString path, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_dialect(dialect)
{}

Database::~Database()
{
    SqlStatement::forgetConnection(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

core::Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return core::Error{Texts::tr("Cannot create the folder for the database."),
                           info.absolutePath()};
    }
    configureSqlite();
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(
        new Database(name, info.absoluteFilePath(), Dialect::Sqlite));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        // Wait for a writer in another process or thread instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return core::Error{Texts::tr("Cannot open the database: %1").arg(db.lastError().text()),
                               path};
        }
        QSqlQuery query(db);
        const char* pragmas[] = {"PRAGMA journal_mode=WAL",   "PRAGMA foreign_keys=ON",
                                 "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-65536",
                                 "PRAGMA temp_store=MEMORY",  "PRAGMA mmap_size=268435456"};
        for (const char* pragma : pragmas) {
            if (!query.exec(QString::fromLatin1(pragma))) {
                return core::Error{Texts::tr("The file is not a Luotsi database or is damaged: %1")
                                       .arg(query.lastError().text()),
                                   path};
            }
        }
        // SQL functions of Luotsi's own, for migrations and queries.
        if (!MatchKeyHash::registerSqlFunction(database->sqliteHandle())) {
            return core::Error{
                Texts::tr("Cannot open the database: %1").arg(QStringLiteral("match_key_hash()")),
                path};
        }
        if (!RankedMatches::registerSqlFunction(database->sqliteHandle())) {
            return core::Error{
                Texts::tr("Cannot open the database: %1").arg(QStringLiteral("search_rank_set()")),
                path};
        }
        // A file that is not SQLite opens fine and fails at the first read: find out now.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            return core::Error{Texts::tr("The file is not a Luotsi database or is damaged: %1")
                                   .arg(query.lastError().text()),
                               path};
        }
        qCDebug(lcDatabase) << "opened" << path;
    }
    return database;
}

void* Database::sqliteHandle() const
{
    // Qt's SQLite driver hands out its sqlite3* as a QVariant of that pointer type.
    const QVariant handle = connection().driver()->handle();
    if (m_dialect != Dialect::Sqlite || !handle.isValid() ||
        qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void* const*>(handle.data());
}

qint64 Database::changeVersion() const
{
    auto* db = static_cast<sqlite3*>(sqliteHandle());
    if (db == nullptr)
        return -1;
    // PRAGMA data_version changes with other connections' commits only; this connection's own
    // changes are counted by total_changes.
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &statement, nullptr) != SQLITE_OK)
        return -1;
    qint64 version = -1;
    if (sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    if (version < 0)
        return -1;
    return (version << 40) ^ sqlite3_total_changes64(db);
}

core::Result<int> Database::cacheSizeKiB() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
        return core::Error{query.lastError().text(), m_path};
    const int value = query.value(0).toInt();
    // Negative: KiB; positive: pages (of 4 KiB here).
    return value < 0 ? -value : value * 4;
}

core::Status Database::setCacheSizeKiB(int kib)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kib)))
        return core::Error{query.lastError().text(), m_path};
    return {};
}

} // namespace luotsi::storage
