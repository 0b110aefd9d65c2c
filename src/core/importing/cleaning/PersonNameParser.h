#pragma once

#include "core/importing/mapping/ColumnMapping.h"

#include <QString>

namespace luotsi::core::importing {

// Reads people's names as legacy files write them and puts first and last name where they
// belong, title-cased: "Virtanen Matti" and "MATTI VIRTANEN" both give Matti / Virtanen,
// "P. Lindqvist" gives P. / Lindqvist. The order is decided by the first-name list and surname
// endings (FirstNames); the file's usual order decides only when they cannot.
class PersonNameParser final
{
public:
    struct Parts
    {
        QString first;
        QString last;
        bool reordered = false; // the text had them the other way round from `usual`

        QString full() const;
    };

    // One cell with the whole name; `usual` is how the column normally writes it.
    static Parts parse(const QString& text, PersonNameOrder usual);
    // Separate first- and last-name cells, which may have been typed into each other's column.
    static Parts fromColumns(const QString& first, const QString& last);
    // "MARJA-LEENA" → "Marja-Leena", "von" and "af" stay lower case; mixed case is kept.
    static QString titleCase(const QString& name);
};

} // namespace luotsi::core::importing
