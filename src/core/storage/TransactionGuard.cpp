#include "TransactionGuard.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace luotsi::storage {

namespace {

// How deep each connection of this thread is in transactions. A connection belongs to one
// thread, so a thread-local count needs no lock.
thread_local QHash<QString, int> transactionDepth;

QString savepointName(int depth)
{
    return QStringLiteral("luotsi_sp%1").arg(depth);
}

bool execOn(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db))
{
    const QString name = m_db.connectionName();
    const int depth = transactionDepth.value(name);
    QString error;
    if (depth == 0) {
        m_active = m_db.transaction();
        if (!m_active)
            error = m_db.lastError().text();
    } else {
        // Inside a transaction (an import batch saving customer by customer): a savepoint makes
        // this unit all or nothing while the outer transaction decides about the whole.
        m_active = execOn(m_db, QStringLiteral("SAVEPOINT ") + savepointName(depth), &error);
    }
    if (!m_active) {
        m_beginError = {
            QCoreApplication::translate("Database", "Cannot start a transaction: %1").arg(error),
            m_db.databaseName()};
        return;
    }
    m_depth = depth + 1;
    transactionDepth[name] = m_depth;
}

TransactionGuard::~TransactionGuard()
{
    if (!m_active)
        return;
    if (m_depth == 1) {
        m_db.rollback();
    } else {
        QString error;
        const QString savepoint = savepointName(m_depth - 1);
        execOn(m_db, QStringLiteral("ROLLBACK TO ") + savepoint, &error);
        execOn(m_db, QStringLiteral("RELEASE ") + savepoint, &error);
    }
    leave();
}

void TransactionGuard::leave()
{
    m_active = false;
    const QString name = m_db.connectionName();
    if (m_depth <= 1)
        transactionDepth.remove(name);
    else
        transactionDepth[name] = m_depth - 1;
}

core::Status TransactionGuard::commit()
{
    if (!m_active)
        return m_beginError;
    if (m_depth > 1) {
        QString error;
        const bool released =
            execOn(m_db, QStringLiteral("RELEASE ") + savepointName(m_depth - 1), &error);
        if (!released) {
            return core::Error{
                QCoreApplication::translate("Database", "Cannot save the change: %1").arg(error),
                m_db.databaseName()};
        }
        leave();
        return {};
    }
    leave();
    if (!m_db.commit()) {
        core::Error error{QCoreApplication::translate("Database", "Cannot save the change: %1")
                              .arg(m_db.lastError().text()),
                          m_db.databaseName()};
        m_db.rollback();
        return error;
    }
    return {};
}

} // namespace luotsi::storage
