#include "Customer.h"

namespace luotsi::core {

QString Contact::fullName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

QString Customer::mainCity() const
{
    for (const Address& address : addresses) {
        if (address.kind == AddressKind::Visiting && !address.city.isEmpty())
            return address.city;
    }
    for (const Address& address : addresses) {
        if (!address.city.isEmpty())
            return address.city;
    }
    return {};
}

void Customer::clearIds()
{
    id = 0;
    for (auto& row : contacts)
        row.id = 0;
    for (auto& row : addresses)
        row.id = 0;
    for (auto& row : channels)
        row.id = 0;
    for (auto& row : relationships)
        row.id = 0;
    for (auto& row : sourceKeys)
        row.id = 0;
}

} // namespace luotsi::core
