#include "XlsxSharedStrings.h"

#include "XmlParser.h"

#include <cstdlib>

namespace luotsi::core::importing {

class SharedStringsParser final : public XmlParser
{
public:
    explicit SharedStringsParser(XlsxSharedStrings& table)
        : m_table(table)
    {}

protected:
    void startElement(std::string_view name, const char** attributes) override
    {
        if (name == "si") {
            m_inItem = true;
            m_start = m_table.m_arena.size();
        } else if (name == "rPh") {
            ++m_phonetic;
        } else if (name == "t") {
            m_inText = m_inItem && m_phonetic == 0;
        } else if (name == "sst" && m_table.m_offsets.size() == 1) {
            // Reserve for the announced count, but never trust a damaged file with a huge one.
            const char* count = attribute(attributes, "uniqueCount");
            if (count != nullptr)
                m_table.m_offsets.reserve(size_t(qBound(0l, std::atol(count), 1l << 20)) + 1);
        }
    }

    void endElement(std::string_view name) override
    {
        if (name == "t") {
            m_inText = false;
        } else if (name == "rPh") {
            --m_phonetic;
        } else if (name == "si" && m_inItem) {
            XlsxSharedStrings::unescape(m_table.m_arena, m_start);
            m_table.m_offsets.push_back(qsizetype(m_table.m_arena.size()));
            m_inItem = false;
            m_phonetic = 0;
        }
    }

    void characters(std::string_view text) override
    {
        if (m_inText)
            XlsxSharedStrings::appendUtf8(m_table.m_arena, text);
    }

private:
    XlsxSharedStrings& m_table;
    size_t m_start = 0;
    int m_phonetic = 0;
    bool m_inItem = false;
    bool m_inText = false;
};

Status XlsxSharedStrings::load(ZipEntry& part)
{
    m_arena.clear();
    m_offsets.assign(1, 0);
    SharedStringsParser parser(*this);
    Status status = parser.parse(part);
    m_arena.shrink_to_fit();
    return status;
}

void XlsxSharedStrings::appendUtf8(std::vector<char16_t>& out, std::string_view utf8)
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

void XlsxSharedStrings::unescape(std::vector<char16_t>& text, size_t from)
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
