#pragma once

#include <QString>

#include <optional>

namespace luotsi::core::matching {

// The legal form a name carries ("Oy", "Ky", "ry"...), in classes that treat the Finnish and
// the Swedish abbreviation of the same form as one (Oy = Ab, Ky = Kb, ry = rf).
enum class LegalForm
{
    None, // the name carries none (or the row lost it): says nothing
    Oy,   // osakeyhtiö / aktiebolag (Oy, Ab, Oy Ab)
    Oyj,  // julkinen osakeyhtiö / publikt aktiebolag (Oyj, Abp)
    Ky,   // kommandiittiyhtiö / kommanditbolag (Ky, Kb)
    Ay,   // avoin yhtiö (Ay)
    Tmi,  // toiminimi (Tmi, T:mi, Toiminimi)
    Ry,   // rekisteröity yhdistys / registrerad förening (ry, r.y., rf, r.f.)
    Osk,  // osuuskunta / andelslag (Osk, Osuuskunta)
};

// How two legal forms relate when two names are compared.
enum class LegalFormRelation
{
    Unknown,    // one or both names carry none
    Same,       // the same form
    Compatible, // Oy and Oyj: a company may go public, so neither for nor against
    Conflict,   // Oy vs Ky and the like: look-alikes that are different customers
};

class LegalForms final
{
public:
    // The form of one folded word ("oy", "tmi", "ry", "rf", "toiminimi"...), or nothing.
    static std::optional<LegalForm> fromWord(QStringView foldedWord);
    // A short word at the edge of a name that is one typo away from a legal form ("oyy", "k",
    // "tmii"), for names that carry no recognised form: such a word is dropped rather than
    // compared as a name word. sameLength: only a letter replaced or two swapped ("tmu", "yo").
    static bool isMistypedLegalForm(QStringView foldedWord, bool sameLength = false);
    // The form such a word most likely was: only when one form is a letter replaced, swapped,
    // lost or doubled away ("ooy", "oi", "kyy", "tmu" → Oy, Oy, Ky, Tmi), so that a look-alike
    // "Ahtitek Group OOy" still differs from "Ahtitek Group Ky". None when ambiguous ("y").
    static LegalForm guessMistyped(QStringView foldedWord);
    // The canonical abbreviation: "Oy", "Oyj", "Ky", "Ay", "Tmi", "ry", "Osk"; empty for None.
    static QString label(LegalForm form);
    static LegalFormRelation relation(LegalForm a, LegalForm b);
};

} // namespace luotsi::core::matching
