#pragma once

#include "core/matching/PreparedRecord.h"

#include <cstdint>
#include <vector>

namespace luotsi::core::duplicates {

// The pairs of records worth scoring: those that share a blocking key of the matching engine.
// A block (the records sharing one key) is compared in full up to a limit; a larger block — a
// switchboard number, a common name in a big town — is compared only between neighbours in
// name order, so that the work grows linearly with the register and never with its square.
class CandidatePairs final
{
public:
    struct Limits
    {
        int strongAllPairs = 200; // business ID, phone, e-mail
        int weakAllPairs = 100;   // name parts in a municipality, whole names, mail domains
        int window = 8;           // neighbours compared in a larger block
    };
    struct Stats
    {
        std::int64_t keys = 0;
        std::int64_t blocks = 0;         // keys shared by two records or more
        std::int64_t windowedBlocks = 0; // of those, compared by name order only
    };

    // A record's keys, hashed: the top bit tells a strong key.
    static void hashKeys(const matching::PreparedRecord& record, std::uint32_t position,
                         std::vector<std::pair<std::uint64_t, std::uint32_t>>& out);

    // The distinct pairs (positions into records, first < second, packed first << 32 | second)
    // from keys as hashKeys made them; sorts keys in place.
    static std::vector<std::uint64_t>
    fromKeys(std::vector<std::pair<std::uint64_t, std::uint32_t>>& keys,
             const std::vector<matching::PreparedRecord>& records, const Limits& limits,
             Stats* stats = nullptr);

    static std::uint64_t pack(std::uint32_t first, std::uint32_t second)
    {
        return first < second ? (std::uint64_t(first) << 32) | second
                              : (std::uint64_t(second) << 32) | first;
    }
    static std::uint32_t first(std::uint64_t pair) { return std::uint32_t(pair >> 32); }
    static std::uint32_t second(std::uint64_t pair) { return std::uint32_t(pair); }
};

} // namespace luotsi::core::duplicates
