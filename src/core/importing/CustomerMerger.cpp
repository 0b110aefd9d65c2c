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
        if (m.addresses.isEmpty()) {
            m.addresses.append(added);
        } else if (sameSourceRecord) {
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

} // namespace luotsi::core::importing
