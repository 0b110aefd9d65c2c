#include "DataQuality.h"

#include "core/storage/DataQualityRepository.h"

namespace luotsi::core {

DataQuality::DataQuality(storage::Database& database)
    : m_repository(std::make_unique<storage::DataQualityRepository>(database))
{}

DataQuality::~DataQuality() = default;

Result<QualityCounts> DataQuality::counts()
{
    return m_repository->counts();
}

} // namespace luotsi::core
