#include "TransactionGuard.h"

#include <QCoreApplication>
#include <QSqlError>

namespace luotsi::storage {

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active) {
        m_beginError = {QCoreApplication::translate("Database", "Cannot start a transaction: %1")
                            .arg(m_db.lastError().text()),
                        m_db.databaseName()};
    }
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        m_db.rollback();
}

core::Status TransactionGuard::commit()
{
    if (!m_active)
        return m_beginError;
    m_active = false;
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
