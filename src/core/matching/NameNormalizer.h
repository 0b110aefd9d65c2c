#pragma once

#include "LegalForm.h"

#include <QString>
#include <QStringList>

namespace luotsi::core::matching {

// A customer name reduced to what identifies it: folded words in their order, with the legal
// form taken out (it may stand anywhere: "Tmi Kirjapaino Äijälä" = "Kirjapaino Äijälä Tmi")
// and kept apart, and known abbreviations written out.
struct NormalizedName
{
    QStringList tokens;                    // "kallion", "seurakunta"
    LegalForm legalForm = LegalForm::None; // the form the name carried, if any
    QString compact;                       // the tokens without spaces: "kallionseurakunta"
    QString sortedKey;                     // the tokens sorted, space separated (order-free)
    // A letter code of one to three letters hyphened to a word ("YP-Hitsaus" → "yp"): the part
    // that tells such businesses apart, which a typo never explains.
    QString code;

    bool isEmpty() const { return tokens.isEmpty(); }
    // The tokens in their order, space separated: the comparison key.
    QString key() const { return tokens.join(QLatin1Char(' ')); }
};

// Builds the comparison key of a customer name:
// - lower case, diacritics folded (ä→a, ö→o, å→a), punctuation out ("T:mi" → "tmi");
// - legal forms Oy/Oyj/Ab/Abp/Ky/Kb/Ay/Tmi/T:mi/Toiminimi/ry/r.y./rf/Osk in any position out of
//   the key, returned as NormalizedName::legalForm; in an organisation's name without one, a
//   short word at either end that is a typo of one ("Oyy", "K") is dropped as well;
// - abbreviations written out: "srk-yhtymä"/"srky" → "seurakuntayhtymä", "srk" →
//   "seurakunta" (also as the end of a compound), "Ins.tsto" → "insinööritoimisto",
//   "Ark.tsto" → "arkkitehtitoimisto", "tsto" → "toimisto";
// - genitives stay as they are: "Kallion seurakunta" keeps "kallion", which is what tells it
//   from "Pakilan seurakunta".
// Stateless and thread-safe.
class NameNormalizer final
{
public:
    // personName: the name of a private person, where no word is taken for a legal form typo.
    static NormalizedName normalize(QStringView name, bool personName = false);
    // The expansion of one folded word, or the word itself.
    static QString expandAbbreviation(const QString& foldedWord);
};

} // namespace luotsi::core::matching
