#pragma once

#include "core/register/PostalCodeTable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace luotsi::core::demo {

class DemoRandom;

// A municipality as the generator uses it: its names, the postal codes of its streets and PO
// boxes, and the villages that local associations and parishes are named after.
struct DemoPlace
{
    QString name;           // Finnish municipality name, also the post office of its street codes
    QString nameSv;         // Swedish municipality name
    QString genitive;       // "Vantaan"
    QString regionGenitive; // "Uudenmaan"
    bool town = false;      // kaupunki rather than kunta
    PostalCodeEntry::MunicipalLanguage language = PostalCodeEntry::MunicipalLanguage::Finnish;
    QString domain;               // "vantaa.fi"
    QString areaCode;             // landline area code without the trunk 0: "9", "14"
    QStringList streetCodes;      // ordinary codes whose post office is the municipality
    QStringList boxCodes;         // PO box codes with the same post office
    QStringList villageGenitives; // "Kämmenniemen"
};

// The municipalities of a postal-code table, for generated addresses. Only ordinary street
// codes whose post office name is the municipality's own name are used, so that the address's
// city is right both as the post office (what Posti prints) and as the municipality (what the
// conversion keeps): 1,004 codes in 301 municipalities of the 2026 file.
class DemoPlaces final
{
public:
    explicit DemoPlaces(const PostalCodeTable& table);

    bool isEmpty() const { return m_places.isEmpty(); }
    const QList<DemoPlace>& places() const { return m_places; }
    // A place drawn in proportion to its number of street codes: Helsinki far more often than
    // Pelkosenniemi, roughly as people and firms are spread.
    const DemoPlace& drawByAddresses(DemoRandom& random) const;
    // A place that is a town, drawn the same way (parish unions).
    const DemoPlace& drawTown(DemoRandom& random) const;
    // Every municipality as likely as any other: associations, parishes and municipal bodies
    // are spread far more evenly than firms.
    const DemoPlace& drawUniform(DemoRandom& random) const;

private:
    QList<DemoPlace> m_places;
    QList<qsizetype> m_byAddress; // one place index per street code
    QList<qsizetype> m_townsByAddress;
};

} // namespace luotsi::core::demo
