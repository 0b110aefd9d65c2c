#include "CustomerMerger.h"

#include <QCoreApplication>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(CustomerMerger)
};

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

bool sameAddress(const Address& a, const Address& b)
{
    return folded(a.street) == folded(b.street) && a.postalCode == b.postalCode &&
           folded(a.city) == folded(b.city);
}

// Whether the customer is the incoming row's record alone (its one source key): only then is the
// row's newer address the customer's address, and not another record's that it would replace back
// and forth on every import.
bool onlyFrom(const Customer& existing, const Customer& incoming)
{
    if (incoming.sourceKeys.isEmpty() || existing.sourceKeys.size() != 1)
        return false;
    const SourceKey& mine = incoming.sourceKeys.constFirst();
    const SourceKey& theirs = existing.sourceKeys.constFirst();
    return mine.sourceSystem == theirs.sourceSystem && mine.key == theirs.key;
}

bool sameContact(const Contact& a, const Contact& b)
{
    return folded(a.fullName()) == folded(b.fullName());
}

void fill(QString& target, const QString& value, const QString& label, QStringList& changes)
{
    if (target.isEmpty() && !value.isEmpty()) {
        target = value;
        changes.append(label + QStringLiteral(" ") + value);
    }
}

} // namespace

CustomerMerger::Result CustomerMerger::merge(const Customer& existing, const Customer& incoming,
                                             bool sameSourceRecord)
{
    Result result{existing, {}};
    Customer& m = result.merged;
    QStringList& changes = result.changes;

    fill(m.businessId, incoming.businessId, Texts::tr("business ID"), changes);
    if (m.status == CustomerStatus::Prospect && incoming.status == CustomerStatus::Active) {
        m.status = CustomerStatus::Active;
        changes.append(Texts::tr("status active"));
    }
    if (!incoming.notes.isEmpty() && !m.notes.contains(incoming.notes)) {
        m.notes = m.notes.isEmpty() ? incoming.notes : m.notes + QLatin1Char('\n') + incoming.notes;
        changes.append(Texts::tr("notes"));
    }

    for (const Address& address : incoming.addresses) {
        bool known = false;
        for (const Address& have : std::as_const(m.addresses))
            known = known || sameAddress(have, address);
        if (known)
            continue;
        Address added = address;
        added.id = 0;
        // An address that is only a town (a prospect list's "Kunta") is a gap the row fills.
        Address* townOnly = nullptr;
        for (Address& have : m.addresses) {
            if (have.street.isEmpty() && have.postalCode.isEmpty() &&
                (have.city.isEmpty() || folded(have.city) == folded(address.city)))
                townOnly = &have;
        }
        if (townOnly != nullptr && (!address.street.isEmpty() || !address.postalCode.isEmpty())) {
            added.id = townOnly->id;
            added.kind = townOnly->kind;
            *townOnly = added;
            changes.append(Texts::tr("address %1")
                               .arg(QStringList{address.street, address.postalCode, address.city}
                                        .join(QLatin1Char(' '))
                                        .simplified()));
            continue;
        }
        bool hasKind = false;
        for (const Address& have : std::as_const(m.addresses))
            hasKind = hasKind || have.kind == address.kind;
        if (m.addresses.isEmpty() || !hasKind) {
            // A first address, or a PO box beside a street address: both worth keeping.
            m.addresses.append(added);
        } else if (sameSourceRecord && onlyFrom(existing, incoming)) {
            // The same system's newer word on where the customer is.
            added.id = m.addresses.first().id;
            added.kind = m.addresses.first().kind;
            m.addresses.first() = added;
        } else {
            continue;
        }
        changes.append(Texts::tr("address %1")
                           .arg(QStringList{address.street, address.postalCode, address.city}
                                    .join(QLatin1Char(' '))
                                    .simplified()));
    }

    for (const ContactChannel& channel : incoming.channels) {
        bool known = false;
        for (const ContactChannel& have : std::as_const(m.channels))
            known =
                known || (have.kind == channel.kind && folded(have.value) == folded(channel.value));
        if (known)
            continue;
        ContactChannel added = channel;
        added.id = 0;
        m.channels.append(added);
        changes.append(added.value);
    }

    for (const Contact& contact : incoming.contacts) {
        Contact* same = nullptr;
        for (Contact& have : m.contacts) {
            if (sameContact(have, contact))
                same = &have;
        }
        if (same == nullptr) {
            Contact added = contact;
            added.id = 0;
            m.contacts.append(added);
            changes.append(Texts::tr("contact %1").arg(contact.fullName()));
            continue;
        }
        const QString who = Texts::tr("contact %1").arg(contact.fullName());
        fill(same->title, contact.title, who, changes);
        fill(same->phone, contact.phone, who, changes);
        fill(same->email, contact.email, who, changes);
    }

    for (const Relationship& relationship : incoming.relationships) {
        bool known = false;
        for (Relationship& have : m.relationships) {
            if (have.companyId == relationship.companyId) {
                known = true;
                if (have.customerNumber.isEmpty() && !relationship.customerNumber.isEmpty()) {
                    have.customerNumber = relationship.customerNumber;
                    changes.append(
                        Texts::tr("customer number %1").arg(relationship.customerNumber));
                }
            }
        }
        if (!known) {
            Relationship added = relationship;
            added.id = 0;
            m.relationships.append(added);
            changes.append(Texts::tr("relationship"));
        }
    }

    for (const SourceKey& key : incoming.sourceKeys) {
        bool known = false;
        for (const SourceKey& have : std::as_const(m.sourceKeys))
            known = known || (have.sourceSystem == key.sourceSystem && have.key == key.key);
        if (known)
            continue;
        SourceKey added = key;
        added.id = 0;
        m.sourceKeys.append(added);
        changes.append(Texts::tr("source key %1 %2").arg(key.sourceSystem, key.key));
    }
    return result;
}

namespace {

void replace(QString& target, const QString& value, const QString& label, QStringList& changes)
{
    if (target != value) {
        target = value;
        changes.append(label + QStringLiteral(" ") + value);
    }
}

void replaceChannel(Customer& c, ChannelKind kind, const Customer& incoming, const QString& label,
                    QStringList& changes)
{
    QString value;
    for (const ContactChannel& channel : incoming.channels) {
        if (channel.kind == kind) {
            value = channel.value;
            break;
        }
    }
    for (qsizetype i = 0; i < c.channels.size(); ++i) {
        if (c.channels.at(i).kind != kind)
            continue;
        if (value.isEmpty()) {
            c.channels.removeAt(i);
            changes.append(label);
        } else {
            replace(c.channels[i].value, value, label, changes);
        }
        return;
    }
    if (!value.isEmpty()) {
        c.channels.append({0, kind, value, {}});
        changes.append(label + QStringLiteral(" ") + value);
    }
}

} // namespace

CustomerMerger::Result CustomerMerger::overwrite(const Customer& existing, const Customer& incoming)
{
    Result result{existing, {}};
    Customer& m = result.merged;
    QStringList& changes = result.changes;
    replace(m.name, incoming.name, Texts::tr("name"), changes);
    replace(m.businessId, incoming.businessId, Texts::tr("business ID"), changes);
    if (m.kind != incoming.kind) {
        m.kind = incoming.kind;
        changes.append(Texts::tr("kind"));
    }
    if (m.status != incoming.status) {
        m.status = incoming.status;
        changes.append(Texts::tr("status"));
    }
    replace(m.notes, incoming.notes, Texts::tr("notes"), changes);
    const Address address = incoming.addresses.isEmpty() ? Address{} : incoming.addresses.first();
    if (m.addresses.isEmpty() && !incoming.addresses.isEmpty()) {
        Address added = address;
        added.id = 0;
        m.addresses.append(added);
        changes.append(Texts::tr("address"));
    } else if (!m.addresses.isEmpty()) {
        Address& first = m.addresses.first();
        replace(first.street, address.street, Texts::tr("street"), changes);
        replace(first.postalCode, address.postalCode, Texts::tr("postal code"), changes);
        replace(first.city, address.city, Texts::tr("city"), changes);
    }
    replaceChannel(m, ChannelKind::Phone, incoming, Texts::tr("phone"), changes);
    replaceChannel(m, ChannelKind::Email, incoming, Texts::tr("e-mail"), changes);
    replaceChannel(m, ChannelKind::Web, incoming, Texts::tr("web site"), changes);
    const Contact contact = incoming.contacts.isEmpty() ? Contact{} : incoming.contacts.first();
    if (m.contacts.isEmpty() && !incoming.contacts.isEmpty()) {
        Contact added = contact;
        added.id = 0;
        m.contacts.append(added);
        changes.append(Texts::tr("contact %1").arg(contact.fullName()));
    } else if (!m.contacts.isEmpty() && !incoming.contacts.isEmpty()) {
        Contact& first = m.contacts.first();
        if (first.fullName() != contact.fullName()) {
            first.firstName = contact.firstName;
            first.lastName = contact.lastName;
            changes.append(Texts::tr("contact %1").arg(contact.fullName()));
        }
        replace(first.title, contact.title, Texts::tr("contact's title"), changes);
    }
    return result;
}

} // namespace luotsi::core::importing
