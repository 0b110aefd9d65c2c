#include "CsvDialect.h"

#include "ReaderErrors.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <cstring>

namespace luotsi::core::importing::csvDialect {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

bool startsWith(QByteArrayView head, const char* bytes, qsizetype length)
{
    return head.size() >= length && std::memcmp(head.data(), bytes, size_t(length)) == 0;
}

Error utf32()
{
    return {Texts::tr("the file is UTF-32 text, which is not supported; save it as UTF-8 or "
                      "UTF-16"),
            {}};
}

} // namespace

bool isUtf8(QByteArrayView bytes, bool atEnd)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned c = *p;
        int extra = 0;
        unsigned min = 0;
        if (c < 0x80) {
            ++p;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            min = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra) {
            // Cut off by the block: fine unless the file ends here. Check what is there.
            if (atEnd)
                return false;
            for (const auto* q = p + 1; q < end; ++q) {
                if ((*q & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        unsigned code = c & (0x3F >> extra);
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

Result<EncodingGuess> detectEncoding(QByteArrayView head, bool atEnd)
{
    if (startsWith(head, "\xEF\xBB\xBF", 3))
        return EncodingGuess{TextEncoding::Utf8, 3, false};
    if (startsWith(head, "\xFF\xFE\x00\x00", 4) || startsWith(head, "\x00\x00\xFE\xFF", 4))
        return utf32();
    if (startsWith(head, "\xFF\xFE", 2))
        return EncodingGuess{TextEncoding::Utf16LE, 2, false};
    if (startsWith(head, "\xFE\xFF", 2))
        return EncodingGuess{TextEncoding::Utf16BE, 2, false};

    // No mark: NUL bytes in a pattern give UTF-16 or UTF-32 away (ASCII characters have a zero
    // high byte); scattered control bytes give a binary file away.
    const qsizetype n = qMin<qsizetype>(head.size(), 4096) & ~qsizetype(3);
    std::array<qsizetype, 4> zeros{};
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = quint8(head[i]);
        if (c == 0)
            ++zeros[size_t(i % 4)];
        else if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B))
            ++control;
    }
    const qsizetype quarter = n / 4;
    if (quarter > 0) {
        auto mostly = [&](size_t i) { return zeros[i] * 10 >= quarter * 9; };
        auto rarely = [&](size_t i) { return zeros[i] * 10 <= quarter; };
        if ((mostly(1) && mostly(2) && mostly(3) && rarely(0)) ||
            (mostly(0) && mostly(1) && mostly(2) && rarely(3)))
            return utf32();
        const qsizetype evenZeros = zeros[0] + zeros[2];
        const qsizetype oddZeros = zeros[1] + zeros[3];
        if (oddZeros * 10 >= n / 2 * 4 && evenZeros * 10 <= n / 2)
            return EncodingGuess{TextEncoding::Utf16LE, 0, false};
        if (evenZeros * 10 >= n / 2 * 4 && oddZeros * 10 <= n / 2)
            return EncodingGuess{TextEncoding::Utf16BE, 0, false};
    }
    const qsizetype zeroCount = zeros[0] + zeros[1] + zeros[2] + zeros[3];
    if (n >= 16 && (control + zeroCount) * 10 > n) {
        return Error{Texts::tr("the file is neither a spreadsheet nor text (it holds binary "
                               "data)"),
                     {}};
    }
    bool ascii = true;
    for (char c : head) {
        if (quint8(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return EncodingGuess{TextEncoding::Utf8, 0, true};
    return EncodingGuess{isUtf8(head, atEnd) ? TextEncoding::Utf8 : TextEncoding::Windows1252, 0,
                         false};
}

QChar detectDelimiter(QStringView sample, bool complete)
{
    static constexpr std::array<char16_t, 3> candidates{u';', u',', u'\t'};
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current{};
    bool quoted = false;
    bool any = false;
    int records = 0;
    auto endRecord = [&] {
        if (any) {
            for (size_t c = 0; c < candidates.size(); ++c)
                counts[c].append(current[c]);
        }
        current = {};
        any = false;
        ++records;
    };
    for (qsizetype i = 0; i < sample.size() && records < 100; ++i) {
        const char16_t ch = sample[i].unicode();
        if (ch == u'"') {
            quoted = !quoted; // "" inside quotes toggles twice: no harm
            any = true;
        } else if (!quoted && (ch == u'\n' || ch == u'\r')) {
            endRecord();
            if (ch == u'\r' && i + 1 < sample.size() && sample[i + 1] == u'\n')
                ++i;
        } else {
            any = true;
            for (size_t c = 0; c < candidates.size(); ++c) {
                if (!quoted && ch == candidates[c])
                    ++current[c];
            }
        }
    }
    if (complete)
        endRecord(); // the last record of a whole file counts; a cut-off one does not
    // Most consistent first: the share of records that have the most common non-zero count;
    // then the larger count; then the order of the candidates.
    int best = -1;
    double bestShare = 0.0;
    int bestMode = 0;
    for (size_t c = 0; c < candidates.size(); ++c) {
        QHash<int, int> frequency;
        for (int count : std::as_const(counts[c])) {
            if (count > 0)
                ++frequency[count];
        }
        int mode = 0;
        int modeRecords = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > modeRecords || (it.value() == modeRecords && it.key() > mode)) {
                mode = it.key();
                modeRecords = it.value();
            }
        }
        if (mode == 0)
            continue;
        const double share = double(modeRecords) / double(counts[c].size());
        if (best < 0 || share > bestShare + 1e-9 || (share > bestShare - 1e-9 && mode > bestMode)) {
            best = int(c);
            bestShare = share;
            bestMode = mode;
        }
    }
    return QChar(best < 0 ? u';' : candidates[size_t(best)]);
}

} // namespace luotsi::core::importing::csvDialect
