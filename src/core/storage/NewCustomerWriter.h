#pragma once

#include "BatchedInsert.h"
#include "core/Result.h"
#include "core/provenance/ChangeOrigin.h"
#include "core/register/Customer.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace luotsi::storage {

class Database;
class SearchIndex;

// Writes new customers as CustomerService::create does — the record with its children, the
// audit log's insert entries, where every field came from, the search index's entry and the
// matching keys — but for an import batch of a million rows: no transaction or savepoint of its
// own (the batch is the transaction), ids given here in sequence, and the rows of a few dozen
// customers written together, many to a statement (BatchedInsert). The caller has normalised
// and validated each customer (CustomerValidator) and computed its matching keys.
//
// Until flush() the newest customers are not in the tables: before anything reads them (a
// lookup by one of their keys, a merge, a load) the caller flushes; pendingShares() tells when a
// lookup would. While the writer is in use, nothing else may add rows to its tables except
// between flush() and refreshIds() (a merge through CustomerService, say).
class NewCustomerWriter final
{
public:
    NewCustomerWriter(Database& database, SearchIndex& searchIndex, qint64 userId,
                      std::optional<core::ChangeOrigin> origin);

    // The customer as it will be stored: every id set, timestamps as a load reads them.
    core::Result<core::Customer> create(core::Customer customer, const QStringList& matchKeys);
    // Whether a pending customer has one of these matching keys or this source key.
    bool pendingShares(const QStringList& keys, const QString& sourceSystem,
                       const QString& sourceKey) const;
    bool hasPending() const { return m_pendingCustomers > 0; }
    core::Status flush();
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
    QSet<QString> m_pendingKeys;
    QSet<QString> m_pendingSourceKeys; // "system\nkey"
    BatchedInsert m_customers;
    BatchedInsert m_contacts;
    BatchedInsert m_addresses;
    BatchedInsert m_channels;
    BatchedInsert m_relationships;
    BatchedInsert m_sourceKeys;
    BatchedInsert m_audit;
    BatchedInsert m_sources;
    BatchedInsert m_matchKeys;
};

} // namespace luotsi::storage
