#pragma once

#include "core/importing/cleaning/CleaningFinding.h"
#include "core/importing/cleaning/PlaceIndex.h"

#include <QString>

namespace luotsi::core::importing {

// Street, postal code, city and country of one row, repaired where the repair is certain:
// spaces, ALL CAPS, street abbreviations ("Linnank. 30" → "Linnankatu 30"), PO boxes in one
// form ("PO Box 56" → "PL 56"), postal codes that lost their leading zeros ("4400" → "04400",
// checked against the city), and city names in their proper spelling ("JYVASKYLA" →
// "Jyväskylä"; Swedish names of bilingual places kept, their Finnish municipality known).
class AddressCleaner final
{
public:
    struct Address
    {
        QString street;
        QString postalCode;
        QString city;
        QString municipality; // Finnish municipality name, when the city is known
        QString country;      // ISO 3166 alpha-2, "FI" when the row says nothing
        bool poBox = false;   // street is a PL / postilokero
    };

    explicit AddressCleaner(const PlaceIndex& places = PlaceIndex::builtIn());

    Address clean(const QString& street, const QString& postalCode, const QString& city,
                  const QString& country, CleaningFindings& findings) const;

    // "Finland", "SUOMI", "fin" → "FI"; nothing for a name it does not know.
    static QString countryCode(const QString& text);
    static QString cleanStreet(const QString& street, bool* poBox, CleaningFindings& findings);

private:
    const PlaceIndex& m_places;
};

} // namespace luotsi::core::importing
