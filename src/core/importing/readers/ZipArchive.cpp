#include "ZipArchive.h"

#include "ReaderErrors.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

Error openError(const QString& where, int code)
{
    switch (code) {
    case ZIP_ER_NOZIP:
        return readerErrors::corrupt(where, Texts::tr("not a zip archive"));
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_NOENT:
        return readerErrors::notReadable(where, zipErrorText(code));
    default:
        return readerErrors::corrupt(where, zipErrorText(code));
    }
}

} // namespace

ZipArchive::ZipArchive(zip* archive, QByteArray data)
    : m_zip(archive)
    , m_data(std::move(data))
{
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* raw = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (raw != nullptr)
            m_index.insert(normalized(QString::fromUtf8(raw)), i); // a later duplicate wins
    }
}

ZipArchive::~ZipArchive()
{
    if (m_zip != nullptr)
        zip_discard(m_zip);
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString& path)
{
    int code = 0;
    zip* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (archive == nullptr)
        return openError(path, code);
    return std::unique_ptr<ZipArchive>(new ZipArchive(archive, {}));
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QByteArray& data)
{
    zip_error_t error;
    zip_error_init(&error);
    // The archive keeps its own reference to the bytes (implicitly shared), so the source may
    // point into them for the archive's lifetime.
    QByteArray kept = data;
    zip_source_t* source =
        zip_source_buffer_create(kept.constData(), zip_uint64_t(kept.size()), 0, &error);
    if (source == nullptr) {
        zip_error_fini(&error);
        return readerErrors::corrupt({}, Texts::tr("out of memory"));
    }
    zip* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (archive == nullptr) {
        const int code = zip_error_code_zip(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        return openError({}, code);
    }
    zip_error_fini(&error);
    return std::unique_ptr<ZipArchive>(new ZipArchive(archive, std::move(kept)));
}

QString ZipArchive::normalized(const QString& name)
{
    QString n = name;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (n.startsWith(QLatin1Char('/')))
        n.remove(0, 1);
    return n.toLower();
}

qint64 ZipArchive::find(const QString& name) const
{
    return m_index.value(normalized(name), -1);
}

QString ZipArchive::name(qint64 index) const
{
    const char* raw = zip_get_name(m_zip, zip_uint64_t(index), ZIP_FL_ENC_GUESS);
    return raw == nullptr ? QString() : QString::fromUtf8(raw);
}

QStringList ZipArchive::names() const
{
    QStringList list;
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i)
        list.append(name(i));
    return list;
}

qint64 ZipArchive::declaredSize(qint64 index) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return 0;
    return st.size > zip_uint64_t(kTotalLimit) ? kTotalLimit + 1 : qint64(st.size);
}

Result<std::unique_ptr<ZipEntry>> ZipArchive::openEntry(qint64 index)
{
    const QString partName = name(index);
    zip_stat_t st;
    zip_stat_init(&st);
    if (index < 0 || zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0)
        return readerErrors::corrupt({}, Texts::tr("the part %1 cannot be found").arg(partName));
    const qint64 declared = (st.valid & ZIP_STAT_SIZE)
                                ? qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(kTotalLimit) + 1))
                                : 0;
    const qint64 compressed =
        (st.valid & ZIP_STAT_COMP_SIZE)
            ? qint64(qMin<zip_uint64_t>(st.comp_size, zip_uint64_t(kTotalLimit)))
            : 0;
    // Refuse early what the directory already admits to; the reads count the truth.
    if (declared > kTotalLimit || (declared > kPartLimit && declared > kRatioLimit * compressed))
        return readerErrors::tooLarge({}, partName);
    zip_file* file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (file == nullptr) {
        return readerErrors::corrupt({},
                                     Texts::tr("the part %1 cannot be opened: %2")
                                         .arg(partName, QString::fromUtf8(zip_strerror(m_zip))));
    }
    return std::unique_ptr<ZipEntry>(new ZipEntry(*this, file, partName, declared, compressed));
}

Result<QByteArray> ZipArchive::readAll(qint64 index, qint64 limit)
{
    auto entry = openEntry(index);
    if (!entry)
        return entry.error();
    QByteArray data;
    data.reserve(qMin<qint64>(entry.value()->declaredSize(), qMin<qint64>(limit, 64 << 20)));
    char buffer[65536];
    for (;;) {
        const Result<qint64> n = entry.value()->read(buffer, sizeof buffer);
        if (!n)
            return n.error();
        if (n.value() == 0)
            break;
        if (data.size() + n.value() > limit)
            return readerErrors::tooLarge({}, entry.value()->name());
        data.append(buffer, n.value());
    }
    return data;
}

ZipEntry::ZipEntry(ZipArchive& archive, zip_file* file, QString name, qint64 declaredSize,
                   qint64 compressedSize)
    : m_archive(archive)
    , m_file(file)
    , m_name(std::move(name))
    , m_declaredSize(declaredSize)
    , m_compressedSize(compressedSize)
{}

ZipEntry::~ZipEntry()
{
    if (m_file != nullptr)
        zip_fclose(m_file);
}

Result<qint64> ZipEntry::read(char* buffer, qint64 size)
{
    const zip_int64_t n = zip_fread(m_file, buffer, zip_uint64_t(size));
    if (n < 0) {
        return readerErrors::corrupt(
            {}, Texts::tr("the part %1 cannot be unpacked: %2")
                    .arg(m_name, QString::fromUtf8(zip_file_strerror(m_file))));
    }
    m_inflated += n;
    m_archive.m_totalInflated += n;
    if ((m_inflated > ZipArchive::kPartLimit &&
         m_inflated > ZipArchive::kRatioLimit * m_compressedSize) ||
        m_archive.m_totalInflated > ZipArchive::kTotalLimit)
        return readerErrors::tooLarge({}, m_name);
    return qint64(n);
}

} // namespace luotsi::core::importing
