#pragma once

#include "core/importing/readers/SheetCell.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace luotsi::core::importing {

// What the sample values of one column look like, as shares of its non-empty values: the
// evidence ColumnSuggester weighs beside the header ("a column of 1234567-8 is a business ID,
// a column of five-digit numbers a postal code, '@' an email").
struct ColumnProfile
{
    int column = 0;
    QString header;
    QStringList values;    // the sample cells as text (RecordMapper::cellText), empties included
    QList<CellType> types; // the cells' types, parallel to values (String for empties)
    int filled = 0;        // non-empty values

    double businessIds = 0;       // "1234567-8", "FI12345678"
    double postalCodes = 0;       // five digits, or a number cell of 3 to 5 digits
    double emails = 0;            // has "@" or "(at)"
    double phones = 0;            // 6 to 15 digits with phone punctuation
    double dates = 0;             // date cells or date texts
    double combinedAddresses = 0; // street, postal code and city in one cell
    double streets = 0;           // words and a house number ("Koulukatu 7", "PL 12")
    double amounts = 0;           // numbers with decimals or a € sign
    double integers = 0;          // whole numbers
    double distinct = 0;          // distinct values / non-empty values
    double personNames = 0;       // "Virtanen Matti": two or three words with a first name
    double lastFirstNames = 0;    // the share of personNames written last name first

    // Profiles of every column that a header or a sample row has, from typed rows.
    static QList<ColumnProfile> of(const SheetRow& header, const QList<SheetRow>& samples);
    // The same from plain texts (tests, CSV previews): headers and rows of cell texts.
    static QList<ColumnProfile> of(const QStringList& headers, const QList<QStringList>& rows);
    // Computes the shares from values and types.
    void measure();
};

} // namespace luotsi::core::importing
