#include "CompoundFile.h"

#include "ReaderErrors.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kFreeSector = 0xFFFFFFFF;
constexpr quint32 kMaxRegularSector = 0xFFFFFFFA;
constexpr int kMiniSectorSize = 64;

Error damaged(const QString& detail)
{
    return readerErrors::corrupt({}, Texts::tr("compound file: %1").arg(detail));
}

} // namespace

bool CompoundFile::hasSignature(QByteArrayView head)
{
    static const char signature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    return head.size() >= 8 && std::memcmp(head.data(), signature, 8) == 0;
}

quint32 CompoundFile::u32(qint64 offset) const
{
    if (offset < 0 || offset + 4 > m_data.size())
        return kFreeSector;
    return qFromLittleEndian<quint32>(m_data.constData() + offset);
}

qint64 CompoundFile::sectorOffset(quint32 sector) const
{
    return (qint64(sector) + 1) << m_sectorShift;
}

Result<std::vector<quint32>> CompoundFile::chain(quint32 start,
                                                 const std::vector<quint32>& table) const
{
    std::vector<quint32> sectors;
    std::vector<bool> seen(table.size(), false);
    for (quint32 s = start; s != kEndOfChain;) {
        if (s >= table.size())
            return damaged(Texts::tr("sector %1 is outside the file").arg(s));
        if (seen[s])
            return damaged(Texts::tr("a sector chain loops"));
        seen[s] = true;
        sectors.push_back(s);
        s = table[s];
    }
    return sectors;
}

Result<CompoundFile> CompoundFile::parse(const QByteArray& data)
{
    CompoundFile file;
    file.m_data = data;
    if (data.size() < 512 || !hasSignature(data))
        return damaged(Texts::tr("the header is missing"));
    const quint16 shift = qFromLittleEndian<quint16>(data.constData() + 30);
    if (shift != 9 && shift != 12)
        return damaged(Texts::tr("unknown sector size"));
    file.m_sectorShift = shift;
    file.m_miniCutoff = file.u32(56);
    const qint64 sectorSize = qint64(1) << shift;
    // Sectors the file really has; no table may name more.
    const qint64 sectorCount =
        qMax<qint64>(0, (data.size() - sectorSize + sectorSize - 1) / sectorSize);

    // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
    std::vector<quint32> fatSectors;
    // Writers overstate the FAT's size; what the file cannot hold is left out (and any chain
    // that needs it fails where it does).
    const quint32 fatCount = quint32(qMin<qint64>(file.u32(44), sectorCount));
    for (int i = 0; i < 109 && fatSectors.size() < fatCount; ++i)
        fatSectors.push_back(file.u32(76 + 4 * i));
    quint32 difat = file.u32(68);
    const qint64 perDifat = sectorSize / 4 - 1;
    for (qint64 hops = 0; difat < kMaxRegularSector && fatSectors.size() < fatCount; ++hops) {
        if (hops > sectorCount || difat >= sectorCount)
            return damaged(Texts::tr("the DIFAT chain is broken"));
        const qint64 base = file.sectorOffset(difat);
        for (qint64 i = 0; i < perDifat && fatSectors.size() < fatCount; ++i)
            fatSectors.push_back(file.u32(base + 4 * i));
        difat = file.u32(base + 4 * perDifat);
    }
    for (quint32 s : fatSectors) {
        if (s >= sectorCount) {
            file.m_fat.insert(file.m_fat.end(), size_t(sectorSize / 4), kFreeSector);
            continue;
        }
        const qint64 base = file.sectorOffset(s);
        for (qint64 i = 0; i < sectorSize / 4; ++i)
            file.m_fat.push_back(file.u32(base + 4 * i));
    }

    // The directory: 128-byte entries in a sector chain.
    auto directory = file.chain(file.u32(48), file.m_fat);
    if (!directory)
        return directory.error();
    for (quint32 s : directory.value()) {
        const qint64 base = file.sectorOffset(s);
        for (qint64 e = 0; e + 128 <= sectorSize; e += 128) {
            const qint64 at = base + e;
            if (at + 128 > data.size())
                break;
            Entry entry;
            const int nameBytes = qFromLittleEndian<quint16>(data.constData() + at + 64);
            const int chars = qBound(0, nameBytes / 2 - 1, 31);
            for (int c = 0; c < chars; ++c)
                entry.name.append(QChar(qFromLittleEndian<quint16>(data.constData() + at + 2 * c)));
            entry.type = quint8(data.at(at + 66));
            entry.start = file.u32(at + 116);
            entry.size = file.u32(at + 120);
            if (shift == 12)
                entry.size |= quint64(file.u32(at + 124)) << 32;
            file.m_entries.push_back(entry);
        }
    }
    if (file.m_entries.empty() || file.m_entries.front().type != 5)
        return damaged(Texts::tr("the root entry is missing"));

    // The mini stream (small streams' home) and its allocation table.
    const Entry& root = file.m_entries.front();
    if (root.size > 0) {
        auto mini = file.readRegular(root.start, root.size);
        if (!mini)
            return mini.error();
        file.m_miniStream = mini.value();
    }
    auto miniFat =
        file.chain(file.u32(60) >= kMaxRegularSector ? kEndOfChain : file.u32(60), file.m_fat);
    if (!miniFat)
        return miniFat.error();
    for (quint32 s : miniFat.value()) {
        const qint64 base = file.sectorOffset(s);
        for (qint64 i = 0; i < sectorSize / 4; ++i)
            file.m_miniFat.push_back(file.u32(base + 4 * i));
    }
    return file;
}

Result<QByteArray> CompoundFile::readRegular(quint32 start, quint64 size) const
{
    auto sectors = chain(start, m_fat);
    if (!sectors)
        return sectors.error();
    const qint64 sectorSize = qint64(1) << m_sectorShift;
    if (quint64(sectors.value().size()) * quint64(sectorSize) < size)
        return damaged(Texts::tr("a stream's sector chain is shorter than the stream"));
    QByteArray bytes;
    // The chain may run through sectors past the end of a cut file: reserve what can be there.
    bytes.reserve(qsizetype(qMin<quint64>(size, quint64(m_data.size()))));
    for (quint32 s : sectors.value()) {
        const qint64 want = qMin<qint64>(sectorSize, qint64(size) - bytes.size());
        if (want <= 0)
            break;
        // A file cut short within its last sectors: what is there is returned, and the
        // records the reader then misses (a sheet without its end) are the error.
        const qint64 at = sectorOffset(s);
        const qint64 have = qMin(want, m_data.size() - at);
        if (have <= 0)
            break;
        bytes.append(m_data.constData() + at, have);
    }
    return bytes;
}

Result<QByteArray> CompoundFile::readMini(quint32 start, quint64 size) const
{
    auto sectors = chain(start, m_miniFat);
    if (!sectors)
        return sectors.error();
    QByteArray bytes;
    bytes.reserve(qsizetype(qMin<quint64>(size, quint64(m_miniStream.size()))));
    for (quint32 s : sectors.value()) {
        const qint64 want = qMin<qint64>(kMiniSectorSize, qint64(size) - bytes.size());
        if (want <= 0)
            break;
        const qint64 at = qint64(s) * kMiniSectorSize;
        if (at + want > m_miniStream.size())
            return damaged(Texts::tr("a small stream runs past the mini stream"));
        bytes.append(m_miniStream.constData() + at, want);
    }
    if (quint64(bytes.size()) < size)
        return damaged(Texts::tr("a small stream is cut short"));
    return bytes;
}

const CompoundFile::Entry* CompoundFile::find(QStringView name) const
{
    for (const Entry& entry : m_entries) {
        if (entry.type == 2 && entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

bool CompoundFile::hasStream(QStringView name) const
{
    return find(name) != nullptr;
}

Result<QByteArray> CompoundFile::stream(QStringView name) const
{
    const Entry* entry = find(name);
    if (entry == nullptr)
        return damaged(Texts::tr("no stream named %1").arg(name.toString()));
    if (entry->size > quint64(m_data.size()))
        return damaged(Texts::tr("a stream is larger than the file"));
    if (entry->size < m_miniCutoff)
        return readMini(entry->start, entry->size);
    return readRegular(entry->start, entry->size);
}

} // namespace luotsi::core::importing
