#include "CustomerJson.h"

#include "RegisterVocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace luotsi::core {

namespace {

using vocabulary::code;

QJsonValue id(qint64 value)
{
    return QJsonValue(static_cast<double>(value));
}

qint64 idOf(const QJsonObject& object, const char* key)
{
    return static_cast<qint64>(object.value(QLatin1String(key)).toDouble());
}

QString textOf(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

template<typename Enum> Enum enumOf(const QJsonObject& object, const char* key, Enum fallback)
{
    return vocabulary::fromCode<Enum>(textOf(object, key)).value_or(fallback);
}

template<typename T, typename Write> QJsonArray arrayOf(const QList<T>& items, Write write)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(write(item));
    return array;
}

template<typename T, typename Read>
QList<T> listOf(const QJsonObject& object, const char* key, Read read)
{
    QList<T> items;
    const QJsonArray array = object.value(QLatin1String(key)).toArray();
    for (const QJsonValue& value : array)
        items.append(read(value.toObject()));
    return items;
}

} // namespace

QJsonObject CustomerJson::toJson(const Customer& c)
{
    QJsonObject o;
    o.insert(u"id", id(c.id));
    o.insert(u"name", c.name);
    o.insert(u"businessId", c.businessId);
    o.insert(u"kind", code(c.kind));
    o.insert(u"language", code(c.language));
    o.insert(u"status", code(c.status));
    o.insert(u"ownerId", id(c.ownerId));
    o.insert(u"parentId", id(c.parentId));
    o.insert(u"notes", c.notes);
    o.insert(u"createdAt", c.createdAt.toUTC().toString(Qt::ISODate));
    o.insert(u"changedAt", c.changedAt.toUTC().toString(Qt::ISODate));
    o.insert(u"contacts", arrayOf(c.contacts, [](const Contact& x) {
                 return QJsonObject{{QStringLiteral("id"), id(x.id)},
                                    {QStringLiteral("firstName"), x.firstName},
                                    {QStringLiteral("lastName"), x.lastName},
                                    {QStringLiteral("title"), x.title},
                                    {QStringLiteral("role"), x.role},
                                    {QStringLiteral("phone"), x.phone},
                                    {QStringLiteral("email"), x.email}};
             }));
    o.insert(u"addresses", arrayOf(c.addresses, [](const Address& x) {
                 return QJsonObject{{QStringLiteral("id"), id(x.id)},
                                    {QStringLiteral("kind"), code(x.kind)},
                                    {QStringLiteral("street"), x.street},
                                    {QStringLiteral("postalCode"), x.postalCode},
                                    {QStringLiteral("city"), x.city},
                                    {QStringLiteral("country"), x.country}};
             }));
    o.insert(u"channels", arrayOf(c.channels, [](const ContactChannel& x) {
                 return QJsonObject{{QStringLiteral("id"), id(x.id)},
                                    {QStringLiteral("kind"), code(x.kind)},
                                    {QStringLiteral("value"), x.value},
                                    {QStringLiteral("label"), x.label}};
             }));
    o.insert(u"relationships", arrayOf(c.relationships, [](const Relationship& x) {
                 return QJsonObject{{QStringLiteral("id"), id(x.id)},
                                    {QStringLiteral("companyId"), id(x.companyId)},
                                    {QStringLiteral("since"), x.since.toString(Qt::ISODate)},
                                    {QStringLiteral("customerNumber"), x.customerNumber},
                                    {QStringLiteral("status"), code(x.status)}};
             }));
    o.insert(u"sourceKeys", arrayOf(c.sourceKeys, [](const SourceKey& x) {
                 return QJsonObject{{QStringLiteral("id"), id(x.id)},
                                    {QStringLiteral("sourceSystem"), x.sourceSystem},
                                    {QStringLiteral("key"), x.key},
                                    {QStringLiteral("batchId"), id(x.batchId)}};
             }));
    return o;
}

std::optional<Customer> CustomerJson::fromJson(const QJsonObject& o)
{
    if (!o.contains(u"name"))
        return std::nullopt;
    Customer c;
    c.id = idOf(o, "id");
    c.name = textOf(o, "name");
    c.businessId = textOf(o, "businessId");
    c.kind = enumOf(o, "kind", CustomerKind::Company);
    c.language = enumOf(o, "language", Language::Finnish);
    c.status = enumOf(o, "status", CustomerStatus::Active);
    c.ownerId = idOf(o, "ownerId");
    c.parentId = idOf(o, "parentId");
    c.notes = textOf(o, "notes");
    c.createdAt = QDateTime::fromString(textOf(o, "createdAt"), Qt::ISODate);
    c.changedAt = QDateTime::fromString(textOf(o, "changedAt"), Qt::ISODate);
    c.contacts = listOf<Contact>(o, "contacts", [](const QJsonObject& x) {
        return Contact{idOf(x, "id"),      textOf(x, "firstName"), textOf(x, "lastName"),
                       textOf(x, "title"), textOf(x, "role"),      textOf(x, "phone"),
                       textOf(x, "email")};
    });
    c.addresses = listOf<Address>(o, "addresses", [](const QJsonObject& x) {
        return Address{idOf(x, "id"),       enumOf(x, "kind", AddressKind::Visiting),
                       textOf(x, "street"), textOf(x, "postalCode"),
                       textOf(x, "city"),   textOf(x, "country")};
    });
    c.channels = listOf<ContactChannel>(o, "channels", [](const QJsonObject& x) {
        return ContactChannel{idOf(x, "id"), enumOf(x, "kind", ChannelKind::Phone),
                              textOf(x, "value"), textOf(x, "label")};
    });
    c.relationships = listOf<Relationship>(o, "relationships", [](const QJsonObject& x) {
        return Relationship{
            idOf(x, "id"), idOf(x, "companyId"), QDate::fromString(textOf(x, "since"), Qt::ISODate),
            textOf(x, "customerNumber"), enumOf(x, "status", RelationshipStatus::Active)};
    });
    c.sourceKeys = listOf<SourceKey>(o, "sourceKeys", [](const QJsonObject& x) {
        return SourceKey{idOf(x, "id"), textOf(x, "sourceSystem"), textOf(x, "key"),
                         idOf(x, "batchId")};
    });
    return c;
}

QByteArray CustomerJson::toBytes(const Customer& customer)
{
    return QJsonDocument(toJson(customer)).toJson(QJsonDocument::Compact);
}

QByteArray CustomerJson::fingerprint(const Customer& customer)
{
    Customer data = customer;
    data.changedAt = {};
    return QByteArrayLiteral("sha1:") +
           QCryptographicHash::hash(toBytes(data), QCryptographicHash::Sha1).toHex();
}

std::optional<Customer> CustomerJson::fromBytes(const QByteArray& bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

} // namespace luotsi::core
