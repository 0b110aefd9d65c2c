#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/duplicates/DuplicateGroup.h"
#include "core/register/Customer.h"

#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace luotsi::storage {

// The duplicate finder's storage: the customers' matching fields read in bulk, the runs and the
// groups they found, and the admins' decisions.
class DuplicateRepository final
{
public:
    explicit DuplicateRepository(Database& database);

    // Customers the filter selects.
    core::Result<qint64> countCustomers(const core::duplicates::DuplicateFilter& filter);
    // Calls visit with every customer the filter selects, in id order, with the fields the
    // matching engine reads (name, kind, business ID, addresses, phone and e-mail channels,
    // contacts); other fields are left empty. Four ordered scans joined in memory: about a
    // million customers in half a minute. visit returns false to stop.
    core::Status forEachMatchSource(const core::duplicates::DuplicateFilter& filter,
                                    const std::function<bool(const core::Customer&)>& visit);

    // Pairs (a < b) an admin said are two customers.
    core::Result<QList<std::pair<qint64, qint64>>> notDuplicates();
    core::Status addNotDuplicates(const QList<std::pair<qint64, qint64>>& pairs, qint64 userId);

    // Stores a finished run and its groups (ids set in place). The open groups of earlier runs
    // become obsolete; a group an admin put off for later keeps that status when the run finds
    // the same members again. The caller holds the transaction.
    core::Status saveRun(core::duplicates::DuplicateRun& run,
                         QList<core::duplicates::DuplicateGroup>& groups, qint64 userId);
    core::Result<std::optional<core::duplicates::DuplicateRun>> latestRun();
    core::Result<QList<core::duplicates::DuplicateGroup>> openGroups(bool includeLater);
    core::Result<core::duplicates::DuplicateGroup> group(qint64 groupId);
    core::Result<qint64> openGroupCount();
    core::Status setStatus(qint64 groupId, core::duplicates::DuplicateGroupStatus status,
                           qint64 userId, qint64 mergeId = 0);

private:
    core::Status loadMembersAndPairs(QList<core::duplicates::DuplicateGroup>& groups);

    Database& m_database;
};

} // namespace luotsi::storage
