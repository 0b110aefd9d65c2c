#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/provenance/QualityIssue.h"

#include <QString>

namespace luotsi::storage {

// The register's data-quality issues in SQL: the one place that says what "an invalid phone"
// or "a pending duplicate" is, used by the counts and by the customer list's filter alike.
class DataQualityRepository final
{
public:
    explicit DataQualityRepository(Database& database);

    // A condition on customers aliased "c" that holds for the customers with the issue.
    static QString condition(core::QualityIssue issue);

    // The number of customers, and of customers with each issue.
    core::Result<core::QualityCounts> counts();

private:
    Database& m_database;
};

} // namespace luotsi::storage
