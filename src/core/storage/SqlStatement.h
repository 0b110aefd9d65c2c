#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace luotsi::storage {

// A prepared statement with positional values and errors that name the statement's purpose.
// Repositories keep one per statement they repeat, so a batch prepares once.
class SqlStatement final
{
public:
    SqlStatement(QSqlDatabase db, QString sql, QString purpose);

    // Binds values in order and runs; a failure says what was being done and why it failed.
    core::Status exec(std::initializer_list<QVariant> values = {});
    core::Status exec(const QVariantList& values);
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_purpose;
    bool m_prepared = false;
};

// Runs a statement without values; for DDL and one-off work.
core::Status execSql(QSqlDatabase db, const QString& sql, const QString& purpose);

} // namespace luotsi::storage
