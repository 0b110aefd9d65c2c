#pragma once

#include "core/Result.h"
#include "core/importing/ImportRunner.h"

namespace luotsi::core::importing {

// Writes the rows of an import that did not reach the register (rejected, skipped, possible
// duplicates) with the file's own columns and the reason per row, as .xlsx or .csv by the
// path's suffix: the admin fixes them in Excel and imports the file again.
class ImportReportWriter final
{
public:
    static Status write(const ImportReport& report, const QString& path);
};

} // namespace luotsi::core::importing
