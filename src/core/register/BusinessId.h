#pragma once

#include <QString>

#include <optional>

namespace luotsi::core {

// The Finnish business ID (Y-tunnus) "NNNNNNN-C". Accepts the forms seen in legacy files:
// "1234567-8", "12345678", "FI12345678" (VAT number), and old six-digit IDs missing the
// leading zero ("123456-7").
class BusinessId final
{
public:
    // The canonical "NNNNNNN-C" form, or nothing if the text is not a valid business ID.
    static std::optional<QString> normalized(const QString& text);
    static bool isValid(const QString& text) { return normalized(text).has_value(); }
    // The check digit of seven digits, or -1 when no valid ID can have them (remainder 1).
    static int checkDigit(QStringView sevenDigits);
};

} // namespace luotsi::core
