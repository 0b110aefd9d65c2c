#include "XmlScanner.h"

#include "ByteSource.h"
#include "ReaderErrors.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

// Read size per refill; the read-ahead source hands out pieces of its own chunks.
constexpr size_t kReadSize = 256 * 1024;
// Longer markup or text than this is a broken part, not a workbook (a cell holds 32,767
// characters at most).
constexpr size_t kTokenLimit = 64u << 20;
constexpr size_t kDepthLimit = 10000;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

bool endsName(char c)
{
    return isSpace(c) || c == '>' || c == '/' || c == '=' || c == '"' || c == '\'' || c == '<';
}

std::string_view localOf(std::string_view name)
{
    const size_t colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool validName(std::string_view name)
{
    if (name.empty())
        return false;
    const char first = name.front();
    return !(first == '-' || first == '.' || (first >= '0' && first <= '9'));
}

bool allowedCodePoint(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

// The length of the valid UTF-8 sequence at p (lead byte >= 0x80), or 0 when it is invalid:
// stray continuation bytes, overlong forms, surrogates and code points past U+10FFFF.
size_t utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned c = p[0];
    size_t length = 0;
    unsigned min = 0;
    char32_t code = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        code = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        code = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        code = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (size_t(end - p) < length)
        return 0;
    for (size_t i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) || code == 0xFFFE ||
        code == 0xFFFF)
        return 0;
    return length;
}

// A part in another encoding, as UTF-8: the bytes already read (`prefix`) first, then the rest.
class TranscodingSource final : public ByteSource
{
public:
    TranscodingSource(ByteSource& inner, QByteArray prefix, QStringConverter::Encoding encoding)
        : m_inner(inner)
        , m_prefix(std::move(prefix))
        , m_decoder(encoding)
    {}

    Result<qint64> read(char* buffer, qint64 size) override
    {
        while (m_pending.isEmpty() && !m_done) {
            QByteArray raw;
            if (!m_prefix.isEmpty()) {
                raw = std::exchange(m_prefix, {});
            } else {
                raw.resize(qsizetype(kReadSize));
                const Result<qint64> n = m_inner.read(raw.data(), raw.size());
                if (!n)
                    return n.error();
                raw.resize(qsizetype(n.value()));
                m_done = n.value() == 0;
            }
            const QString text = m_decoder.decode(raw);
            if (m_decoder.hasError()) {
                return readerErrors::corrupt(
                    {}, Texts::tr("the XML has bytes that are not valid in its encoding"));
            }
            m_pending = text.toUtf8();
        }
        const qint64 n = qMin<qint64>(size, m_pending.size());
        std::memcpy(buffer, m_pending.constData(), size_t(n));
        m_pending.remove(0, qsizetype(n));
        return n;
    }

private:
    ByteSource& m_inner;
    QByteArray m_prefix;
    QStringDecoder m_decoder;
    QByteArray m_pending;
    bool m_done = false;
};

} // namespace

XmlScanner::XmlScanner(ByteSource& source)
    : m_source(source)
    , m_input(&source)
{
    m_buffer.resize(2 * kReadSize);
    m_attributes.reserve(8);
}

XmlScanner::~XmlScanner() = default;

Error XmlScanner::malformed(const QString& detail) const
{
    return readerErrors::corrupt(
        {}, Texts::tr("malformed XML at byte %1: %2").arg(position()).arg(detail));
}

Result<bool> XmlScanner::refill()
{
    if (m_sourceDone)
        return false;
    // Keep the unread bytes (a token cut by the previous read) at the front.
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_consumedBefore += qint64(m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_buffer.size() - m_end < kReadSize) {
        if (m_buffer.size() > kTokenLimit)
            return malformed(
                Texts::tr("a tag or a text runs on for more than %1 MiB").arg(kTokenLimit >> 20));
        m_buffer.resize(m_buffer.size() * 2);
    }
    const Result<qint64> n = m_input->read(m_buffer.data() + m_end, qint64(kReadSize));
    if (!n)
        return n.error();
    if (n.value() == 0) {
        m_sourceDone = true;
        return false;
    }
    m_end += size_t(n.value());
    return true;
}

Result<bool> XmlScanner::ensure(size_t count)
{
    while (m_end - m_pos < count) {
        const Result<bool> more = refill();
        if (!more || !more.value())
            return more;
    }
    return true;
}

Status XmlScanner::checkStart()
{
    m_started = true;
    if (auto ok = ensure(4); !ok)
        return ok.error();
    const auto* b = reinterpret_cast<const unsigned char*>(m_buffer.data() + m_pos);
    const size_t have = m_end - m_pos;
    std::optional<QStringConverter::Encoding> utf16;
    if (have >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        utf16 = QStringConverter::Utf16LE;
    else if (have >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        utf16 = QStringConverter::Utf16BE;
    else if (have >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0)
        utf16 = QStringConverter::Utf16LE;
    else if (have >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?')
        utf16 = QStringConverter::Utf16BE;
    if (utf16) {
        // The decoder drops the byte-order mark itself.
        QByteArray prefix(m_buffer.data() + m_pos, qsizetype(have));
        m_transcoder = std::make_unique<TranscodingSource>(m_source, std::move(prefix), *utf16);
        m_input = m_transcoder.get();
        m_pos = m_end = 0;
        if (auto ok = ensure(4); !ok)
            return ok.error();
    } else if (have >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        m_pos += 3;
    }

    // The declaration names the encoding; UTF-8 (or the UTF-16 already transcoded) is read,
    // Latin-1 and ASCII are transcoded, anything else is refused rather than misread.
    if (auto ok = ensure(5); !ok)
        return ok.error();
    if (m_end - m_pos < 5 || std::memcmp(m_buffer.data() + m_pos, "<?xml", 5) != 0)
        return {};
    size_t end = 0;
    if (auto found = skipUntil("?>", m_pos + 5, end); !found)
        return found.error();
    else if (!found.value())
        return malformed(Texts::tr("the XML declaration is never closed"));
    const std::string_view declaration(m_buffer.data() + m_pos, end - m_pos);
    const size_t at = declaration.find("encoding");
    if (at == std::string_view::npos)
        return {};
    size_t q = declaration.find_first_of("\"'", at);
    const size_t close = q == std::string_view::npos ? std::string_view::npos
                                                     : declaration.find(declaration[q], q + 1);
    if (close == std::string_view::npos)
        return malformed(Texts::tr("the XML declaration is broken"));
    const QString declared =
        QString::fromLatin1(declaration.data() + q + 1, qsizetype(close - q - 1));
    const QString encoding = declared.toLower();
    if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8") ||
        encoding == QLatin1String("us-ascii") || encoding == QLatin1String("ascii"))
        return {};
    if (encoding.startsWith(QLatin1String("utf-16")) && m_transcoder)
        return {};
    if (encoding == QLatin1String("iso-8859-1") || encoding == QLatin1String("latin1") ||
        encoding == QLatin1String("latin-1")) {
        QByteArray rest(m_buffer.data() + m_pos, qsizetype(m_end - m_pos));
        m_transcoder = std::make_unique<TranscodingSource>(m_source, std::move(rest),
                                                           QStringConverter::Latin1);
        m_input = m_transcoder.get();
        m_consumedBefore += qint64(m_pos);
        m_pos = m_end = 0;
        return {};
    }
    return readerErrors::corrupt(
        {}, Texts::tr("the XML is in the encoding \"%1\"; only UTF-8, UTF-16 and ISO-8859-1 "
                      "are read")
                .arg(declared));
}

Result<bool> XmlScanner::skipUntil(std::string_view terminator, size_t from, size_t& end)
{
    // Offsets relative to m_pos survive a refill that moves the buffer.
    size_t offset = from - m_pos;
    for (;;) {
        const std::string_view window(m_buffer.data() + m_pos, m_end - m_pos);
        const size_t found = window.find(terminator, offset);
        if (found != std::string_view::npos) {
            end = m_pos + found;
            return true;
        }
        offset = window.size() >= terminator.size() ? window.size() - terminator.size() + 1 : 0;
        const Result<bool> more = refill();
        if (!more || !more.value())
            return more;
    }
}

const std::string_view* XmlScanner::attribute(std::string_view localName) const
{
    for (const Attribute& a : m_attributes) {
        if (a.name == localName)
            return &a.value;
    }
    return nullptr;
}

bool XmlScanner::decodeText(std::string_view raw, std::string& out, bool attributeValue)
{
    const char* p = raw.data();
    const char* end = p + raw.size();
    while (p < end) {
        const char c = *p;
        if (c == '\r') {
            out.push_back(attributeValue ? ' ' : '\n');
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
            continue;
        }
        if (attributeValue && (c == '\n' || c == '\t')) {
            out.push_back(' ');
            ++p;
            continue;
        }
        if (c != '&') {
            out.push_back(c);
            ++p;
            continue;
        }
        const char* semicolon =
            static_cast<const char*>(std::memchr(p, ';', size_t(std::min<ptrdiff_t>(end - p, 12))));
        if (semicolon == nullptr)
            return false;
        const std::string_view entity(p + 1, size_t(semicolon - p - 1));
        if (entity == "lt")
            out.push_back('<');
        else if (entity == "gt")
            out.push_back('>');
        else if (entity == "amp")
            out.push_back('&');
        else if (entity == "quot")
            out.push_back('"');
        else if (entity == "apos")
            out.push_back('\'');
        else if (entity.size() >= 2 && entity[0] == '#') {
            const bool hex = entity[1] == 'x';
            const std::string_view digits = entity.substr(hex ? 2 : 1);
            if (digits.empty())
                return false;
            char32_t code = 0;
            for (char d : digits) {
                int v = -1;
                if (d >= '0' && d <= '9')
                    v = d - '0';
                else if (hex && d >= 'a' && d <= 'f')
                    v = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F')
                    v = d - 'A' + 10;
                if (v < 0 || code > 0x10FFFF)
                    return false;
                code = code * (hex ? 16 : 10) + char32_t(v);
            }
            if (!allowedCodePoint(code))
                return false;
            appendUtf8(out, code);
        } else {
            return false; // no DTD: no other entity can be declared
        }
        p = semicolon + 1;
    }
    return true;
}

Result<std::string_view> XmlScanner::text()
{
    if (m_textReady)
        return std::string_view(m_textView);
    // Most text has nothing to decode: check it (valid UTF-8, no control characters) and hand it
    // out as it is.
    const auto* p = reinterpret_cast<const unsigned char*>(m_rawText.data());
    const auto* end = p + m_rawText.size();
    bool hasAmpersand = false;
    bool hasCr = false;
    while (p < end) {
        const unsigned char c = *p;
        if (c >= 0x20 && c < 0x80) {
            hasAmpersand = hasAmpersand || c == '&';
            ++p;
        } else if (c >= 0x80) {
            const size_t length = utf8SequenceLength(p, end);
            if (length == 0)
                return malformed(Texts::tr("text that is not valid UTF-8"));
            p += length;
        } else if (c == '\n' || c == '\t') {
            ++p;
        } else if (c == '\r') {
            hasCr = true;
            ++p;
        } else {
            return malformed(Texts::tr("a control character (%1) in the text").arg(int(c)));
        }
    }
    m_textReady = true;
    if (m_textIsCdata) {
        // A CDATA section keeps '&' as it is; only its line ends are made "\n".
        if (!hasCr) {
            m_textView = m_rawText;
            return std::string_view(m_textView);
        }
        m_decoded.clear();
        for (size_t i = 0; i < m_rawText.size(); ++i) {
            if (m_rawText[i] != '\r') {
                m_decoded.push_back(m_rawText[i]);
                continue;
            }
            m_decoded.push_back('\n');
            if (i + 1 < m_rawText.size() && m_rawText[i + 1] == '\n')
                ++i;
        }
        m_textView = m_decoded;
        return std::string_view(m_textView);
    }
    if (!hasAmpersand && !hasCr) {
        m_textView = m_rawText;
        return std::string_view(m_textView);
    }
    m_decoded.clear();
    if (!decodeText(m_rawText, m_decoded, false)) {
        m_textReady = false;
        return malformed(Texts::tr("a broken entity or character reference in the text"));
    }
    m_textView = m_decoded;
    return std::string_view(m_textView);
}

Result<XmlScanner::Token> XmlScanner::next()
{
    m_textReady = false;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        closeElement();
        return Token::EndElement;
    }
    if (!m_started) {
        if (Status s = checkStart(); !s)
            return s.error();
    }
    for (;;) {
        if (m_pos >= m_end) {
            const Result<bool> more = refill();
            if (!more)
                return more.error();
            if (!more.value())
                return endOfDocument();
            continue;
        }
        if (m_buffer[m_pos] == '<') {
            auto token = scanMarkup();
            if (!token)
                return token.error();
            if (token.value())
                return *token.value();
            continue; // a comment or a processing instruction
        }
        // Character data up to the next '<' (offsets from m_pos survive a refill).
        size_t offset = 0;
        const char* lt = nullptr;
        for (;;) {
            lt = static_cast<const char*>(
                std::memchr(m_buffer.data() + m_pos + offset, '<', m_end - m_pos - offset));
            if (lt != nullptr)
                break;
            offset = m_end - m_pos;
            const Result<bool> more = refill();
            if (!more)
                return more.error();
            if (!more.value())
                break;
        }
        const size_t textEnd = lt != nullptr ? size_t(lt - m_buffer.data()) : m_end;
        const std::string_view raw(m_buffer.data() + m_pos, textEnd - m_pos);
        m_pos = textEnd;
        if (m_depth == 0) {
            for (char c : raw) {
                if (!isSpace(c))
                    return malformed(Texts::tr("text outside the root element"));
            }
            continue;
        }
        m_rawText = raw;
        m_textIsCdata = false;
        return Token::Text;
    }
}

void XmlScanner::closeElement()
{
    --m_depth;
    if (m_depth == 0)
        m_rootClosed = true;
}

Result<XmlScanner::Token> XmlScanner::endOfDocument()
{
    if (m_depth > 0) {
        return readerErrors::corrupt(
            {}, Texts::tr("the XML ends inside the element <%1>: the file is cut short")
                    .arg(QString::fromUtf8(m_open[m_depth - 1].data(),
                                           qsizetype(m_open[m_depth - 1].size()))));
    }
    if (!m_rootSeen)
        return readerErrors::corrupt({}, Texts::tr("the XML part is empty"));
    return Token::EndOfDocument;
}

Result<std::optional<XmlScanner::Token>> XmlScanner::scanMarkup()
{
    if (auto ok = ensure(9); !ok)
        return ok.error();
    const size_t have = m_end - m_pos;
    if (have < 2)
        return malformed(Texts::tr("the XML ends inside a tag: the file is cut short"));
    const char* b = m_buffer.data() + m_pos;
    const char kind = b[1];
    if (kind == '/')
        return scanEndTag();
    if (kind == '?') {
        size_t end = 0;
        if (auto found = skipUntil("?>", m_pos + 2, end); !found)
            return found.error();
        else if (!found.value())
            return malformed(Texts::tr("a processing instruction is never closed"));
        m_pos = end + 2;
        return std::optional<Token>();
    }
    if (kind != '!')
        return scanStartTag();
    const std::string_view start(b, have);
    if (start.substr(0, 4) == "<!--") {
        size_t end = 0;
        if (auto found = skipUntil("-->", m_pos + 4, end); !found)
            return found.error();
        else if (!found.value())
            return malformed(Texts::tr("a comment is never closed"));
        m_pos = end + 3;
        return std::optional<Token>();
    }
    if (start.substr(0, 9) == "<![CDATA[") {
        if (m_depth == 0)
            return malformed(Texts::tr("text outside the root element"));
        size_t end = 0;
        if (auto found = skipUntil("]]>", m_pos + 9, end); !found)
            return found.error();
        else if (!found.value())
            return malformed(Texts::tr("a CDATA section is never closed"));
        m_rawText = std::string_view(m_buffer.data() + m_pos + 9, end - m_pos - 9);
        m_textIsCdata = true;
        m_pos = end + 3;
        return std::optional<Token>(Token::Text);
    }
    if (start.substr(0, 9) == "<!DOCTYPE")
        return readerErrors::corrupt({}, Texts::tr("the XML has a document type declaration"));
    return malformed(Texts::tr("unknown markup \"<!\""));
}

Result<size_t> XmlScanner::tagEnd()
{
    // The '>' that ends the tag at m_pos, outside quoted attribute values.
    size_t offset = 1;
    char quote = 0;
    for (;;) {
        const char* b = m_buffer.data() + m_pos;
        const size_t n = m_end - m_pos;
        while (offset < n) {
            if (quote != 0) {
                const auto* q =
                    static_cast<const char*>(std::memchr(b + offset, quote, n - offset));
                if (q == nullptr) {
                    offset = n;
                    break;
                }
                offset = size_t(q - b) + 1;
                quote = 0;
                continue;
            }
            const char c = b[offset];
            if (c == '>')
                return m_pos + offset;
            if (c == '"' || c == '\'')
                quote = c;
            else if (c == '<')
                return malformed(Texts::tr("'<' inside a tag"));
            ++offset;
        }
        const Result<bool> more = refill();
        if (!more)
            return more.error();
        if (!more.value())
            return malformed(Texts::tr("the XML ends inside a tag: the file is cut short"));
    }
}

Result<std::optional<XmlScanner::Token>> XmlScanner::scanStartTag()
{
    const Result<size_t> close = tagEnd();
    if (!close)
        return close.error();
    const char* p = m_buffer.data() + m_pos + 1;
    const char* e = m_buffer.data() + close.value();
    const bool empty = e > p && e[-1] == '/';
    if (empty)
        --e;
    const char* nameStart = p;
    while (p < e && !endsName(*p))
        ++p;
    const std::string_view name(nameStart, size_t(p - nameStart));
    if (!validName(name))
        return malformed(Texts::tr("an element without a valid name"));

    m_attributes.clear();
    m_attributeValues.clear();
    // Decoded values are never longer than the tag: reserving it keeps earlier views valid.
    m_attributeValues.reserve(size_t(e - p));
    for (;;) {
        const char* gap = p;
        while (p < e && isSpace(*p))
            ++p;
        if (p == e)
            break;
        if (p == gap)
            return malformed(Texts::tr("attributes of <%1> are not separated by spaces")
                                 .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
        const char* attributeStart = p;
        while (p < e && !endsName(*p))
            ++p;
        const std::string_view attributeName(attributeStart, size_t(p - attributeStart));
        while (p < e && isSpace(*p))
            ++p;
        if (!validName(attributeName) || p == e || *p != '=')
            return malformed(Texts::tr("a broken attribute in <%1>")
                                 .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
        ++p;
        while (p < e && isSpace(*p))
            ++p;
        if (p == e || (*p != '"' && *p != '\''))
            return malformed(Texts::tr("an attribute value without quotes in <%1>")
                                 .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
        const char quote = *p++;
        const char* valueStart = p;
        p = static_cast<const char*>(std::memchr(p, quote, size_t(e - p)));
        if (p == nullptr)
            return malformed(Texts::tr("an attribute value is never closed"));
        std::string_view value(valueStart, size_t(p - valueStart));
        ++p;
        bool plain = true;
        for (char c : value) {
            if (c == '<')
                return malformed(Texts::tr("'<' in an attribute value"));
            plain = plain && c != '&' && c != '\r' && c != '\n' && c != '\t';
        }
        if (!plain) {
            const size_t start = m_attributeValues.size();
            if (!decodeText(value, m_attributeValues, true))
                return malformed(Texts::tr("a broken entity in an attribute value"));
            value = std::string_view(m_attributeValues.data() + start,
                                     m_attributeValues.size() - start);
        }
        m_attributes.push_back({localOf(attributeName), value});
    }

    if (m_rootClosed)
        return malformed(Texts::tr("a second root element"));
    if (m_depth >= kDepthLimit)
        return malformed(Texts::tr("elements are nested too deep"));
    if (m_depth == 0)
        m_rootSeen = true;
    if (m_open.size() <= m_depth)
        m_open.emplace_back(name);
    else
        m_open[m_depth].assign(name);
    ++m_depth;
    m_localName = localOf(name);
    m_pendingEnd = empty;
    m_pos = close.value() + 1;
    return std::optional<Token>(Token::StartElement);
}

Result<std::optional<XmlScanner::Token>> XmlScanner::scanEndTag()
{
    const Result<size_t> close = tagEnd();
    if (!close)
        return close.error();
    const char* p = m_buffer.data() + m_pos + 2;
    const char* e = m_buffer.data() + close.value();
    while (e > p && isSpace(e[-1]))
        --e;
    const std::string_view name(p, size_t(e - p));
    if (m_depth == 0)
        return malformed(Texts::tr("an end tag without its start tag"));
    const std::string& open = m_open[m_depth - 1];
    if (name != open) {
        return malformed(Texts::tr("the end tag </%1> does not close <%2>")
                             .arg(QString::fromUtf8(name.data(), qsizetype(name.size())),
                                  QString::fromUtf8(open.data(), qsizetype(open.size()))));
    }
    m_localName = localOf(name);
    closeElement();
    m_pos = close.value() + 1;
    return std::optional<Token>(Token::EndElement);
}

} // namespace luotsi::core::importing
