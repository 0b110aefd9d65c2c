#include "CleanRecord.h"

namespace luotsi::core::importing {

QString CleanContact::fullName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

bool CleanRecord::hasWarnings() const
{
    for (const CleaningFinding& f : findings) {
        if (f.level != CleaningFinding::Level::Fixed)
            return true;
    }
    return false;
}

} // namespace luotsi::core::importing
