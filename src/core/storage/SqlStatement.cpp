#include "SqlStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace luotsi::storage {

struct SqlStatement::Kept
{
    QSqlQuery query;
    bool busy = false;
};

namespace {

// Connections belong to one thread, so each thread keeps its own statements.
thread_local QHash<QString, QHash<QString, std::shared_ptr<SqlStatement::Kept>>> keptStatements;

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
    : m_db(db)
    , m_query(db)
    , m_sql(std::move(sql))
    , m_purpose(std::move(purpose))
{
    m_query.setForwardOnly(true);
}

SqlStatement::~SqlStatement()
{
    if (m_kept) {
        m_query.finish(); // releases the statement's read position for the next user
        m_kept->busy = false;
    }
}

void SqlStatement::forgetConnection(const QString& connectionName)
{
    keptStatements.remove(connectionName);
}

core::Status SqlStatement::exec(std::initializer_list<QVariant> values)
{
    return exec(QVariantList(values));
}

core::Status SqlStatement::exec(const QVariantList& values)
{
    if (!m_prepared) {
        auto& kept = keptStatements[m_db.connectionName()];
        auto found = kept.find(m_sql);
        if (found != kept.end() && !found.value()->busy) {
            m_kept = found.value();
            m_query = m_kept->query;
        } else {
            if (!m_query.prepare(m_sql))
                return failure(m_purpose, m_query.lastError());
            if (found == kept.end()) {
                m_kept = std::make_shared<Kept>(Kept{m_query, false});
                kept.insert(m_sql, m_kept);
            }
        }
        if (m_kept)
            m_kept->busy = true;
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
