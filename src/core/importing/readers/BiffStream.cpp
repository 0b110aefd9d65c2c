#include "BiffStream.h"

#include <QtEndian>

#include <cstring>

namespace luotsi::core::importing {

bool BiffStream::next(BiffRecord& record)
{
    if (m_position + 4 > m_stream.size()) {
        m_truncated = m_position < m_stream.size();
        return false;
    }
    const char* p = m_stream.data() + m_position;
    const quint16 type = qFromLittleEndian<quint16>(p);
    const quint16 length = qFromLittleEndian<quint16>(p + 2);
    if (m_position + 4 + length > m_stream.size()) {
        m_truncated = true;
        return false;
    }
    record.type = type;
    record.data = m_stream.sliced(m_position + 4, length);
    m_position += 4 + length;
    return true;
}

quint16 BiffStream::peekType() const
{
    if (m_position + 4 > m_stream.size())
        return 0;
    return qFromLittleEndian<quint16>(m_stream.data() + m_position);
}

qint64 BiffCursor::available()
{
    while (m_segment < m_segments.size() && m_position >= m_segments[m_segment].size()) {
        ++m_segment;
        m_position = 0;
    }
    return m_segment < m_segments.size() ? m_segments[m_segment].size() - m_position : 0;
}

bool BiffCursor::u8(quint8& value)
{
    if (available() < 1)
        return false;
    value = quint8(m_segments[m_segment][m_position]);
    ++m_position;
    return true;
}

bool BiffCursor::u16(quint16& value)
{
    quint8 lo = 0;
    quint8 hi = 0;
    if (!u8(lo) || !u8(hi))
        return false;
    value = quint16(lo | (hi << 8));
    return true;
}

bool BiffCursor::u32(quint32& value)
{
    quint16 lo = 0;
    quint16 hi = 0;
    if (!u16(lo) || !u16(hi))
        return false;
    value = quint32(lo) | (quint32(hi) << 16);
    return true;
}

bool BiffCursor::skip(qint64 count)
{
    while (count > 0) {
        const qint64 n = qMin(count, available());
        if (n == 0)
            return false;
        m_position += n;
        count -= n;
    }
    return true;
}

bool BiffCursor::bytes(qint64 count, QByteArray& out)
{
    out.clear();
    while (count > 0) {
        const qint64 n = qMin(count, available());
        if (n == 0)
            return false;
        out.append(m_segments[m_segment].data() + m_position, n);
        m_position += n;
        count -= n;
    }
    return true;
}

bool BiffCursor::unicodeString(qint64 count, QString& text)
{
    quint8 flags = 0;
    if (!u8(flags))
        return false;
    quint16 runs = 0;
    quint32 extension = 0;
    if ((flags & 0x08) && !u16(runs))
        return false;
    if ((flags & 0x04) && !u32(extension))
        return false;
    bool wide = flags & 0x01;
    text.clear();
    text.reserve(qMin<qint64>(count, 65535));
    while (count > 0) {
        const int width = wide ? 2 : 1;
        const qint64 left =
            m_segment < m_segments.size() ? m_segments[m_segment].size() - m_position : 0;
        if (left < width) {
            // The characters go on in the next CONTINUE, which starts with its own flag byte.
            if (m_segment + 1 >= m_segments.size())
                return false;
            ++m_segment;
            m_position = 0;
            if (!u8(flags))
                return false;
            wide = flags & 0x01;
            continue;
        }
        const qint64 n = qMin(count, left / width);
        const char* p = m_segments[m_segment].data() + m_position;
        for (qint64 i = 0; i < n; ++i) {
            text.append(wide ? QChar(qFromLittleEndian<quint16>(p + 2 * i))
                             : QChar(char16_t(quint8(p[i]))));
        }
        m_position += n * width;
        count -= n;
    }
    return skip(qint64(runs) * 4) && skip(extension);
}

namespace biff {

double rkValue(quint32 rk)
{
    double value = 0.0;
    if (rk & 0x02) {
        value = double(qint32(rk) >> 2);
    } else {
        const quint64 bits = quint64(rk & 0xFFFFFFFC) << 32;
        std::memcpy(&value, &bits, 8);
    }
    return (rk & 0x01) ? value / 100.0 : value;
}

QString errorText(quint8 code)
{
    switch (code) {
    case 0x00:
        return QStringLiteral("#NULL!");
    case 0x07:
        return QStringLiteral("#DIV/0!");
    case 0x0F:
        return QStringLiteral("#VALUE!");
    case 0x17:
        return QStringLiteral("#REF!");
    case 0x1D:
        return QStringLiteral("#NAME?");
    case 0x24:
        return QStringLiteral("#NUM!");
    case 0x2A:
        return QStringLiteral("#N/A");
    default:
        return QStringLiteral("#N/A");
    }
}

// The ICU name of a Windows code page id as BIFF5 stores it.
QByteArray codePageName(int codePage)
{
    switch (codePage) {
    case 367:
        return "US-ASCII";
    case 932:
        return "Shift_JIS";
    case 936:
        return "GBK";
    case 949:
        return "windows-949";
    case 950:
        return "Big5";
    case 1361:
        return "Johab";
    case 10000:
    case 32768:
        return "macintosh";
    case 10006:
        return "x-mac-greek";
    case 10007:
        return "x-mac-cyrillic";
    case 10029:
        return "x-mac-centraleurroman";
    case 10079:
        return "x-mac-icelandic";
    case 10081:
        return "x-mac-turkish";
    case 32769:
        return "windows-1252";
    default:
        break;
    }
    if (codePage >= 1250 && codePage <= 1258)
        return "windows-" + QByteArray::number(codePage);
    if (codePage == 874)
        return "windows-874";
    if (codePage >= 437 && codePage <= 869)
        return "IBM" + QByteArray::number(codePage);
    return "windows-1252";
}

} // namespace biff

} // namespace luotsi::core::importing
