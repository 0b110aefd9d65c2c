// The XML scanner of the big workbook parts and the source that reads ahead of it: tokens as an
// XML parser gives them, whatever the pieces the bytes arrive in, and every broken or cut-short
// document an error.

#include "core/importing/readers/XmlScanner.h"
#include "ReaderTestSupport.h"
#include "core/importing/readers/ReadAheadSource.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

#include <cstring>

using namespace luotsi::core;
using namespace luotsi::core::importing;
using namespace luotsi::test;

namespace {

// Bytes from memory in pieces of a given size; an error after them when asked.
class MemorySource final : public ByteSource
{
public:
    explicit MemorySource(QByteArray data, qint64 piece = 1 << 20, bool failAtEnd = false)
        : m_data(std::move(data))
        , m_piece(piece)
        , m_failAtEnd(failAtEnd)
    {}

    Result<qint64> read(char* buffer, qint64 size) override
    {
        const qint64 n = qMin(qMin(size, m_piece), m_data.size() - m_at);
        if (n == 0 && m_failAtEnd)
            return Error{QStringLiteral("the source broke"), {}};
        std::memcpy(buffer, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }

private:
    QByteArray m_data;
    qint64 m_piece;
    bool m_failAtEnd;
    qint64 m_at = 0;
};

// Every token as text: "<c r=A1 t=s>", "</c>", "'text'", or "error: ..." last.
std::string tokens(ByteSource& source)
{
    XmlScanner scanner(source);
    std::string out;
    for (;;) {
        const Result<XmlScanner::Token> token = scanner.next();
        if (!token)
            return out + "error: " + s(token.error().message);
        switch (token.value()) {
        case XmlScanner::Token::StartElement:
            out += "<" + std::string(scanner.name());
            for (const XmlScanner::Attribute& a : scanner.attributes())
                out += " " + std::string(a.name) + "=" + std::string(a.value);
            out += ">";
            break;
        case XmlScanner::Token::EndElement:
            out += "</" + std::string(scanner.name()) + ">";
            break;
        case XmlScanner::Token::Text: {
            const Result<std::string_view> text = scanner.text();
            if (!text)
                return out + "error: " + s(text.error().message);
            out += "'" + std::string(text.value()) + "'";
            break;
        }
        case XmlScanner::Token::EndOfDocument:
            return out;
        }
    }
}

std::string tokens(const QByteArray& xml, qint64 piece = 1 << 20)
{
    MemorySource source(xml, piece);
    return tokens(source);
}

bool failsWith(const std::string& result, const std::string& part)
{
    return result.find("error:") != std::string::npos && result.find(part) != std::string::npos;
}

} // namespace

TEST(XmlScannerTest, ElementsAttributesAndTextWithPrefixesDropped)
{
    EXPECT_EQ(tokens("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<x:worksheet xmlns:x=\"urn:x\"><x:row r='1' spans=\"1:2\">"
                     "<x:c r=\"A1\" t=\"s\"><x:v>12</x:v></x:c><c r=\"B1\"/></x:row>"
                     "</x:worksheet>\n"),
              "<worksheet x=urn:x><row r=1 spans=1:2><c r=A1 t=s><v>'12'</v></c><c r=B1></c>"
              "</row></worksheet>");
}

TEST(XmlScannerTest, EntitiesReferencesCdataCommentsAndLineEnds)
{
    EXPECT_EQ(tokens("<a><!-- a comment --><?pi data?>"
                     "<t>&lt;&amp;&gt;&quot;&apos; &#228;&#xF6;&#x1F600;</t>"
                     "<t><![CDATA[<raw> & ]]></t><t>one\r\ntwo\rthree</t>"
                     "<b v=\"x&amp;y&#10;z\r\nw\"/></a>"),
              "<a><t>'<&>\"' ä\xc3\xb6\xf0\x9f\x98\x80'</t><t>'<raw> & '</t>"
              "<t>'one\ntwo\nthree'</t><b v=x&y\nz w></b></a>");
}

TEST(XmlScannerTest, ATagMayHoldGreaterThanInsideQuotes)
{
    EXPECT_EQ(tokens("<a><b x=\"1>2\" y='>'>t</b></a>"), "<a><b x=1>2 y=>>'t'</b></a>");
}

TEST(XmlScannerTest, PiecesOfAnySizeGiveTheSameTokens)
{
    QByteArray xml = "<?xml version=\"1.0\"?><sst count=\"3\">";
    for (int i = 0; i < 40; ++i)
        xml += "<si><t xml:space=\"preserve\">Oy Äijälä &amp; Co " + QByteArray::number(i) +
               "</t></si><!-- c --><si><r><t>rich</t></r><![CDATA[x]]></si>";
    xml += "</sst>";
    const std::string whole = tokens(xml);
    ASSERT_EQ(whole.find("error"), std::string::npos) << whole;
    for (qint64 piece : {1, 2, 3, 7, 64, 1000})
        EXPECT_EQ(tokens(xml, piece), whole) << piece;
}

TEST(XmlScannerTest, ACutShortDocumentIsAnErrorNeverAShorterOne)
{
    const QByteArray xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                           "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row></sheetData></worksheet>";
    ASSERT_EQ(tokens(xml).find("error"), std::string::npos);
    for (qsizetype cut = 1; cut < xml.size(); ++cut) {
        const std::string result = tokens(xml.left(cut));
        EXPECT_NE(result.find("error:"), std::string::npos) << cut << ": " << result;
    }
}

TEST(XmlScannerTest, BrokenDocumentsSayWhatIsWrong)
{
    EXPECT_TRUE(failsWith(tokens("<a><b></a>"), "does not close <b>"));
    EXPECT_TRUE(failsWith(tokens("<a></a></a>"), "end tag without its start tag"));
    EXPECT_TRUE(failsWith(tokens("<a/><b/>"), "second root"));
    EXPECT_TRUE(failsWith(tokens("text<a/>"), "outside the root"));
    EXPECT_TRUE(failsWith(tokens("<a b=\"1\"c=\"2\"/>"), "not separated"));
    EXPECT_TRUE(failsWith(tokens("<a b=1/>"), "without quotes"));
    EXPECT_TRUE(failsWith(tokens("<a>&nbsp;</a>"), "entity"));
    EXPECT_TRUE(failsWith(tokens("<a>&#0;</a>"), "entity"));
    EXPECT_TRUE(failsWith(tokens("<a>\x01</a>"), "control character"));
    EXPECT_TRUE(failsWith(tokens("<a>\xff\xfe</a>"), "not valid UTF-8"));
    EXPECT_TRUE(failsWith(tokens("<a>\xc3</a>"), "not valid UTF-8"));
    EXPECT_TRUE(failsWith(tokens("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>"), "document type"));
    EXPECT_TRUE(failsWith(tokens(""), "empty"));
    EXPECT_TRUE(failsWith(tokens("<?xml version=\"1.0\" encoding=\"EBCDIC\"?><a/>"), "EBCDIC"));
}

TEST(XmlScannerTest, Utf16AndLatin1PartsAreReadAsUtf8)
{
    const QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                                       "<a t=\"ä\">Öljy</a>");
    for (auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(xml);
        EXPECT_EQ(tokens(bytes, 5), "<a t=ä>'Öljy'</a>");
    }
    const QByteArray latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xd6ljy \xe4</a>";
    EXPECT_EQ(tokens(latin1, 3), "<a>'Öljy ä'</a>");
}

TEST(ReadAheadSourceTest, DeliversEveryByteInOrderThenTheInnerError)
{
    QByteArray data;
    for (int i = 0; i < 100000; ++i)
        data += char('a' + i % 26);
    MemorySource inner(data, 777, true);
    ReadAheadSource ahead(inner, 4096, 3);
    QByteArray read;
    char buffer[1000];
    for (;;) {
        const Result<qint64> n = ahead.read(buffer, sizeof buffer);
        if (!n) {
            EXPECT_EQ(s(n.error().message), "the source broke");
            break;
        }
        ASSERT_GT(n.value(), 0) << "the end came without the inner error";
        read.append(buffer, n.value());
    }
    EXPECT_EQ(read, data);
    EXPECT_EQ(ahead.delivered(), data.size());
}

TEST(ReadAheadSourceTest, StopsWhenItsReaderGoesAwayEarly)
{
    MemorySource inner(QByteArray(10 << 20, 'x'), 1 << 16);
    auto ahead = std::make_unique<ReadAheadSource>(inner, 1 << 16, 2);
    char buffer[10];
    ASSERT_TRUE(ahead->read(buffer, sizeof buffer).ok());
    ahead.reset(); // must not hang waiting for a consumer
    SUCCEED();
}
