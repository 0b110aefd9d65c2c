#include "SurvivorshipRules.h"

#include "MergeFields.h"

#include <algorithm>
#include <tuple>

namespace luotsi::core::merging {

namespace {

bool isGroupMember(const QList<MergeCandidate>& candidates, qint64 id)
{
    return std::any_of(candidates.begin(), candidates.end(),
                       [id](const MergeCandidate& c) { return c.customer.id == id; });
}

} // namespace

const FieldSource* MergeCandidate::sourceOf(const QString& field) const
{
    const auto it = std::find_if(sources.begin(), sources.end(),
                                 [&](const FieldSource& s) { return s.field == field; });
    return it == sources.end() ? nullptr : &*it;
}

SurvivorshipRules::SurvivorshipRules(SurvivorshipSettings settings)
    : m_settings(std::move(settings))
{}

int SurvivorshipRules::completeness(const Customer& c)
{
    const QStringList texts{c.name, c.businessId, c.notes};
    const int filled = int(std::count_if(texts.begin(), texts.end(),
                                         [](const QString& t) { return !t.trimmed().isEmpty(); })) +
                       (c.ownerId != 0 ? 1 : 0) + (c.parentId != 0 ? 1 : 0);
    return filled + int(c.contacts.size() + c.addresses.size() + c.channels.size() +
                        c.relationships.size() + c.sourceKeys.size());
}

qint64 SurvivorshipRules::survivor(const QList<MergeCandidate>& candidates)
{
    const auto best = std::min_element(
        candidates.begin(), candidates.end(), [](const MergeCandidate& a, const MergeCandidate& b) {
            return std::make_tuple(-completeness(a.customer), a.customer.id) <
                   std::make_tuple(-completeness(b.customer), b.customer.id);
        });
    return best == candidates.end() ? 0 : best->customer.id;
}

qint64 SurvivorshipRules::valueFrom(const QString& code, const QList<MergeCandidate>& candidates,
                                    qint64 survivorId) const
{
    const QString field = MergeFields::provenanceField(code);
    // A parent inside the group is no parent: the merged record cannot be its own parent.
    const auto valueOf = [&](const MergeCandidate& c) {
        if (code == QLatin1String("parent") && isGroupMember(candidates, c.customer.parentId))
            return QString();
        return MergeFields::value(c.customer, code).trimmed();
    };
    // "ROUTA SÄHKÖASENNUS KY" or "routa sähköasennus ky": a legacy system's capitals (or a
    // careless hand) rather than the customer's own spelling.
    const auto shouted = [&](const MergeCandidate& c) {
        const QString value = valueOf(c);
        const auto letters =
            std::count_if(value.begin(), value.end(), [](QChar ch) { return ch.isLetter(); });
        return letters >= 2 && (value == value.toUpper() || value == value.toLower());
    };
    // Smaller is better: (no value, shouted, rank, older, not the survivor, id).
    const auto key = [&](const MergeCandidate& c) {
        const FieldSource* source = c.sourceOf(field);
        const int rank =
            source ? m_settings.rank(field, source->sourceSystem,
                                     source->userId != 0 && source->sourceSystem.isEmpty())
                   : int(m_settings.priorityFor(field).size());
        const QDateTime changed =
            source && source->changedAt.isValid() ? source->changedAt : c.customer.changedAt;
        return std::make_tuple(valueOf(c).isEmpty(), shouted(c), rank, -changed.toSecsSinceEpoch(),
                               c.customer.id != survivorId, c.customer.id);
    };
    const auto best = std::min_element(
        candidates.begin(), candidates.end(),
        [&](const MergeCandidate& a, const MergeCandidate& b) { return key(a) < key(b); });
    if (best == candidates.end())
        return survivorId;
    const auto survivor =
        std::find_if(candidates.begin(), candidates.end(),
                     [&](const MergeCandidate& c) { return c.customer.id == survivorId; });
    if (survivor != candidates.end() && valueOf(*survivor) == valueOf(*best))
        return survivorId;
    return best->customer.id;
}

MergePlan SurvivorshipRules::propose(const QList<MergeCandidate>& candidates) const
{
    MergePlan plan;
    plan.survivorId = survivor(candidates);
    for (const MergeCandidate& c : candidates) {
        if (c.customer.id != plan.survivorId)
            plan.memberIds.append(c.customer.id);
    }
    for (const QString& code : MergeFields::codes())
        plan.valueFrom.insert(code, valueFrom(code, candidates, plan.survivorId));
    return plan;
}

} // namespace luotsi::core::merging
