#pragma once

#include "QualityIssue.h"
#include "core/Result.h"

#include <memory>

namespace luotsi::storage {
class Database;
class DataQualityRepository;
} // namespace luotsi::storage

namespace luotsi::core {

// The register's data quality at a glance: how many customers miss a business ID or an owner,
// have an email or phone that is not one, or wait in a duplicate group. The customer list filters
// by the same issues (CustomerQuery::quality).
class DataQuality final
{
public:
    explicit DataQuality(storage::Database& database);
    ~DataQuality();

    Result<QualityCounts> counts();

private:
    std::unique_ptr<storage::DataQualityRepository> m_repository;
};

} // namespace luotsi::core
