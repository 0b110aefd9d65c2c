#include "CandidatePairs.h"

#include "core/matching/BlockingKeys.h"

#include <QHash>

#include <algorithm>

namespace luotsi::core::duplicates {

namespace {

constexpr std::uint64_t strongBit = std::uint64_t(1) << 63;

} // namespace

void CandidatePairs::hashKeys(const matching::PreparedRecord& record, std::uint32_t position,
                              std::vector<std::pair<std::uint64_t, std::uint32_t>>& out)
{
    for (const matching::BlockingKey& key : matching::BlockingKeys::keysFor(record)) {
        // Two keys with one hash only merge their blocks: more comparisons, never a lost pair.
        const std::uint64_t hash = std::uint64_t(qHash(key.key, 0x4c756f74)) & ~strongBit;
        out.emplace_back(key.strong ? hash | strongBit : hash, position);
    }
}

std::vector<std::uint64_t>
CandidatePairs::fromKeys(std::vector<std::pair<std::uint64_t, std::uint32_t>>& keys,
                         const std::vector<matching::PreparedRecord>& records, const Limits& limits,
                         Stats* stats)
{
    std::sort(keys.begin(), keys.end());
    std::vector<std::uint64_t> pairs;
    std::vector<std::uint32_t> block;
    Stats counts;
    counts.keys = std::int64_t(keys.size());
    for (std::size_t start = 0; start < keys.size();) {
        std::size_t end = start + 1;
        while (end < keys.size() && keys[end].first == keys[start].first)
            ++end;
        block.clear();
        for (std::size_t i = start; i < end; ++i) {
            if (block.empty() || block.back() != keys[i].second)
                block.push_back(keys[i].second);
        }
        start = end;
        if (block.size() < 2)
            continue;
        ++counts.blocks;
        const bool strong = (keys[end - 1].first & strongBit) != 0;
        const std::size_t allPairs =
            std::size_t(std::max(2, strong ? limits.strongAllPairs : limits.weakAllPairs));
        if (block.size() <= allPairs) {
            for (std::size_t i = 0; i < block.size(); ++i) {
                for (std::size_t j = i + 1; j < block.size(); ++j)
                    pairs.push_back(pack(block[i], block[j]));
            }
            continue;
        }
        // Too big to compare in full: the same customer written twice sorts close by name.
        ++counts.windowedBlocks;
        std::sort(block.begin(), block.end(), [&records](std::uint32_t a, std::uint32_t b) {
            const QString& left = records[a].name.sortedKey;
            const QString& right = records[b].name.sortedKey;
            return left == right ? a < b : left < right;
        });
        const std::size_t window = std::size_t(std::max(1, limits.window));
        for (std::size_t i = 0; i < block.size(); ++i) {
            for (std::size_t j = i + 1; j < block.size() && j <= i + window; ++j)
                pairs.push_back(pack(block[i], block[j]));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    if (stats)
        *stats = counts;
    return pairs;
}

} // namespace luotsi::core::duplicates
