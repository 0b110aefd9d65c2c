#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <variant>
#include <vector>

struct sqlite3_stmt;

namespace luotsi::storage {

class Database;
class SqliteStatement;

// Rows for one table, gathered and written many to a statement (INSERT ... VALUES (...), (...)):
// SQLite's work per statement — opening a cursor on the table and each index, the statement's
// own journal, ending it — then counts once for many rows instead of once for each. A bulk
// writer adds rows with explicit ids and flushes before anything reads the table.
class BatchedInsert final
{
public:
    using Value = std::variant<std::monostate, qint64, double, QString, QByteArray>;

    // `head` is "INSERT INTO t (a, b, c)" (or "INSERT OR IGNORE INTO ..."); `columns` its count.
    BatchedInsert(Database& database, QString head, int columns, QString purpose,
                  int rowsPerStatement = 32);
    ~BatchedInsert();
    BatchedInsert(const BatchedInsert&) = delete;
    BatchedInsert& operator=(const BatchedInsert&) = delete;

    // Adds the next value of the current row; a row is complete after `columns` values.
    BatchedInsert& operator<<(Value value)
    {
        m_values.push_back(std::move(value));
        return *this;
    }
    // An id column: 0 is NULL.
    static Value id(qint64 value) { return value == 0 ? Value() : Value(value); }

    qsizetype pendingRows() const { return qsizetype(m_values.size()) / m_columns; }
    // Writes every pending row.
    core::Status flush();

private:
    core::Status run(size_t firstValue, int rows);

    Database& m_database;
    QString m_head;
    int m_columns;
    int m_rowsPerStatement;
    QString m_purpose;
    std::vector<Value> m_values;
    // A statement for each number of rows, made when first needed: a flush of any size is
    // one statement (or a few of the largest).
    std::vector<QByteArray> m_sql;
    std::vector<std::unique_ptr<SqliteStatement>> m_statements;
};

} // namespace luotsi::storage
