#include "ExcelDate.h"

#include <QDate>
#include <QTime>

#include <cmath>

namespace luotsi::core::importing::excelDate {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;
// Beyond year 9999 (Excel's last serial is 2958465) a number is no date worth showing as one.
constexpr double kMaxSerial = 2'958'466.0;
constexpr double kMinSerial = -700'000.0;

QDate epoch()
{
    return QDate(1899, 12, 30);
}

// Digits at text[pos, pos + count) as a number, or -1.
int digits(QStringView text, qsizetype pos, qsizetype count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "hh:mm[:ss[.fff]]" from pos; milliseconds of the day, or -1.
qint64 parseTime(QStringView text, qsizetype pos)
{
    const int h = digits(text, pos, 2);
    const int m = digits(text, pos + 3, 2);
    if (h < 0 || m < 0 || text[pos + 2] != u':' || h > 24 || m > 59)
        return -1;
    qint64 ms = (h * 60 + m) * 60'000;
    pos += 5;
    if (pos < text.size() && text[pos] == u':') {
        const int s = digits(text, pos + 1, 2);
        if (s < 0 || s > 60)
            return -1;
        ms += s * 1000;
        pos += 3;
        if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
            double scale = 100.0;
            for (++pos; pos < text.size() && text[pos].isDigit(); ++pos) {
                ms += qint64(std::lround((text[pos].unicode() - u'0') * scale));
                scale /= 10.0;
            }
        }
    }
    // What may follow: a zone (Z, +02:00), which Excel ignores; anything else is no time.
    if (pos < text.size() && text[pos] != u'Z' && text[pos] != u'+' && text[pos] != u'-')
        return -1;
    return ms;
}

} // namespace

QString isoFromSerial(double serial)
{
    if (!std::isfinite(serial) || serial < kMinSerial || serial >= kMaxSerial)
        return {};
    const qint64 totalMs = std::llround(serial * double(kMsPerDay));
    // Rounded to the second: Excel shows no milliseconds unless asked, and 0.99999 s of a float
    // error should not turn 10:00:00 into 09:59:59.
    const qint64 totalSeconds = qint64(std::floor((double(totalMs) + 500.0) / 1000.0));
    const qint64 days = qint64(std::floor(double(totalSeconds) / 86400.0));
    const qint64 secondOfDay = totalSeconds - days * 86400;
    const QTime time = QTime(0, 0).addSecs(int(secondOfDay));
    if (serial >= 0 && serial < 1 && days == 0)
        return time.toString(QStringLiteral("HH:mm:ss"));
    // Serials below 60 count from 1899-12-31, because Excel believes in 1900-02-29 (serial 60,
    // shown here as 1900-02-28 like openpyxl does).
    const QDate date = epoch().addDays(days > 0 && days < 60 ? days + 1 : days);
    const QString day = date.toString(Qt::ISODate);
    if (secondOfDay == 0)
        return day;
    return day + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"));
}

std::optional<double> serialFromIso(QStringView text)
{
    text = text.trimmed();
    if (text.size() >= 5 && text[2] == u':') {
        const qint64 ms = parseTime(text, 0);
        if (ms < 0)
            return std::nullopt;
        return double(ms) / double(kMsPerDay);
    }
    const int y = digits(text, 0, 4);
    const int mo = digits(text, 5, 2);
    const int d = digits(text, 8, 2);
    if (y < 0 || mo < 0 || d < 0 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return std::nullopt;
    double serial = double(epoch().daysTo(date));
    // Before 1900-03-01 Excel's serials are one lower than the calendar's (no phantom day yet).
    if (serial > 0 && serial < 61)
        serial -= 1;
    if (text.size() > 10) {
        if (text[10] != u'T' && text[10] != u' ')
            return std::nullopt;
        const qint64 ms = parseTime(text, 11);
        if (ms < 0)
            return std::nullopt;
        serial += double(ms) / double(kMsPerDay);
    }
    return serial;
}

} // namespace luotsi::core::importing::excelDate
