#include "SqlStatement.h"

#include <QCoreApplication>
#include <QSqlError>

namespace luotsi::storage {

namespace {

core::Error failure(const QString& purpose, const QSqlError& error)
{
    return {QCoreApplication::translate("Database", "Database error while %1: %2")
                .arg(purpose, error.text()),
            {}};
}

// Qt's SQLite driver binds a null QString as NULL, but an unset QString means empty text here and
// every text column is NOT NULL DEFAULT ''. Deliberate NULLs are typed (sqlvalues::fromId).
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

} // namespace

SqlStatement::SqlStatement(QSqlDatabase db, QString sql, QString purpose)
    : m_query(db)
    , m_sql(std::move(sql))
    , m_purpose(std::move(purpose))
{
    m_query.setForwardOnly(true);
}

core::Status SqlStatement::exec(std::initializer_list<QVariant> values)
{
    return exec(QVariantList(values));
}

core::Status SqlStatement::exec(const QVariantList& values)
{
    if (!m_prepared) {
        if (!m_query.prepare(m_sql))
            return failure(m_purpose, m_query.lastError());
        m_prepared = true;
    }
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, bindable(values.at(i)));
    if (!m_query.exec())
        return failure(m_purpose, m_query.lastError());
    return {};
}

core::Status execSql(QSqlDatabase db, const QString& sql, const QString& purpose)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return failure(purpose, query.lastError());
    return {};
}

} // namespace luotsi::storage
