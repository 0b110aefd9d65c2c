#pragma once

#include "NameNormalizer.h"

namespace luotsi::core::matching {

// How two normalised names relate, in the categories the scorer weighs.
struct NameAgreement
{
    enum class Level
    {
        Unknown,   // a name is missing
        Exact,     // the same words (in any order, or split differently: "Virta nen")
        Typo,      // one character off: "Rakennus Virtnaen" (the same customer when place or
                   // contact details agree)
        Similar,   // every word paired, but two or more typos apart (two noisy spellings)
        Near,      // one name has words the other lacks, or longer words ("Rakennus" vs
                   // "Rakennusliike", "& Pojat", "Group"): look-alikes, different customers
        Different, // other words
    };
    Level level = Level::Unknown;
    double similarity = 0.0; // 0..1: token overlap and Jaro–Winkler, for display and sorting
};

class NameComparison final
{
public:
    static NameAgreement compare(const NormalizedName& a, const NormalizedName& b);
};

} // namespace luotsi::core::matching
