#pragma once

#include "core/Result.h"
#include "core/importing/mapping/ColumnMapping.h"
#include "core/importing/readers/WorkbookReader.h"

namespace luotsi::core::importing {

class MappingProfileStore;

// The mapping the wizard proposes for a file: a saved profile whose headers match, else the
// header row found and every column's field suggested from its header and its values.
class MappingAdvisor final
{
public:
    // sheetName empty: the first visible sheet that has data.
    static Result<ColumnMapping> suggest(const QString& path, const QString& sheetName,
                                         const MappingProfileStore& profiles,
                                         const ReaderOptions& readerOptions = {});
    // The first rows of a sheet, for the header-row choice and the preview.
    static Result<QList<SheetRow>> firstRows(WorkbookReader& reader, int sheetIndex, int count);
};

} // namespace luotsi::core::importing
