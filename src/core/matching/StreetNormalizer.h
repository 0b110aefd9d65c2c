#pragma once

#include <QString>

namespace luotsi::core::matching {

// A street address line reduced for comparison.
struct NormalizedStreet
{
    QString name;   // folded street name without spaces: "kalevankatu"; empty for a PO box
    QString number; // house number without staircase or flat: "54"; the box number for a PO box
    bool poBox = false;

    bool isEmpty() const { return name.isEmpty() && number.isEmpty(); }
    // "kalevankatu 54", "pl 224": equal keys are the same address.
    QString key() const;
};

// Street lines as legacy files write them: "Kalevank. 54 D 5" = "Kalevankatu 54 D 5",
// "Peltot. 7" = "Peltotie 7"; "PL 56", "Postilokero 56", "PO Box 56", "PB 56" are one PO box;
// "c/o ..." lines name a receiver, not an address. Stale addresses are left to the scorer:
// a different street in the same municipality says nothing against a match.
class StreetNormalizer final
{
public:
    static NormalizedStreet normalize(QStringView street);
    // "40881" and "40880": the PO box code of a post office differs from its street code in
    // the last digit, so codes that share the first four digits are the same area.
    static bool sameArea(QStringView postalCodeA, QStringView postalCodeB);
};

} // namespace luotsi::core::matching
