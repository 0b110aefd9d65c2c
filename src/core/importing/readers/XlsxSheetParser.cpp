#include "XlsxSheetParser.h"

#include "ExcelDate.h"
#include "ReaderErrors.h"
#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"
#include "ZipArchive.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

constexpr int kMaxRow = 1 << 30;
constexpr int kMaxColumn = 16383; // XFD

// A whole non-negative number, or -1 (also on overflow past limit).
qint64 parseIndex(std::string_view text, qint64 limit)
{
    if (text.empty())
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
        if (value > limit)
            return -1;
    }
    return value;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
                             text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                             text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

bool parseNumber(std::string_view text, double& value)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return false;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

} // namespace

XlsxSheetParser::XlsxSheetParser(ZipEntry& part, const XlsxSharedStrings& strings,
                                 const XlsxStyles& styles, bool date1904)
    : m_readAhead(part)
    , m_scanner(m_readAhead)
    , m_strings(strings)
    , m_styles(styles)
    , m_dateOffset(date1904 ? excelDate::k1904Offset : 0.0)
{
    m_value.reserve(64);
}

Result<bool> XlsxSheetParser::next(SheetRow& row)
{
    m_row = &row;
    m_rowReady = false;
    while (!m_sheetDone) {
        const Result<XmlScanner::Token> token = m_scanner.next();
        if (!token)
            return token.error();
        switch (token.value()) {
        case XmlScanner::Token::StartElement:
            startElement(m_scanner.name());
            break;
        case XmlScanner::Token::EndElement:
            endElement(m_scanner.name());
            break;
        case XmlScanner::Token::Text:
            if (m_capture != Capture::None) {
                const Result<std::string_view> text = m_scanner.text();
                if (!text)
                    return text.error();
                (m_capture == Capture::Value ? m_value : m_inline).append(text.value());
            }
            break;
        case XmlScanner::Token::EndOfDocument:
            m_sheetDone = true;
            break;
        }
        if (m_rowReady)
            return true;
    }
    return false;
}

void XlsxSheetParser::startElement(std::string_view name)
{
    switch (name.size()) {
    case 1:
        if (name[0] == 'c' && m_row != nullptr)
            startCell();
        else if (name[0] == 'v' && m_inCell) {
            m_capture = Capture::Value;
            m_hasValue = true;
        } else if (name[0] == 't' && m_inInline && m_phonetic == 0) {
            m_capture = Capture::InlineText;
            m_hasInline = true;
        }
        break;
    case 2:
        if (name == "is" && m_inCell)
            m_inInline = true;
        break;
    case 3:
        if (name == "row")
            startRow();
        else if (name == "rPh")
            ++m_phonetic;
        break;
    default:
        break;
    }
}

void XlsxSheetParser::endElement(std::string_view name)
{
    switch (name.size()) {
    case 1:
        if (name[0] == 'c' && m_inCell)
            finishCell();
        else if (name[0] == 'v' || name[0] == 't')
            m_capture = Capture::None;
        break;
    case 2:
        if (name == "is")
            m_inInline = false;
        break;
    case 3:
        if (name == "row")
            finishRow();
        else if (name == "rPh")
            --m_phonetic;
        break;
    case 9:
        // The rest (merges, print settings) holds no cells: stop reading here.
        if (name == "sheetData")
            m_sheetDone = true;
        break;
    default:
        break;
    }
}

void XlsxSheetParser::startRow()
{
    const std::string_view* r = m_scanner.attribute("r");
    const qint64 number = r != nullptr ? parseIndex(*r, kMaxRow) : -1;
    m_rowNumbered = number > 0;
    m_rowNumber = m_rowNumbered ? int(number) : m_rowNumber + 1;
    m_cellCount = 0;
    m_nextColumn = 0;
    m_lastColumn = -1;
    m_unordered = false;
}

void XlsxSheetParser::startCell()
{
    m_inCell = true;
    m_hasValue = false;
    m_hasInline = false;
    m_inInline = false;
    m_phonetic = 0;
    m_value.clear();
    m_inline.clear();
    m_kind = Kind::Number;
    m_style = 0;
    m_column = m_nextColumn;
    for (const XmlScanner::Attribute& a : m_scanner.attributes()) {
        const std::string_view key = a.name;
        const std::string_view value = a.value;
        if (key == "r") {
            // "B12": letters name the column; the digits are the row, which counts only when
            // the row itself had no number.
            int column = 0;
            size_t letters = 0;
            for (; letters < value.size(); ++letters) {
                const char c = char(value[letters] & ~0x20);
                if (c < 'A' || c > 'Z' || letters > 3)
                    break;
                column = column * 26 + (c - 'A' + 1);
            }
            if (letters > 0 && letters <= 3 && column - 1 <= kMaxColumn)
                m_column = column - 1;
            if (!m_rowNumbered && m_cellCount == 0 && letters > 0) {
                const qint64 row = parseIndex(value.substr(letters), kMaxRow);
                if (row > 0) {
                    m_rowNumber = int(row);
                    m_rowNumbered = true;
                }
            }
        } else if (key == "t") {
            if (value == "s")
                m_kind = Kind::Shared;
            else if (value == "inlineStr")
                m_kind = Kind::Inline;
            else if (value == "str")
                m_kind = Kind::FormulaString;
            else if (value == "b")
                m_kind = Kind::Boolean;
            else if (value == "e")
                m_kind = Kind::Error;
            else if (value == "d")
                m_kind = Kind::IsoDate;
        } else if (key == "s") {
            m_style = qsizetype(parseIndex(value, 1 << 24));
        }
    }
    m_nextColumn = m_column + 1;
}

SheetCell& XlsxSheetParser::nextCell()
{
    QList<SheetCell>& cells = m_row->cells;
    if (m_cellCount < cells.size()) {
        SheetCell& cell = cells[m_cellCount++];
        return cell;
    }
    ++m_cellCount;
    return cells.emplace_back();
}

void XlsxSheetParser::setText(SheetCell& cell, std::string_view utf8)
{
    // Decoding into the cell's own string reuses its buffer when this row object held a long
    // enough one. Escapes are rare: the text is copied only when it has an underscore.
    if (utf8.find('_') != std::string_view::npos) {
        m_unescaped.assign(utf8.begin(), utf8.end());
        XlsxSharedStrings::unescape(m_unescaped);
        utf8 = std::string_view(m_unescaped.data(), m_unescaped.size());
    }
    XlsxSharedStrings::decodeUtf8(cell.text, utf8);
}

void XlsxSheetParser::finishCell()
{
    m_inCell = false;
    m_inInline = false;
    m_capture = Capture::None;
    if (m_kind == Kind::Number && m_hasInline && !m_hasValue)
        m_kind = Kind::Inline; // an <is> without t="inlineStr", as some writers do
    const XlsxStyles::Format& format = m_styles.format(m_style);
    auto begin = [&](CellType type) -> SheetCell& {
        SheetCell& cell = nextCell();
        cell.column = m_column;
        cell.type = type;
        cell.number = 0.0;
        cell.numberFormat = format.code;
        if (m_column <= m_lastColumn)
            m_unordered = true;
        m_lastColumn = m_column;
        return cell;
    };
    switch (m_kind) {
    case Kind::Shared: {
        const qint64 index = parseIndex(trimmed(m_value), std::numeric_limits<qint32>::max());
        const std::string_view text = m_strings.at(index);
        // An index past the table (or a table that is missing) leaves the cell without a value.
        if (text.empty())
            return;
        // Unescaped when the table was read.
        XlsxSharedStrings::decodeUtf8(begin(CellType::String).text, text);
        return;
    }
    case Kind::Inline:
    case Kind::FormulaString: {
        const std::string& source = m_hasInline ? m_inline : m_value;
        if (source.empty())
            return;
        setText(begin(CellType::String), std::string_view(source));
        return;
    }
    case Kind::Boolean: {
        const std::string_view v = trimmed(m_value);
        if (v.empty())
            return;
        SheetCell& cell = begin(CellType::Boolean);
        cell.text.resize(0);
        cell.number = (v == "1" || v == "true" || v == "TRUE") ? 1.0 : 0.0;
        return;
    }
    case Kind::Error:
        if (m_value.empty())
            return;
        setText(begin(CellType::Error), std::string_view(m_value));
        return;
    case Kind::IsoDate: {
        const std::string_view v = trimmed(m_value);
        if (v.empty())
            return;
        const auto serial =
            excelDate::serialFromIso(QString::fromUtf8(v.data(), qsizetype(v.size())));
        if (!serial) {
            setText(begin(CellType::String), v);
            return;
        }
        SheetCell& cell = begin(CellType::DateTime);
        cell.text.resize(0);
        cell.number = *serial;
        return;
    }
    case Kind::Number: {
        double value = 0.0;
        if (!m_hasValue || m_value.empty())
            return;
        if (!parseNumber(m_value, value)) {
            // Not a number after all: keep what the file says rather than lose it.
            setText(begin(CellType::String), std::string_view(m_value));
            return;
        }
        SheetCell& cell = begin(format.isDate ? CellType::DateTime : CellType::Number);
        cell.text.resize(0);
        cell.number = format.isDate ? value + m_dateOffset : value;
        return;
    }
    }
}

void XlsxSheetParser::finishRow()
{
    if (m_row == nullptr || m_cellCount == 0)
        return;
    m_row->number = m_rowNumber;
    m_row->cells.resize(m_cellCount);
    if (m_unordered) {
        auto& cells = m_row->cells;
        std::stable_sort(cells.begin(), cells.end(), [](const SheetCell& a, const SheetCell& b) {
            return a.column < b.column;
        });
        // Two cells in one column: the later one wins, as Excel keeps the last it reads.
        auto last =
            std::unique(cells.rbegin(), cells.rend(), [](const SheetCell& a, const SheetCell& b) {
                return a.column == b.column;
            });
        cells.erase(cells.begin(), last.base());
    }
    m_cellCount = 0;
    m_rowReady = true;
}

} // namespace luotsi::core::importing
