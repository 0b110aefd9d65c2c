#pragma once

#include <QString>

#include <optional>

namespace luotsi::core {

// Phone numbers through Google's libphonenumber, Finland as the default region:
// "040 123 4567" → "+358401234567".
class PhoneNumber final
{
public:
    // E.164 form, or nothing if the number is not a valid number.
    static std::optional<QString> toE164(const QString& text,
                                         const QString& defaultRegion = QStringLiteral("FI"));
    // The national form a Finn reads ("040 1234567"), or the text as it is if it does not parse.
    static QString toNational(const QString& text,
                              const QString& defaultRegion = QStringLiteral("FI"));
};

} // namespace luotsi::core
