#include "CustomerMatchRecord.h"

namespace luotsi::core {

matching::MatchRecord matchRecordOf(const Customer& c)
{
    matching::MatchRecord r;
    r.id = c.id;
    r.name = c.name;
    r.kind = c.kind;
    r.businessId = c.businessId;
    if (!c.addresses.isEmpty()) {
        // The visiting address is where the customer is; a postal address may be a PO box.
        const Address* main = &c.addresses.first();
        for (const Address& a : c.addresses) {
            if (a.kind == AddressKind::Visiting) {
                main = &a;
                break;
            }
        }
        r.street = main->street;
        r.postalCode = main->postalCode;
        r.city = main->city;
    }
    for (const ContactChannel& channel : c.channels) {
        if (channel.kind == ChannelKind::Phone)
            r.phones.append(channel.value);
        else if (channel.kind == ChannelKind::Email)
            r.emails.append(channel.value);
    }
    for (const Contact& contact : c.contacts) {
        if (!contact.phone.isEmpty())
            r.phones.append(contact.phone);
        if (!contact.email.isEmpty())
            r.emails.append(contact.email);
    }
    if (!c.contacts.isEmpty())
        r.contactName = c.contacts.first().fullName();
    return r;
}

} // namespace luotsi::core
