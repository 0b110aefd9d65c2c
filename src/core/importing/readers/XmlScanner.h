#pragma once

#include "core/Result.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace luotsi::core::importing {

class ByteSource;

// A pull tokenizer for the big XML parts of a workbook: a sheet of a million rows and its shared
// strings. It does what those parts need and no more, which makes it several times faster than
// expat on them: UTF-8 (a UTF-16 part is transcoded first; other encodings are refused), the
// predefined entities and character references, CDATA, comments and processing instructions
// skipped, and no DTD (refused: entity tricks live there). It still checks what makes a part
// whole — every element ended by its own end tag, nothing but the root at the top, the document
// ending only after the root ends — so a part cut short is an error, never a shorter sheet.
//
// The views it returns (names, attribute values, text) point into its buffer and stay valid until
// the next call to next().
class XmlScanner final
{
public:
    enum class Token
    {
        StartElement, // name(), attributes(); an empty element <c/> is followed by its EndElement
        EndElement,   // name()
        Text,         // text(): character data between tags (or a CDATA section)
        EndOfDocument
    };
    struct Attribute
    {
        std::string_view name;  // the local name: "r" for both r="" and x:r=""
        std::string_view value; // with entities resolved
    };

    explicit XmlScanner(ByteSource& source);
    ~XmlScanner();
    XmlScanner(const XmlScanner&) = delete;
    XmlScanner& operator=(const XmlScanner&) = delete;

    Result<Token> next();

    // The local name of the element just started or ended: "row" for <row> and <x:row>.
    std::string_view name() const { return m_localName; }
    const std::vector<Attribute>& attributes() const { return m_attributes; }
    // The value of an attribute of the element just started, or nullptr when it has none.
    const std::string_view* attribute(std::string_view localName) const;
    // The character data of a Text token as UTF-8, with entities resolved and line ends as "\n".
    // Decoded on demand: text nobody asks for (the whitespace between rows) costs nothing.
    // An error for text that is not valid UTF-8, has a control character or a broken entity.
    Result<std::string_view> text();
    // How deep the scanner is: 1 inside the root element.
    int depth() const { return int(m_depth); }

    // Bytes of the document consumed so far.
    qint64 position() const { return m_consumedBefore + qint64(m_pos); }

    // Decodes the entities of raw XML text into out (appending); false on a broken reference.
    static bool decodeText(std::string_view raw, std::string& out, bool attributeValue);

private:
    // A token, or nothing for markup that is skipped (a comment, a processing instruction).
    Result<std::optional<Token>> scanMarkup();
    Result<std::optional<Token>> scanStartTag();
    Result<std::optional<Token>> scanEndTag();
    // The index of the '>' that ends the tag at m_pos.
    Result<size_t> tagEnd();
    Result<Token> endOfDocument();
    void closeElement();
    Result<bool> skipUntil(std::string_view terminator, size_t from, size_t& end);
    // Makes at least `count` more bytes from m_pos available if the document has them; false at
    // the end of the document (then fewer are there). An error when the source fails.
    Result<bool> ensure(size_t count);
    Result<bool> refill();
    Error malformed(const QString& detail) const;
    Status checkStart();

    ByteSource& m_source;
    std::unique_ptr<ByteSource> m_transcoder; // a UTF-16 part, as UTF-8
    ByteSource* m_input = nullptr;
    std::vector<char> m_buffer;
    size_t m_pos = 0;
    size_t m_end = 0;
    qint64 m_consumedBefore = 0;
    bool m_sourceDone = false;
    bool m_started = false;

    // The open elements' qualified names, innermost last; strings reused as the depth changes.
    std::vector<std::string> m_open;
    size_t m_depth = 0;
    bool m_rootSeen = false;
    bool m_rootClosed = false;
    bool m_pendingEnd = false; // an empty element's end comes next

    std::string_view m_localName;
    std::vector<Attribute> m_attributes;
    std::string m_attributeValues; // decoded values that had entities
    std::string_view m_rawText;
    bool m_textIsCdata = false;
    bool m_textReady = false;
    std::string_view m_textView;
    std::string m_decoded;
};

} // namespace luotsi::core::importing
