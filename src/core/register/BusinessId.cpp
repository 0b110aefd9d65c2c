#include "BusinessId.h"

#include <array>

namespace luotsi::core {

int BusinessId::checkDigit(QStringView sevenDigits)
{
    static constexpr std::array<int, 7> weights{7, 9, 10, 5, 8, 4, 2};
    if (sevenDigits.size() != 7)
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < 7; ++i) {
        const QChar c = sevenDigits.at(i);
        if (!c.isDigit())
            return -1;
        sum += c.digitValue() * weights[size_t(i)];
    }
    const int remainder = sum % 11;
    if (remainder == 0)
        return 0;
    if (remainder == 1)
        return -1;
    return 11 - remainder;
}

std::optional<QString> BusinessId::normalized(const QString& text)
{
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            compact.append(c);
    }
    if (compact.startsWith(QLatin1String("FI"), Qt::CaseInsensitive))
        compact.remove(0, 2);

    QString digits;
    const qsizetype dash = compact.indexOf(QLatin1Char('-'));
    if (dash >= 0) {
        if (dash != compact.size() - 2)
            return std::nullopt;
        digits = compact.left(dash) + compact.right(1);
    } else {
        digits = compact;
    }
    for (const QChar c : digits) {
        if (!c.isDigit())
            return std::nullopt;
    }
    // Excel stored IDs as numbers and dropped leading zeros: "123456-7" is "0123456-7".
    if (digits.size() == 7)
        digits.prepend(QLatin1Char('0'));
    if (digits.size() != 8)
        return std::nullopt;

    const int expected = checkDigit(QStringView(digits).left(7));
    if (expected < 0 || expected != digits.at(7).digitValue())
        return std::nullopt;
    return digits.left(7) + QLatin1Char('-') + digits.right(1);
}

} // namespace luotsi::core
