#include "AddressSplitter.h"

#include <QRegularExpression>

namespace luotsi::core::importing {

namespace {

QString tidyStreet(QString street)
{
    street = street.trimmed();
    while (!street.isEmpty() &&
           (street.endsWith(QLatin1Char(',')) || street.endsWith(QLatin1Char(';'))))
        street = street.chopped(1).trimmed();
    return street;
}

} // namespace

AddressSplitter::Parts AddressSplitter::split(const QString& text)
{
    // A line break separates the street from "postal code city" just as a comma does.
    QString flat = text;
    flat.replace(QLatin1String("\r\n"), QLatin1String(", "));
    flat.replace(QLatin1Char('\n'), QLatin1String(", "));
    flat.replace(QLatin1Char('\r'), QLatin1String(", "));
    flat = flat.trimmed();
    Parts parts;
    if (flat.isEmpty())
        return parts;

    // The postal code is the last five-digit number followed only by the city's letters; a
    // street number is never five digits. Three or four digits: a code that lost its zeros,
    // accepted only after a comma or line break, where a street number cannot stand.
    static const QRegularExpression withCode(
        QStringLiteral(R"(^(.*?)(?:^|[\s,;]+)(?:FI-?)?(\d{5})\s+(\p{L}[\p{L}\s.'-]*?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression withShortCode(
        QStringLiteral(R"(^(.*?)\s*[,;]\s*(\d{3,4})\s+(\p{L}[\p{L}\s.'-]*?)\s*$)"));
    static const QRegularExpression cityOnly(
        QStringLiteral(R"(^(.*\d.*?)\s*[,;]\s*(\p{L}[\p{L}\s.'-]*?)\s*$)"));

    if (auto m = withCode.match(flat); m.hasMatch()) {
        parts.street = tidyStreet(m.captured(1));
        parts.postalCode = m.captured(2);
        parts.city = m.captured(3).trimmed();
        parts.recognised = true;
    } else if (m = withShortCode.match(flat); m.hasMatch()) {
        parts.street = tidyStreet(m.captured(1));
        parts.postalCode = m.captured(2);
        parts.city = m.captured(3).trimmed();
        parts.recognised = true;
    } else if (m = cityOnly.match(flat); m.hasMatch()) {
        parts.street = tidyStreet(m.captured(1));
        parts.city = m.captured(2).trimmed();
        parts.recognised = true;
    } else {
        parts.street = flat;
    }
    return parts;
}

} // namespace luotsi::core::importing
