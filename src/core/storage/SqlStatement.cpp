#include "SqlStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace luotsi::storage {

struct SqlStatement::Kept
{
    explicit Kept(QSqlDatabase db)
        : query(db)
    {
        query.setForwardOnly(true);
    }
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
        m_kept->query.finish(); // releases the statement's read position for the next user
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
        } else if (found == kept.end()) {
            auto fresh = std::make_shared<Kept>(m_db);
            if (!fresh->query.prepare(m_sql))
                return failure(m_purpose, fresh->query.lastError());
            kept.insert(m_sql, fresh);
            m_kept = fresh;
        } else if (!m_query.prepare(m_sql)) {
            return failure(m_purpose, m_query.lastError());
        }
        if (m_kept) {
            m_kept->busy = true;
            m_active = &m_kept->query;
        }
        m_prepared = true;
    }
    for (int i = 0; i < values.size(); ++i)
        m_active->bindValue(i, bindable(values.at(i)));
    if (!m_active->exec())
        return failure(m_purpose, m_active->lastError());
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
