#pragma once

#include "BlockingKeys.h"
#include "MatchScorer.h"
#include "PreparedRecord.h"

#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace luotsi::core::matching {

// An in-memory index of records for matching within one file (rows seen earlier in the same
// import) and for tests: records are filed under their blocking keys, and a lookup scores only
// the records that share a key with the query. Not thread-safe for writes; lookups on an index
// nobody writes to may run in parallel.
class MatchIndex final
{
public:
    struct Match
    {
        qint64 id = 0; // the matched record's MatchRecord::id
        MatchScore score;
    };

    explicit MatchIndex(MatchSettings settings = {});

    const MatchScorer& scorer() const { return m_scorer; }
    qsizetype size() const { return qsizetype(m_records.size()); }

    void add(const MatchRecord& record);
    void add(PreparedRecord record);

    // The ids of the records sharing a key with the record: strong keys always, weak keys
    // unless their block holds more than MatchSettings::maxBlockSize records. In the order
    // they were added, without repeats.
    QList<qint64> candidates(const MatchRecord& record) const;
    // The best-scoring candidate at or above threshold (by default the settings' reviewAbove),
    // or nothing. Ties go to the record added first.
    std::optional<Match> best(const MatchRecord& record,
                              std::optional<double> threshold = std::nullopt) const;
    std::optional<Match> best(const PreparedRecord& record,
                              std::optional<double> threshold = std::nullopt) const;
    // Every candidate at or above threshold, best first.
    QList<Match> matches(const MatchRecord& record, double threshold) const;

private:
    std::vector<qsizetype> candidatePositions(const PreparedRecord& record) const;

    MatchScorer m_scorer;
    std::vector<PreparedRecord> m_records;
    QHash<QString, std::vector<qsizetype>> m_blocks;
};

} // namespace luotsi::core::matching
