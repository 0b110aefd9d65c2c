#pragma once

#include "core/importing/readers/SheetCell.h"

#include <QList>

namespace luotsi::core::importing {

// Finds the header row among a sheet's first rows (about 30 are enough). Above the header,
// legacy sheets often have a title (merged across the columns), a date line or blank rows:
// source3 of the conversion has its title on row 1, row 2 blank, the header on row 3.
//
// A header row is text only, as wide as the data under it, of distinct short texts; one that
// holds known header words ("Nimi", "Y-tunnus", "Postinro") wins over one that merely looks
// like a header.
class HeaderRowDetector final
{
public:
    struct Guess
    {
        int row = 0; // the header's row number as Excel shows it; 0: no header row (data only)
        double confidence = 0.0;
    };

    static Guess detect(const QList<SheetRow>& firstRows);
};

} // namespace luotsi::core::importing
