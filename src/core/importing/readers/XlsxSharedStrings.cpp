#include "XlsxSharedStrings.h"

#include "ReadAheadSource.h"
#include "XmlScanner.h"
#include "ZipArchive.h"

namespace luotsi::core::importing {

namespace {

// Reads the table's <si> items: the text of their runs joined, phonetic runs (<rPh>) left out.
class SharedStringsParser final
{
public:
    SharedStringsParser(ByteSource& part, Utf8Buffer& arena, std::vector<qsizetype>& offsets)
        : m_scanner(part)
        , m_arena(arena)
        , m_offsets(offsets)
    {}

    Status parse()
    {
        for (;;) {
            const Result<XmlScanner::Token> token = m_scanner.next();
            if (!token)
                return token.error();
            switch (token.value()) {
            case XmlScanner::Token::StartElement:
                start(m_scanner.name());
                break;
            case XmlScanner::Token::EndElement:
                end(m_scanner.name());
                break;
            case XmlScanner::Token::Text:
                if (m_inText) {
                    const Result<std::string_view> text = m_scanner.text();
                    if (!text)
                        return text.error();
                    m_arena.insert(m_arena.end(), text->begin(), text->end());
                }
                break;
            case XmlScanner::Token::EndOfDocument:
                return {};
            }
        }
    }

private:
    void start(std::string_view name)
    {
        if (name == "si") {
            m_inItem = true;
            m_start = m_arena.size();
        } else if (name == "rPh") {
            ++m_phonetic;
        } else if (name == "t") {
            m_inText = m_inItem && m_phonetic == 0;
        } else if (name == "sst" && m_offsets.size() == 1) {
            // Reserve for the announced count, but never trust a damaged file with a huge one.
            if (const std::string_view* count = m_scanner.attribute("uniqueCount")) {
                qint64 n = 0;
                for (char c : *count) {
                    if (c < '0' || c > '9' || n > (1 << 20))
                        break;
                    n = n * 10 + (c - '0');
                }
                m_offsets.reserve(size_t(qMin<qint64>(n, 1 << 20)) + 1);
            }
        }
    }

    void end(std::string_view name)
    {
        if (name == "t") {
            m_inText = false;
        } else if (name == "rPh") {
            --m_phonetic;
        } else if (name == "si" && m_inItem) {
            XlsxSharedStrings::unescape(m_arena, m_start);
            m_offsets.push_back(qsizetype(m_arena.size()));
            m_inItem = false;
            m_phonetic = 0;
        }
    }

    XmlScanner m_scanner;
    Utf8Buffer& m_arena;
    std::vector<qsizetype>& m_offsets;
    size_t m_start = 0;
    int m_phonetic = 0;
    bool m_inItem = false;
    bool m_inText = false;
};

} // namespace

Status XlsxSharedStrings::load(ZipEntry& part)
{
    m_arena.clear();
    m_offsets.assign(1, 0);
    // The text never has more bytes than the part: reserved once, the arena is never moved while
    // it grows (capped: a damaged directory may declare anything).
    m_arena.reserve(size_t(qBound<qint64>(0, part.declaredSize(), qint64(1) << 28)));
    // Inflated on another thread while this one reads the XML.
    ReadAheadSource readAhead(part);
    SharedStringsParser parser(readAhead, m_arena, m_offsets);
    Status status = parser.parse();
    if (!status)
        return Error{status.error().message, part.name()};
    return {};
}

void XlsxSharedStrings::decodeUtf8(QString& text, std::string_view utf8)
{
    // UTF-16 never needs more units than UTF-8 has bytes: size once, write, trim.
    text.resize(qsizetype(utf8.size()));
    char16_t* w = reinterpret_cast<char16_t*>(text.data());
    char16_t* const start = w;
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* end = p + utf8.size();
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            *w++ = char16_t(c);
            ++p;
            continue;
        }
        // The scanner hands over valid UTF-8 only; the bounds checks guard against surprises.
        unsigned code = 0;
        int extra = 0;
        if ((c & 0xE0) == 0xC0) {
            code = c & 0x1F;
            extra = 1;
        } else if ((c & 0xF0) == 0xE0) {
            code = c & 0x0F;
            extra = 2;
        } else {
            code = c & 0x07;
            extra = 3;
        }
        ++p;
        for (int i = 0; i < extra && p < end; ++i, ++p)
            code = (code << 6) | (*p & 0x3F);
        if (code >= 0x10000) {
            code -= 0x10000;
            *w++ = char16_t(0xD800 + ((code >> 10) & 0x3FF));
            *w++ = char16_t(0xDC00 + (code & 0x3FF));
        } else {
            *w++ = char16_t(code);
        }
    }
    text.resize(qsizetype(w - start));
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of an _xHHHH_ escape at text[at], or -1.
int escapeAt(const Utf8Buffer& text, size_t at)
{
    if (at + 7 > text.size() || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_')
        return -1;
    int value = 0;
    for (size_t i = at + 2; i < at + 6; ++i) {
        const int digit = hexValue(text[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// Writes a code point as UTF-8 at text[write]; at most four bytes, never more than an escape's
// seven that it replaces.
size_t putUtf8(Utf8Buffer& text, size_t write, char32_t c)
{
    if (c < 0x80) {
        text[write++] = char(c);
    } else if (c < 0x800) {
        text[write++] = char(0xC0 | (c >> 6));
        text[write++] = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        text[write++] = char(0xE0 | (c >> 12));
        text[write++] = char(0x80 | ((c >> 6) & 0x3F));
        text[write++] = char(0x80 | (c & 0x3F));
    } else {
        text[write++] = char(0xF0 | (c >> 18));
        text[write++] = char(0x80 | ((c >> 12) & 0x3F));
        text[write++] = char(0x80 | ((c >> 6) & 0x3F));
        text[write++] = char(0x80 | (c & 0x3F));
    }
    return write;
}

} // namespace

void XlsxSharedStrings::unescape(Utf8Buffer& text, size_t from)
{
    size_t read = from;
    while (read < text.size() && text[read] != '_')
        ++read;
    if (read + 7 > text.size())
        return; // no escape fits: the common case costs one scan
    size_t write = read;
    while (read < text.size()) {
        const int unit = escapeAt(text, read);
        if (unit < 0) {
            text[write++] = text[read++];
            continue;
        }
        read += 7;
        char32_t c = char32_t(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int low = escapeAt(text, read);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                c = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                read += 7;
            } else {
                c = 0xFFFD;
            }
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            c = 0xFFFD;
        }
        write = putUtf8(text, write, c);
    }
    text.resize(write);
}

} // namespace luotsi::core::importing
