#include "DateParser.h"

#include <QRegularExpression>

#include <cmath>

namespace luotsi::core::importing {

namespace {

QDate isoDate(const QString& text)
{
    // "2007-02-01", "2007-2-1", "2007.02.01", "2007/02/01", optionally with a time.
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$)"));
    const auto m = iso.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QDate compactDate(const QString& text)
{
    // "20070201": what some systems export; eight digits are never an Excel serial.
    static const QRegularExpression compact(QStringLiteral(R"(^(19|20)(\d{2})(\d{2})(\d{2})$)"));
    const auto m = compact.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(QString(m.captured(1) + m.captured(2)).toInt(), m.captured(3).toInt(),
                 m.captured(4).toInt());
}

} // namespace

int DateParser::expandYear(int twoDigitYear)
{
    return twoDigitYear >= 69 ? 1900 + twoDigitYear : 2000 + twoDigitYear;
}

QDate DateParser::fromExcelSerial(double serial)
{
    const auto days = qint64(std::floor(serial));
    if (days < 1 || days > 2958465 || days == 60)
        return {};
    // Excel believes 1900 was a leap year: serials from 61 on are one day ahead of a plain
    // count from 31 December 1899.
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

DateParser::Parsed DateParser::parse(const QString& input, DateOrder order)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (const QDate d = isoDate(text); d.isValid())
        return {d, false};
    if (const QDate d = compactDate(text); d.isValid())
        return {d, false};

    static const QRegularExpression serial(QStringLiteral(R"(^\d{1,7}(?:[.,]\d+)?$)"));
    if (serial.match(text).hasMatch()) {
        QString number = text;
        number.replace(QLatin1Char(','), QLatin1Char('.'));
        return {fromExcelSerial(number.toDouble()), false};
    }

    // "1.2.2007", "01.02.07", "1/2/2007", "1-2-2007", optionally with a time after a space.
    static const QRegularExpression dotted(
        QStringLiteral(R"(^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\.?(?:\s+.*)?$)"));
    const auto m = dotted.match(text);
    if (!m.hasMatch())
        return {};
    const int first = m.captured(1).toInt();
    const int second = m.captured(3).toInt();
    int year = m.captured(4).toInt();
    if (m.captured(4).size() == 2)
        year = expandYear(year);

    const QDate dayFirst(year, second, first);
    const QDate monthFirst(year, first, second);
    switch (order) {
    case DateOrder::DayFirst:
        return {dayFirst, false};
    case DateOrder::MonthFirst:
        return {monthFirst, false};
    case DateOrder::Unknown:
        break;
    }
    if (dayFirst.isValid() && monthFirst.isValid() && dayFirst != monthFirst)
        return {QDate(), true};
    return {dayFirst.isValid() ? dayFirst : monthFirst, false};
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return QStringLiteral("day-first");
    case DateOrder::MonthFirst:
        return QStringLiteral("month-first");
    case DateOrder::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DateOrder dateOrderFromName(const QString& name, bool* ok)
{
    bool known = true;
    DateOrder order = DateOrder::Unknown;
    if (name == QLatin1String("day-first"))
        order = DateOrder::DayFirst;
    else if (name == QLatin1String("month-first"))
        order = DateOrder::MonthFirst;
    else if (name != QLatin1String("unknown"))
        known = false;
    if (ok)
        *ok = known;
    return order;
}

} // namespace luotsi::core::importing
