#include "CustomerDiff.h"

#include "RegisterVocabulary.h"

#include <functional>
#include <utility>
#include <vector>

namespace luotsi::core {

namespace {

template<typename T>
using Fields = std::vector<std::pair<const char*, std::function<QString(const T&)>>>;

QString number(qint64 value)
{
    return value == 0 ? QString() : QString::number(value);
}

const Fields<Customer>& customerFields()
{
    static const Fields<Customer> fields{
        {"name", [](const Customer& c) { return c.name; }},
        {"businessId", [](const Customer& c) { return c.businessId; }},
        {"kind", [](const Customer& c) { return vocabulary::code(c.kind); }},
        {"language", [](const Customer& c) { return vocabulary::code(c.language); }},
        {"status", [](const Customer& c) { return vocabulary::code(c.status); }},
        {"ownerId", [](const Customer& c) { return number(c.ownerId); }},
        {"parentId", [](const Customer& c) { return number(c.parentId); }},
        {"notes", [](const Customer& c) { return c.notes; }},
    };
    return fields;
}

const Fields<Contact>& contactFields()
{
    static const Fields<Contact> fields{
        {"firstName", [](const Contact& c) { return c.firstName; }},
        {"lastName", [](const Contact& c) { return c.lastName; }},
        {"title", [](const Contact& c) { return c.title; }},
        {"role", [](const Contact& c) { return c.role; }},
        {"phone", [](const Contact& c) { return c.phone; }},
        {"email", [](const Contact& c) { return c.email; }},
    };
    return fields;
}

const Fields<Address>& addressFields()
{
    static const Fields<Address> fields{
        {"kind", [](const Address& a) { return vocabulary::code(a.kind); }},
        {"street", [](const Address& a) { return a.street; }},
        {"postalCode", [](const Address& a) { return a.postalCode; }},
        {"city", [](const Address& a) { return a.city; }},
        {"country", [](const Address& a) { return a.country; }},
    };
    return fields;
}

const Fields<ContactChannel>& channelFields()
{
    static const Fields<ContactChannel> fields{
        {"kind", [](const ContactChannel& c) { return vocabulary::code(c.kind); }},
        {"value", [](const ContactChannel& c) { return c.value; }},
        {"label", [](const ContactChannel& c) { return c.label; }},
    };
    return fields;
}

const Fields<Relationship>& relationshipFields()
{
    static const Fields<Relationship> fields{
        {"companyId", [](const Relationship& r) { return number(r.companyId); }},
        {"since", [](const Relationship& r) { return r.since.toString(Qt::ISODate); }},
        {"customerNumber", [](const Relationship& r) { return r.customerNumber; }},
        {"status", [](const Relationship& r) { return vocabulary::code(r.status); }},
    };
    return fields;
}

const Fields<SourceKey>& sourceKeyFields()
{
    static const Fields<SourceKey> fields{
        {"sourceSystem", [](const SourceKey& s) { return s.sourceSystem; }},
        {"key", [](const SourceKey& s) { return s.key; }},
    };
    return fields;
}

// A one-line summary of a whole child record, for insert and delete entries.
template<typename T> QString summary(const T& item, const Fields<T>& fields)
{
    QStringList parts;
    for (const auto& [name, get] : fields) {
        const QString value = get(item);
        if (!value.isEmpty())
            parts.append(value);
    }
    return parts.join(QStringLiteral(", "));
}

template<typename T>
void compareFields(const QString& entity, qint64 id, const T& before, const T& after,
                   const Fields<T>& fields, QList<FieldChange>& out)
{
    for (const auto& [name, get] : fields) {
        const QString oldValue = get(before);
        const QString newValue = get(after);
        if (oldValue != newValue) {
            out.append({entity, id, FieldChange::Action::Update, QString::fromLatin1(name),
                        oldValue, newValue});
        }
    }
}

template<typename T>
void compareLists(const QString& entity, const QList<T>& before, const QList<T>& after,
                  const Fields<T>& fields, QList<FieldChange>& out)
{
    for (const T& old : before) {
        const auto it = std::find_if(after.begin(), after.end(),
                                     [&](const T& item) { return item.id == old.id; });
        if (it == after.end())
            out.append({entity, old.id, FieldChange::Action::Delete, {}, summary(old, fields), {}});
        else
            compareFields(entity, old.id, old, *it, fields, out);
    }
    for (const T& item : after) {
        const bool existed = std::any_of(before.begin(), before.end(),
                                         [&](const T& old) { return old.id == item.id; });
        if (!existed)
            out.append(
                {entity, item.id, FieldChange::Action::Insert, {}, {}, summary(item, fields)});
    }
}

void compareChildren(const Customer& before, const Customer& after, QList<FieldChange>& out)
{
    compareLists(QStringLiteral("contact"), before.contacts, after.contacts, contactFields(), out);
    compareLists(QStringLiteral("address"), before.addresses, after.addresses, addressFields(),
                 out);
    compareLists(QStringLiteral("channel"), before.channels, after.channels, channelFields(), out);
    compareLists(QStringLiteral("relationship"), before.relationships, after.relationships,
                 relationshipFields(), out);
    compareLists(QStringLiteral("source_key"), before.sourceKeys, after.sourceKeys,
                 sourceKeyFields(), out);
}

} // namespace

QList<FieldChange> CustomerDiff::between(const Customer& before, const Customer& after)
{
    QList<FieldChange> changes;
    compareFields(QStringLiteral("customer"), after.id, before, after, customerFields(), changes);
    compareChildren(before, after, changes);
    return changes;
}

QList<FieldChange> CustomerDiff::created(const Customer& customer)
{
    QList<FieldChange> changes{{QStringLiteral("customer"),
                                customer.id,
                                FieldChange::Action::Insert,
                                {},
                                {},
                                summary(customer, customerFields())}};
    compareChildren(Customer{}, customer, changes);
    return changes;
}

QList<FieldChange> CustomerDiff::deleted(const Customer& customer)
{
    return {{QStringLiteral("customer"),
             customer.id,
             FieldChange::Action::Delete,
             {},
             summary(customer, customerFields()),
             {}}};
}

QString CustomerDiff::actionCode(FieldChange::Action action)
{
    switch (action) {
    case FieldChange::Action::Insert:
        return QStringLiteral("insert");
    case FieldChange::Action::Delete:
        return QStringLiteral("delete");
    case FieldChange::Action::Update:
        break;
    }
    return QStringLiteral("update");
}

} // namespace luotsi::core
