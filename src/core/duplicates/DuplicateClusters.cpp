#include "DuplicateClusters.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace luotsi::core::duplicates {

namespace {

// Union-find over the records named by the pairs given, with each set's business ID.
class Components
{
public:
    explicit Components(const DuplicateClusters::BusinessIdOf& businessIdOf)
        : m_businessIdOf(businessIdOf)
    {}

    std::uint32_t find(std::uint32_t x)
    {
        auto it = m_parent.find(x);
        if (it == m_parent.end()) {
            m_parent.emplace(x, x);
            if (m_businessIdOf) {
                if (QString id = m_businessIdOf(x); !id.isEmpty())
                    m_businessId.emplace(x, std::move(id));
            }
            return x;
        }
        while (it->second != x) {
            auto parent = m_parent.find(it->second);
            it->second = parent->second; // halve the path
            x = it->second;
            it = m_parent.find(x);
        }
        return x;
    }
    // Joins the sets of a and b unless they hold different business IDs.
    bool join(std::uint32_t a, std::uint32_t b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return true;
        const auto idA = m_businessId.find(a);
        const auto idB = m_businessId.find(b);
        if (idA != m_businessId.end() && idB != m_businessId.end() && idA->second != idB->second)
            return false;
        const std::uint32_t root = std::min(a, b);
        const std::uint32_t child = std::max(a, b);
        m_parent[child] = root;
        if (auto id = m_businessId.find(child); id != m_businessId.end()) {
            m_businessId.try_emplace(root, id->second);
            m_businessId.erase(id);
        }
        return true;
    }

private:
    const DuplicateClusters::BusinessIdOf& m_businessIdOf;
    std::unordered_map<std::uint32_t, std::uint32_t> m_parent;
    std::unordered_map<std::uint32_t, QString> m_businessId;
};

// The groups that the pairs (indexes into all) at or above minScore make, joined best first.
std::vector<std::vector<std::size_t>>
groupPairs(const std::vector<DuplicateClusters::ScoredPair>& all, std::vector<std::size_t> indexes,
           double minScore, const DuplicateClusters::BusinessIdOf& businessIdOf)
{
    std::sort(indexes.begin(), indexes.end(), [&all](std::size_t a, std::size_t b) {
        return all[a].score == all[b].score ? a < b : all[a].score > all[b].score;
    });
    Components components(businessIdOf);
    std::vector<std::size_t> joined;
    for (std::size_t i : indexes) {
        if (all[i].score >= minScore && components.join(all[i].first, all[i].second))
            joined.push_back(i);
    }
    std::unordered_map<std::uint32_t, std::size_t> groupOf;
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i : joined) {
        const std::uint32_t root = components.find(all[i].first);
        auto [it, inserted] = groupOf.try_emplace(root, groups.size());
        if (inserted)
            groups.emplace_back();
        groups[it->second].push_back(i);
    }
    return groups;
}

std::vector<std::uint32_t> membersOf(const std::vector<DuplicateClusters::ScoredPair>& all,
                                     const std::vector<std::size_t>& indexes)
{
    std::vector<std::uint32_t> members;
    for (std::size_t i : indexes) {
        members.push_back(all[i].first);
        members.push_back(all[i].second);
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    return members;
}

} // namespace

std::vector<DuplicateClusters::Cluster>
DuplicateClusters::build(const std::vector<ScoredPair>& pairs, double minScore, std::size_t maxSize,
                         const BusinessIdOf& businessIdOf)
{
    std::vector<std::size_t> all(pairs.size());
    std::iota(all.begin(), all.end(), std::size_t(0));
    std::vector<std::pair<std::vector<std::size_t>, double>> work;
    for (auto& group : groupPairs(pairs, std::move(all), minScore, businessIdOf))
        work.emplace_back(std::move(group), minScore);

    std::vector<Cluster> clusters;
    while (!work.empty()) {
        auto [indexes, bar] = std::move(work.back());
        work.pop_back();
        std::vector<std::uint32_t> members = membersOf(pairs, indexes);
        if (members.size() > maxSize && bar < 0.995) {
            // Split on stronger pairs; a part may come out as a lone record and drop away.
            const double raised = std::min(0.995, bar + 0.02);
            for (auto& part : groupPairs(pairs, indexes, raised, businessIdOf))
                work.emplace_back(std::move(part), raised);
            continue;
        }
        std::sort(indexes.begin(), indexes.end(), [&pairs](std::size_t a, std::size_t b) {
            return pairs[a].score == pairs[b].score ? a < b : pairs[a].score > pairs[b].score;
        });
        Cluster cluster;
        cluster.members = std::move(members);
        cluster.score = pairs[indexes.front()].score;
        cluster.pairIndexes = std::move(indexes);
        clusters.push_back(std::move(cluster));
    }
    std::sort(clusters.begin(), clusters.end(), [](const Cluster& a, const Cluster& b) {
        return a.score == b.score ? a.members.front() < b.members.front() : a.score > b.score;
    });
    return clusters;
}

} // namespace luotsi::core::duplicates
