#include "Workspace.h"

#include <QDir>
#include <QFileInfo>

#include "register/CustomerService.h"
#include "segments/SegmentCatalog.h"
#include "segments/SegmentationService.h"
#include "storage/Database.h"
#include "storage/DirectoryRepository.h"
#include "storage/Migrator.h"
#include "storage/SearchIndex.h"

namespace luotsi::core {

namespace {
// The schema (migrations/0003_import.sql) that brought the matching engine's key table.
constexpr int matchKeysIntroducedInSchema = 3;
} // namespace

Workspace::~Workspace()
{
    // Services hold statements on the connection: they go before the database.
    m_segmentation.reset();
    m_segmentCatalog.reset();
    m_customers.reset();
    m_searchIndex.reset();
    m_database.reset();
}

QString Workspace::systemLogin()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return login.isEmpty() ? QStringLiteral("user") : login;
}

QString Workspace::path() const
{
    return m_database->path();
}

QString Workspace::settingsFile(const QString& fileName) const
{
    return QFileInfo(path()).dir().filePath(fileName);
}

Result<matching::MatchSettings> Workspace::matchSettings() const
{
    const QString file = settingsFile(matchSettingsFileName());
    if (!QFileInfo::exists(file))
        return matching::MatchSettings{};
    return matching::MatchSettings::load(file);
}

Result<merging::SurvivorshipSettings> Workspace::survivorshipSettings() const
{
    const QString file = settingsFile(survivorshipSettingsFileName());
    if (!QFileInfo::exists(file))
        return merging::SurvivorshipSettings{};
    return merging::SurvivorshipSettings::load(file);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const QString& login,
                                                   const QString& displayName)
{
    auto database = storage::Database::openSqlite(path);
    if (!database)
        return database.error();
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->m_database = std::move(database).value();
    storage::Migrator migrator(*workspace->m_database);
    const auto before = migrator.currentVersion();
    if (!before)
        return before.error();
    if (auto status = migrator.migrate(); !status)
        return status.error();
    auto user = storage::DirectoryRepository(*workspace->m_database).ensureUser(login, displayName);
    if (!user)
        return user.error();
    workspace->m_user = *user;
    workspace->m_searchIndex = storage::createSearchIndex(*workspace->m_database);
    // A register from before the search index has customers the new, empty index does not know.
    if (*before > 0 && *before < storage::SearchIndex::introducedInSchema) {
        if (auto status = workspace->m_searchIndex->rebuild(); !status)
            return status.error();
    }
    workspace->m_customers = std::make_unique<CustomerService>(
        *workspace->m_database, *workspace->m_searchIndex, workspace->m_user.id);
    // A register from before the matching keys has customers an import could not find.
    if (*before > 0 && *before < matchKeysIntroducedInSchema) {
        if (auto status = workspace->m_customers->rebuildMatchKeys(); !status)
            return status.error();
    }
    workspace->m_segmentCatalog = std::make_unique<segments::SegmentCatalog>(*workspace);
    workspace->m_segmentation = std::make_unique<segments::SegmentationService>(*workspace);
    return workspace;
}

} // namespace luotsi::core
