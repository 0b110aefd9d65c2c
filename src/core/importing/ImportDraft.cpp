#include "ImportDraft.h"

#include <QCoreApplication>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportDraft)
};

} // namespace

Customer draftOf(const CleanRecord& r, const ColumnMapping& mapping, const DraftContext& context)
{
    Customer c;
    c.name = r.name;
    c.kind = r.kind;
    c.businessId = r.kind == CustomerKind::Person ? QString() : r.businessId;
    if (r.status)
        c.status = *r.status;
    if (r.language)
        c.language = *r.language;

    QStringList notes;
    if (!r.auxiliaryName.isEmpty())
        notes.append(r.auxiliaryName);
    if (!r.parentName.isEmpty())
        notes.append(Texts::tr("Belongs to: %1").arg(r.parentName));
    if (!r.statusText.isEmpty() && !r.status)
        notes.append(r.statusText);
    if (!r.notes.isEmpty())
        notes.append(r.notes);
    c.notes = notes.join(QLatin1Char('\n'));

    if (!r.street.isEmpty() || !r.postalCode.isEmpty() || !r.city.isEmpty()) {
        Address address;
        address.kind = r.poBox ? AddressKind::Postal : AddressKind::Visiting;
        address.street = r.street;
        address.postalCode = r.postalCode;
        address.city = r.city.isEmpty() ? r.municipality : r.city;
        address.country = r.country.isEmpty() ? QStringLiteral("FI") : r.country;
        c.addresses.append(address);
    }
    for (const QString& phone : r.phones)
        c.channels.append({0, ChannelKind::Phone, phone, {}});
    for (const QString& email : r.emails)
        c.channels.append({0, ChannelKind::Email, email, {}});
    if (!r.web.isEmpty())
        c.channels.append({0, ChannelKind::Web, r.web, {}});

    // A private person is the customer; the contact columns name someone of an organisation.
    if (r.kind != CustomerKind::Person && !r.contact.isEmpty() &&
        !(r.contact.firstName.isEmpty() && r.contact.lastName.isEmpty())) {
        Contact contact;
        contact.firstName = r.contact.firstName;
        contact.lastName = r.contact.lastName;
        contact.title = r.contact.title;
        contact.phone = r.contact.phone;
        contact.email = r.contact.email;
        c.contacts.append(contact);
    }

    if (!r.sourceKey.isEmpty())
        c.sourceKeys.append({0, context.sourceSystem, r.sourceKey, context.batchId});
    if (context.groupCompanyId != 0) {
        Relationship relationship;
        relationship.companyId = context.groupCompanyId;
        relationship.customerNumber = r.sourceKey;
        relationship.since = r.createdDate;
        relationship.status = r.endDate.isValid() && r.endDate < QDate::currentDate()
                                  ? RelationshipStatus::Ended
                                  : RelationshipStatus::Active;
        c.relationships.append(relationship);
    }
    Q_UNUSED(mapping);
    return c;
}

} // namespace luotsi::core::importing
