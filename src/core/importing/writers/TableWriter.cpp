#include "TableWriter.h"

#include "CsvTableWriter.h"
#include "XlsxTableWriter.h"

namespace luotsi::core::importing {

std::unique_ptr<TableWriter> TableWriter::forPath(const QString& path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return std::make_unique<XlsxTableWriter>(path);
    return std::make_unique<CsvTableWriter>(path);
}

} // namespace luotsi::core::importing
