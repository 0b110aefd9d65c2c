#include "EmailAddress.h"

#include <QRegularExpression>

namespace luotsi::core {

bool EmailAddress::isValid(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\x{00C0}-\x{024F}-]+@(?:[A-Za-z0-9\x{00C0}-\x{024F}](?:[A-Za-z0-9\x{00C0}-\x{024F}-]*[A-Za-z0-9\x{00C0}-\x{024F}])?\.)+[A-Za-z]{2,}$)"));
    const QString trimmed = text.trimmed();
    if (trimmed.contains(QLatin1String("..")) || trimmed.startsWith(QLatin1Char('.')))
        return false;
    return pattern.match(trimmed).hasMatch();
}

QString EmailAddress::normalized(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return trimmed;
    return trimmed.left(at + 1) + trimmed.mid(at + 1).toLower();
}

} // namespace luotsi::core
