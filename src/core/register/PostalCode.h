#pragma once

#include <QString>

#include <optional>

namespace luotsi::core {

// Finnish postal codes: five digits, often starting with zeros (00100 Helsinki). Excel stored
// many as numbers, so "100" or "100.0" arrives where "00100" was meant.
class PostalCode final
{
public:
    // Five digits with lost leading zeros restored, or nothing if the text is not a postal code
    // of the given country (only "FI" is checked; other countries pass through trimmed).
    static std::optional<QString> normalized(const QString& text,
                                             const QString& country = QStringLiteral("FI"));
    static bool isValid(const QString& text, const QString& country = QStringLiteral("FI"))
    {
        return normalized(text, country).has_value();
    }
};

} // namespace luotsi::core
