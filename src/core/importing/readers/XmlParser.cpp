#include "XmlParser.h"

#include "ReaderErrors.h"
#include "ZipArchive.h"

#include <QCoreApplication>

#include <expat.h>

#include <cstring>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

} // namespace

XmlParser::XmlParser()
    : m_parser(XML_ParserCreate(nullptr))
{
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &XmlParser::onStart, &XmlParser::onEnd);
    XML_SetCharacterDataHandler(m_parser, &XmlParser::onText);
    XML_SetStartDoctypeDeclHandler(m_parser, &XmlParser::onDoctype);
    XML_SetParamEntityParsing(m_parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlParser::~XmlParser()
{
    XML_ParserFree(m_parser);
}

void XmlParser::characters(std::string_view)
{}

std::string_view XmlParser::localName(const char* name)
{
    // One pass: this runs for every element and attribute of a million-row sheet.
    const char* start = name;
    const char* p = name;
    for (; *p != '\0'; ++p) {
        if (*p == ':')
            start = p + 1;
    }
    return std::string_view(start, size_t(p - start));
}

const char* XmlParser::attribute(const char** attributes, std::string_view local)
{
    for (const char** a = attributes; a[0] != nullptr; a += 2) {
        if (localName(a[0]) == local)
            return a[1];
    }
    return nullptr;
}

void XmlParser::suspend()
{
    XML_StopParser(m_parser, XML_TRUE);
}

void XmlParser::abort(const QString& message)
{
    if (m_abortMessage.isEmpty())
        m_abortMessage = message;
    XML_StopParser(m_parser, XML_FALSE);
}

void XmlParser::onStart(void* self, const char* name, const char** attributes)
{
    static_cast<XmlParser*>(self)->startElement(localName(name), attributes);
}

void XmlParser::onEnd(void* self, const char* name)
{
    static_cast<XmlParser*>(self)->endElement(localName(name));
}

void XmlParser::onText(void* self, const char* text, int length)
{
    static_cast<XmlParser*>(self)->characters(std::string_view(text, size_t(length)));
}

void XmlParser::onDoctype(void* self, const char*, const char*, const char*, int)
{
    static_cast<XmlParser*>(self)->abort(Texts::tr("the XML has a document type declaration"));
}

XmlParser::Outcome XmlParser::outcome(int status)
{
    switch (status) {
    case XML_STATUS_OK:
        return Outcome::Done;
    case XML_STATUS_SUSPENDED:
        return Outcome::Suspended;
    default:
        return Outcome::Failed;
    }
}

XmlParser::Outcome XmlParser::feed(const char* data, qsizetype size, bool isFinal)
{
    // Pieces come from 64 KiB reads, far below expat's int limit.
    return outcome(XML_Parse(m_parser, data, int(size), isFinal ? XML_TRUE : XML_FALSE));
}

char* XmlParser::buffer(qsizetype size)
{
    return static_cast<char*>(XML_GetBuffer(m_parser, int(size)));
}

XmlParser::Outcome XmlParser::parseBuffer(qsizetype size, bool isFinal)
{
    return outcome(XML_ParseBuffer(m_parser, int(size), isFinal ? XML_TRUE : XML_FALSE));
}

XmlParser::Outcome XmlParser::resume()
{
    return outcome(XML_ResumeParser(m_parser));
}

QString XmlParser::errorText() const
{
    if (!m_abortMessage.isEmpty())
        return m_abortMessage;
    return Texts::tr("malformed XML at line %1: %2")
        .arg(line())
        .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser))));
}

qint64 XmlParser::line() const
{
    return qint64(XML_GetCurrentLineNumber(m_parser));
}

Status XmlParser::parse(ZipEntry& entry)
{
    constexpr qsizetype kPiece = 65536;
    for (;;) {
        char* piece = buffer(kPiece);
        if (piece == nullptr)
            return readerErrors::corrupt(entry.name(), Texts::tr("out of memory"));
        const Result<qint64> n = entry.read(piece, kPiece);
        if (!n)
            return n.error();
        const Outcome result = parseBuffer(n.value(), n.value() == 0);
        if (result == Outcome::Failed)
            return readerErrors::corrupt(entry.name(), errorText());
        if (result == Outcome::Suspended) // whole-part parsers never suspend; a stop is done
            return {};
        if (n.value() == 0)
            return {};
    }
}

} // namespace luotsi::core::importing
