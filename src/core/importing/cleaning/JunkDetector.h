#pragma once

#include "core/importing/cleaning/CleanRecord.h"
#include "core/importing/mapping/RawRecord.h"

namespace luotsi::core::importing {

// Rows that are no customer: blank rows, totals under the data ("Yhteensä", "YHTEENSÄ" beside a
// =SUM, "Summa", "Total"), test rows ("TESTI ASIAKAS", "Test", "testi", "ÄLÄ KÄYTÄ") and rows
// with data but no name.
class JunkDetector final
{
public:
    static JunkKind detect(const RawRecord& record);
    // The translated reason the wizard shows.
    static QString reason(JunkKind kind);
};

} // namespace luotsi::core::importing
