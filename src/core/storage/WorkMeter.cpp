#include "WorkMeter.h"

#include "Database.h"

#include <sqlite3.h>

namespace luotsi::storage {

namespace {

qint64 status(void* handle, int what)
{
    int current = 0;
    int highwater = 0;
    sqlite3_db_status(static_cast<sqlite3*>(handle), what, &current, &highwater, 0);
    return current;
}

} // namespace

WorkMeter::WorkMeter(Database& database)
{
    m_handle = database.sqliteHandle();
    m_start = now();
}

WorkMeter::Counts WorkMeter::now() const
{
    if (m_handle == nullptr)
        return {};
    const qint64 hits = status(m_handle, SQLITE_DBSTATUS_CACHE_HIT);
    const qint64 misses = status(m_handle, SQLITE_DBSTATUS_CACHE_MISS);
    return {hits + misses, misses, status(m_handle, SQLITE_DBSTATUS_CACHE_WRITE)};
}

WorkMeter::Counts WorkMeter::elapsed() const
{
    return now() - m_start;
}

void WorkMeter::restart()
{
    m_start = now();
}

} // namespace luotsi::storage
