#include "MergeCommit.h"

#include "MergeBuilder.h"
#include "MergeContext.h"
#include "MergeFields.h"
#include "MergeParticipants.h"
#include "MergeSnapshot.h"
#include "core/register/CustomerDiff.h"
#include "core/register/CustomerJson.h"
#include "core/storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QSet>

namespace luotsi::core::merging {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommit)
};

QString nameAndId(const Customer& customer)
{
    return QStringLiteral("%1 (%2)").arg(customer.name).arg(customer.id);
}

} // namespace

MergeCommit::MergeCommit(MergeContext& context)
    : m_context(context)
{}

Status MergeCommit::check(const MergePlan& plan)
{
    if (plan.survivorId == 0)
        return Error{Texts::tr("Choose the record that survives the merge."), {}};
    if (plan.memberIds.isEmpty())
        return Error{Texts::tr("Choose at least one record to merge into the survivor."), {}};
    QSet<qint64> group{plan.survivorId};
    for (qint64 id : plan.memberIds) {
        if (id == 0 || group.contains(id))
            return Error{Texts::tr("Customer %1 is in the merge twice.").arg(id), {}};
        group.insert(id);
    }
    for (auto it = plan.valueFrom.cbegin(); it != plan.valueFrom.cend(); ++it) {
        if (!MergeFields::isKnown(it.key()))
            return Error{Texts::tr("“%1” is not a field a merge chooses.").arg(it.key()), {}};
        if (!group.contains(it.value()))
            return Error{Texts::tr("%1 is to come from customer %2, who is not in the merge.")
                             .arg(MergeFields::title(it.key()))
                             .arg(it.value()),
                         {}};
    }
    return {};
}

Result<MergeCandidate> MergeCommit::candidate(qint64 customerId)
{
    auto customer = m_context.customers.load(customerId);
    if (!customer)
        return customer.error();
    auto sources = m_context.merges.fieldSources(customerId);
    if (!sources)
        return sources.error();
    return MergeCandidate{*customer, *sources};
}

Result<qint64> MergeCommit::parentOutsideGroup(qint64 parentId, const QList<qint64>& group)
{
    if (parentId == 0)
        return qint64(0);
    auto above = m_context.merges.ancestors(parentId);
    if (!above)
        return above.error();
    // Up from the parent, past the highest member of the group on the way: what lies between
    // comes under the merged record with the members' children.
    const QList<qint64> chain = QList<qint64>{parentId} + *above;
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        if (group.contains(chain.at(i)))
            return i + 1 < chain.size() ? chain.at(i + 1) : qint64(0);
    }
    return parentId;
}

Result<MergeDraft> MergeCommit::draft(const MergePlan& plan)
{
    if (auto status = check(plan); !status)
        return status.error();
    MergeDraft draft;
    auto survivor = candidate(plan.survivorId);
    if (!survivor)
        return survivor.error();
    draft.survivor = *survivor;
    QList<Customer> members;
    for (qint64 id : plan.memberIds) {
        auto member = candidate(id);
        if (!member)
            return member.error();
        draft.members.append(*member);
        members.append(member->customer);
    }
    draft.merged = MergeBuilder::build(draft.survivor.customer, members, plan);
    auto parent =
        parentOutsideGroup(draft.merged.parentId, QList<qint64>{plan.survivorId} + plan.memberIds);
    if (!parent)
        return parent.error();
    draft.merged.parentId = *parent;
    return draft;
}

Result<qint64> MergeCommit::run(const MergePlan& plan)
{
    if (!m_context.userIsAdmin)
        return Error{Texts::tr("Only an admin can merge customers."), {}};
    storage::TransactionGuard transaction(m_context.database.connection());
    if (!transaction.isActive())
        return transaction.beginError();
    auto draft = this->draft(plan);
    if (!draft)
        return draft.error();
    const Customer& survivor = draft->survivor.customer;

    auto mergeId = m_context.merges.addMerge(
        survivor.id, m_context.userId, MergeSnapshot{survivor, draft->survivor.sources}.toBytes());
    if (!mergeId)
        return mergeId.error();
    for (const MergeCandidate& member : std::as_const(draft->members)) {
        if (auto status = m_context.merges.addMember(
                *mergeId, member.customer.id,
                MergeSnapshot{member.customer, member.sources}.toBytes());
            !status)
            return status.error();
    }
    // Attached rows move before the members go: deleting a member would cascade to them.
    if (auto status = moveAttachedRows(*mergeId, *draft); !status)
        return status.error();
    if (auto status = removeMembers(*draft); !status)
        return status.error();

    auto stored = m_context.customers.update(survivor, draft->merged);
    if (!stored)
        return stored.error();
    if (auto status = m_context.reindex(*stored); !status)
        return status.error();
    if (auto status = recordFieldSources(*mergeId, plan, *draft); !status)
        return status.error();

    QStringList merged;
    for (const MergeCandidate& member : std::as_const(draft->members))
        merged.append(nameAndId(member.customer));
    QList<FieldChange> changes = CustomerDiff::between(survivor, *stored);
    changes.append({QStringLiteral("merge"), *mergeId, FieldChange::Action::Update,
                    QStringLiteral("merged"), QString(), merged.join(QStringLiteral(", "))});
    if (auto status = m_context.audit.record(m_context.userId, survivor.id, changes); !status)
        return status.error();

    // What undo compares with: the survivor as a load reads it back.
    auto after = m_context.customers.load(survivor.id);
    if (!after)
        return after.error();
    if (auto status = m_context.merges.setSurvivorAfter(*mergeId, CustomerJson::toBytes(*after));
        !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return *mergeId;
}

Status MergeCommit::moveAttachedRows(qint64 mergeId, const MergeDraft& draft)
{
    const qint64 survivorId = draft.survivor.customer.id;
    for (MergeParticipant* participant : m_context.participants.all()) {
        for (const MergeCandidate& member : draft.members) {
            auto keys = participant->moveRows(member.customer.id, survivorId);
            if (!keys)
                return keys.error();
            if (auto status = m_context.merges.addMoves(mergeId, participant->id(), *keys,
                                                        member.customer.id);
                !status)
                return status;
        }
    }
    return {};
}

Status MergeCommit::removeMembers(const MergeDraft& draft)
{
    for (const MergeCandidate& member : draft.members) {
        const qint64 id = member.customer.id;
        if (auto status = m_context.audit.record(m_context.userId, id,
                                                 CustomerDiff::deleted(member.customer));
            !status)
            return status;
        if (auto status = m_context.customers.remove(id); !status)
            return status;
        if (auto status = m_context.unindex(id); !status)
            return status;
    }
    return {};
}

Status MergeCommit::recordFieldSources(qint64 mergeId, const MergePlan& plan,
                                       const MergeDraft& draft)
{
    const qint64 survivorId = draft.survivor.customer.id;
    for (const QString& code : MergeFields::codes()) {
        const qint64 from = plan.valueFrom.value(code, survivorId);
        const auto member =
            std::find_if(draft.members.begin(), draft.members.end(),
                         [from](const MergeCandidate& c) { return c.customer.id == from; });
        if (member == draft.members.end())
            continue;
        // The member's own record of where the value came from, else the member's last save.
        const QString field = MergeFields::provenanceField(code);
        const FieldSource* known = member->sourceOf(field);
        FieldSource source = known ? *known : FieldSource{};
        source.field = field;
        source.mergeId = mergeId;
        if (!known)
            source.changedAt = member->customer.changedAt;
        if (auto status = m_context.merges.putFieldSource(survivorId, source); !status)
            return status;
    }
    return {};
}

} // namespace luotsi::core::merging
