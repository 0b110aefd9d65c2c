#include "BulkCustomerWriter.h"

#include "MatchKeyHash.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "TransactionGuard.h"
#include "core/register/RegisterVocabulary.h"
#include "core/register/SortName.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;
namespace sv = sqlvalues;

namespace {

// User-visible texts of this file, in the "BulkCustomerWriter" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(BulkCustomerWriter)
};

// Every id the writer set, back to 0: after a rollback none of them exists.
void clearIds(BulkCustomerWriter::Entry& entry)
{
    entry.customer.clearIds();
    if (entry.parentEntry >= 0)
        entry.customer.parentId = 0;
    for (auto& x : entry.timeline) {
        x.id = 0;
        x.customerId = 0;
    }
}

} // namespace

BulkCustomerWriter::Totals& BulkCustomerWriter::Totals::operator+=(const Totals& other)
{
    customers += other.customers;
    contacts += other.contacts;
    addresses += other.addresses;
    channels += other.channels;
    relationships += other.relationships;
    sourceKeys += other.sourceKeys;
    timelineEntries += other.timelineEntries;
    return *this;
}

// The column lists are CustomerRepository's and TimelineRepository's.
BulkCustomerWriter::BulkCustomerWriter(Database& database, SearchIndex& searchIndex,
                                       IndexUpdate indexUpdate)
    : m_database(database)
    , m_searchIndex(searchIndex)
    , m_indexUpdate(indexUpdate)
    , m_customer(
          database.connection(),
          QStringLiteral("INSERT INTO customers (name, sort_name, business_id, kind, language, "
                         "status, owner_id, parent_id, city, notes, created_at, changed_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          Texts::tr("adding the customer"))
    , m_contact(
          database.connection(),
          QStringLiteral("INSERT INTO contacts (customer_id, first_name, last_name, title, role, "
                         "phone, email) VALUES (?, ?, ?, ?, ?, ?, ?)"),
          Texts::tr("adding contact persons"))
    , m_address(
          database.connection(),
          QStringLiteral("INSERT INTO addresses (customer_id, kind, street, postal_code, city, "
                         "country) VALUES (?, ?, ?, ?, ?, ?)"),
          Texts::tr("adding addresses"))
    , m_channel(database.connection(),
                QStringLiteral(
                    "INSERT INTO channels (customer_id, kind, value, label) VALUES (?, ?, ?, ?)"),
                Texts::tr("adding phone numbers, emails and web sites"))
    , m_relationship(database.connection(),
                     QStringLiteral("INSERT INTO relationships (customer_id, company_id, since, "
                                    "customer_number, status) VALUES (?, ?, ?, ?, ?)"),
                     Texts::tr("adding relationships"))
    , m_sourceKey(database.connection(),
                  QStringLiteral("INSERT INTO source_keys (customer_id, source_system, source_key) "
                                 "VALUES (?, ?, ?)"),
                  Texts::tr("adding source keys"))
    , m_matchKey(database.connection(),
                 QStringLiteral("INSERT OR IGNORE INTO match_keys (key_hash, customer_id) "
                                "VALUES (?, ?)"),
                 Texts::tr("adding matching keys"))
    , m_timeline(
          database.connection(),
          QStringLiteral("INSERT INTO timeline_entries (customer_id, kind, occurred_at, author_id, "
                         "subject, body) VALUES (?, ?, ?, ?, ?, ?)"),
          Texts::tr("adding to the timeline"))
{}

Status BulkCustomerWriter::write(QList<Entry>& batch)
{
    Totals written;
    Status status;
    {
        TransactionGuard transaction(m_database.connection());
        if (!transaction.isActive())
            return transaction.beginError();
        for (qsizetype i = 0; i < batch.size() && status; ++i) {
            Entry& entry = batch[i];
            if (entry.parentEntry >= 0) {
                if (entry.parentEntry >= i) {
                    status = Error{Texts::tr("The parent must come before its units in the batch."),
                                   entry.customer.name};
                    break;
                }
                entry.customer.parentId = batch.at(entry.parentEntry).customer.id;
            }
            status = writeEntry(entry, written);
        }
        if (status)
            status = transaction.commit();
    }
    if (!status) {
        for (Entry& entry : batch)
            clearIds(entry);
        return status;
    }
    m_totals += written;
    m_indexStale = m_indexUpdate == IndexUpdate::Deferred;
    return {};
}

Status BulkCustomerWriter::finish()
{
    if (!m_indexStale)
        return {};
    // In one transaction: a rebuild that fails or is killed leaves the index as it was.
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto status = m_searchIndex.rebuild(); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    m_indexStale = false;
    return {};
}

Status BulkCustomerWriter::writeEntry(Entry& entry, Totals& totals)
{
    Customer& c = entry.customer;
    const auto failed = [&c](const Status& status) {
        return Error{status.error().message, c.name};
    };
    const QDateTime now = sv::now();
    c.createdAt = c.createdAt.isValid() ? sv::asStored(c.createdAt) : now;
    c.changedAt = c.changedAt.isValid() ? sv::asStored(c.changedAt) : now;
    if (auto s =
            m_customer.exec({c.name, SortName::of(c.name), c.businessId, vocabulary::code(c.kind),
                             vocabulary::code(c.language), vocabulary::code(c.status),
                             sv::fromId(c.ownerId), sv::fromId(c.parentId), c.mainCity(), c.notes,
                             sv::fromTimestamp(c.createdAt), sv::fromTimestamp(c.changedAt)});
        !s)
        return failed(s);
    c.id = m_customer.lastInsertId();
    ++totals.customers;

    for (Contact& x : c.contacts) {
        if (auto s =
                m_contact.exec({c.id, x.firstName, x.lastName, x.title, x.role, x.phone, x.email});
            !s)
            return failed(s);
        x.id = m_contact.lastInsertId();
    }
    for (Address& x : c.addresses) {
        if (auto s = m_address.exec(
                {c.id, vocabulary::code(x.kind), x.street, x.postalCode, x.city, x.country});
            !s)
            return failed(s);
        x.id = m_address.lastInsertId();
    }
    for (ContactChannel& x : c.channels) {
        if (auto s = m_channel.exec({c.id, vocabulary::code(x.kind), x.value, x.label}); !s)
            return failed(s);
        x.id = m_channel.lastInsertId();
    }
    for (Relationship& x : c.relationships) {
        if (auto s = m_relationship.exec({c.id, x.companyId, sv::fromDate(x.since),
                                          x.customerNumber, vocabulary::code(x.status)});
            !s)
            return failed(s);
        x.id = m_relationship.lastInsertId();
    }
    for (SourceKey& x : c.sourceKeys) {
        if (auto s = m_sourceKey.exec({c.id, x.sourceSystem, x.key}); !s)
            return failed(s);
        x.id = m_sourceKey.lastInsertId();
    }
    for (const QString& key : std::as_const(entry.matchKeys)) {
        if (auto s = m_matchKey.exec({MatchKeyHash::of(key), c.id}); !s)
            return failed(s);
    }
    for (TimelineEntry& x : entry.timeline) {
        x.customerId = c.id;
        x.occurredAt = x.occurredAt.isValid() ? sv::asStored(x.occurredAt) : now;
        if (auto s = m_timeline.exec({x.customerId, vocabulary::code(x.kind),
                                      sv::fromTimestamp(x.occurredAt), sv::fromId(x.authorId),
                                      x.subject, x.body});
            !s)
            return failed(s);
        x.id = m_timeline.lastInsertId();
    }
    // The search index's own statement, so that the document is exactly the one a save writes.
    if (m_indexUpdate == IndexUpdate::PerCustomer) {
        if (auto s = m_searchIndex.reindex(c.id); !s)
            return failed(s);
    }

    totals.contacts += c.contacts.size();
    totals.addresses += c.addresses.size();
    totals.channels += c.channels.size();
    totals.relationships += c.relationships.size();
    totals.sourceKeys += c.sourceKeys.size();
    totals.timelineEntries += entry.timeline.size();
    return {};
}

} // namespace luotsi::storage
