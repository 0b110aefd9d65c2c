#include "CsvReader.h"

#include "CsvDialect.h"
#include "ReaderErrors.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

constexpr qint64 kBlock = 256 << 10;
constexpr qsizetype kSniffChars = 64 << 10;

bool hasBom(QByteArrayView head, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return head.startsWith("\xEF\xBB\xBF");
    case TextEncoding::Utf16LE:
        return head.startsWith("\xFF\xFE");
    case TextEncoding::Utf16BE:
        return head.startsWith("\xFE\xFF");
    default:
        return false;
    }
}

} // namespace

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, const QString& name,
                     const ReaderOptions& options)
    : m_device(std::move(device))
    , m_name(name)
    , m_sheetName(QFileInfo(name).completeBaseName())
    , m_options(options)
{
    if (m_sheetName.isEmpty())
        m_sheetName = name;
}

Result<std::unique_ptr<WorkbookReader>> CsvReader::open(const QString& path,
                                                        const ReaderOptions& options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return readerErrors::notReadable(path, file->errorString());
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(file), path, options));
    if (Status s = reader->start(); !s)
        return s.error();
    return std::unique_ptr<WorkbookReader>(std::move(reader));
}

Result<std::unique_ptr<WorkbookReader>> CsvReader::open(const QByteArray& data, const QString& name,
                                                        const ReaderOptions& options)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(buffer), name, options));
    if (Status s = reader->start(); !s)
        return s.error();
    return std::unique_ptr<WorkbookReader>(std::move(reader));
}

QList<SheetInfo> CsvReader::sheets() const
{
    return {SheetInfo{m_sheetName, SheetState::Visible}};
}

Error CsvReader::located(const QString& message) const
{
    return {message, readerErrors::location(m_name, m_sheetName, m_recordNumber)};
}

Status CsvReader::start()
{
    m_device->seek(0);
    m_text.clear();
    m_position = 0;
    m_endOfFile = false;
    m_state = State::FieldStart;
    m_skipLf = m_quotedCr = m_recordOpen = false;
    m_field.clear();
    m_recordNumber = 0;
    m_recordLength = 0;

    const QByteArray head = m_device->read(blockSize());
    m_endOfFile = m_device->atEnd();
    int bom = 0;
    if (m_options.csvEncoding != TextEncoding::Automatic) {
        m_encoding = m_options.csvEncoding;
        m_undecided = false;
        bom = hasBom(head, m_encoding) ? (m_encoding == TextEncoding::Utf8 ? 3 : 2) : 0;
    } else {
        auto guess = csvDialect::detectEncoding(head, m_endOfFile);
        if (!guess)
            return Error{guess.error().message, m_name};
        m_encoding = guess->encoding;
        m_undecided = guess->undecided;
        bom = guess->bomLength;
    }
    createDecoder();
    m_text = decode(QByteArrayView(head).sliced(bom));

    // Excel's "sep=;" first line names the delimiter and is no data.
    if (m_text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && m_text.size() >= 5 &&
        (m_text.size() == 5 || m_text.at(5) == u'\r' || m_text.at(5) == u'\n')) {
        m_delimiter = m_text.at(4);
        m_position = 5;
        if (m_position < m_text.size() && m_text.at(m_position) == u'\r')
            ++m_position;
        if (m_position < m_text.size() && m_text.at(m_position) == u'\n')
            ++m_position;
    } else {
        m_delimiter =
            csvDialect::detectDelimiter(QStringView(m_text).first(qMin(m_text.size(), kSniffChars)),
                                        m_endOfFile && m_text.size() <= kSniffChars);
    }
    if (!m_options.csvDelimiter.isNull())
        m_delimiter = m_options.csvDelimiter;
    m_selected = true;
    return {};
}

void CsvReader::createDecoder()
{
    switch (m_encoding) {
    case TextEncoding::Utf16LE:
        m_decoder.emplace(QStringConverter::Utf16LE);
        break;
    case TextEncoding::Utf16BE:
        m_decoder.emplace(QStringConverter::Utf16BE);
        break;
    case TextEncoding::Latin1:
        m_decoder.emplace(QStringConverter::Latin1);
        break;
    case TextEncoding::Windows1252:
        m_decoder.emplace("windows-1252");
        if (!m_decoder->isValid()) // a Qt without ICU: Latin-1 differs only in 0x80-0x9F
            m_decoder.emplace(QStringConverter::Latin1);
        break;
    default:
        m_decoder.emplace(QStringConverter::Utf8);
        break;
    }
}

QString CsvReader::decode(QByteArrayView bytes)
{
    if (m_undecided) {
        qsizetype first = 0;
        while (first < bytes.size() && quint8(bytes[first]) < 0x80)
            ++first;
        if (first == bytes.size())
            return QString::fromLatin1(bytes);
        // The first non-ASCII bytes decide between UTF-8 and Windows-1252 for the whole file.
        m_undecided = false;
        m_encoding = csvDialect::isUtf8(bytes.sliced(first), false) ? TextEncoding::Utf8
                                                                    : TextEncoding::Windows1252;
        createDecoder();
    }
    return m_decoder->decode(bytes);
}

qint64 CsvReader::blockSize() const
{
    // No bigger than what is left: a small file should not cost a 256 KiB buffer per read.
    const qint64 left = m_device->size() - m_device->pos();
    return left > 0 ? qMin(kBlock, left) : kBlock;
}

Result<bool> CsvReader::fill()
{
    if (m_endOfFile)
        return false;
    const QByteArray block = m_device->read(blockSize());
    if (block.isEmpty()) {
        m_endOfFile = true;
        const auto* file = qobject_cast<QFile*>(m_device.get());
        if (file != nullptr && file->error() != QFileDevice::NoError)
            return readerErrors::notReadable(m_name, file->errorString());
        return false;
    }
    m_text.remove(0, m_position);
    m_position = 0;
    m_text += decode(block);
    m_endOfFile = m_device->atEnd();
    return true;
}

Status CsvReader::selectSheet(int index)
{
    if (index != 0)
        return Error{Texts::tr("the workbook has no sheet number %1").arg(index + 1), m_name};
    return start();
}

void CsvReader::endField()
{
    if (m_field.contains(QChar(0)))
        m_field.remove(QChar(0)); // stray NULs from a broken export carry no text
    if (!m_field.isEmpty()) {
        SheetCell cell;
        cell.column = m_column;
        cell.text = std::move(m_field);
        m_row->cells.append(std::move(cell));
    }
    m_field = QString();
    ++m_column;
    m_state = State::FieldStart;
}

Result<bool> CsvReader::nextRow(SheetRow& row)
{
    if (!m_selected) {
        if (Status s = start(); !s)
            return s.error();
    }
    m_row = &row;
    const char16_t delimiter = m_delimiter.unicode();
    auto endRecord = [&]() -> bool {
        endField();
        m_recordOpen = false;
        row.number = m_recordNumber;
        return !row.cells.isEmpty();
    };
    for (;;) {
        if (m_position >= m_text.size()) {
            if (!m_endOfFile) {
                const Result<bool> more = fill();
                if (!more)
                    return more.error();
                continue;
            }
            // The last record may end without a line break (or inside an unclosed quote).
            if (m_recordOpen && endRecord())
                return true;
            return false;
        }
        const QChar* text = m_text.constData();
        char16_t ch = text[m_position].unicode();
        if (m_skipLf) {
            m_skipLf = false;
            if (ch == u'\n') {
                ++m_position;
                continue;
            }
        }
        if (!m_recordOpen) {
            m_recordOpen = true;
            ++m_recordNumber;
            m_recordLength = 0;
            m_column = 0;
            row.cells.clear();
            m_state = State::FieldStart;
        }
        if (m_recordLength > kRecordLimit) {
            return located(Texts::tr("a record runs past %1 characters; a quote is probably "
                                     "never closed")
                               .arg(kRecordLimit));
        }
        switch (m_state) {
        case State::FieldStart:
            if (ch == u'"') {
                m_state = State::Quoted;
                ++m_position;
                break;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            qsizetype end = m_position;
            while (end < m_text.size()) {
                ch = text[end].unicode();
                if (ch == delimiter || ch == u'\n' || ch == u'\r')
                    break;
                ++end;
            }
            m_field.append(text + m_position, end - m_position);
            m_recordLength += end - m_position;
            m_position = end;
            if (end == m_text.size())
                break; // more text needed
            ++m_position;
            if (ch == delimiter) {
                endField();
                break;
            }
            m_skipLf = ch == u'\r';
            if (endRecord())
                return true;
            break;
        }
        case State::Quoted: {
            if (m_quotedCr) {
                m_quotedCr = false;
                if (ch == u'\n') {
                    ++m_position;
                    break;
                }
            }
            qsizetype end = m_position;
            while (end < m_text.size() && text[end] != u'"' && text[end] != u'\r')
                ++end;
            m_field.append(text + m_position, end - m_position);
            m_recordLength += end - m_position;
            m_position = end;
            if (end == m_text.size())
                break;
            ++m_position;
            if (text[end] == u'"') {
                m_state = State::QuoteInQuoted;
            } else {
                m_field.append(u'\n'); // CR and CRLF inside quotes read as a line break
                m_quotedCr = true;
            }
            break;
        }
        case State::QuoteInQuoted:
            if (ch == u'"') {
                m_field.append(u'"');
                m_state = State::Quoted;
                ++m_position;
            } else if (ch == delimiter) {
                ++m_position;
                endField();
            } else if (ch == u'\n' || ch == u'\r') {
                ++m_position;
                m_skipLf = ch == u'\r';
                if (endRecord())
                    return true;
            } else {
                m_state = State::Unquoted; // text after the closing quote: keep it, as Excel
            }
            break;
        }
    }
}

double CsvReader::progress() const
{
    const qint64 size = m_device->size();
    return size <= 0 ? 1.0 : qMin(1.0, double(m_device->pos()) / double(size));
}

} // namespace luotsi::core::importing
