#pragma once

#include <QString>

namespace luotsi::core::importing {

// Splits an address written in one cell into street, postal code and city:
//   "Pohjoisesplanadi 139, 02370 ESPOO", "Tehtaankatu 4 83500 OUTOKUMPU",
//   "Puutarhakatu 106\n04300 TUUSULA" (Alt+Enter in Excel), "PL 272,96101 ROVANIEMI",
//   "PO Box 70 92101 RAAHE", "Koulukatu 7, Porvoo", and postal codes that lost their zeros
//   ("Torikatu 5, 4400 Järvenpää"). Values come back as written; the cleaner repairs them.
class AddressSplitter final
{
public:
    struct Parts
    {
        QString street;
        QString postalCode;
        QString city;
        bool recognised = false; // false: the whole text is in street
    };

    static Parts split(const QString& text);
};

} // namespace luotsi::core::importing
