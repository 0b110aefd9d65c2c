#pragma once

#include <QString>

#include <optional>

namespace luotsi::core::demo {

// Just enough Finnish morphology for generated names: the genitive that "Vantaan kaupunki",
// "Virtasen Sähkö" and "Kallion seurakunta" need, and the ASCII folding that e-mail addresses
// and web domains use.
class FinnishInflection final
{
public:
    enum class Noun
    {
        Municipality, // every municipality of the postal-code table has a form
        Village,      // only forms the rules are sure of; nothing otherwise
        Surname,      // "Virtanen" → "Virtasen" (a place "Kaskinen" → "Kaskisten")
    };

    static std::optional<QString> genitive(const QString& word, Noun noun);
    // Lower case ASCII for addresses: "Äijälä & Co" → "aijalaco"; keep lists characters kept
    // besides a–z and 0–9 (e.g. ".-").
    static QString asciiFold(const QString& text, QStringView keep = {});
};

} // namespace luotsi::core::demo
