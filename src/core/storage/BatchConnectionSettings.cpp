#include "BatchConnectionSettings.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace luotsi::storage {

namespace {

QVariant pragma(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (query.exec(sql) && query.next())
        return query.value(0);
    return {};
}

} // namespace

BatchConnectionSettings::BatchConnectionSettings(Database& database, int cacheKiB)
    : m_database(database)
{
    if (auto cache = database.cacheSizeKiB(); cache.ok()) {
        m_previousCacheKiB = *cache;
        database.setCacheSizeKiB(cacheKiB);
    }
    m_previousMmap = pragma(database, QStringLiteral("PRAGMA mmap_size")).toLongLong();
    m_previousForeignKeys = pragma(database, QStringLiteral("PRAGMA foreign_keys")).toBool();
    pragma(database, QStringLiteral("PRAGMA mmap_size=0"));
    pragma(database, QStringLiteral("PRAGMA foreign_keys=OFF"));
}

BatchConnectionSettings::~BatchConnectionSettings()
{
    if (m_previousCacheKiB > 0)
        m_database.setCacheSizeKiB(m_previousCacheKiB);
    pragma(m_database, QStringLiteral("PRAGMA mmap_size=%1").arg(m_previousMmap));
    if (m_previousForeignKeys)
        pragma(m_database, QStringLiteral("PRAGMA foreign_keys=ON"));
}

} // namespace luotsi::storage
