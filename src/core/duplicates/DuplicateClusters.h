#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace luotsi::core::duplicates {

// Joins scored pairs into groups: records connected by pairs at or above the minimum score are
// one group. Pairs join best first, and never two records with different business IDs: a record
// without one that resembles two companies joins the closer of them, not both. A chain of
// look-alikes can still connect many records that are not all one customer, so a group larger
// than maxSize is split again on its stronger pairs only, raising the bar until every part fits.
class DuplicateClusters final
{
public:
    // A record's valid business ID, or empty.
    using BusinessIdOf = std::function<QString(std::uint32_t record)>;

    struct ScoredPair
    {
        std::uint32_t first = 0;
        std::uint32_t second = 0;
        double score = 0.0;
    };
    struct Cluster
    {
        std::vector<std::uint32_t> members;   // ascending
        std::vector<std::size_t> pairIndexes; // into the pairs given, best score first
        double score = 0.0;                   // the best pair's
    };

    static std::vector<Cluster> build(const std::vector<ScoredPair>& pairs, double minScore,
                                      std::size_t maxSize = 12,
                                      const BusinessIdOf& businessIdOf = {});
};

} // namespace luotsi::core::duplicates
