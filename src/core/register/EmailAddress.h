#pragma once

#include <QString>

namespace luotsi::core {

// Practical email syntax: one "@", a local part without spaces, a domain with a dot and a
// top-level domain of two or more letters. Deliberately stricter than RFC 5322 about what
// people type by mistake ("matti@firma", "matti@@firma.fi", "matti virtanen@firma.fi").
class EmailAddress final
{
public:
    static bool isValid(const QString& text);
    // Trimmed, domain lower-cased.
    static QString normalized(const QString& text);
};

} // namespace luotsi::core
