#pragma once

#include "ReadAheadSource.h"
#include "XlsxSharedStrings.h"
#include "XmlScanner.h"
#include "core/Result.h"
#include "core/importing/readers/SheetCell.h"

#include <string>
#include <vector>

namespace luotsi::core::importing {

class XlsxSharedStrings;
class XlsxStyles;
class ZipEntry;

// Streams one worksheet part: the part is inflated on a thread of its own a few pieces ahead
// while XmlScanner reads the XML a row at a time, so memory stays flat on any sheet size and
// both cores work on a big sheet. The row is filled in place: the caller's SheetRow (and its
// cells' strings) are reused from row to row, which saves an allocation per cell on a
// million-row sheet.
class XlsxSheetParser final
{
public:
    XlsxSheetParser(ZipEntry& part, const XlsxSharedStrings& strings, const XlsxStyles& styles,
                    bool date1904);

    // The next row with a value; false at the end of the sheet. The error text says where.
    Result<bool> next(SheetRow& row);
    // The row being read, for messages.
    int rowNumber() const { return m_rowNumber; }
    // Bytes of the sheet's XML read so far.
    qint64 consumed() const { return m_readAhead.delivered(); }

private:
    enum class Kind : char
    {
        Number,
        Shared,
        Inline,
        FormulaString,
        Boolean,
        Error,
        IsoDate
    };
    enum class Capture : char
    {
        None,
        Value,
        InlineText
    };

    void startElement(std::string_view name);
    void endElement(std::string_view name);
    void startRow();
    void startCell();
    void finishCell();
    void finishRow();
    SheetCell& nextCell();
    // The cell's text from the sheet's own UTF-8 (inline text: _xHHHH_ escapes decoded).
    void setText(SheetCell& cell, std::string_view utf8);

    ReadAheadSource m_readAhead;
    XmlScanner m_scanner;
    const XlsxSharedStrings& m_strings;
    const XlsxStyles& m_styles;
    double m_dateOffset = 0.0;

    SheetRow* m_row = nullptr;
    int m_cellCount = 0;
    int m_rowNumber = 0;
    int m_nextColumn = 0;
    int m_lastColumn = -1;
    bool m_rowNumbered = false;
    bool m_unordered = false;
    bool m_rowReady = false;
    bool m_sheetDone = false;

    // The cell being read.
    bool m_inCell = false;
    bool m_inInline = false;
    bool m_hasValue = false;
    bool m_hasInline = false;
    int m_phonetic = 0;
    Capture m_capture = Capture::None;
    Kind m_kind = Kind::Number;
    int m_column = 0;
    qsizetype m_style = 0;
    std::string m_value;
    std::string m_inline;
    Utf8Buffer m_unescaped;
};

} // namespace luotsi::core::importing
