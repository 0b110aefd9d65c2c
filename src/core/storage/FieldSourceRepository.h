#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/provenance/FieldSource.h"

#include <QList>

namespace luotsi::storage {

// field_sources: where each field of a customer got its current value. One row per customer and
// field; a later change of the field replaces it. Rows go with their customer (ON DELETE
// CASCADE).
class FieldSourceRepository final
{
public:
    explicit FieldSourceRepository(Database& database);

    // Writes each source as the field's origin, replacing what the field had. Runs once per
    // changed field of every saved customer (an import's every row): one kept statement.
    core::Status record(qint64 customerId, const QList<core::FieldSource>& sources);
    // The customer's fields with their origin, with the user's display name, the batch's file
    // name and a merge's member names filled in; ordered by field code.
    core::Result<QList<core::FieldSource>> forCustomer(qint64 customerId);

private:
    Database& m_database;
};

} // namespace luotsi::storage
