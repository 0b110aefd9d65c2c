#pragma once

#include "core/Result.h"
#include "core/importing/readers/WorkbookReader.h"

#include <QList>
#include <QString>

namespace luotsi::core::importing {

class ZipArchive;

// Where an .xlsx keeps its parts, found the way Excel finds them: the package relationships name
// the workbook, the workbook's relationships name its sheets, shared strings and styles. Odd
// producers put parts anywhere (wtf/workbook.xml, workbook.xml at the root), write absolute or
// backslashed targets, or leave relationships out; the usual paths are the fallback.
struct XlsxPackage
{
    struct Sheet
    {
        SheetInfo info;
        qint64 part = -1; // zip index of the worksheet part; -1 when it is missing
        QString path;
    };

    QList<Sheet> sheets; // worksheets in workbook order; chart and dialog sheets left out
    bool date1904 = false;
    qint64 sharedStrings = -1; // zip indexes, -1 when absent
    qint64 styles = -1;

    static Result<XlsxPackage> load(ZipArchive& zip);

    // A relationship target resolved against the folder of the part that names it:
    // ("xl", "worksheets/sheet1.xml") -> "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute.
    static QString resolve(const QString& folder, const QString& target);
};

} // namespace luotsi::core::importing
