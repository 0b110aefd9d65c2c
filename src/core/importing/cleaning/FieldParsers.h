#pragma once

#include "core/importing/cleaning/CleaningFinding.h"
#include "core/register/Customer.h"

#include <QString>

#include <optional>

namespace luotsi::core::importing {

// The small typed fields of a row, read from the words legacy files use for them.
class FieldParsers final
{
public:
    // The canonical business ID "NNNNNNN-C" of "1234567-8", "12345678", "FI12345678",
    // "123456-7" (lost zero: Fixed finding). A check digit that does not match is a Warning
    // (probably a mistyped digit) and the value is not stored; the finding keeps the text.
    static QString businessId(const QString& text, CleaningFindings& findings);
    // Euros in cents: "1 234,56 €" (space or U+00A0 thousands), "1234.56", "-12,5", "108 171".
    static std::optional<qint64> revenueCents(const QString& text);
    // "Asiakas", "aktiivinen", "active" → Active; "Uusi", "Kontaktoitu", "Tarjous lähetetty",
    // "prospect" → Prospect; "Entinen", "Lopettanut", "former" → Former.
    static std::optional<CustomerStatus> status(const QString& text);
    // Register codes ("parish_union") and words: "yritys", "seurakunta", "yhdistys",
    // "henkilö", "yksityinen", "kunta", in Finnish, Swedish and English.
    static std::optional<CustomerKind> kind(const QString& text);
    // "fi", "suomi", "finska", "Finnish" → Finnish; "sv", "ruotsi", "svenska" → Swedish; ...
    static std::optional<Language> language(const QString& text);
};

} // namespace luotsi::core::importing
