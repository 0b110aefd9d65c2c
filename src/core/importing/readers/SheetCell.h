#pragma once

#include <QList>
#include <QString>

namespace luotsi::core::importing {

// What a spreadsheet cell holds, as the workbook stores it (not as it displays).
enum class CellType
{
    String,   // shared, inline or rich text; CSV fields are always strings
    Number,   // a number the number format does not call a date
    Boolean,  // number is 0 or 1
    DateTime, // number is the Excel serial in the 1900 system (already shifted from 1904)
    Error     // text is the error literal, e.g. "#DIV/0!"
};

struct SheetCell
{
    int column = 0; // 0-based: A = 0
    CellType type = CellType::String;
    QString text;         // String / Error: the text. Other types: empty.
    double number = 0.0;  // Number / Boolean / DateTime: the value
    QString numberFormat; // the format code ("General", "0.00", "d.m.yyyy"); empty for CSV

    // The value as an admin reads it in a preview: text, a number without a spurious ".0",
    // TRUE/FALSE, an ISO date ("2007-02-01") or date-time ("2007-02-01T13:30:00").
    QString displayText() const;
    // "A", "B", ..., "Z", "AA"...
    static QString columnName(int column);
};

// One row of a sheet: its number as Excel shows it (1-based, blank rows counted) and its
// non-empty cells in column order.
struct SheetRow
{
    int number = 0;
    QList<SheetCell> cells;

    // The cell in a column, or nullptr when the row has nothing there.
    const SheetCell* cell(int column) const;
    bool isBlank() const;
};

} // namespace luotsi::core::importing
