#pragma once

#include "core/Result.h"
#include "core/register/Customer.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/CustomerRepository.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/MatchKeyRepository.h"
#include "core/storage/MergeRepository.h"

namespace luotsi::core {
class Workspace;
}

namespace luotsi::storage {
class SearchIndex;
}

namespace luotsi::core::merging {

class MergeParticipants;

// What a merge and its undo work with: the repositories on the workspace's connection, the
// participants and the user doing it.
struct MergeContext
{
    MergeContext(Workspace& workspace, MergeParticipants& participants);

    storage::Database& database;
    storage::SearchIndex& searchIndex;
    MergeParticipants& participants;
    qint64 userId;
    bool userIsAdmin;
    storage::CustomerRepository customers;
    storage::AuditRepository audit;
    storage::MergeRepository merges;
    storage::MatchKeyRepository matchKeys;
    storage::DirectoryRepository directory;

    // The search index and the matching engine's keys follow the customer's stored data, as
    // CustomerService keeps them on every save.
    Status reindex(const Customer& customer);
    // Gone from the search index and the matching keys.
    Status unindex(qint64 customerId);
};

} // namespace luotsi::core::merging
