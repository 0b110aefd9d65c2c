#include "BiffWorkbook.h"

#include "BiffStream.h"
#include "NumberFormat.h"
#include "ReaderErrors.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

enum Record : quint16
{
    Formula = 0x0006,
    Eof = 0x000A,
    Filepass = 0x002F,
    Continue = 0x003C,
    DateMode = 0x0022,
    CodePage = 0x0042,
    BoundSheet = 0x0085,
    MulRk = 0x00BD,
    RString = 0x00D6,
    Xf = 0x00E0,
    Sst = 0x00FC,
    LabelSst = 0x00FD,
    Number = 0x0203,
    Label = 0x0204,
    BoolErr = 0x0205,
    String = 0x0207,
    Rk = 0x027E,
    FormatRecord = 0x041E,
    Bof = 0x0809,
    // BIFF2-style cell records that some BIFF5 writers still use.
    Integer2 = 0x0002,
    Number2 = 0x0003,
    Label2 = 0x0004,
    BoolErr2 = 0x0005,
    Formula3 = 0x0206,
    Formula4 = 0x0406,
};

bool isBof(quint16 type)
{
    return type == 0x0809 || type == 0x0409 || type == 0x0209 || type == 0x0009;
}

quint16 u16(QByteArrayView data, qsizetype at)
{
    return at + 2 <= data.size() ? qFromLittleEndian<quint16>(data.data() + at) : 0;
}

quint32 u32(QByteArrayView data, qsizetype at)
{
    return at + 4 <= data.size() ? qFromLittleEndian<quint32>(data.data() + at) : 0;
}

double f64(QByteArrayView data, qsizetype at)
{
    double value = 0.0;
    if (at + 8 <= data.size())
        std::memcpy(&value, data.data() + at, 8); // little-endian, as is every platform we build
    return value;
}

} // namespace

Result<BiffWorkbook> BiffWorkbook::parse(const QByteArray& stream)
{
    BiffWorkbook book;
    book.m_stream = stream;
    book.setCodePage(1252);
    if (Status s = book.readGlobals(); !s)
        return s.error();
    // The formats by XF index, resolved once.
    for (int id : book.m_xfFormats) {
        Format format;
        const auto custom = book.m_formatCodes.constFind(id);
        if (custom != book.m_formatCodes.cend()) {
            format.code = *custom;
            format.isDate = numberFormat::isDateCode(format.code);
        } else {
            format.code = numberFormat::builtIn(id);
            // Ids 27-36 and 50-58 are the Asian locales' dates, never written as FORMAT records.
            format.isDate =
                numberFormat::isBuiltInDate(id) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
        }
        book.m_xfTable.push_back(format);
    }
    book.m_general.code = QStringLiteral("General");
    return book;
}

Status BiffWorkbook::readGlobals()
{
    BiffStream stream(m_stream);
    BiffRecord record;
    if (!stream.next(record) || !isBof(record.type))
        return readerErrors::corrupt({}, Texts::tr("no BIFF workbook at the start of the stream"));
    if (record.type != Bof) {
        return readerErrors::corrupt(
            {}, Texts::tr("an Excel 2-4 workbook; save it as .xlsx in a newer Excel"));
    }
    const quint16 version = u16(record.data, 0);
    m_version = version == 0x0600 ? 8 : version == 0x0500 ? 5 : (record.data.size() >= 16 ? 8 : 5);
    std::vector<QString> pendingNames;
    while (stream.next(record)) {
        switch (record.type) {
        case Eof:
            return {};
        case Filepass:
            return readerErrors::passwordProtected({});
        case DateMode:
            m_date1904 = u16(record.data, 0) == 1;
            break;
        case CodePage:
            setCodePage(u16(record.data, 0));
            break;
        case Xf:
            m_xfFormats.push_back(u16(record.data, 2));
            break;
        case FormatRecord: {
            BiffCursor cursor({record.data});
            quint16 id = 0;
            QString code;
            if (cursor.u16(id) && readString(cursor, m_version == 8 ? 2 : 1, code))
                m_formatCodes.insert(id, code);
            break;
        }
        case BoundSheet: {
            Sheet sheet;
            sheet.offset = u32(record.data, 0);
            const quint8 state = record.data.size() > 4 ? quint8(record.data[4]) : 0;
            const quint8 kind = record.data.size() > 5 ? quint8(record.data[5]) : 0;
            BiffCursor cursor({record.data.sliced(qMin<qsizetype>(6, record.data.size()))});
            if (!readString(cursor, 1, sheet.info.name))
                sheet.info.name = Texts::tr("Sheet%1").arg(m_sheets.size() + 1);
            switch (state & 0x03) {
            case 1:
                sheet.info.state = SheetState::Hidden;
                break;
            case 2:
                sheet.info.state = SheetState::VeryHidden;
                break;
            default:
                sheet.info.state = SheetState::Visible;
                break;
            }
            if (kind == 0) // worksheets only: charts, macro sheets and modules hold no cells
                m_sheets.append(sheet);
            break;
        }
        case Sst:
            readSharedStrings(record, stream);
            break;
        default:
            break;
        }
    }
    // No EOF: a cut-off globals part still names its sheets; their reads will say what fails.
    return {};
}

void BiffWorkbook::readSharedStrings(const BiffRecord& first, BiffStream& stream)
{
    std::vector<QByteArrayView> segments{first.data.sliced(qMin<qsizetype>(8, first.data.size()))};
    BiffRecord record;
    while (stream.peekType() == Continue && stream.next(record))
        segments.push_back(record.data);
    const quint32 announced = u32(first.data, 4);
    BiffCursor cursor(std::move(segments));
    // The announced count is a hint (files lie, see calamine's gh548); the data decides.
    m_strings.reserve(qMin<quint32>(announced, 1u << 20));
    for (;;) {
        quint16 length = 0;
        QString text;
        if (!cursor.u16(length) || !cursor.unicodeString(length, text))
            break;
        m_strings.append(text);
    }
}

void BiffWorkbook::setCodePage(int codePage)
{
    m_codePage = codePage;
    // Stateless: every string is complete, so no half character may carry over to the next.
    m_decoder = std::make_shared<QStringDecoder>(biff::codePageName(codePage).constData(),
                                                 QStringConverter::Flag::Stateless);
    if (!m_decoder->isValid())
        m_decoder =
            std::make_shared<QStringDecoder>("windows-1252", QStringConverter::Flag::Stateless);
}

QString BiffWorkbook::decode8bit(QByteArrayView bytes) const
{
    if (!m_decoder)
        return QString::fromLatin1(bytes);
    return m_decoder->decode(bytes);
}

bool BiffWorkbook::readString(BiffCursor& cursor, int lengthBytes, QString& text) const
{
    qint64 length = 0;
    if (lengthBytes == 1) {
        quint8 n = 0;
        if (!cursor.u8(n))
            return false;
        length = n;
    } else {
        quint16 n = 0;
        if (!cursor.u16(n))
            return false;
        length = n;
    }
    if (m_version == 8)
        return cursor.unicodeString(length, text);
    QByteArray raw;
    if (!cursor.bytes(length, raw))
        return false;
    text = decode8bit(raw);
    return true;
}

const BiffWorkbook::Format& BiffWorkbook::formatOfXf(int xf) const
{
    return xf >= 0 && size_t(xf) < m_xfTable.size() ? m_xfTable[size_t(xf)] : m_general;
}

void BiffWorkbook::addNumber(std::vector<Cell>& cells, int row, int column, int xf,
                             double value) const
{
    const Format& format = formatOfXf(xf);
    Cell cell;
    cell.row = row;
    cell.cell.column = column;
    cell.cell.type = format.isDate ? CellType::DateTime : CellType::Number;
    cell.cell.number = format.isDate && m_date1904 ? value + 1462.0 : value;
    cell.cell.numberFormat = format.code;
    cells.push_back(std::move(cell));
}

} // namespace luotsi::core::importing

namespace luotsi::core::importing {

Result<std::vector<BiffWorkbook::Cell>> BiffWorkbook::readSheet(int index) const
{
    std::vector<Cell> cells;
    if (index < 0 || index >= m_sheets.size())
        return cells;
    BiffStream stream(m_stream, m_sheets.at(index).offset);
    BiffRecord record;
    if (!stream.next(record) || !isBof(record.type))
        return readerErrors::corrupt({}, Texts::tr("the sheet's data is not where the workbook "
                                                   "says it is"));
    int depth = 1; // charts inside a sheet bring their own BOF .. EOF
    // A formula whose result is text: the text follows in a STRING record.
    int pendingRow = -1;
    int pendingColumn = 0;
    int pendingXf = 0;
    auto addText = [&](int row, int column, int xf, const QString& text, CellType type) {
        if (text.isEmpty())
            return;
        Cell cell;
        cell.row = row;
        cell.cell.column = column;
        cell.cell.type = type;
        cell.cell.text = text;
        cell.cell.numberFormat = formatOfXf(xf).code;
        cells.push_back(std::move(cell));
    };
    auto addBoolean = [&](int row, int column, int xf, bool value) {
        Cell cell;
        cell.row = row;
        cell.cell.column = column;
        cell.cell.type = CellType::Boolean;
        cell.cell.number = value ? 1.0 : 0.0;
        cell.cell.numberFormat = formatOfXf(xf).code;
        cells.push_back(std::move(cell));
    };
    while (depth > 0 && stream.next(record)) {
        const QByteArrayView d = record.data;
        if (isBof(record.type)) {
            ++depth;
            continue;
        }
        if (record.type == Eof) {
            --depth;
            continue;
        }
        if (depth != 1)
            continue;
        const int row = u16(d, 0);
        const int column = u16(d, 2);
        const int xf = u16(d, 4);
        switch (record.type) {
        case Number:
            if (d.size() >= 14)
                addNumber(cells, row, column, xf, f64(d, 6));
            break;
        case Rk:
            if (d.size() >= 10)
                addNumber(cells, row, column, xf, biff::rkValue(u32(d, 6)));
            break;
        case MulRk: {
            // row, first column, (xf, rk) per column, last column
            const qsizetype count = (d.size() - 6) / 6;
            for (qsizetype i = 0; i < count; ++i) {
                addNumber(cells, row, column + int(i), u16(d, 4 + 6 * i),
                          biff::rkValue(u32(d, 6 + 6 * i)));
            }
            break;
        }
        case LabelSst: {
            const quint32 at = u32(d, 6);
            if (d.size() >= 10 && at < quint32(m_strings.size()))
                addText(row, column, xf, m_strings.at(at), CellType::String);
            break;
        }
        case Label:
        case RString: {
            BiffCursor cursor({d.sliced(qMin<qsizetype>(6, d.size()))});
            QString text;
            if (readString(cursor, 2, text))
                addText(row, column, xf, text, CellType::String);
            break;
        }
        case BoolErr:
            if (d.size() >= 8) {
                if (d[7] != 0)
                    addText(row, column, xf, biff::errorText(quint8(d[6])), CellType::Error);
                else
                    addBoolean(row, column, xf, d[6] != 0);
            }
            break;
        case Formula:
        case Formula3:
        case Formula4: {
            if (d.size() < 14)
                break;
            if (quint8(d[12]) != 0xFF || quint8(d[13]) != 0xFF) {
                addNumber(cells, row, column, xf, f64(d, 6));
                break;
            }
            switch (quint8(d[6])) {
            case 0: // text, in the STRING record that follows
                pendingRow = row;
                pendingColumn = column;
                pendingXf = xf;
                break;
            case 1:
                addBoolean(row, column, xf, d[8] != 0);
                break;
            case 2:
                addText(row, column, xf, biff::errorText(quint8(d[8])), CellType::Error);
                break;
            default: // 3: an empty string
                break;
            }
            break;
        }
        case String: {
            if (pendingRow < 0)
                break;
            std::vector<QByteArrayView> segments{d};
            BiffRecord more;
            while (stream.peekType() == Continue && stream.next(more))
                segments.push_back(more.data);
            BiffCursor cursor(std::move(segments));
            QString text;
            if (readString(cursor, 2, text))
                addText(pendingRow, pendingColumn, pendingXf, text, CellType::String);
            pendingRow = -1;
            break;
        }
        case Number2:
            if (d.size() >= 15)
                addNumber(cells, row, column, -1, f64(d, 7));
            break;
        case Integer2:
            if (d.size() >= 9)
                addNumber(cells, row, column, -1, u16(d, 7));
            break;
        case Label2: {
            if (d.size() < 8)
                break;
            const int length = quint8(d[7]);
            addText(row, column, -1, decode8bit(d.sliced(8, qMin<qsizetype>(length, d.size() - 8))),
                    CellType::String);
            break;
        }
        case BoolErr2:
            if (d.size() >= 9) {
                if (d[8] != 0)
                    addText(row, column, -1, biff::errorText(quint8(d[7])), CellType::Error);
                else
                    addBoolean(row, column, -1, d[7] != 0);
            }
            break;
        default:
            break;
        }
    }
    // A record cut in two means the file is truncated; a sheet that merely lacks its closing
    // EOF record (some writers leave it out) is complete.
    if (stream.truncated()) {
        return readerErrors::corrupt({}, Texts::tr("the sheet's data is cut short after row %1")
                                             .arg(cells.empty() ? 0 : cells.back().row + 1));
    }
    std::stable_sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
        return a.row != b.row ? a.row < b.row : a.cell.column < b.cell.column;
    });
    // Two records for one cell: the later wins, as in Excel.
    auto last = std::unique(cells.rbegin(), cells.rend(), [](const Cell& a, const Cell& b) {
        return a.row == b.row && a.cell.column == b.cell.column;
    });
    cells.erase(cells.begin(), last.base());
    return cells;
}

} // namespace luotsi::core::importing
