#pragma once

#include "core/register/PostalCodeTable.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace luotsi::core::importing {

// Finnish place names for the cleaner, built once from a PostalCodeTable: the proper spelling
// of a post office or municipality in either language however a file wrote it ("JYVASKYLA",
// "helsingfors"), the Finnish municipality it belongs to, and which postal code areas a
// municipality uses, so that a restored "06720" can be checked against "Porvoo" even where the
// table lacks that code.
class PlaceIndex final
{
public:
    struct Place
    {
        QString name;         // the spelling to store: "Jyväskylä", "Helsingfors", "Hollola kk"
        QString municipality; // the Finnish municipality: "Helsinki"
        bool swedish = false; // name is the Swedish name of a bilingual place
    };

    explicit PlaceIndex(const PostalCodeTable& table);
    // The index of PostalCodeTable::builtIn(), built on first use.
    static const PlaceIndex& builtIn();

    // The place a city text names, case and diacritics ignored; empty name when unknown.
    Place find(const QString& city) const;
    // The place a city text names when it is one of the post office's or municipality's names
    // for this postal code; empty name when the code is unknown or the city is another place.
    Place findForCode(const QString& code, const QString& city) const;
    // Whether the postal code lies in the city's postal areas: the code itself, or one of the
    // municipality's codes shares its first three (else two) digits.
    bool codeFitsCity(const QString& code, const QString& city) const;
    const PostalCodeTable& table() const { return m_table; }

private:
    static QString key(const QString& name);

    const PostalCodeTable& m_table;
    QHash<QString, Place> m_places;               // key(name) → place
    QHash<QString, QSet<QString>> m_areaPrefixes; // municipality → 2- and 3-digit prefixes
};

} // namespace luotsi::core::importing
