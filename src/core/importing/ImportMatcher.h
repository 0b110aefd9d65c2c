#pragma once

#include "core/Result.h"
#include "core/matching/MatchScore.h"
#include "core/matching/MatchScorer.h"
#include "core/matching/PreparedRecord.h"
#include "core/register/Customer.h"

#include <QHash>

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
    // The same with the record and its blocking keys already prepared (by an import's reading
    // thread).
    Result<MatchFinding> find(const matching::PreparedRecord& record, const QStringList& strongKeys,
                              const QStringList& weakKeys, const QString& sourceSystem,
                              const QString& sourceKey);
    // Only the record the same source system already gave under this key (or the customer a
    // Luotsi export row names): identity, not de-duplication, so it holds without matching too.
    Result<MatchFinding> findSameRecord(const QString& sourceSystem, const QString& sourceKey);
    // The customer as it now is (created or saved by the batch): compared from here on.
    void remember(const Customer& customer);
    void remember(qint64 customerId, const matching::PreparedRecord& record);

private:
    Result<const matching::PreparedRecord*> prepared(qint64 customerId);

    matching::MatchScorer m_scorer;
    std::unique_ptr<storage::CustomerRepository> m_customers;
    std::unique_ptr<storage::MatchKeyRepository> m_keys;
    // Customers already compared in this batch, ready to compare again: a file's rows meet the
    // same candidates over and over. Bounded, so that memory stays flat on any file.
    QHash<qint64, matching::PreparedRecord> m_prepared;
};

} // namespace luotsi::core::importing
