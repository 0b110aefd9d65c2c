#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace luotsi::core::importing {

// One BIFF record: its type and payload (a view into the workbook stream).
struct BiffRecord
{
    quint16 type = 0;
    QByteArrayView data;
};

// Walks the records of a BIFF workbook stream from a position. A record that runs past the end
// of the stream ends the walk and marks the stream truncated.
class BiffStream final
{
public:
    explicit BiffStream(QByteArrayView stream, qint64 position = 0)
        : m_stream(stream)
        , m_position(position)
    {}

    bool next(BiffRecord& record);
    // The type of the record next() would return, or 0 at the end.
    quint16 peekType() const;
    bool truncated() const { return m_truncated; }
    qint64 position() const { return m_position; }

private:
    QByteArrayView m_stream;
    qint64 m_position = 0;
    bool m_truncated = false;
};

// Reads little-endian values and strings from a record and the CONTINUE records after it, as one
// byte sequence: Excel splits long shared-string tables and strings across records, and starts
// the characters in each continuation with a fresh "16-bit or compressed" flag byte. Every read
// checks the bytes are there; false means the data ran out.
class BiffCursor final
{
public:
    explicit BiffCursor(std::vector<QByteArrayView> segments)
        : m_segments(std::move(segments))
    {}

    bool u8(quint8& value);
    bool u16(quint16& value);
    bool u32(quint32& value);
    bool skip(qint64 count);
    // The body of a BIFF8 XLUnicodeString after its length: flags, rich-text and phonetic
    // headers, count characters (continuing across records), then the runs and extension skipped.
    bool unicodeString(qint64 count, QString& text);
    // count raw bytes (BIFF5 8-bit text, decoded by the caller's code page).
    bool bytes(qint64 count, QByteArray& out);

private:
    // Bytes left in the current segment, moving on to the next when this one is used up.
    qint64 available();

    std::vector<QByteArrayView> m_segments;
    size_t m_segment = 0;
    qint64 m_position = 0;
};

// Small decoders of BIFF values.
namespace biff {

// An RK number: a 30-bit integer or the top of a double, optionally divided by 100.
double rkValue(quint32 rk);
// The text of a BIFF error code (0x07 -> "#DIV/0!").
QString errorText(quint8 code);
// The ICU name of a Windows code page id as BIFF5 stores it (1252 -> "windows-1252").
QByteArray codePageName(int codePage);

} // namespace biff

} // namespace luotsi::core::importing
