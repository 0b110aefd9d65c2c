#include "PostalCode.h"

namespace luotsi::core {

std::optional<QString> PostalCode::normalized(const QString& text, const QString& country)
{
    QString code = text.trimmed();
    if (!country.isEmpty() && country.compare(QLatin1String("FI"), Qt::CaseInsensitive) != 0)
        return code.isEmpty() ? std::nullopt : std::optional<QString>(code);
    if (code.startsWith(QLatin1String("FI-"), Qt::CaseInsensitive))
        code.remove(0, 3);
    if (code.endsWith(QLatin1String(".0")))
        code.chop(2);
    if (code.isEmpty() || code.size() > 5)
        return std::nullopt;
    for (const QChar c : code) {
        if (!c.isDigit())
            return std::nullopt;
    }
    return code.rightJustified(5, QLatin1Char('0'));
}

} // namespace luotsi::core
