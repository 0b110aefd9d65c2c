#pragma once

#include "BatchedInsert.h"
#include "core/Result.h"
#include "core/provenance/ChangeOrigin.h"
#include "core/register/Customer.h"

#include <QList>
#include <QSet>

#include <optional>
#include <utility>

namespace luotsi::storage {

class Database;
class SearchIndex;

// Writes new customers as CustomerService::create does — the record with its children, the
// audit log's insert entries and where every field came from — but for an import batch of a
// million rows: no transaction or savepoint of its own (the batch is the transaction), ids given
// here in sequence, and the rows of a few dozen customers written together, many to a
// statement (BatchedInsert). The search index learns of them all in one statement at finish().
// The caller has normalised and validated each customer (CustomerValidator) and keeps their
// matching keys itself (the import writes them in key order at its end).
//
// Until flush() the newest customers are not in the tables: before anything reads them (a
// lookup by their source key, a merge, a load) the caller flushes; isPending() and
// pendingSourceKey() tell when that is needed. While the writer is in use, nothing else may add
// rows to its tables except between flush() and refreshIds() (a merge through CustomerService).
class NewCustomerWriter final
{
public:
    NewCustomerWriter(Database& database, SearchIndex& searchIndex, qint64 userId,
                      std::optional<core::ChangeOrigin> origin);

    // The customer as it will be stored: every id set, timestamps as a load reads them.
    core::Result<core::Customer> create(core::Customer customer);
    bool hasPending() const { return m_pendingCustomers > 0; }
    // Whether the customer is one not written yet.
    bool isPending(qint64 customerId) const
    {
        return m_pendingCustomers > 0 && customerId >= m_firstPending;
    }
    // Whether a customer not written yet has this key of a source system.
    bool pendingSourceKey(const QString& sourceSystem, const QString& sourceKey) const;
    core::Status flush();
    // Writes what waits and indexes every customer written for search; the writer's last call.
    core::Status finish();
    // After other writers added rows (flush() first): the next ids come after theirs.
    core::Status refreshIds();

private:
    core::Status readIds();

    Database& m_database;
    SearchIndex& m_searchIndex;
    qint64 m_userId;
    std::optional<core::ChangeOrigin> m_origin;
    bool m_idsKnown = false;
    qint64 m_nextCustomer = 0;
    qint64 m_nextContact = 0;
    qint64 m_nextAddress = 0;
    qint64 m_nextChannel = 0;
    qint64 m_nextRelationship = 0;
    qint64 m_nextSourceKey = 0;
    int m_pendingCustomers = 0;
    qint64 m_firstPending = 0;
    QSet<QString> m_pendingSourceKeys; // "system\nkey"
    // The ids this writer gave, as ranges: the search index learns of them at finish().
    QList<std::pair<qint64, qint64>> m_written;
    BatchedInsert m_customers;
    BatchedInsert m_contacts;
    BatchedInsert m_addresses;
    BatchedInsert m_channels;
    BatchedInsert m_relationships;
    BatchedInsert m_sourceKeys;
    BatchedInsert m_audit;
    BatchedInsert m_sources;
};

} // namespace luotsi::storage
