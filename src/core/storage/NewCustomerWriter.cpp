#include "NewCustomerWriter.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/provenance/ProvenanceFields.h"
#include "core/register/CustomerDiff.h"
#include "core/register/RegisterVocabulary.h"
#include "core/register/SortName.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;
namespace sv = sqlvalues;

namespace {

// The texts are the repositories' own purposes.
QString purpose(const char* context, const char* text)
{
    return QCoreApplication::translate(context, text);
}

// How many customers' rows wait before they are written together.
constexpr int pendingLimit = 64;

QString sourceKeyOf(const QString& system, const QString& key)
{
    return system + QLatin1Char('\n') + key;
}

} // namespace

NewCustomerWriter::NewCustomerWriter(Database& database, SearchIndex& searchIndex, qint64 userId,
                                     std::optional<ChangeOrigin> origin)
    : m_database(database)
    , m_searchIndex(searchIndex)
    , m_userId(userId)
    , m_origin(std::move(origin))
    , m_customers(database,
                  QStringLiteral("INSERT INTO customers (id, name, sort_name, business_id, kind, "
                                 "language, status, owner_id, parent_id, city, notes, created_at, "
                                 "changed_at)"),
                  13, purpose("CustomerRepository", "adding the customer"))
    , m_contacts(database,
                 QStringLiteral("INSERT INTO contacts (id, customer_id, first_name, last_name, "
                                "title, role, phone, email)"),
                 8, purpose("CustomerRepository", "contact persons"))
    , m_addresses(database,
                  QStringLiteral("INSERT INTO addresses (id, customer_id, kind, street, "
                                 "postal_code, city, country)"),
                  7, purpose("CustomerRepository", "addresses"))
    , m_channels(database,
                 QStringLiteral("INSERT INTO channels (id, customer_id, kind, value, label)"), 5,
                 purpose("CustomerRepository", "phone numbers, emails and web sites"))
    , m_relationships(database,
                      QStringLiteral("INSERT INTO relationships (id, customer_id, company_id, "
                                     "since, customer_number, status)"),
                      6, purpose("CustomerRepository", "relationships"))
    , m_sourceKeys(database,
                   QStringLiteral("INSERT INTO source_keys (id, customer_id, source_system, "
                                  "source_key, batch_id)"),
                   5, purpose("CustomerRepository", "source keys"))
    , m_audit(database,
              QStringLiteral("INSERT INTO audit_log (changed_at, user_id, customer_id, entity, "
                             "entity_id, action, field, old_value, new_value)"),
              9, purpose("AuditRepository", "writing the audit log"))
    , m_sources(database,
                QStringLiteral("INSERT INTO field_sources (customer_id, field, source_system, "
                               "batch_id, user_id, changed_at)"),
                6,
                purpose("FieldSourceRepository", "recording where the customer's data came from"))
{}

Status NewCustomerWriter::readIds()
{
    SqliteStatement max(m_database,
                        "SELECT (SELECT max(id) FROM customers), (SELECT max(id) FROM contacts), "
                        "(SELECT max(id) FROM addresses), (SELECT max(id) FROM channels), "
                        "(SELECT max(id) FROM relationships), (SELECT max(id) FROM source_keys)",
                        purpose("CustomerRepository", "adding the customer"));
    auto row = max.step();
    if (!row)
        return row.error();
    m_nextCustomer = max.columnInt(0) + 1;
    m_nextContact = max.columnInt(1) + 1;
    m_nextAddress = max.columnInt(2) + 1;
    m_nextChannel = max.columnInt(3) + 1;
    m_nextRelationship = max.columnInt(4) + 1;
    m_nextSourceKey = max.columnInt(5) + 1;
    max.reset();
    m_idsKnown = true;
    return {};
}

Status NewCustomerWriter::refreshIds()
{
    return m_idsKnown ? readIds() : Status{};
}

Result<Customer> NewCustomerWriter::create(Customer c)
{
    if (!m_idsKnown) {
        if (auto s = readIds(); !s)
            return s.error();
    }
    const QDateTime now = sv::now();
    const QString nowText = sv::fromTimestamp(now);
    c.id = m_nextCustomer++;
    if (m_pendingCustomers == 0)
        m_firstPending = c.id;
    if (!m_written.isEmpty() && m_written.last().second == c.id - 1)
        m_written.last().second = c.id;
    else
        m_written.append({c.id, c.id});
    c.createdAt = c.createdAt.isValid() ? sv::asStored(c.createdAt) : now;
    c.changedAt = now;
    m_customers << c.id << c.name << SortName::of(c.name) << c.businessId
                << vocabulary::code(c.kind) << vocabulary::code(c.language)
                << vocabulary::code(c.status) << BatchedInsert::id(c.ownerId)
                << BatchedInsert::id(c.parentId) << c.mainCity() << c.notes
                << sv::fromTimestamp(c.createdAt) << nowText;
    for (Contact& x : c.contacts) {
        x.id = m_nextContact++;
        m_contacts << x.id << c.id << x.firstName << x.lastName << x.title << x.role << x.phone
                   << x.email;
    }
    for (Address& x : c.addresses) {
        x.id = m_nextAddress++;
        m_addresses << x.id << c.id << vocabulary::code(x.kind) << x.street << x.postalCode
                    << x.city << x.country;
    }
    for (ContactChannel& x : c.channels) {
        x.id = m_nextChannel++;
        m_channels << x.id << c.id << vocabulary::code(x.kind) << x.value << x.label;
    }
    for (Relationship& x : c.relationships) {
        x.id = m_nextRelationship++;
        m_relationships << x.id << c.id << x.companyId << sv::fromDate(x.since) << x.customerNumber
                        << vocabulary::code(x.status);
    }
    for (SourceKey& x : c.sourceKeys) {
        x.id = m_nextSourceKey++;
        m_sourceKeys << x.id << c.id << x.sourceSystem << x.key << BatchedInsert::id(x.batchId);
        m_pendingSourceKeys.insert(sourceKeyOf(x.sourceSystem, x.key));
    }
    for (const FieldChange& change : CustomerDiff::created(c)) {
        m_audit << nowText << BatchedInsert::id(m_userId) << c.id << change.entity
                << change.entityId << CustomerDiff::actionCode(change.action) << change.field
                << change.oldValue << change.newValue;
    }
    const QString system = m_origin ? m_origin->sourceSystem : QString();
    const qint64 batchId = m_origin ? m_origin->batchId : 0;
    const qint64 userId = m_origin ? 0 : m_userId;
    for (const QString& field : ProvenanceFields::ofCreated(c)) {
        m_sources << c.id << field << system << BatchedInsert::id(batchId)
                  << BatchedInsert::id(userId) << nowText;
    }
    if (++m_pendingCustomers >= pendingLimit) {
        if (auto s = flush(); !s)
            return Error{s.error().message, c.name};
    }
    return c;
}

bool NewCustomerWriter::pendingSourceKey(const QString& sourceSystem,
                                         const QString& sourceKey) const
{
    return m_pendingCustomers > 0 && !sourceKey.isEmpty() &&
           m_pendingSourceKeys.contains(sourceKeyOf(sourceSystem, sourceKey));
}

Status NewCustomerWriter::flush()
{
    // Parents before the rows that refer to them.
    for (BatchedInsert* insert : {&m_customers, &m_contacts, &m_addresses, &m_channels,
                                  &m_relationships, &m_sourceKeys, &m_audit, &m_sources}) {
        if (auto s = insert->flush(); !s)
            return s;
    }
    m_pendingCustomers = 0;
    m_pendingSourceKeys.clear();
    return {};
}

Status NewCustomerWriter::finish()
{
    if (auto s = flush(); !s)
        return s;
    // One statement a range: the index builds its entries from the rows just written.
    for (const auto& [first, last] : std::as_const(m_written)) {
        if (auto s = m_searchIndex.indexNew(first, last); !s)
            return s;
    }
    m_written.clear();
    return {};
}

} // namespace luotsi::storage
