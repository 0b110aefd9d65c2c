#pragma once

#include "MatchRecord.h"
#include "MatchScore.h"
#include "MatchSettings.h"
#include "PreparedRecord.h"

namespace luotsi::core::matching {

// Scores whether two records are the same customer. Each field adds the points of
// MatchSettings::weights when it agrees or differs, and fields that are missing on either side
// say nothing. The rules the conversion needs:
// - equal valid business IDs are strong evidence; different valid ones veto the match;
// - names compare without their legal form and in any word order; one typo is the same name,
//   extra or longer words ("Rakennus" / "Rakennusliike", "& Pojat") are a look-alike;
// - legal forms that are both present and different (Oy vs Ky) speak strongly against;
// - another municipality speaks strongly against (twins, private persons and parishes of the
//   same name in other towns); a stale street or a PO box in the same municipality does not;
// - another phone, e-mail or contact person of the same organisation never counts against.
// Immutable after construction and safe to share between threads.
class MatchScorer final
{
public:
    explicit MatchScorer(MatchSettings settings = {});

    const MatchSettings& settings() const { return m_settings; }
    MatchScore score(const MatchRecord& a, const MatchRecord& b) const;
    // The fast path for callers that compare one record with many: prepare each record once.
    MatchScore score(const PreparedRecord& a, const PreparedRecord& b) const;
    // Only the score, without the explanation's texts: for bulk runs that keep few pairs.
    double quickScore(const PreparedRecord& a, const PreparedRecord& b) const;

private:
    MatchScore evaluate(const PreparedRecord& a, const PreparedRecord& b, bool explain) const;

    MatchSettings m_settings;
};

} // namespace luotsi::core::matching
