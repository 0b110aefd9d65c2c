#include "MergeUndo.h"

#include "MergeContext.h"
#include "MergeFields.h"
#include "MergeParticipants.h"
#include "core/register/CustomerDiff.h"
#include "core/register/CustomerJson.h"
#include "core/storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

namespace luotsi::core::merging {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(MergeUndo)
};

// What the audit log calls a change, in the words of the card: "Name", "addresses".
QString describe(const FieldChange& change)
{
    static const QHash<QString, QString> customerFields{
        {QStringLiteral("businessId"), QStringLiteral("business_id")},
        {QStringLiteral("ownerId"), QStringLiteral("owner")},
        {QStringLiteral("parentId"), QStringLiteral("parent")}};
    if (change.entity == QLatin1String("customer"))
        return MergeFields::title(customerFields.value(change.field, change.field));
    if (change.entity == QLatin1String("contact"))
        return Texts::tr("contact persons");
    if (change.entity == QLatin1String("address"))
        return Texts::tr("addresses");
    if (change.entity == QLatin1String("channel"))
        return Texts::tr("phone numbers, e-mails and web sites");
    if (change.entity == QLatin1String("relationship"))
        return Texts::tr("relationships");
    if (change.entity == QLatin1String("source_key"))
        return Texts::tr("source keys");
    return change.entity;
}

QString changedParts(const Customer& before, const Customer& after)
{
    QStringList parts;
    for (const FieldChange& change : CustomerDiff::between(before, after)) {
        const QString part = describe(change);
        if (!parts.contains(part))
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

QString namesOf(const QList<MergeSnapshot>& members)
{
    QStringList names;
    for (const MergeSnapshot& member : members)
        names.append(QStringLiteral("%1 (%2)").arg(member.customer.name).arg(member.customer.id));
    return names.join(QStringLiteral(", "));
}

} // namespace

MergeUndo::MergeUndo(MergeContext& context)
    : m_context(context)
{}

Result<storage::StoredMerge> MergeUndo::run(qint64 mergeId)
{
    if (!m_context.userIsAdmin)
        return Error{Texts::tr("Only an admin can undo a merge."), {}};
    auto merge = m_context.merges.load(mergeId);
    if (!merge)
        return merge.error();
    const auto before = MergeSnapshot::fromBytes(merge->survivorBefore);
    const auto after = CustomerJson::fromBytes(merge->survivorAfter);
    QList<MergeSnapshot> members;
    for (const storage::StoredMerge::Member& stored : std::as_const(merge->members)) {
        if (auto member = MergeSnapshot::fromBytes(stored.before))
            members.append(*member);
    }
    if (!before || !after || members.size() != merge->members.size())
        return Error{
            Texts::tr("The stored records of merge %1 are unreadable; it cannot be undone.")
                .arg(mergeId),
            {}};
    if (auto status = refusal(*merge, *after); !status)
        return status.error();

    storage::TransactionGuard transaction(m_context.database.connection());
    if (!transaction.isActive())
        return transaction.beginError();
    auto current = m_context.customers.load(merge->survivorId);
    if (!current)
        return current.error();
    if (auto status = restoreCustomers(*current, *before, members); !status)
        return status.error();
    if (auto status = moveRowsBack(mergeId); !status)
        return status.error();
    if (auto status = recordAudit(mergeId, *current, members); !status)
        return status.error();
    if (auto status = m_context.merges.markUndone(mergeId); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return merge;
}

Status MergeUndo::refusal(const storage::StoredMerge& merge, const Customer& survivorAfter)
{
    const QString name = survivorAfter.name;
    if (merge.undone)
        return Error{
            Texts::tr("Merge %1 was undone on %2 already.")
                .arg(merge.id)
                .arg(QLocale().toString(merge.undoneAt.toLocalTime(), QLocale::ShortFormat)),
            name};
    auto later = m_context.merges.laterMergesOf(merge.survivorId, merge.id);
    if (!later)
        return later.error();
    if (!later->isEmpty())
        return Error{
            Texts::tr("The customer took part in a later merge (%1); undo that merge first.")
                .arg(later->constFirst()),
            name};
    auto current = m_context.customers.load(merge.survivorId);
    if (!current)
        return Error{Texts::tr("The customer that survived merge %1 has been deleted since; the "
                               "merge can no longer be undone.")
                         .arg(merge.id),
                     name};
    if (CustomerJson::fingerprint(*current) != CustomerJson::fingerprint(survivorAfter))
        return Error{
            Texts::tr("The customer has been changed since the merge (%1, last saved %2). "
                      "Undoing the merge would lose that work: undo those changes "
                      "first, or correct the records by hand.")
                .arg(changedParts(survivorAfter, *current),
                     QLocale().toString(current->changedAt.toLocalTime(), QLocale::ShortFormat)),
            name};
    // SQLite hands out the highest id again once its row is gone: a member that had it may
    // have lost it to a customer created after the merge.
    for (const storage::StoredMerge::Member& member : merge.members) {
        if (auto taken = m_context.customers.ref(member.customerId))
            return Error{Texts::tr("Customer number %1, merged away here, now belongs to “%2”, "
                                   "created after the merge; the merge can no longer be undone.")
                             .arg(member.customerId)
                             .arg(taken->name),
                         name};
    }
    return {};
}

Status MergeUndo::restoreCustomers(const Customer& current, const MergeSnapshot& before,
                                   const QList<MergeSnapshot>& members)
{
    QList<qint64> memberIds;
    for (const MergeSnapshot& member : members)
        memberIds.append(member.customer.id);
    // A parent link to a member waits until the member is back.
    QMap<qint64, qint64> parents;
    const auto detached = [&](Customer customer) {
        if (memberIds.contains(customer.parentId)) {
            parents.insert(customer.id, customer.parentId);
            customer.parentId = 0;
        }
        return customer;
    };
    // The survivor first: it gives up the members' source keys before they return.
    auto survivor = m_context.customers.update(current, detached(before.customer));
    if (!survivor)
        return survivor.error();
    QList<Customer> restored{*survivor};
    for (const MergeSnapshot& member : members) {
        auto back = m_context.customers.restore(detached(member.customer));
        if (!back)
            return back.error();
        restored.append(*back);
    }
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        if (auto status = m_context.merges.setParent(it.key(), it.value()); !status)
            return status;
    }
    if (auto status = m_context.merges.replaceFieldSources(before.customer.id, before.sources);
        !status)
        return status;
    for (const MergeSnapshot& member : members) {
        if (auto status = m_context.merges.replaceFieldSources(member.customer.id, member.sources);
            !status)
            return status;
    }
    for (const Customer& customer : std::as_const(restored)) {
        if (auto status = m_context.reindex(customer); !status)
            return status;
    }
    return {};
}

Status MergeUndo::moveRowsBack(qint64 mergeId)
{
    auto moves = m_context.merges.moves(mergeId);
    if (!moves)
        return moves.error();
    // Per participant and original owner, as they were moved.
    QMap<std::pair<QString, qint64>, QStringList> groups;
    for (const storage::MergeMove& move : std::as_const(*moves))
        groups[{move.participant, move.fromCustomer}].append(move.rowKey);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        MergeParticipant* participant = m_context.participants.find(it.key().first);
        if (!participant)
            return Error{Texts::tr("The merge moved data of “%1”, which this version of the "
                                   "program does not know; it cannot be undone here.")
                             .arg(it.key().first),
                         {}};
        if (auto status = participant->moveBack(it.value(), it.key().second); !status)
            return status;
    }
    return {};
}

Status MergeUndo::recordAudit(qint64 mergeId, const Customer& current,
                              const QList<MergeSnapshot>& members)
{
    auto survivor = m_context.customers.load(current.id);
    if (!survivor)
        return survivor.error();
    QList<FieldChange> changes = CustomerDiff::between(current, *survivor);
    changes.append({QStringLiteral("merge"), mergeId, FieldChange::Action::Update,
                    QStringLiteral("undone"), namesOf(members), QString()});
    if (auto status = m_context.audit.record(m_context.userId, current.id, changes); !status)
        return status;
    for (const MergeSnapshot& member : members) {
        if (auto status = m_context.audit.record(m_context.userId, member.customer.id,
                                                 CustomerDiff::created(member.customer));
            !status)
            return status;
    }
    return {};
}

} // namespace luotsi::core::merging
