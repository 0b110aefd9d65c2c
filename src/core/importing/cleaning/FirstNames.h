#pragma once

#include <QString>
#include <QStringView>

namespace luotsi::core::importing {

// Common Finnish and Finland-Swedish first names, to tell "Virtanen Matti" from "Matti
// Virtanen" and to notice first and last name in each other's columns. Written for Luotsi
// (plus the demo generator's lists); deliberately a few hundred names, not a census.
class FirstNames final
{
public:
    // Case- and diacritics-insensitive ("MARTA" is Märta); a hyphenated name counts when its
    // first part is a first name ("Anna-Liisa", "Juha-Pekka").
    static bool contains(QStringView name);
    // contains(), or one typing slip away from a name of five or more letters ("Leenz",
    // "Srefan"): weaker evidence, for telling a person's name from a company's.
    static bool nearlyContains(QStringView name);
    // Whether a word looks like a Finnish or Finland-Swedish surname: the common endings
    // (-nen, -la/-lä, -ström, -qvist, -berg...) or the demo generator's surnames.
    static bool looksLikeSurname(QStringView word);
    // Lower case with ä, ö, å, é, ü folded to their base letters: the key both compare on.
    static QString fold(QStringView word);
};

} // namespace luotsi::core::importing
