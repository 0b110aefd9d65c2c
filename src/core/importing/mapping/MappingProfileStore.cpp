#include "MappingProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcProfiles, "luotsi.importing.profiles", QtWarningMsg)

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(MappingProfileStore)
};

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Texts::tr("Cannot read the profile: %1").arg(file.errorString()), path};
    return file.readAll();
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    // QSaveFile: a crash or a full disk never leaves half a profile behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Texts::tr("Cannot write the profile: %1").arg(file.errorString()), path};
    return {};
}

QSet<QString> headerSet(const QStringList& headers)
{
    QSet<QString> set;
    for (const QString& h : headers) {
        const QString normalized = h.simplified().toCaseFolded();
        if (!normalized.isEmpty())
            set.insert(normalized);
    }
    return set;
}

} // namespace

QString MappingProfileStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/mapping-profiles");
}

MappingProfileStore::MappingProfileStore(QString folder)
    : m_folder(std::move(folder))
{}

QList<MappingProfileStore::Entry> MappingProfileStore::readAll() const
{
    QList<Entry> entries;
    const QDir dir(m_folder);
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& fileName : files) {
        const QString path = dir.filePath(fileName);
        auto bytes = readFile(path);
        auto mapping =
            bytes ? ColumnMapping::fromJson(*bytes) : Result<ColumnMapping>(bytes.error());
        if (!mapping) {
            qCWarning(lcProfiles) << "skipping profile" << path << mapping.error().text();
            continue;
        }
        entries.append({path, std::move(mapping).value()});
    }
    return entries;
}

QString MappingProfileStore::pathFor(const QString& name) const
{
    // A readable, portable file name: letters and digits of the name, the rest as '-'.
    QString stem;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            stem.append(c);
        else if (!stem.endsWith(QLatin1Char('-')))
            stem.append(QLatin1Char('-'));
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    while (stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    if (stem.isEmpty())
        stem = QStringLiteral("profile");
    // Another profile whose name gives the same stem keeps its file; this one gets a number.
    const QDir dir(m_folder);
    QString candidate = stem;
    for (int n = 2;; ++n) {
        const QString path = dir.filePath(candidate + QStringLiteral(".json"));
        if (!QFile::exists(path))
            return path;
        auto bytes = readFile(path);
        auto other = bytes ? ColumnMapping::fromJson(*bytes) : Result<ColumnMapping>(bytes.error());
        if (other && other->profileName == name)
            return path;
        candidate = stem + QLatin1Char('-') + QString::number(n);
    }
}

QStringList MappingProfileStore::list() const
{
    QStringList names;
    for (const Entry& e : readAll())
        names.append(e.mapping.profileName);
    names.sort(Qt::CaseInsensitive);
    return names;
}

Result<ColumnMapping> MappingProfileStore::load(const QString& name) const
{
    for (Entry& e : readAll()) {
        if (e.mapping.profileName == name)
            return std::move(e.mapping);
    }
    return Error{Texts::tr("No mapping profile named \"%1\".").arg(name), m_folder};
}

Status MappingProfileStore::save(const ColumnMapping& mapping)
{
    if (mapping.profileName.trimmed().isEmpty())
        return Error{Texts::tr("A profile needs a name."), m_folder};
    if (!QDir().mkpath(m_folder))
        return Error{Texts::tr("Cannot create the profile folder."), m_folder};
    return writeFile(pathFor(mapping.profileName), mapping.toJson());
}

Status MappingProfileStore::remove(const QString& name)
{
    for (const Entry& e : readAll()) {
        if (e.mapping.profileName != name)
            continue;
        if (!QFile::remove(e.path))
            return Error{Texts::tr("Cannot remove the profile file."), e.path};
        return {};
    }
    return Error{Texts::tr("No mapping profile named \"%1\".").arg(name), m_folder};
}

Status MappingProfileStore::exportTo(const QString& name, const QString& path) const
{
    auto mapping = load(name);
    if (!mapping)
        return mapping.error();
    return writeFile(path, mapping->toJson());
}

Result<ColumnMapping> MappingProfileStore::importFrom(const QString& path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto mapping = ColumnMapping::fromJson(*bytes);
    if (!mapping)
        return Error{mapping.error().text(), path};
    if (mapping->profileName.trimmed().isEmpty())
        mapping.value().profileName = QFileInfo(path).completeBaseName();
    if (Status s = save(*mapping); !s)
        return s.error();
    return mapping;
}

double MappingProfileStore::headerSimilarity(const QStringList& a, const QStringList& b)
{
    const QSet<QString> left = headerSet(a);
    const QSet<QString> right = headerSet(b);
    const QSet<QString> all = left + right;
    if (all.isEmpty())
        return 0.0;
    return double((left & right).size()) / double(all.size());
}

std::optional<ColumnMapping> MappingProfileStore::findFor(const QStringList& headers,
                                                          double minimumScore) const
{
    std::optional<ColumnMapping> best;
    double bestScore = minimumScore;
    for (Entry& e : readAll()) {
        const double score = headerSimilarity(headers, e.mapping.headers());
        if (score >= bestScore && (!best || score > bestScore)) {
            bestScore = score;
            best = std::move(e.mapping);
        }
    }
    return best;
}

} // namespace luotsi::core::importing
