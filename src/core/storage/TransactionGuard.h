#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace luotsi::storage {

// Begins a transaction and rolls it back on destruction unless commit() succeeded, so that an
// early return or a failed statement can never leave half a change in the register. Guards nest:
// inside another guard on the same connection a savepoint stands in for the transaction.
class TransactionGuard final
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    bool isActive() const { return m_active; }
    const core::Error& beginError() const { return m_beginError; }
    core::Status commit();

private:
    void leave();

    QSqlDatabase m_db;
    bool m_active = false;
    int m_depth = 0;
    core::Error m_beginError;
};

} // namespace luotsi::storage
