#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace luotsi::core::importing {

// A read-only view of an OLE2 compound file (CFB), the container of .xls workbooks and of
// password-encrypted .xlsx files. Every sector number, chain and size is checked against the
// file, so a damaged or hostile file gives an error, never a read outside it or an endless loop.
class CompoundFile final
{
public:
    static bool hasSignature(QByteArrayView head);
    static Result<CompoundFile> parse(const QByteArray& data);

    // Whether a stream of that name exists anywhere in the file (case-insensitive).
    bool hasStream(QStringView name) const;
    // A stream's bytes, whole.
    Result<QByteArray> stream(QStringView name) const;

private:
    struct Entry
    {
        QString name;
        int type = 0; // 1 storage, 2 stream, 5 root
        quint32 start = 0;
        quint64 size = 0;
    };

    quint32 u32(qint64 offset) const;
    qint64 sectorOffset(quint32 sector) const;
    Result<std::vector<quint32>> chain(quint32 start, const std::vector<quint32>& table) const;
    Result<QByteArray> readRegular(quint32 start, quint64 size) const;
    Result<QByteArray> readMini(quint32 start, quint64 size) const;
    const Entry* find(QStringView name) const;

    QByteArray m_data;
    int m_sectorShift = 9;
    quint32 m_miniCutoff = 4096;
    std::vector<quint32> m_fat;
    std::vector<quint32> m_miniFat;
    std::vector<Entry> m_entries;
    QByteArray m_miniStream;
};

} // namespace luotsi::core::importing
