#include "MatchRecordReader.h"

#include "core/register/RegisterVocabulary.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;

namespace {

QString purpose()
{
    return QCoreApplication::translate("CustomerRepository", "reading the customer");
}

} // namespace

MatchRecordReader::MatchRecordReader(Database& database)
    : m_customer(database, "SELECT name, kind, business_id FROM customers WHERE id = ?", purpose())
    , m_addresses(database,
                  "SELECT kind, street, postal_code, city FROM addresses WHERE customer_id = ? "
                  "ORDER BY id",
                  purpose())
    , m_channels(database,
                 "SELECT kind, value FROM channels WHERE customer_id = ? AND kind IN ('phone', "
                 "'email') ORDER BY id",
                 purpose())
    , m_contacts(database,
                 "SELECT first_name, last_name, phone, email FROM contacts WHERE customer_id = ? "
                 "ORDER BY id",
                 purpose())
{}

Result<matching::MatchRecord> MatchRecordReader::read(qint64 customerId)
{
    matching::MatchRecord r;
    r.id = customerId;
    auto row = m_customer.bind(1, customerId).step();
    if (!row || !*row) {
        m_customer.reset();
        if (!row)
            return row.error();
        return Error{QCoreApplication::translate("CustomerRepository",
                                                 "Customer %1 does not exist; it may have been "
                                                 "deleted.")
                         .arg(customerId),
                     {}};
    }
    r.name = m_customer.columnText(0);
    r.kind = vocabulary::fromCode<CustomerKind>(m_customer.columnText(1))
                 .value_or(CustomerKind::Company);
    r.businessId = m_customer.columnText(2);
    m_customer.reset();

    // As matchRecordOf(): the first visiting address, else the first address.
    m_addresses.bind(1, customerId);
    bool haveAddress = false;
    if (auto status = m_addresses.eachRow([&] {
            const bool visiting = m_addresses.columnText(0) == QLatin1String("visiting");
            if (!haveAddress || visiting) {
                r.street = m_addresses.columnText(1);
                r.postalCode = m_addresses.columnText(2);
                r.city = m_addresses.columnText(3);
                haveAddress = true;
            }
            return !visiting;
        });
        !status)
        return status.error();

    m_channels.bind(1, customerId);
    if (auto status = m_channels.eachRow([&] {
            (m_channels.columnText(0) == QLatin1String("phone") ? r.phones : r.emails)
                .append(m_channels.columnText(1));
            return true;
        });
        !status)
        return status.error();

    m_contacts.bind(1, customerId);
    bool first = true;
    if (auto status = m_contacts.eachRow([&] {
            Contact contact;
            contact.firstName = m_contacts.columnText(0);
            contact.lastName = m_contacts.columnText(1);
            contact.phone = m_contacts.columnText(2);
            contact.email = m_contacts.columnText(3);
            if (!contact.phone.isEmpty())
                r.phones.append(contact.phone);
            if (!contact.email.isEmpty())
                r.emails.append(contact.email);
            if (first)
                r.contactName = contact.fullName();
            first = false;
            return true;
        });
        !status)
        return status.error();
    return r;
}

} // namespace luotsi::storage
