#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/register/Customer.h"
#include "core/register/CustomerDiff.h"

namespace luotsi::storage {

// The audit log: who changed which customer's data, when, and from what to what.
class AuditRepository final
{
public:
    explicit AuditRepository(Database& database);

    core::Status record(qint64 userId, qint64 customerId, const QList<core::FieldChange>& changes);
    // Newest first, with the rows of the customers merged into this one by applied merges
    // (recursively); AuditEntry::customerId tells whose row it is.
    core::Result<QList<core::AuditEntry>> forCustomer(qint64 customerId, int limit = 1000);

private:
    Database& m_database;
};

} // namespace luotsi::storage
