#include "PlaceIndex.h"

#include "core/importing/cleaning/FirstNames.h"

namespace luotsi::core::importing {

PlaceIndex::PlaceIndex(const PostalCodeTable& table)
    : m_table(table)
{
    // Municipality names first, so that a name that is both (nearly every town) resolves to
    // the municipality; then post offices that are not municipalities ("Hollola kk").
    for (const PostalCodeEntry& e : table.entries()) {
        if (!e.municipality.isEmpty())
            m_places.insert(key(e.municipality), {e.municipality, e.municipality, false});
        if (!e.municipalitySv.isEmpty() && key(e.municipalitySv) != key(e.municipality))
            m_places.insert(key(e.municipalitySv), {e.municipalitySv, e.municipality, true});
        for (qsizetype length : {2, 3})
            m_areaPrefixes[e.municipality].insert(e.code.left(length));
    }
    for (const PostalCodeEntry& e : table.entries()) {
        if (e.type != PostalCodeEntry::Type::Street && e.type != PostalCodeEntry::Type::PoBox)
            continue;
        if (!e.postOffice.isEmpty() && !m_places.contains(key(e.postOffice)))
            m_places.insert(key(e.postOffice), {e.postOffice, e.municipality, false});
        if (!e.postOfficeSv.isEmpty() && !m_places.contains(key(e.postOfficeSv)))
            m_places.insert(key(e.postOfficeSv), {e.postOfficeSv, e.municipality, true});
    }
}

const PlaceIndex& PlaceIndex::builtIn()
{
    static const PlaceIndex index(PostalCodeTable::builtIn());
    return index;
}

QString PlaceIndex::key(const QString& name)
{
    return FirstNames::fold(name.simplified());
}

PlaceIndex::Place PlaceIndex::find(const QString& city) const
{
    return m_places.value(key(city));
}

PlaceIndex::Place PlaceIndex::findForCode(const QString& code, const QString& city) const
{
    const PostalCodeEntry* e = m_table.find(code);
    if (!e)
        return {};
    const QString k = key(city);
    if (k == key(e->municipality))
        return {e->municipality, e->municipality, false};
    if (k == key(e->postOffice))
        return {e->postOffice, e->municipality, false};
    if (!e->municipalitySv.isEmpty() && k == key(e->municipalitySv))
        return {e->municipalitySv, e->municipality, key(e->municipalitySv) != key(e->municipality)};
    if (!e->postOfficeSv.isEmpty() && k == key(e->postOfficeSv))
        return {e->postOfficeSv, e->municipality, key(e->postOfficeSv) != key(e->postOffice)};
    return {};
}

bool PlaceIndex::codeFitsCity(const QString& code, const QString& city) const
{
    if (!findForCode(code, city).name.isEmpty())
        return true;
    const Place place = find(city);
    if (place.name.isEmpty() || m_table.find(code))
        return false;
    const QSet<QString> prefixes = m_areaPrefixes.value(place.municipality);
    return prefixes.contains(code.left(3)) || prefixes.contains(code.left(2));
}

} // namespace luotsi::core::importing
