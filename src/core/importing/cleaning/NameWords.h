#pragma once

#include "core/register/Customer.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace luotsi::core::importing {

// The words of Finnish and Finland-Swedish organisation names that the mapper and the cleaner
// recognise: legal forms in every spelling seen in legacy files, the common nouns of parishes
// and public bodies, and the departments that Name2 / Lisänimi columns hold.
class NameWords final
{
public:
    // The canonical legal form of one word: "OY", "oy", "Oy." → "Oy"; "T:mi", "TMI" → "Tmi";
    // "R.Y.", "r.y." → "ry"; "AB" → "Ab"; "r.f." → "rf". Nothing when the word is no legal form.
    static std::optional<QString> legalForm(QStringView word);
    // The kind a legal form or organisation noun of a name says: "Oy" → Company, "ry" →
    // Association, "seurakunta", "srk", "församling" → Parish, "seurakuntayhtymä", "srky",
    // "kyrkliga samfällighet" → ParishUnion, "kaupunki", "kunta" → PublicBody.
    static std::optional<CustomerKind> kindOf(const QString& name);
    // Nouns written in lower case after the first word of a name: "seurakunta",
    // "ortodoksinen", "svenska", "församling", "kaupunki"...
    // Whether the word at index is written in lower case in the name: a parish noun after the
    // first word, or "ruotsalainen"-like adjectives before one.
    static bool isLowerInName(const QStringList& words, qsizetype index);
    static bool isLowerCaseNoun(QStringView word);
    // Acronyms kept in capitals when an ALL CAPS name is title-cased: "LVI", "NMKY".
    static bool isAcronym(QStringView word);
    // A Name2 / Lisänimi that names a department or a c/o line rather than continuing the
    // name: "Ostot", "Talousosasto", "Kirkkoherranvirasto", "c/o Tilitoimisto Laine".
    static bool isDepartment(const QString& text);
    // Whether a name has a legal form or an organisation noun anywhere.
    static bool looksLikeOrganisation(const QString& name);
};

} // namespace luotsi::core::importing
