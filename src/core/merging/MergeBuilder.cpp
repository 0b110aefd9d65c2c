#include "MergeBuilder.h"

#include "MergeFields.h"
#include "core/register/PhoneNumber.h"
#include "core/register/RegisterVocabulary.h"

#include <QSet>

#include <algorithm>

namespace luotsi::core::merging {

namespace {

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

QString phoneKey(const QString& phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    if (const auto e164 = PhoneNumber::toE164(phone))
        return *e164;
    QString digits;
    for (const QChar ch : phone) {
        if (ch.isDigit() || ch == QLatin1Char('+'))
            digits.append(ch);
    }
    return digits;
}

QString webKey(const QString& url)
{
    QString key = folded(url);
    for (const QString& prefix :
         {QStringLiteral("https://"), QStringLiteral("http://"), QStringLiteral("www.")}) {
        if (key.startsWith(prefix))
            key.remove(0, prefix.size());
    }
    while (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    return key;
}

void fillEmpty(QString& kept, const QString& other)
{
    if (kept.trimmed().isEmpty() && !other.trimmed().isEmpty())
        kept = other;
}

void lendDetails(Contact& kept, const Contact& other)
{
    fillEmpty(kept.title, other.title);
    fillEmpty(kept.role, other.role);
}

void lendDetails(ContactChannel& kept, const ContactChannel& other)
{
    fillEmpty(kept.label, other.label);
}

void lendDetails(Address&, const Address&)
{}

// Appends the members' rows, as new rows, that are not already in the list.
template<typename T> void unite(QList<T>& rows, const QList<T>& incoming)
{
    for (T row : incoming) {
        const QString key = MergeBuilder::keyOf(row);
        const auto same = std::find_if(rows.begin(), rows.end(),
                                       [&](const T& r) { return MergeBuilder::keyOf(r) == key; });
        if (same != rows.end()) {
            lendDetails(*same, row);
            continue;
        }
        row.id = 0;
        rows.append(row);
    }
}

bool beganBefore(const Relationship& a, const Relationship& b)
{
    if (!b.since.isValid())
        return a.since.isValid();
    return a.since.isValid() && a.since < b.since;
}

QList<Relationship> unitedRelationships(const Customer& survivor, const QList<Customer>& members)
{
    QList<Relationship> rows = survivor.relationships;
    QList<Relationship> added;
    for (const Customer& member : members) {
        for (Relationship r : member.relationships) {
            const auto has = [&](const Relationship& x) { return x.companyId == r.companyId; };
            if (std::any_of(rows.begin(), rows.end(), has))
                continue;
            r.id = 0;
            const auto other = std::find_if(added.begin(), added.end(), has);
            if (other == added.end())
                added.append(r);
            else if (beganBefore(r, *other))
                *other = r;
        }
    }
    return rows + added;
}

const Customer* customerWithId(const Customer& survivor, const QList<Customer>& members, qint64 id)
{
    if (id == survivor.id)
        return &survivor;
    const auto it = std::find_if(members.begin(), members.end(),
                                 [id](const Customer& c) { return c.id == id; });
    return it == members.end() ? nullptr : &*it;
}

// The survivor's addresses with, per address field chosen from a member, that member's
// addresses of the kind before the survivor's own; then the other members' addresses. The
// survivor's row ids go to the first rows in order, so that the stored rows (read back in id
// order) keep this order.
QList<Address> unitedAddresses(const Customer& survivor, const QList<Customer>& members,
                               const MergePlan& plan)
{
    QList<Address> rows = survivor.addresses;
    for (const QString& code : MergeFields::codes()) {
        const auto kind = MergeFields::addressKind(code);
        const Customer* source = customerWithId(survivor, members, plan.valueFrom.value(code));
        if (!kind || !source || source == &survivor)
            continue;
        const auto firstOfKind = std::find_if(rows.begin(), rows.end(),
                                              [&](const Address& a) { return a.kind == *kind; });
        qsizetype at = firstOfKind - rows.begin();
        for (Address address : source->addresses) {
            if (address.kind != *kind)
                continue;
            address.id = 0;
            rows.insert(at++, address);
        }
    }
    // Equal addresses: the first one stays.
    QList<Address> unique;
    for (const Address& address : std::as_const(rows)) {
        const QString key = MergeBuilder::keyOf(address);
        if (std::none_of(unique.begin(), unique.end(),
                         [&](const Address& a) { return MergeBuilder::keyOf(a) == key; }))
            unique.append(address);
    }
    for (const Customer& member : members)
        unite(unique, member.addresses);

    QList<qint64> ids;
    for (const Address& address : survivor.addresses)
        ids.append(address.id);
    std::sort(ids.begin(), ids.end());
    for (qsizetype i = 0; i < unique.size(); ++i)
        unique[i].id = i < ids.size() ? ids.at(i) : 0;
    return unique;
}

} // namespace

QString MergeBuilder::keyOf(const Contact& c)
{
    return QStringList{folded(c.firstName), folded(c.lastName), phoneKey(c.phone), folded(c.email)}
        .join(QLatin1Char('|'));
}

QString MergeBuilder::keyOf(const ContactChannel& c)
{
    QString value;
    switch (c.kind) {
    case ChannelKind::Phone:
        value = phoneKey(c.value);
        break;
    case ChannelKind::Email:
        value = folded(c.value);
        break;
    case ChannelKind::Web:
        value = webKey(c.value);
        break;
    }
    return vocabulary::code(c.kind) + QLatin1Char('|') + value;
}

QString MergeBuilder::keyOf(const Address& a)
{
    return QStringList{vocabulary::code(a.kind), folded(a.street),
                       QString(a.postalCode).remove(QLatin1Char(' ')), folded(a.city),
                       a.country.trimmed().toUpper()}
        .join(QLatin1Char('|'));
}

Customer MergeBuilder::build(const Customer& survivor, const QList<Customer>& members,
                             const MergePlan& plan)
{
    Customer merged = survivor;
    for (auto it = plan.valueFrom.cbegin(); it != plan.valueFrom.cend(); ++it) {
        const Customer* source = customerWithId(survivor, members, it.value());
        if (source && source != &survivor)
            MergeFields::copy(it.key(), *source, merged);
    }
    merged.addresses = unitedAddresses(survivor, members, plan);
    merged.relationships = unitedRelationships(survivor, members);
    for (const Customer& member : members) {
        unite(merged.contacts, member.contacts);
        unite(merged.channels, member.channels);
        for (SourceKey key : member.sourceKeys) {
            key.id = 0;
            merged.sourceKeys.append(key);
        }
    }
    return merged;
}

} // namespace luotsi::core::merging
