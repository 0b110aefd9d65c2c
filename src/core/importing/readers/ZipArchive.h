#pragma once

#include "ByteSource.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

struct zip;
struct zip_file;

namespace luotsi::core::importing {

class ZipEntry;

// A zip archive read through libzip, from a file or from memory, that refuses to inflate more
// than a workbook can plausibly hold (zip bombs): a part may not unpack to more than 256 MiB when
// it is also compressed over 200 times, and the archive not to more than 8 GiB in all. The
// limits count the bytes actually inflated, not only the sizes the directory declares.
class ZipArchive final
{
public:
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    static Result<std::unique_ptr<ZipArchive>> open(const QString& path);
    static Result<std::unique_ptr<ZipArchive>> open(const QByteArray& data);

    // The index of a part, found whatever its case, backslashes or leading slash; -1 if absent.
    qint64 find(const QString& name) const;
    QString name(qint64 index) const;
    QStringList names() const;
    // The size the directory declares for a part (0 when unknown).
    qint64 declaredSize(qint64 index) const;

    // A part, whole; an error when it is damaged or unpacks to more than limit bytes.
    Result<QByteArray> readAll(qint64 index, qint64 limit);
    // A part, to be read in pieces.
    Result<std::unique_ptr<ZipEntry>> openEntry(qint64 index);

    static constexpr qint64 kPartLimit = 256ll << 20;
    static constexpr qint64 kRatioLimit = 200;
    static constexpr qint64 kTotalLimit = 8ll << 30;

private:
    friend class ZipEntry;
    ZipArchive(zip* archive, QByteArray data);
    static QString normalized(const QString& name);

    zip* m_zip = nullptr;
    QByteArray m_data; // the bytes an in-memory archive reads from
    QHash<QString, qint64> m_index;
    qint64 m_totalInflated = 0;
};

// One part of a ZipArchive being inflated; the archive must outlive it.
class ZipEntry final : public ByteSource
{
public:
    ~ZipEntry() override;
    ZipEntry(const ZipEntry&) = delete;
    ZipEntry& operator=(const ZipEntry&) = delete;

    // Up to size bytes into buffer: how many were read, 0 at the end of the part, or an error
    // when the data is damaged (CRC, truncation) or passes the archive's limits.
    Result<qint64> read(char* buffer, qint64 size) override;
    qint64 declaredSize() const { return m_declaredSize; }
    qint64 inflated() const { return m_inflated; }
    const QString& name() const { return m_name; }

private:
    friend class ZipArchive;
    ZipEntry(ZipArchive& archive, zip_file* file, QString name, qint64 declaredSize,
             qint64 compressedSize);

    ZipArchive& m_archive;
    zip_file* m_file = nullptr;
    QString m_name;
    qint64 m_declaredSize = 0;
    qint64 m_compressedSize = 0;
    qint64 m_inflated = 0;
};

} // namespace luotsi::core::importing
