#include "MatchIndex.h"

#include <algorithm>

namespace luotsi::core::matching {

MatchIndex::MatchIndex(MatchSettings settings)
    : m_scorer(std::move(settings))
{}

void MatchIndex::add(const MatchRecord& record)
{
    add(PreparedRecord::prepare(record));
}

void MatchIndex::add(PreparedRecord record)
{
    const qsizetype position = qsizetype(m_records.size());
    for (const BlockingKey& key : BlockingKeys::keysFor(record))
        m_blocks[key.key].push_back(position);
    m_records.push_back(std::move(record));
}

std::vector<qsizetype> MatchIndex::candidatePositions(const PreparedRecord& record) const
{
    const auto maxBlock = std::size_t(std::max(2, m_scorer.settings().maxBlockSize));
    std::vector<qsizetype> positions;
    for (const BlockingKey& key : BlockingKeys::keysFor(record)) {
        const auto block = m_blocks.constFind(key.key);
        if (block == m_blocks.constEnd() || (!key.strong && block->size() > maxBlock))
            continue;
        positions.insert(positions.end(), block->begin(), block->end());
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    return positions;
}

QList<qint64> MatchIndex::candidates(const MatchRecord& record) const
{
    QList<qint64> ids;
    for (const qsizetype position : candidatePositions(PreparedRecord::prepare(record)))
        ids.append(m_records[std::size_t(position)].id);
    return ids;
}

std::optional<MatchIndex::Match> MatchIndex::best(const MatchRecord& record,
                                                  std::optional<double> threshold) const
{
    return best(PreparedRecord::prepare(record), threshold);
}

std::optional<MatchIndex::Match> MatchIndex::best(const PreparedRecord& record,
                                                  std::optional<double> threshold) const
{
    const double minimum = threshold.value_or(m_scorer.settings().reviewAbove);
    const PreparedRecord* bestRecord = nullptr;
    double bestScore = -1.0;
    for (const qsizetype position : candidatePositions(record)) {
        const PreparedRecord& candidate = m_records[std::size_t(position)];
        const double score = m_scorer.quickScore(record, candidate);
        if (score >= minimum && score > bestScore) {
            bestScore = score;
            bestRecord = &candidate;
        }
    }
    if (!bestRecord)
        return std::nullopt;
    return Match{bestRecord->id, m_scorer.score(record, *bestRecord)};
}

QList<MatchIndex::Match> MatchIndex::matches(const MatchRecord& record, double threshold) const
{
    const PreparedRecord prepared = PreparedRecord::prepare(record);
    QList<Match> found;
    for (const qsizetype position : candidatePositions(prepared)) {
        const PreparedRecord& candidate = m_records[std::size_t(position)];
        MatchScore score = m_scorer.score(prepared, candidate);
        if (score.score >= threshold)
            found.append(Match{candidate.id, std::move(score)});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Match& a, const Match& b) { return a.score.score > b.score.score; });
    return found;
}

} // namespace luotsi::core::matching
