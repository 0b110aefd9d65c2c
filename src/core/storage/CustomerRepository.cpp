#include "CustomerRepository.h"

#include "SqlStatement.h"
#include "SqlValues.h"
#include "core/register/RegisterVocabulary.h"
#include "core/register/SortName.h"

#include <QCoreApplication>

#include <functional>

namespace luotsi::storage {

using namespace luotsi::core;
namespace sv = sqlvalues;

namespace {

// User-visible texts of this file, in the "CustomerRepository" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)
};

template<typename Enum> Enum enumOf(const QVariant& value, Enum fallback)
{
    return vocabulary::fromCode<Enum>(value.toString()).value_or(fallback);
}

// How one child list maps to its table: columns after (id, customer_id), values in that order,
// and the reverse for reading.
template<typename T> struct ChildTable
{
    QString table;
    const char* description; // for messages, translated when shown
    QStringList columns;
    std::function<QVariantList(const T&)> values;
    std::function<T(const SqlStatement&)> read; // column 0 is id, then columns in order
};

const ChildTable<Contact>& contactTable()
{
    static const ChildTable<Contact> table{
        QStringLiteral("contacts"),
        QT_TRANSLATE_NOOP("CustomerRepository", "contact persons"),
        {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("title"),
         QStringLiteral("role"), QStringLiteral("phone"), QStringLiteral("email")},
        [](const Contact& c) -> QVariantList {
            return {c.firstName, c.lastName, c.title, c.role, c.phone, c.email};
        },
        [](const SqlStatement& q) {
            return Contact{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                           q.value(6).toString()};
        }};
    return table;
}

const ChildTable<Address>& addressTable()
{
    static const ChildTable<Address> table{
        QStringLiteral("addresses"),
        QT_TRANSLATE_NOOP("CustomerRepository", "addresses"),
        {QStringLiteral("kind"), QStringLiteral("street"), QStringLiteral("postal_code"),
         QStringLiteral("city"), QStringLiteral("country")},
        [](const Address& a) -> QVariantList {
            return {vocabulary::code(a.kind), a.street, a.postalCode, a.city, a.country};
        },
        [](const SqlStatement& q) {
            return Address{q.value(0).toLongLong(), enumOf(q.value(1), AddressKind::Visiting),
                           q.value(2).toString(),   q.value(3).toString(),
                           q.value(4).toString(),   q.value(5).toString()};
        }};
    return table;
}

const ChildTable<ContactChannel>& channelTable()
{
    static const ChildTable<ContactChannel> table{
        QStringLiteral("channels"),
        QT_TRANSLATE_NOOP("CustomerRepository", "phone numbers, emails and web sites"),
        {QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("label")},
        [](const ContactChannel& c) -> QVariantList {
            return {vocabulary::code(c.kind), c.value, c.label};
        },
        [](const SqlStatement& q) {
            return ContactChannel{q.value(0).toLongLong(), enumOf(q.value(1), ChannelKind::Phone),
                                  q.value(2).toString(), q.value(3).toString()};
        }};
    return table;
}

const ChildTable<Relationship>& relationshipTable()
{
    static const ChildTable<Relationship> table{
        QStringLiteral("relationships"),
        QT_TRANSLATE_NOOP("CustomerRepository", "relationships"),
        {QStringLiteral("company_id"), QStringLiteral("since"), QStringLiteral("customer_number"),
         QStringLiteral("status")},
        [](const Relationship& r) -> QVariantList {
            return {r.companyId, sv::fromDate(r.since), r.customerNumber,
                    vocabulary::code(r.status)};
        },
        [](const SqlStatement& q) {
            return Relationship{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                sv::toDate(q.value(2)), q.value(3).toString(),
                                enumOf(q.value(4), RelationshipStatus::Active)};
        }};
    return table;
}

const ChildTable<SourceKey>& sourceKeyTable()
{
    static const ChildTable<SourceKey> table{
        QStringLiteral("source_keys"),
        QT_TRANSLATE_NOOP("CustomerRepository", "source keys"),
        {QStringLiteral("source_system"), QStringLiteral("source_key"), QStringLiteral("batch_id")},
        [](const SourceKey& s) -> QVariantList {
            return {s.sourceSystem, s.key, sv::fromId(s.batchId)};
        },
        [](const SqlStatement& q) {
            return SourceKey{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toLongLong()};
        }};
    return table;
}

template<typename T>
Result<QList<T>> loadChildren(Database& db, const ChildTable<T>& table, qint64 customerId)
{
    SqlStatement query(db.connection(),
                       QStringLiteral("SELECT id, %1 FROM %2 WHERE customer_id = ? ORDER BY id")
                           .arg(table.columns.join(QStringLiteral(", ")), table.table),
                       Texts::tr("reading %1").arg(Texts::tr(table.description)));
    if (auto status = query.exec({customerId}); !status)
        return status.error();
    QList<T> items;
    while (query.next())
        items.append(table.read(query));
    return items;
}

// Deletes children that left the list, updates those that changed and inserts new ones, giving
// each inserted child its id.
template<typename T>
Status syncChildren(Database& db, const ChildTable<T>& table, qint64 customerId,
                    const QList<T>& before, QList<T>& after)
{
    const QString columns = table.columns.join(QStringLiteral(", "));
    QStringList assignments;
    for (const QString& column : table.columns)
        assignments.append(column + QStringLiteral(" = ?"));
    const QString placeholders = QStringLiteral(", ?").repeated(table.columns.size());

    SqlStatement remove(
        db.connection(),
        QStringLiteral("DELETE FROM %1 WHERE id = ? AND customer_id = ?").arg(table.table),
        Texts::tr("removing from %1").arg(Texts::tr(table.description)));
    SqlStatement update(db.connection(),
                        QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND customer_id = ?")
                            .arg(table.table, assignments.join(QStringLiteral(", "))),
                        Texts::tr("updating %1").arg(Texts::tr(table.description)));
    SqlStatement insert(db.connection(),
                        QStringLiteral("INSERT INTO %1 (customer_id, %2) VALUES (?%3)")
                            .arg(table.table, columns, placeholders),
                        Texts::tr("adding to %1").arg(Texts::tr(table.description)));

    for (const T& old : before) {
        const bool kept = std::any_of(after.begin(), after.end(),
                                      [&](const T& item) { return item.id == old.id; });
        if (!kept) {
            if (auto status = remove.exec({old.id, customerId}); !status)
                return status;
        }
    }
    for (T& item : after) {
        const auto old = std::find_if(before.begin(), before.end(),
                                      [&](const T& o) { return item.id != 0 && o.id == item.id; });
        if (old != before.end()) {
            if (*old == item)
                continue;
            QVariantList values = table.values(item);
            values << item.id << customerId;
            if (auto status = update.exec(values); !status)
                return status;
        } else {
            QVariantList values{customerId};
            values << table.values(item);
            if (auto status = insert.exec(values); !status)
                return status;
            item.id = insert.lastInsertId();
        }
    }
    return {};
}

// Inserts children with the ids they had (restoring a deleted customer); a child whose id another
// row took meanwhile gets a new one.
template<typename T>
Status insertChildrenWithIds(Database& db, const ChildTable<T>& table, qint64 customerId,
                             QList<T>& items)
{
    const QString columns = table.columns.join(QStringLiteral(", "));
    const QString placeholders = QStringLiteral(", ?").repeated(table.columns.size());
    SqlStatement taken(db.connection(),
                       QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table.table),
                       Texts::tr("restoring %1").arg(Texts::tr(table.description)));
    SqlStatement insertWithId(db.connection(),
                              QStringLiteral("INSERT INTO %1 (id, customer_id, %2) VALUES (?, ?%3)")
                                  .arg(table.table, columns, placeholders),
                              Texts::tr("restoring %1").arg(Texts::tr(table.description)));
    SqlStatement insert(db.connection(),
                        QStringLiteral("INSERT INTO %1 (customer_id, %2) VALUES (?%3)")
                            .arg(table.table, columns, placeholders),
                        Texts::tr("restoring %1").arg(Texts::tr(table.description)));
    for (T& item : items) {
        bool idFree = item.id != 0;
        if (idFree) {
            if (auto status = taken.exec({item.id}); !status)
                return status;
            idFree = !taken.next();
            taken.finish();
        }
        SqlStatement& statement = idFree ? insertWithId : insert;
        QVariantList values;
        if (idFree)
            values.append(item.id);
        values.append(customerId);
        values.append(table.values(item));
        if (auto status = statement.exec(values); !status)
            return status;
        item.id = statement.lastInsertId();
    }
    return {};
}

QVariantList customerValues(const Customer& c)
{
    return {c.name,
            SortName::of(c.name),
            c.businessId,
            vocabulary::code(c.kind),
            vocabulary::code(c.language),
            vocabulary::code(c.status),
            sv::fromId(c.ownerId),
            sv::fromId(c.parentId),
            c.mainCity(),
            c.notes,
            sv::fromTimestamp(c.createdAt),
            sv::fromTimestamp(c.changedAt)};
}

const QString customerColumns = QStringLiteral(
    "name, sort_name, business_id, kind, language, status, owner_id, parent_id, city, notes, "
    "created_at, changed_at");

} // namespace

CustomerRepository::CustomerRepository(Database& database)
    : m_database(database)
{}

Result<Customer> CustomerRepository::load(qint64 id)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT id, name, business_id, kind, language, status, "
                                      "owner_id, parent_id, notes, created_at, changed_at "
                                      "FROM customers WHERE id = ?"),
                       Texts::tr("reading the customer"));
    if (auto status = query.exec({id}); !status)
        return status.error();
    if (!query.next())
        return Error{Texts::tr("Customer %1 does not exist; it may have been deleted.").arg(id),
                     {}};
    Customer c;
    c.id = query.value(0).toLongLong();
    c.name = query.value(1).toString();
    c.businessId = query.value(2).toString();
    c.kind = enumOf(query.value(3), CustomerKind::Company);
    c.language = enumOf(query.value(4), Language::Finnish);
    c.status = enumOf(query.value(5), CustomerStatus::Active);
    c.ownerId = query.value(6).toLongLong();
    c.parentId = query.value(7).toLongLong();
    c.notes = query.value(8).toString();
    c.createdAt = sv::toTimestamp(query.value(9));
    c.changedAt = sv::toTimestamp(query.value(10));
    query.finish();

    auto contacts = loadChildren(m_database, contactTable(), id);
    auto addresses = loadChildren(m_database, addressTable(), id);
    auto channels = loadChildren(m_database, channelTable(), id);
    auto relationships = loadChildren(m_database, relationshipTable(), id);
    auto sourceKeys = loadChildren(m_database, sourceKeyTable(), id);
    for (const Error* error : {&contacts.error(), &addresses.error(), &channels.error(),
                               &relationships.error(), &sourceKeys.error()}) {
        if (!error->message.isEmpty())
            return *error;
    }
    c.contacts = std::move(contacts).value();
    c.addresses = std::move(addresses).value();
    c.channels = std::move(channels).value();
    c.relationships = std::move(relationships).value();
    c.sourceKeys = std::move(sourceKeys).value();
    return c;
}

Result<Customer> CustomerRepository::insert(const Customer& customer)
{
    Customer stored = customer;
    const QDateTime now = sv::now();
    stored.createdAt = stored.createdAt.isValid() ? sv::asStored(stored.createdAt) : now;
    stored.changedAt = now;
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO customers (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)")
            .arg(customerColumns),
        Texts::tr("adding the customer"));
    if (auto status = insert.exec(customerValues(stored)); !status)
        return status.error();
    stored.id = insert.lastInsertId();
    if (auto status = writeChildren(Customer{}, stored); !status)
        return status.error();
    return stored;
}

Result<Customer> CustomerRepository::update(const Customer& before, const Customer& after)
{
    Customer stored = after;
    stored.id = before.id;
    stored.createdAt = before.createdAt;
    stored.changedAt = sv::now();
    SqlStatement update(
        m_database.connection(),
        QStringLiteral("UPDATE customers SET name = ?, sort_name = ?, business_id = ?, "
                       "kind = ?, language = ?, status = ?, owner_id = ?, "
                       "parent_id = ?, city = ?, notes = ?, created_at = ?, "
                       "changed_at = ? WHERE id = ?"),
        Texts::tr("saving the customer"));
    QVariantList values = customerValues(stored);
    values << stored.id;
    if (auto status = update.exec(values); !status)
        return status.error();
    if (update.rowsAffected() != 1)
        return Error{
            Texts::tr("Customer %1 does not exist any more; another user may have deleted it.")
                .arg(stored.id),
            {}};
    if (auto status = writeChildren(before, stored); !status)
        return status.error();
    return stored;
}

Status CustomerRepository::writeChildren(const Customer& before, Customer& after)
{
    const qint64 id = after.id;
    if (auto s = syncChildren(m_database, contactTable(), id, before.contacts, after.contacts); !s)
        return s;
    if (auto s = syncChildren(m_database, addressTable(), id, before.addresses, after.addresses);
        !s)
        return s;
    if (auto s = syncChildren(m_database, channelTable(), id, before.channels, after.channels); !s)
        return s;
    if (auto s = syncChildren(m_database, relationshipTable(), id, before.relationships,
                              after.relationships);
        !s)
        return s;
    return syncChildren(m_database, sourceKeyTable(), id, before.sourceKeys, after.sourceKeys);
}

Result<Customer> CustomerRepository::restore(const Customer& customer)
{
    Customer stored = customer;
    stored.createdAt = sv::asStored(stored.createdAt);
    stored.changedAt = sv::asStored(stored.changedAt);
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO customers (id, %1) VALUES (?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?)")
                            .arg(customerColumns),
                        Texts::tr("restoring the customer"));
    QVariantList values{stored.id};
    values.append(customerValues(stored));
    if (auto status = insert.exec(values); !status)
        return status.error();
    if (auto status = restoreChildren(stored); !status)
        return status.error();
    return stored;
}

Status CustomerRepository::restoreChildren(Customer& c)
{
    const qint64 id = c.id;
    if (auto s = insertChildrenWithIds(m_database, contactTable(), id, c.contacts); !s)
        return s;
    if (auto s = insertChildrenWithIds(m_database, addressTable(), id, c.addresses); !s)
        return s;
    if (auto s = insertChildrenWithIds(m_database, channelTable(), id, c.channels); !s)
        return s;
    if (auto s = insertChildrenWithIds(m_database, relationshipTable(), id, c.relationships); !s)
        return s;
    return insertChildrenWithIds(m_database, sourceKeyTable(), id, c.sourceKeys);
}

Status CustomerRepository::remove(qint64 id)
{
    SqlStatement remove(m_database.connection(),
                        QStringLiteral("DELETE FROM customers WHERE id = ?"),
                        Texts::tr("deleting the customer"));
    if (auto status = remove.exec({id}); !status)
        return status;
    if (remove.rowsAffected() != 1)
        return Error{
            Texts::tr("Customer %1 does not exist; it may have been deleted already.").arg(id), {}};
    return {};
}

Result<QList<CustomerRef>> CustomerRepository::children(qint64 parentId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT id, name, business_id, city, kind FROM customers "
                                      "WHERE parent_id = ? ORDER BY sort_name, id"),
                       Texts::tr("reading the customer's units"));
    if (auto status = query.exec({parentId}); !status)
        return status.error();
    QList<CustomerRef> refs;
    while (query.next()) {
        refs.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     enumOf(query.value(4), CustomerKind::Company)});
    }
    return refs;
}

Result<CustomerRef> CustomerRepository::ref(qint64 id)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT id, name, business_id, city, kind FROM customers "
                                      "WHERE id = ?"),
                       Texts::tr("reading the customer"));
    if (auto status = query.exec({id}); !status)
        return status.error();
    if (!query.next())
        return Error{Texts::tr("Customer %1 does not exist.").arg(id), {}};
    return CustomerRef{query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       enumOf(query.value(4), CustomerKind::Company)};
}

Result<bool> CustomerRepository::wouldCreateCycle(qint64 id, qint64 parentId)
{
    // Walk up from the proposed parent; meeting id means a loop. Hierarchies are shallow
    // (a union, its parishes), so a walk is cheaper than a recursive query in two dialects.
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT parent_id FROM customers WHERE id = ?"),
                       Texts::tr("checking the hierarchy"));
    qint64 current = parentId;
    for (int depth = 0; current != 0 && depth < 1000; ++depth) {
        if (current == id)
            return true;
        if (auto status = query.exec({current}); !status)
            return status.error();
        current = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
    }
    return false;
}

Result<qint64> CustomerRepository::count()
{
    SqlStatement query(m_database.connection(), QStringLiteral("SELECT count(*) FROM customers"),
                       Texts::tr("counting customers"));
    if (auto status = query.exec(); !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QList<qint64>> CustomerRepository::allIds()
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT id FROM customers ORDER BY id"),
                       Texts::tr("reading the customers"));
    if (auto status = query.exec(); !status)
        return status.error();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace luotsi::storage
