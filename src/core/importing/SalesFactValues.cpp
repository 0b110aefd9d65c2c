#include "SalesFactValues.h"

#include "core/importing/cleaning/DateParser.h"
#include "core/importing/cleaning/FieldParsers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SalesFactValues)
};

// Months before this or after this are typing errors, not sales.
constexpr int firstYear = 1950;
constexpr int lastYear = 2100;

QDate monthOf(int year, int month)
{
    if (year < firstYear || year > lastYear || month < 1 || month > 12)
        return {};
    return QDate(year, month, 1);
}

int yearOf(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral(R"(^(\d{4}|\d{2})(?:[.,]0+)?$)"));
    const auto m = digits.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const int year = m.captured(1).toInt();
    return m.captured(1).size() == 2 ? 2000 + year : year;
}

// A date with day, month and year. Month data are nearly always dated on the first of the
// month, so a date that reads two ways (1/11/2026) is the reading whose day is the first.
QDate monthOfDate(const QString& text)
{
    const QChar separator = text.contains(QLatin1Char('.')) ? QLatin1Char('.') : QChar();
    // Finnish dates are day first; slashes may be an American export.
    DateParser::Parsed parsed =
        DateParser::parse(text, separator.isNull() ? DateOrder::Unknown : DateOrder::DayFirst);
    if (parsed.ambiguous) {
        const QDate dayFirst = DateParser::parse(text, DateOrder::DayFirst).date;
        const QDate monthFirst = DateParser::parse(text, DateOrder::MonthFirst).date;
        if (dayFirst.day() == 1 && monthFirst.day() != 1)
            parsed.date = dayFirst;
        else if (monthFirst.day() == 1 && dayFirst.day() != 1)
            parsed.date = monthFirst;
    }
    return parsed.date.isValid() ? monthOf(parsed.date.year(), parsed.date.month()) : QDate();
}

} // namespace

int SalesFactValues::monthOfName(const QString& input)
{
    QString word = input.trimmed().toCaseFolded();
    if (word.endsWith(QLatin1Char('.')))
        word.chop(1);
    if (word.size() < 3 ||
        !std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); }))
        return 0;
    // Finnish: the stem, then anything ("marras", "marrask", "marraskuu", "marraskuuta").
    static const std::array<QStringView, 12> finnish{u"tammi", u"helmi", u"maalis", u"huhti",
                                                     u"touko", u"kesä",  u"heinä",  u"elo",
                                                     u"syys",  u"loka",  u"marras", u"joulu"};
    for (qsizetype i = 0; i < qsizetype(finnish.size()); ++i) {
        if (word.startsWith(finnish.at(i)))
            return int(i) + 1;
    }
    // English and Swedish: the whole name, or its first three (or more) letters.
    static const std::array<std::array<QStringView, 2>, 12> names{{{u"january", u"januari"},
                                                                   {u"february", u"februari"},
                                                                   {u"march", u"mars"},
                                                                   {u"april", u"april"},
                                                                   {u"may", u"maj"},
                                                                   {u"june", u"juni"},
                                                                   {u"july", u"juli"},
                                                                   {u"august", u"augusti"},
                                                                   {u"september", u"september"},
                                                                   {u"october", u"oktober"},
                                                                   {u"november", u"november"},
                                                                   {u"december", u"december"}}};
    for (qsizetype i = 0; i < qsizetype(names.size()); ++i) {
        for (const QStringView name : names.at(i)) {
            if (name.startsWith(word))
                return int(i) + 1;
        }
    }
    return 0;
}

SalesFactValues::Month SalesFactValues::month(const QString& monthInput, const QString& yearInput)
{
    const QString text = monthInput.simplified();
    const QString yearText = yearInput.simplified();
    if (text.isEmpty())
        return {{}, Texts::tr("The month is missing.")};
    const auto unreadable = [&text] {
        return Month{{}, Texts::tr("\"%1\" is not a month.").arg(text)};
    };
    const int year = yearText.isEmpty() ? 0 : yearOf(yearText);
    if (!yearText.isEmpty() && year == 0)
        return {{}, Texts::tr("\"%1\" is not a year.").arg(yearText)};
    const auto withYear = [&](const QDate& month) -> Month {
        if (!month.isValid())
            return unreadable();
        if (year != 0 && month.year() != year)
            return {{}, Texts::tr("The month \"%1\" is not in the year %2.").arg(text).arg(year)};
        return {month, {}};
    };

    // A month number or name beside a year column.
    static const QRegularExpression number(QStringLiteral(R"(^(\d{1,2})(?:[.,]0+)?\.?$)"));
    if (const auto m = number.match(text); m.hasMatch()) {
        if (year == 0)
            return {{}, Texts::tr("\"%1\" needs a year: map the year column too.").arg(text)};
        const QDate month = monthOf(year, m.captured(1).toInt());
        return month.isValid() ? Month{month, {}} : unreadable();
    }
    if (const int named = monthOfName(text); named > 0) {
        if (year == 0)
            return {{}, Texts::tr("\"%1\" needs a year: map the year column too.").arg(text)};
        return {monthOf(year, named), {}};
    }

    // Year and month: "2026-11", "2026/11", "2026.11", "202611".
    // Five digits without a separator are an Excel serial number, read as a date below.
    static const QRegularExpression yearMonth(
        QStringLiteral(R"(^(\d{4})(?:\s*[-/.]\s*(\d{1,2})|(\d{2}))$)"));
    if (const auto m = yearMonth.match(text); m.hasMatch()) {
        const QString month = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
        return withYear(monthOf(m.captured(1).toInt(), month.toInt()));
    }
    // Month and year: "11/2026", "11.2026", "11-2026", "11/26" is not taken (a day and month?).
    static const QRegularExpression monthYear(QStringLiteral(R"(^(\d{1,2})\s*[-/.]\s*(\d{4})$)"));
    if (const auto m = monthYear.match(text); m.hasMatch())
        return withYear(monthOf(m.captured(2).toInt(), m.captured(1).toInt()));
    // A month's name and a year: "marraskuu 2026", "nov-2026", "Nov 26", "2026 marraskuu".
    static const QRegularExpression nameYear(
        QStringLiteral(R"(^(\p{L}+)\.?\s*[-/ ]?\s*(\d{4}|\d{2})$)"));
    if (const auto m = nameYear.match(text); m.hasMatch()) {
        const int named = monthOfName(m.captured(1));
        const int y =
            m.captured(2).size() == 2 ? 2000 + m.captured(2).toInt() : m.captured(2).toInt();
        return named > 0 ? withYear(monthOf(y, named)) : unreadable();
    }
    static const QRegularExpression yearName(QStringLiteral(R"(^(\d{4})\s*[-/ ]?\s*(\p{L}+)\.?$)"));
    if (const auto m = yearName.match(text); m.hasMatch()) {
        const int named = monthOfName(m.captured(2));
        return named > 0 ? withYear(monthOf(m.captured(1).toInt(), named)) : unreadable();
    }
    // A whole date, or an Excel serial number of one.
    return withYear(monthOfDate(text));
}

std::optional<qint64> SalesFactValues::revenueCents(const QString& input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // Accounting systems write credit notes with the minus last or in parentheses.
    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        text = text.mid(1, text.size() - 2).trimmed();
        negative = true;
    } else if (text.size() > 1 && text.endsWith(QLatin1Char('-'))) {
        text.chop(1);
        negative = true;
    }
    if (negative && text.contains(QLatin1Char('-')))
        return std::nullopt;
    const auto cents = FieldParsers::revenueCents(text);
    if (!cents)
        return std::nullopt;
    return negative ? -*cents : *cents;
}

std::optional<int> SalesFactValues::orders(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return 0;
    // The amount parser reads "1 200" and "12,0"; a count must come out whole.
    const auto hundredths = FieldParsers::revenueCents(text);
    if (!hundredths || *hundredths % 100 != 0 || std::llabs(*hundredths / 100) > 10'000'000)
        return std::nullopt;
    return int(*hundredths / 100);
}

} // namespace luotsi::core::importing
