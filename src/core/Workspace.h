#pragma once

#include "core/matching/MatchSettings.h"
#include "core/merging/SurvivorshipSettings.h"

#include "Result.h"
#include "register/Customer.h"

#include <memory>

namespace luotsi::storage {
class Database;
class SearchIndex;
} // namespace luotsi::storage

namespace luotsi::core {

class CustomerService;
namespace segments {
class SegmentCatalog;
class SegmentationService;
} // namespace segments

// One open register: the database (migrated to this build's schema), its search index, the
// services on it and the user working in it. The app and luotsi-admin each open one; a worker
// thread opens its own on the same path.
class Workspace final
{
public:
    ~Workspace();

    // Opens or creates the register at path, migrates it, and signs in the user with this login
    // (created on first use).
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const QString& login,
                                                   const QString& displayName);
    // The login of the person running the program (from the environment).
    static QString systemLogin();

    storage::Database& database() { return *m_database; }
    storage::SearchIndex& searchIndex() { return *m_searchIndex; }
    CustomerService& customers() { return *m_customers; }
    // Segment definitions (segmentations, segments and rules, care model, targets).
    segments::SegmentCatalog& segmentCatalog() { return *m_segmentCatalog; }
    // Customers' segments: facts, runs, overrides, history.
    segments::SegmentationService& segmentation() { return *m_segmentation; }
    const User& currentUser() const { return m_user; }
    QString path() const;

    // Settings an admin tunes for everyone who uses this register, as JSON files in the register's
    // folder: matching.json (the matching engine's thresholds and weights, MatchSettings) and
    // survivorship.json (merges' source priority per field, SurvivorshipSettings). A missing file
    // means the defaults; a broken one is an error naming the file.
    static QString matchSettingsFileName() { return QStringLiteral("matching.json"); }
    static QString survivorshipSettingsFileName() { return QStringLiteral("survivorship.json"); }
    QString settingsFile(const QString& fileName) const;
    Result<matching::MatchSettings> matchSettings() const;
    Result<merging::SurvivorshipSettings> survivorshipSettings() const;

private:
    Workspace() = default;

    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<storage::SearchIndex> m_searchIndex;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<segments::SegmentCatalog> m_segmentCatalog;
    std::unique_ptr<segments::SegmentationService> m_segmentation;
    User m_user;
};

} // namespace luotsi::core
