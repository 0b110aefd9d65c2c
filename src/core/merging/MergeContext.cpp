#include "MergeContext.h"

#include "core/Workspace.h"
#include "core/matching/BlockingKeys.h"
#include "core/matching/PreparedRecord.h"
#include "core/register/CustomerMatchRecord.h"
#include "core/storage/SearchIndex.h"

namespace luotsi::core::merging {

MergeContext::MergeContext(Workspace& workspace, MergeParticipants& participants)
    : database(workspace.database())
    , searchIndex(workspace.searchIndex())
    , participants(participants)
    , userId(workspace.currentUser().id)
    , userIsAdmin(workspace.currentUser().role == UserRole::Admin)
    , customers(workspace.database())
    , audit(workspace.database())
    , merges(workspace.database())
    , matchKeys(workspace.database())
    , directory(workspace.database())
{}

Status MergeContext::reindex(const Customer& customer)
{
    if (auto status = searchIndex.reindex(customer.id); !status)
        return status;
    return matchKeys.replace(customer.id,
                             matching::BlockingKeys::keyStrings(
                                 matching::PreparedRecord::prepare(matchRecordOf(customer))));
}

Status MergeContext::unindex(qint64 customerId)
{
    if (auto status = searchIndex.remove(customerId); !status)
        return status;
    return matchKeys.remove(customerId);
}

} // namespace luotsi::core::merging
