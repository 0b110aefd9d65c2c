#pragma once

#include <QString>

namespace luotsi::core::importing {

// Letter case as the cleaners need it: whether a text was typed in one case throughout, and
// the Finnish way of capitalising words ("KESKI-SUOMEN" → "Keski-Suomen").
class TextCase final
{
public:
    // Every letter upper case, and at least two letters.
    static bool isAllUpper(const QString& text);
    // Every letter lower case, and at least two letters.
    static bool isAllLower(const QString& text);
    // One case throughout: an ALL CAPS or all-lower-case text whose case says nothing.
    static bool isSingleCase(const QString& text) { return isAllUpper(text) || isAllLower(text); }
    // The word in lower case with a capital after every start, hyphen and apostrophe.
    static QString capitalizeWord(const QString& word);
    // Only the first letter upper case: "TOIMITUSJOHTAJA" → "Toimitusjohtaja".
    static QString capitalizeFirst(const QString& text);
};

} // namespace luotsi::core::importing
