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

namespace {

// Writes the compact JSON that QJsonDocument(toJson(c)).toJson(Compact) gives, byte for byte,
// without building the QJsonObject: keys in QJsonObject's sorted order, integral numbers as
// integers, strings escaped as Qt's JSON writer escapes them. An import writes one fingerprint
// per customer, and building the object tree cost as much as writing the customer's rows.
class CompactJson final
{
public:
    explicit CompactJson(QByteArray& out)
        : m_out(out)
    {}

    CompactJson& begin(char bracket)
    {
        m_out += bracket;
        m_first = true;
        return *this;
    }
    CompactJson& end(char bracket)
    {
        m_out += bracket;
        m_first = false;
        return *this;
    }
    CompactJson& key(const char* name)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
        return *this;
    }
    CompactJson& item()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        return *this;
    }
    CompactJson& number(qint64 value)
    {
        // toJson() stores ids as doubles; integral ones are written as integers.
        m_out += QByteArray::number(qint64(double(value)));
        return *this;
    }
    CompactJson& text(QStringView s);

private:
    QByteArray& m_out;
    bool m_first = true;
};

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

CompactJson& CompactJson::text(QStringView s)
{
    m_out += '"';
    const char16_t* p = s.utf16();
    const char16_t* end = p + s.size();
    const auto escapeUnit = [this](char16_t u) {
        m_out += "\\u";
        m_out += hexDigit(u >> 12 & 0xf);
        m_out += hexDigit(u >> 8 & 0xf);
        m_out += hexDigit(u >> 4 & 0xf);
        m_out += hexDigit(u & 0xf);
    };
    while (p < end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            switch (u) {
            case 0x22:
                m_out += "\\\"";
                break;
            case 0x5c:
                m_out += "\\\\";
                break;
            case 0x8:
                m_out += "\\b";
                break;
            case 0xc:
                m_out += "\\f";
                break;
            case 0xa:
                m_out += "\\n";
                break;
            case 0xd:
                m_out += "\\r";
                break;
            case 0x9:
                m_out += "\\t";
                break;
            default:
                if (u < 0x20) {
                    m_out += "\\u00";
                    m_out += hexDigit(u >> 4);
                    m_out += hexDigit(u & 0xf);
                } else {
                    m_out += char(u);
                }
            }
        } else if (u < 0x800) {
            m_out += char(0xc0 | (u >> 6));
            m_out += char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            m_out += char(0xe0 | (u >> 12));
            m_out += char(0x80 | ((u >> 6) & 0x3f));
            m_out += char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && p < end && *p >= 0xdc00 && *p <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
            m_out += char(0xf0 | (c >> 18));
            m_out += char(0x80 | ((c >> 12) & 0x3f));
            m_out += char(0x80 | ((c >> 6) & 0x3f));
            m_out += char(0x80 | (c & 0x3f));
        } else {
            escapeUnit(u); // a lone surrogate: Qt escapes it
        }
    }
    m_out += '"';
    return *this;
}

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QByteArray CustomerJson::toBytes(const Customer& c)
{
    QByteArray out;
    out.reserve(1024);
    CompactJson json(out);
    json.begin('{').key("addresses").begin('[');
    for (const Address& x : c.addresses) {
        json.item().begin('{');
        json.key("city").text(x.city).key("country").text(x.country);
        json.key("id").number(x.id).key("kind").text(code(x.kind));
        json.key("postalCode").text(x.postalCode).key("street").text(x.street);
        json.end('}');
    }
    json.end(']').key("businessId").text(c.businessId);
    json.key("changedAt").text(isoTime(c.changedAt)).key("channels").begin('[');
    for (const ContactChannel& x : c.channels) {
        json.item().begin('{');
        json.key("id").number(x.id).key("kind").text(code(x.kind));
        json.key("label").text(x.label).key("value").text(x.value);
        json.end('}');
    }
    json.end(']').key("contacts").begin('[');
    for (const Contact& x : c.contacts) {
        json.item().begin('{');
        json.key("email").text(x.email).key("firstName").text(x.firstName);
        json.key("id").number(x.id).key("lastName").text(x.lastName);
        json.key("phone").text(x.phone).key("role").text(x.role).key("title").text(x.title);
        json.end('}');
    }
    json.end(']').key("createdAt").text(isoTime(c.createdAt));
    json.key("id").number(c.id).key("kind").text(code(c.kind));
    json.key("language").text(code(c.language)).key("name").text(c.name);
    json.key("notes").text(c.notes).key("ownerId").number(c.ownerId);
    json.key("parentId").number(c.parentId).key("relationships").begin('[');
    for (const Relationship& x : c.relationships) {
        json.item().begin('{');
        json.key("companyId").number(x.companyId).key("customerNumber").text(x.customerNumber);
        json.key("id").number(x.id).key("since").text(x.since.toString(Qt::ISODate));
        json.key("status").text(code(x.status));
        json.end('}');
    }
    json.end(']').key("sourceKeys").begin('[');
    for (const SourceKey& x : c.sourceKeys) {
        json.item().begin('{');
        json.key("batchId").number(x.batchId).key("id").number(x.id);
        json.key("key").text(x.key).key("sourceSystem").text(x.sourceSystem);
        json.end('}');
    }
    json.end(']').key("status").text(code(c.status)).end('}');
    return out;
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
