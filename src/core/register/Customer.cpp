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

} // namespace luotsi::core
