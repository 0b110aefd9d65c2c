#include "DuplicateClusters.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace luotsi::core::duplicates {

namespace {

// Union-find over the records named by the pairs given.
class Components
{
public:
    std::uint32_t find(std::uint32_t x)
    {
        auto [it, inserted] = m_parent.try_emplace(x, x);
        while (it->second != x) {
            auto parent = m_parent.find(it->second);
            it->second = parent->second; // halve the path
            x = it->second;
            it = m_parent.find(x);
        }
        return x;
    }
    void join(std::uint32_t a, std::uint32_t b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::unordered_map<std::uint32_t, std::uint32_t> m_parent;
};

// The groups that the pairs (indexes into all) at or above minScore make.
std::vector<std::vector<std::size_t>>
groupPairs(const std::vector<DuplicateClusters::ScoredPair>& all,
           const std::vector<std::size_t>& indexes, double minScore)
{
    Components components;
    for (std::size_t i : indexes) {
        if (all[i].score >= minScore)
            components.join(all[i].first, all[i].second);
    }
    std::unordered_map<std::uint32_t, std::size_t> groupOf;
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i : indexes) {
        if (all[i].score < minScore)
            continue;
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
DuplicateClusters::build(const std::vector<ScoredPair>& pairs, double minScore, std::size_t maxSize)
{
    std::vector<std::size_t> all(pairs.size());
    std::iota(all.begin(), all.end(), std::size_t(0));
    std::vector<std::pair<std::vector<std::size_t>, double>> work;
    for (auto& group : groupPairs(pairs, all, minScore))
        work.emplace_back(std::move(group), minScore);

    std::vector<Cluster> clusters;
    while (!work.empty()) {
        auto [indexes, bar] = std::move(work.back());
        work.pop_back();
        std::vector<std::uint32_t> members = membersOf(pairs, indexes);
        if (members.size() > maxSize && bar < 0.995) {
            // Split on stronger pairs; a part may come out as a lone record and drop away.
            const double raised = std::min(0.995, bar + 0.02);
            for (auto& part : groupPairs(pairs, indexes, raised))
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
