#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace luotsi::storage {

// A prepared statement with positional values and errors that name the statement's purpose.
// Prepared statements are kept per connection and SQL text, so that a repository method that
// runs once per customer (a load, a save) parses its SQL once per connection, not once per call.
// A statement in use by another live SqlStatement is never shared: that one prepares its own.
class SqlStatement final
{
public:
    SqlStatement(QSqlDatabase db, QString sql, QString purpose);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    // Drops the kept statements of a connection; Database calls it before closing.
    static void forgetConnection(const QString& connectionName);

    // Binds values in order and runs; a failure says what was being done and why it failed.
    core::Status exec(std::initializer_list<QVariant> values = {});
    core::Status exec(const QVariantList& values);
    bool next() { return m_active->next(); }
    QVariant value(int index) const { return m_active->value(index); }
    qint64 lastInsertId() const { return m_active->lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_active->numRowsAffected(); }
    void finish() { m_active->finish(); }

    struct Kept;

private:
    QSqlDatabase m_db;
    QSqlQuery m_query; // used when no kept statement is free
    std::shared_ptr<Kept> m_kept;
    QSqlQuery* m_active = &m_query; // m_query, or the kept statement this one borrows
    QString m_sql;
    QString m_purpose;
    bool m_prepared = false;
};

// Runs a statement without values; for DDL and one-off work.
core::Status execSql(QSqlDatabase db, const QString& sql, const QString& purpose);

} // namespace luotsi::storage
