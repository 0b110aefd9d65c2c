#include "DemoPlaces.h"

#include "DemoRandom.h"
#include "DemoWords.h"
#include "FinnishInflection.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace luotsi::core::demo {

namespace {

struct Region
{
    QStringView code;
    QStringView genitive;
    QStringView areaCode;
};

// Posti's regions (maakunta): the genitive names of regional authorities and the landline area
// code most of the region dials.
constexpr Region regions[] = {
    {u"FI193", u"Keski-Suomen", u"14"},    {u"FI194", u"Etelä-Pohjanmaan", u"6"},
    {u"FI195", u"Pohjanmaan", u"6"},       {u"FI196", u"Satakunnan", u"2"},
    {u"FI197", u"Pirkanmaan", u"3"},       {u"FI1B1", u"Uudenmaan", u"19"},
    {u"FI1C1", u"Varsinais-Suomen", u"2"}, {u"FI1C2", u"Kanta-Hämeen", u"3"},
    {u"FI1C3", u"Päijät-Hämeen", u"3"},    {u"FI1C4", u"Kymenlaakson", u"5"},
    {u"FI1C5", u"Etelä-Karjalan", u"5"},   {u"FI1D1", u"Etelä-Savon", u"15"},
    {u"FI1D2", u"Pohjois-Savon", u"17"},   {u"FI1D3", u"Pohjois-Karjalan", u"13"},
    {u"FI1D5", u"Keski-Pohjanmaan", u"6"}, {u"FI1D7", u"Lapin", u"16"},
    {u"FI1D8", u"Kainuun", u"8"},          {u"FI1D9", u"Pohjois-Pohjanmaan", u"8"},
    {u"FI200", u"Ahvenanmaan", u"18"},
};

// The Helsinki region dials (09); the rest of Uusimaa 019.
constexpr QStringView helsinkiAreaMunicipalities[] = {
    u"091", u"049", u"092", u"235", u"245", u"186", u"858", u"543", u"257", u"753", u"927"};

const Region* regionOf(const QString& code)
{
    for (const Region& region : regions) {
        if (region.code == code)
            return &region;
    }
    return nullptr;
}

} // namespace

DemoPlaces::DemoPlaces(const PostalCodeTable& table)
{
    QSet<QStringView> towns;
    for (QStringView town : words::towns())
        towns.insert(town);

    QHash<QString, qsizetype> indexByMunicipality;
    QHash<QString, QSet<QString>> villages;
    // Street codes first, so that every place has at least one.
    for (const PostalCodeEntry& entry : table.entries()) {
        if (entry.type != PostalCodeEntry::Type::Street)
            continue;
        if (entry.postOffice != entry.municipality) {
            villages[entry.municipalityCode].insert(entry.postOffice);
            continue;
        }
        auto it = indexByMunicipality.constFind(entry.municipalityCode);
        if (it == indexByMunicipality.cend()) {
            const Region* region = regionOf(entry.regionCode);
            const auto genitive = FinnishInflection::genitive(
                entry.municipality, FinnishInflection::Noun::Municipality);
            if (!region || !genitive)
                continue;
            DemoPlace place;
            place.name = entry.municipality;
            place.nameSv = entry.municipalitySv;
            place.genitive = *genitive;
            place.regionGenitive = region->genitive.toString();
            place.town = towns.contains(entry.municipality);
            place.language = entry.language;
            place.domain = FinnishInflection::asciiFold(entry.municipality, u"-") + u".fi";
            const bool helsinkiArea =
                std::find(std::begin(helsinkiAreaMunicipalities),
                          std::end(helsinkiAreaMunicipalities),
                          entry.municipalityCode) != std::end(helsinkiAreaMunicipalities);
            place.areaCode = helsinkiArea ? QStringLiteral("9") : region->areaCode.toString();
            it = indexByMunicipality.insert(entry.municipalityCode, m_places.size());
            m_places.append(place);
        }
        m_places[*it].streetCodes.append(entry.code);
    }
    for (const PostalCodeEntry& entry : table.entries()) {
        const auto it = indexByMunicipality.constFind(entry.municipalityCode);
        if (it != indexByMunicipality.cend() && entry.type == PostalCodeEntry::Type::PoBox &&
            entry.postOffice == entry.municipality)
            m_places[*it].boxCodes.append(entry.code);
    }
    for (auto it = indexByMunicipality.cbegin(); it != indexByMunicipality.cend(); ++it) {
        QStringList names = villages.value(it.key()).values();
        names.sort(); // QSet order differs between runs; the generator must not
        DemoPlace& place = m_places[*it];
        for (const QString& village : names) {
            if (auto genitive =
                    FinnishInflection::genitive(village, FinnishInflection::Noun::Village))
                place.villageGenitives.append(*genitive);
        }
    }
    for (qsizetype i = 0; i < m_places.size(); ++i) {
        for (qsizetype n = 0; n < m_places.at(i).streetCodes.size(); ++n) {
            m_byAddress.append(i);
            if (m_places.at(i).town)
                m_townsByAddress.append(i);
        }
    }
}

const DemoPlace& DemoPlaces::drawByAddresses(DemoRandom& random) const
{
    return m_places.at(m_byAddress.at(qsizetype(random.below(quint64(m_byAddress.size())))));
}

const DemoPlace& DemoPlaces::drawTown(DemoRandom& random) const
{
    if (m_townsByAddress.isEmpty())
        return drawByAddresses(random);
    return m_places.at(
        m_townsByAddress.at(qsizetype(random.below(quint64(m_townsByAddress.size())))));
}

const DemoPlace& DemoPlaces::drawUniform(DemoRandom& random) const
{
    return m_places.at(qsizetype(random.below(quint64(m_places.size()))));
}

} // namespace luotsi::core::demo
