#include "MergeService.h"

#include "MergeCommit.h"
#include "MergeContext.h"
#include "MergeFields.h"
#include "MergeParticipants.h"
#include "MergeSnapshot.h"
#include "MergeUndo.h"
#include "core/Workspace.h"
#include "core/register/CustomerJson.h"

#include <QCoreApplication>

namespace luotsi::core::merging {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(MergeService)
};

QList<qint64> idsOf(const storage::StoredMerge& merge)
{
    QList<qint64> ids;
    for (const storage::StoredMerge::Member& member : merge.members)
        ids.append(member.customerId);
    return ids;
}

} // namespace

MergeService::MergeService(Workspace& workspace, SurvivorshipSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_participants(
          std::make_unique<MergeParticipants>(workspace.database(), workspace.currentUser().id))
    , m_context(std::make_unique<MergeContext>(workspace, *m_participants))
{}

MergeService::~MergeService() = default;

QStringList MergeService::fieldCodes()
{
    return MergeFields::codes();
}

QString MergeService::fieldTitle(const QString& code)
{
    return MergeFields::title(code);
}

QString MergeService::fieldValue(const Customer& customer, const QString& code)
{
    if (code == QLatin1String("owner") && customer.ownerId != 0) {
        if (m_userNames.isEmpty()) {
            if (auto users = m_context->directory.users()) {
                for (const User& user : std::as_const(*users))
                    m_userNames.insert(user.id, user.displayName);
            }
        }
        return m_userNames.value(customer.ownerId, QString::number(customer.ownerId));
    }
    if (code == QLatin1String("parent") && customer.parentId != 0) {
        auto parent = m_context->customers.ref(customer.parentId);
        return parent ? parent->name : QString::number(customer.parentId);
    }
    return MergeFields::displayValue(customer, code);
}

Result<MergePlan> MergeService::propose(const QList<qint64>& customerIds)
{
    QList<qint64> ids;
    for (qint64 id : customerIds) {
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.size() < 2)
        return Error{Texts::tr("Choose at least two customers to merge."), {}};
    QList<MergeCandidate> candidates;
    for (qint64 id : std::as_const(ids)) {
        auto customer = m_context->customers.load(id);
        if (!customer)
            return customer.error();
        auto sources = m_context->merges.fieldSources(id);
        if (!sources)
            return sources.error();
        candidates.append({*customer, *sources});
    }
    return SurvivorshipRules(m_settings).propose(candidates);
}

Result<Customer> MergeService::preview(const MergePlan& plan)
{
    auto draft = MergeCommit(*m_context).draft(plan);
    if (!draft)
        return draft.error();
    return draft->merged;
}

Result<qint64> MergeService::merge(const MergePlan& plan)
{
    auto mergeId = MergeCommit(*m_context).run(plan);
    if (mergeId)
        emit customersMerged(*mergeId, plan.survivorId, plan.memberIds);
    return mergeId;
}

Status MergeService::undo(qint64 mergeId)
{
    auto merge = MergeUndo(*m_context).run(mergeId);
    if (!merge)
        return merge.error();
    emit mergeUndone(mergeId, merge->survivorId, idsOf(*merge));
    return {};
}

Result<QList<MergeRecord>> MergeService::history(int limit)
{
    return records(0, limit);
}

Result<QList<MergeRecord>> MergeService::mergesOf(qint64 customerId)
{
    if (customerId == 0)
        return QList<MergeRecord>{};
    return records(customerId, 1000);
}

Result<QList<MergeRecord>> MergeService::records(qint64 survivorId, int limit)
{
    auto merges = m_context->merges.list(survivorId, limit);
    if (!merges)
        return merges.error();
    QList<MergeRecord> records;
    for (const storage::StoredMerge& merge : std::as_const(*merges)) {
        MergeRecord record;
        record.id = merge.id;
        record.survivorId = merge.survivorId;
        if (const auto after = CustomerJson::fromBytes(merge.survivorAfter))
            record.survivorName = after->name;
        record.memberIds = idsOf(merge);
        for (const storage::StoredMerge::Member& member : merge.members) {
            const auto before = CustomerJson::fromBytes(member.before);
            record.memberNames.append(before ? before->name : QString());
        }
        record.mergedAt = merge.mergedAt;
        record.userName = merge.userName;
        record.undone = merge.undone;
        record.undoneAt = merge.undoneAt;
        records.append(record);
    }
    return records;
}

} // namespace luotsi::core::merging
