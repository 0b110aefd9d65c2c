#pragma once

#include "BiffWorkbook.h"
#include "core/importing/readers/WorkbookReader.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace luotsi::core::importing {

// Reads a legacy .xls (BIFF5/7/8 in an OLE2 compound file). The whole file is read at once: an
// .xls holds at most 65,536 rows, and its cells are not stored in row order everywhere. Rows come
// out one at a time all the same.
//
// Why not libfreexl: freexl 1.0.6 (Debian 12) skips formula results, booleans and errors, returns
// the time of day alone for date-times it classes as times, cannot tell an encrypted file from an
// empty one, and opens 20 of the 89 readable reference .xls files as empty. The compound file and
// the BIFF records are small, well-documented formats; reading them here is checked by fuzzing.
class XlsReader final : public WorkbookReader
{
public:
    static Result<std::unique_ptr<WorkbookReader>> open(const QString& path);
    static Result<std::unique_ptr<WorkbookReader>> open(const QByteArray& data,
                                                        const QString& name);

    QString format() const override { return QStringLiteral("xls"); }
    QList<SheetInfo> sheets() const override;
    Status selectSheet(int index) override;
    Result<bool> nextRow(SheetRow& row) override;
    double progress() const override;

    // The largest .xls read: far above any real one (Excel's own limit is about 100 MB of cells).
    static constexpr qint64 kFileLimit = 1ll << 30;

private:
    XlsReader(BiffWorkbook workbook, const QString& name);

    BiffWorkbook m_workbook;
    QString m_name;
    int m_sheet = -1;
    std::vector<BiffWorkbook::Cell> m_cells;
    size_t m_next = 0;
};

} // namespace luotsi::core::importing
