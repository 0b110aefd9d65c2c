#pragma once

#include "core/Result.h"
#include "core/matching/MatchScore.h"
#include "core/matching/MatchScorer.h"
#include "core/register/Customer.h"

#include <memory>

namespace luotsi::storage {
class Database;
class CustomerRepository;
class MatchKeyRepository;
} // namespace luotsi::storage

namespace luotsi::core::importing {

// The customer an incoming record is, or resembles, in the register.
struct MatchFinding
{
    enum class Kind
    {
        None,             // a new customer
        SameSourceRecord, // the row's own key in its source system
        Same,             // matched by the engine above sameAbove
        PossibleDuplicate // between reviewAbove and sameAbove: an admin decides
    };
    Kind kind = Kind::None;
    qint64 customerId = 0;
    QString customerName;
    matching::MatchScore score;
};

// Finds an incoming record in the register: first by its source key, then among the customers
// that share a blocking key with it (business ID, phone, e-mail, name parts in its municipality),
// scored by the matching engine. Rows imported earlier in the same batch are in the register
// already, so a file's internal duplicates are found the same way.
class ImportMatcher final
{
public:
    ImportMatcher(storage::Database& database, const matching::MatchSettings& settings);
    ~ImportMatcher();

    Result<MatchFinding> find(const Customer& incoming, const QString& sourceSystem,
                              const QString& sourceKey);

private:
    matching::MatchScorer m_scorer;
    std::unique_ptr<storage::CustomerRepository> m_customers;
    std::unique_ptr<storage::MatchKeyRepository> m_keys;
};

} // namespace luotsi::core::importing
