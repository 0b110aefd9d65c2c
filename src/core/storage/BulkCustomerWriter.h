#pragma once

#include <QStringList>

#include "Database.h"
#include "SqlStatement.h"
#include "core/Result.h"
#include "core/register/Customer.h"

#include <QList>

namespace luotsi::storage {

class SearchIndex;

// Writes many new customers fast, for generated demo and scale data: one transaction per batch,
// one prepared statement per table reused for every row. The rows are the ones
// CustomerRepository::insert and the search index write for the same customer, with three
// differences that suit data nobody typed:
//  - values are stored as given: the caller normalises and validates (DemoDataGenerator
//    produces canonical values, and its test checks that they pass CustomerValidator);
//  - createdAt and changedAt are kept when set, so that generated customers carry a history;
//  - no audit-log rows. The audit log answers "who changed this customer's data"; for invented
//    data the answer is "the generator", and a million insert rows would only double the file.
class BulkCustomerWriter final
{
public:
    struct Entry
    {
        core::Customer customer;
        QList<core::TimelineEntry> timeline;
        // An earlier entry of the same batch whose new id becomes customer.parentId (a parish
        // union written with its parishes); -1 when parentId is already set or there is none.
        qsizetype parentEntry = -1;
        // The matching engine's blocking keys of the customer (see MatchKeyRepository).
        QStringList matchKeys;
    };

    struct Totals
    {
        qint64 customers = 0;
        qint64 contacts = 0;
        qint64 addresses = 0;
        qint64 channels = 0;
        qint64 relationships = 0;
        qint64 sourceKeys = 0;
        qint64 timelineEntries = 0;

        Totals& operator+=(const Totals& other);
    };

    // When the search index learns of the new customers.
    enum class IndexUpdate
    {
        // With every customer, in its batch's transaction: each committed batch is searchable.
        PerCustomer,
        // Once, by finish(): the whole index is rebuilt. Four times faster per customer for a
        // large load into a small register, but until finish() the new customers are not found.
        Deferred,
    };

    BulkCustomerWriter(Database& database, SearchIndex& searchIndex,
                       IndexUpdate indexUpdate = IndexUpdate::PerCustomer);

    // Writes the batch with its children, timeline entries and (IndexUpdate::PerCustomer)
    // search-index entries in one transaction and sets every id in it (customers, children,
    // timeline entries). On failure nothing of the batch stays in the register, its ids stay 0
    // and the error names the customer being written.
    core::Status write(QList<Entry>& batch);
    // With IndexUpdate::Deferred, rebuilds the search index in one transaction; call it after the
    // last batch, and also after a failed or cancelled load so that what was written is found.
    // Does nothing with IndexUpdate::PerCustomer.
    core::Status finish();
    // What the successful batches wrote.
    const Totals& totals() const { return m_totals; }

private:
    core::Status writeEntry(Entry& entry, Totals& totals);

    Database& m_database;
    SearchIndex& m_searchIndex;
    IndexUpdate m_indexUpdate;
    bool m_indexStale = false;
    SqlStatement m_customer;
    SqlStatement m_contact;
    SqlStatement m_address;
    SqlStatement m_channel;
    SqlStatement m_relationship;
    SqlStatement m_sourceKey;
    SqlStatement m_matchKey;
    SqlStatement m_timeline;
    Totals m_totals;
};

} // namespace luotsi::storage
