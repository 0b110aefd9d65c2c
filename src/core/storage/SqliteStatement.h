#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringView>

#include <functional>

struct sqlite3_stmt;

namespace luotsi::storage {

class Database;

// A prepared statement straight on SQLite's C API, for the writers whose rows are counted in
// millions (an import batch): text is bound as the QString's own UTF-16 without a copy, and the
// QVariant and QSqlQuery layers, which cost more than SQLite's own work for a small insert, are
// skipped. Runs inside whatever transaction the connection is in; SQLite only. The SQL must be a
// literal (it is kept as a pointer).
class SqliteStatement final
{
public:
    SqliteStatement(Database& database, const char* sql, QString purpose);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Values by 1-based position. Text must stay alive until run() or step() (it is not copied);
    // a null QString is stored as '' (text columns are NOT NULL DEFAULT '').
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, QStringView text);
    SqliteStatement& bind(int index, const QString& text) { return bind(index, QStringView(text)); }
    SqliteStatement& bind(int index, const QByteArray& utf8);
    // An id: 0 is stored as NULL (no reference).
    SqliteStatement& bindId(int index, qint64 id);
    // A pointer for an SQL function of Luotsi's own (sqlite3_bind_pointer: SQL cannot forge it).
    SqliteStatement& bindPointer(int index, void* pointer, const char* type);

    // Runs a statement that returns no rows, then readies it for the next values.
    core::Status run();
    // The next row: true when there is one. reset() when done with the rows.
    core::Result<bool> step();
    // Calls onRow for each row until it returns false, then resets the statement.
    core::Status eachRow(const std::function<bool()>& onRow);
    void reset();
    qint64 columnInt(int index) const;
    QString columnText(int index) const;
    qint64 lastInsertId() const;

private:
    // Prepared at first use, so that a repository can be made before the migrations have run.
    sqlite3_stmt* statement();
    core::Error failure() const;

    void* m_db = nullptr; // sqlite3*
    const char* m_sql;
    sqlite3_stmt* m_statement = nullptr;
    QString m_purpose;
};

} // namespace luotsi::storage
