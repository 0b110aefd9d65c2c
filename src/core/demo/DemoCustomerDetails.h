#pragma once

#include "core/register/Customer.h"

#include <QDate>
#include <QList>

namespace luotsi::core::demo {

class DemoRandom;
class DemoNames;
struct DemoPlace;
struct PersonName;

// Everything of a generated customer besides its name, kind and status: addresses, phones,
// e-mail and web addresses, contact persons and timeline entries.
class DemoCustomerDetails final
{
public:
    DemoCustomerDetails(DemoRandom& random, DemoNames& names);

    // Organisations: a visiting address, sometimes a PO box and a billing address. Persons: a
    // home address.
    void addAddresses(Customer& customer, const DemoPlace& place, bool swedish);
    // The customer's own phone, e-mail and web address and, for organisations, 1–4 contact
    // persons with titles and roles. person is the customer's own name when it is a person.
    void addChannelsAndContacts(Customer& customer, const DemoPlace& place, bool swedish,
                                const PersonName* person);
    // 0–5 notes, calls, meetings and e-mails between the customer's creation and today.
    QList<TimelineEntry> timeline(const Customer& customer, const QList<GroupCompany>& companies,
                                  const QList<qint64>& authorIds, const QDate& today);

    QString mobilePhone();
    QString landline(const DemoPlace& place);

private:
    QString streetAddress(const DemoPlace& place, bool swedish, bool apartment);
    QString webDomain(const Customer& customer, const DemoPlace& place);
    void addContacts(Customer& customer, const QString& domain, bool swedish);

    DemoRandom& m_random;
    DemoNames& m_names;
};

} // namespace luotsi::core::demo
