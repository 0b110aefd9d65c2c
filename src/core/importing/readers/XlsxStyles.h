#pragma once

#include "core/Result.h"

#include <QString>

#include <vector>

namespace luotsi::core::importing {

class ZipEntry;

// The cell formats of an .xlsx (styles.xml): for each cell style index (the s attribute of a
// cell) its number format code and whether that code shows a date, which is the only way a
// workbook says that a number is a date.
class XlsxStyles final
{
public:
    struct Format
    {
        QString code = QStringLiteral("General");
        bool isDate = false;
    };

    Status load(ZipEntry& part);
    // The format of a style index; General for an index the workbook does not define.
    const Format& format(qsizetype styleIndex) const
    {
        return styleIndex >= 0 && size_t(styleIndex) < m_formats.size()
                   ? m_formats[size_t(styleIndex)]
                   : m_general;
    }

private:
    std::vector<Format> m_formats;
    Format m_general;
};

} // namespace luotsi::core::importing
