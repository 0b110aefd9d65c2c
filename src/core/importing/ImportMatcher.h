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
class MatchRecordReader;
} // namespace luotsi::storage

namespace luotsi::core::importing {

class BatchKeyIndex;

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
// scored by the matching engine. Rows imported earlier in the same batch are found the same
// way, through the batch's own key index, so a file's internal duplicates are found too.
class ImportMatcher final
{
public:
    ImportMatcher(storage::Database& database, const matching::MatchSettings& settings);
    ~ImportMatcher();

    // The customer the record (prepared, with its blocking keys as MatchKeyHash numbers, by the
    // import's reading thread) is or resembles, in the register or among the batch's own new
    // customers (not in match_keys until the batch ends). The finding's customerName is left to
    // nameOf(), which reads the register: the caller writes what is pending first.
    Result<MatchFinding> find(const matching::PreparedRecord& record,
                              const QList<qint64>& strongKeys, const QList<qint64>& weakKeys,
                              const QString& sourceSystem, const QString& sourceKey,
                              const BatchKeyIndex* batch);
    Result<QString> nameOf(qint64 customerId);
    // How much work matching did, for the import's timing log: candidates scored, and of them
    // the ones whose record had to be read from the register.
    qint64 candidatesScored() const { return m_scored; }
    qint64 recordsRead() const { return m_read; }
    // Only the record the same source system already gave under this key (or the customer a
    // Luotsi export row names): identity, not de-duplication, so it holds without matching too.
    Result<MatchFinding> findSameRecord(const QString& sourceSystem, const QString& sourceKey);
    // The customer as it now is (created or saved by the batch): compared from here on.
    void remember(const Customer& customer);
    void remember(qint64 customerId, const matching::PreparedRecord& record);

private:
    Result<const matching::PreparedRecord*> prepared(qint64 customerId);
    Result<QList<qint64>> candidates(const QList<qint64>& keyHashes, int perKeyLimit,
                                     const BatchKeyIndex* batch);

    matching::MatchScorer m_scorer;
    std::unique_ptr<storage::CustomerRepository> m_customers;
    std::unique_ptr<storage::MatchKeyRepository> m_keys;
    std::unique_ptr<storage::MatchRecordReader> m_records;
    // Customers already compared in this batch, ready to compare again: a file's rows meet the
    // same candidates over and over. Bounded, so that memory stays flat on any file.
    QHash<qint64, matching::PreparedRecord> m_recent;
    QHash<qint64, matching::PreparedRecord> m_older;
    qint64 m_scored = 0;
    qint64 m_read = 0;
};

} // namespace luotsi::core::importing
