#pragma once

#include "core/Result.h"

#include <QString>

#include <string_view>

struct XML_ParserStruct;

namespace luotsi::core::importing {

class ZipEntry;

// An expat push parser for the parts of a workbook. Elements arrive by their local name (the
// prefix of "x:c" dropped, so any namespace prefix reads the same), text in UTF-8 pieces. A
// document with a DTD is refused: OOXML has none, and entity tricks live there.
class XmlParser
{
public:
    XmlParser();
    virtual ~XmlParser();
    XmlParser(const XmlParser&) = delete;
    XmlParser& operator=(const XmlParser&) = delete;

    enum class Outcome
    {
        Done,      // the piece is parsed; feed the next one
        Suspended, // a handler paused the parser: resume() before feeding more
        Failed     // see errorText()
    };

    // Parses the next piece of the document; isFinal on the last one (which may be empty).
    Outcome feed(const char* data, qsizetype size, bool isFinal);
    // The same without a copy: fill the parser's own buffer, then parse it. Expat keeps that
    // buffer while suspended, which a caller's buffer would not survive. Null when out of memory.
    char* buffer(qsizetype size);
    Outcome parseBuffer(qsizetype size, bool isFinal);
    // Continues after a handler called suspend().
    Outcome resume();
    QString errorText() const;
    // The line the parser is at, for messages.
    qint64 line() const;

    // Parses a whole part from the zip, in pieces.
    Status parse(ZipEntry& entry);

    // The local name of an element or attribute: "x:row" -> "row".
    static std::string_view localName(const char* name);
    // The value of an attribute by local name, or nullptr.
    static const char* attribute(const char** attributes, std::string_view local);

protected:
    virtual void startElement(std::string_view name, const char** attributes) = 0;
    virtual void endElement(std::string_view name) = 0;
    virtual void characters(std::string_view text);
    // Pauses parsing after the current event (resumable); for row-at-a-time reading.
    void suspend();
    // Stops parsing with an error of the caller's own.
    void abort(const QString& message);

private:
    static void onStart(void* self, const char* name, const char** attributes);
    static void onEnd(void* self, const char* name);
    static void onText(void* self, const char* text, int length);
    static void onDoctype(void* self, const char*, const char*, const char*, int);
    Outcome outcome(int status);

    XML_ParserStruct* m_parser = nullptr;
    QString m_abortMessage;
};

} // namespace luotsi::core::importing
