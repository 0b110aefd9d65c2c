#pragma once

#include "core/importing/readers/WorkbookReader.h"

namespace luotsi::fuzz {

// Reads every sheet of a reader to its end (or its first error) and formats every cell, the way
// an import and luotsi-admin inspect do. Rows are capped so that one input stays fast.
inline void drain(core::importing::WorkbookReader& reader)
{
    using namespace core::importing;
    const QList<SheetInfo> sheets = reader.sheets();
    for (int i = 0; i < sheets.size(); ++i) {
        if (!reader.selectSheet(i).ok())
            continue;
        SheetRow row;
        for (int n = 0; n < 100000; ++n) {
            const core::Result<bool> more = reader.nextRow(row);
            if (!more.ok() || !more.value())
                break;
            for (const SheetCell& cell : std::as_const(row.cells))
                (void)cell.displayText();
            (void)reader.progress();
        }
    }
}

} // namespace luotsi::fuzz
