#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/register/Customer.h"

namespace luotsi::storage {

// Notes, calls and meetings on a customer's timeline.
class TimelineRepository final
{
public:
    explicit TimelineRepository(Database& database);

    core::Result<core::TimelineEntry> add(const core::TimelineEntry& entry);
    // Newest first.
    core::Result<QList<core::TimelineEntry>> forCustomer(qint64 customerId, int limit = 500);
    // The customers with the most entries, most first (for benchmarks of long histories).
    core::Result<QList<qint64>> busiestCustomers(int limit);

private:
    Database& m_database;
};

} // namespace luotsi::storage
