#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Excel's date serials in the 1900 system (what SheetCell::number holds for a DateTime): days
// since 1899-12-30, with the phantom 1900-02-29 (serial 60) that Lotus made and Excel kept.
namespace luotsi::core::importing::excelDate {

// Added to a 1904-system serial to get the 1900-system serial of the same moment.
inline constexpr double k1904Offset = 1462.0;

// "2007-02-01" for a whole day, "2007-02-01T13:30:00" with a time, "13:30:00" for a time of day
// alone (0 <= serial < 1); rounded to the second. Empty when the serial is not a plausible date.
QString isoFromSerial(double serial);

// The serial of an ISO-8601 date, date-time or time ("2021-01-01", "2021-01-01T10:10:10.5Z",
// "10:10:10"); a time zone suffix is ignored, as Excel does. Nothing when the text is no date.
std::optional<double> serialFromIso(QStringView text);

} // namespace luotsi::core::importing::excelDate
