#include "SqliteStatement.h"

#include "Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace luotsi::storage {

namespace {

sqlite3* handleOf(void* db)
{
    return static_cast<sqlite3*>(db);
}

} // namespace

SqliteStatement::SqliteStatement(Database& database, const char* sql, QString purpose)
    : m_db(database.sqliteHandle())
    , m_sql(sql)
    , m_purpose(std::move(purpose))
{}

sqlite3_stmt* SqliteStatement::statement()
{
    if (m_statement == nullptr && m_db != nullptr)
        sqlite3_prepare_v3(handleOf(m_db), m_sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr);
    return m_statement;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

core::Error SqliteStatement::failure() const
{
    const QString reason = m_db == nullptr ? QStringLiteral("not an SQLite database")
                                           : QString::fromUtf8(sqlite3_errmsg(handleOf(m_db)));
    return {QCoreApplication::translate("Database", "Database error while %1: %2")
                .arg(m_purpose, reason),
            {}};
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(statement(), index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(statement(), index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, QStringView text)
{
    // An empty view may have no data pointer, which SQLite would store as NULL.
    static const char16_t empty[] = u"";
    const void* data =
        text.isEmpty() ? static_cast<const void*>(empty) : static_cast<const void*>(text.utf16());
    sqlite3_bind_text16(statement(), index, data, int(text.size() * 2), SQLITE_STATIC);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(statement(), index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_STATIC);
    return *this;
}

SqliteStatement& SqliteStatement::bindId(int index, qint64 id)
{
    if (id == 0)
        sqlite3_bind_null(statement(), index);
    else
        sqlite3_bind_int64(statement(), index, id);
    return *this;
}

SqliteStatement& SqliteStatement::bindPointer(int index, void* pointer, const char* type)
{
    sqlite3_bind_pointer(statement(), index, pointer, type, nullptr);
    return *this;
}

core::Status SqliteStatement::run()
{
    auto stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return {};
}

core::Result<bool> SqliteStatement::step()
{
    if (statement() == nullptr)
        return failure();
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    core::Error error = failure();
    sqlite3_reset(m_statement);
    return error;
}

core::Status SqliteStatement::eachRow(const std::function<bool()>& onRow)
{
    for (;;) {
        auto next = step();
        if (!next) {
            reset();
            return next.error();
        }
        if (!*next || !onRow())
            break;
    }
    reset();
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::columnInt(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

QString SqliteStatement::columnText(int index) const
{
    const void* data = sqlite3_column_text16(m_statement, index);
    const int bytes = sqlite3_column_bytes16(m_statement, index);
    return data == nullptr ? QString()
                           : QString(static_cast<const QChar*>(data), qsizetype(bytes / 2));
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(handleOf(m_db));
}

} // namespace luotsi::storage
