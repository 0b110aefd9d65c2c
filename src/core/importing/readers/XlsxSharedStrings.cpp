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
    SharedStringsParser(ByteSource& part, Utf16Buffer& arena, std::vector<qsizetype>& offsets)
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
                    XlsxSharedStrings::appendUtf8(m_arena, text.value());
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
    Utf16Buffer& m_arena;
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
    // The text never has more UTF-16 units than the part has bytes: reserved once, the arena is
    // never moved while it grows (capped: a damaged directory may declare anything).
    m_arena.reserve(size_t(qBound<qint64>(0, part.declaredSize(), qint64(1) << 28)));
    // Inflated on another thread while this one reads the XML.
    ReadAheadSource readAhead(part);
    SharedStringsParser parser(readAhead, m_arena, m_offsets);
    Status status = parser.parse();
    if (!status)
        return Error{status.error().message, part.name()};
    return {};
}

void XlsxSharedStrings::appendUtf8(Utf16Buffer& out, std::string_view utf8)
{
    // UTF-16 never needs more units than UTF-8 has bytes: size once, write, trim.
    const size_t start = out.size();
    out.resize(start + utf8.size());
    char16_t* w = out.data() + start;
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* end = p + utf8.size();
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            *w++ = char16_t(c);
            ++p;
            continue;
        }
        // Expat hands over valid UTF-8 only; the bounds checks guard against surprises anyway.
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
    out.resize(size_t(w - out.data()));
}

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

} // namespace

void XlsxSharedStrings::unescape(Utf16Buffer& text, size_t from)
{
    size_t read = from;
    while (read < text.size() && text[read] != u'_')
        ++read;
    if (read + 7 > text.size())
        return; // no escape fits: the common case costs one scan
    size_t write = read;
    while (read < text.size()) {
        if (text[read] == u'_' && read + 7 <= text.size() && text[read + 1] == u'x' &&
            text[read + 6] == u'_') {
            int value = 0;
            bool hex = true;
            for (size_t i = read + 2; i < read + 6 && hex; ++i) {
                const int digit = hexValue(text[i]);
                hex = digit >= 0;
                value = value * 16 + digit;
            }
            if (hex) {
                text[write++] = char16_t(value);
                read += 7;
                continue;
            }
        }
        text[write++] = text[read++];
    }
    text.resize(write);
}

} // namespace luotsi::core::importing
