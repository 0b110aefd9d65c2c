#pragma once

#include "core/Result.h"
#include "core/importing/mapping/ColumnMapping.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace luotsi::core::importing {

// Saved column mappings ("profiles"), one JSON file each in a folder, so that next month's
// Sonet export is read the way the admin mapped this month's. The profile's name lives in the
// file; the file name is only derived from it.
class MappingProfileStore final
{
public:
    // The user's own profiles: QStandardPaths::AppDataLocation + "/mapping-profiles".
    static QString defaultFolder();

    explicit MappingProfileStore(QString folder = defaultFolder());
    QString folder() const { return m_folder; }

    // The names of the stored profiles, sorted; unreadable files are skipped (logged).
    QStringList list() const;
    Result<ColumnMapping> load(const QString& name) const;
    // Saves under mapping.profileName (required), replacing a profile of that name.
    Status save(const ColumnMapping& mapping);
    Status remove(const QString& name);
    // Writes one profile to a file of the admin's choice, to carry it to another machine.
    Status exportTo(const QString& name, const QString& path) const;
    // Reads a profile file and stores it (a profile of the same name is replaced).
    Result<ColumnMapping> importFrom(const QString& path);

    // The stored profile made from these header texts, or from the most similar ones when at
    // least minimumScore of the headers agree (case, spacing and order ignored).
    std::optional<ColumnMapping> findFor(const QStringList& headers,
                                         double minimumScore = 0.8) const;
    // How alike two header lists are, 0..1 (shared headers over all distinct headers).
    static double headerSimilarity(const QStringList& a, const QStringList& b);

private:
    struct Entry
    {
        QString path;
        ColumnMapping mapping;
    };
    QList<Entry> readAll() const;
    QString pathFor(const QString& name) const;

    QString m_folder;
};

} // namespace luotsi::core::importing
