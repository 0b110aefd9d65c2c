#pragma once

#include <QString>
#include <QStringList>

namespace luotsi::core::matching {

// The character-level folding every comparison key of the matching engine starts from: lower
// case without diacritics, so that "ÄIJÄLÄ", "Äijälä" and "AIJALA" (a Cirix row without
// umlauts) compare equal. Folding loses ä/a, which only matters for look-alike names that the
// other fields (place, legal form, business ID) tell apart anyway.
class TextFolding final
{
public:
    // Lower case, diacritics folded (ä→a, ö→o, å→a, é→e, ü→u, ß→ss, æ→ae, ø→o), every other
    // character kept as it is.
    static QString fold(QStringView text);
    // The folded letters and digits only: "Keski-Suomen Kone Oy" → "keskisuomenkoneoy".
    static QString alphanumeric(QStringView text);
    // Folded words split at white space and at punctuation that separates words (",", "/",
    // "&", "(", "+", ...). Dots, colons, apostrophes and hyphens join: "T:mi" → "tmi",
    // "r.y." → "ry", "Srk-yhtymä" → "srkyhtyma", "Ins.tsto" → "inststo".
    static QStringList words(QStringView text);
};

} // namespace luotsi::core::matching
