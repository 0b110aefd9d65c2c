#pragma once

#include <QDate>
#include <QString>

namespace luotsi::core::importing {

// How a date column writes day and month when the text alone cannot say ("1.2.2007").
enum class DateOrder
{
    Unknown,    // not decided: only values that read one way are accepted
    DayFirst,   // 1.2.2007 is 1 February (Finnish, Swedish, British)
    MonthFirst, // 1/2/2007 is 2 January (American exports)
};

// Dates as legacy Finnish sheets hold them: "1.2.2007", "01.02.07", "2007-02-01",
// "2007-02-01T13:30:00", Excel serial numbers ("39114", the 1900 system) and "1/2/2007".
class DateParser final
{
public:
    struct Parsed
    {
        QDate date;             // invalid when the text is no date or ambiguous
        bool ambiguous = false; // a valid date both ways round and the order is Unknown
    };

    static Parsed parse(const QString& text, DateOrder order);
    // The date of an Excel serial number in the 1900 system (Excel's phantom 29 February 1900
    // included, as Excel counts it).
    static QDate fromExcelSerial(double serial);
    // Two-digit years as POSIX reads them: 69-99 are 1969-1999, 00-68 are 2000-2068.
    static int expandYear(int twoDigitYear);
};

QString dateOrderName(DateOrder order);
DateOrder dateOrderFromName(const QString& name, bool* ok = nullptr);

} // namespace luotsi::core::importing
