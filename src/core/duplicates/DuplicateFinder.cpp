#include "DuplicateFinder.h"

#include "CandidatePairs.h"
#include "DuplicateClusters.h"
#include "core/Workspace.h"
#include "core/matching/MatchScorer.h"
#include "core/register/CustomerMatchRecord.h"
#include "core/register/RegisterVocabulary.h"
#include "core/storage/DuplicateRepository.h"
#include "core/storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>
#include <unordered_set>

namespace luotsi::core::duplicates {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)
};

using KeyList = std::vector<std::pair<std::uint64_t, std::uint32_t>>;

QString describe(const DuplicateFilter& filter)
{
    QStringList parts;
    if (filter.kind)
        parts.append(vocabulary::displayName(*filter.kind));
    if (!filter.city.isEmpty())
        parts.append(filter.city);
    if (filter.ownerId != 0)
        parts.append(Texts::tr("owner %1").arg(filter.ownerId));
    return parts.join(QStringLiteral(", "));
}

Error cancelled()
{
    return Error{Texts::tr("The duplicate search was cancelled; nothing was saved."), {}};
}

} // namespace

DuplicateFinder::DuplicateFinder(Workspace& workspace, FinderOptions options)
    : m_workspace(workspace)
    , m_options(std::move(options))
{}

Result<FinderResult> DuplicateFinder::run(const ProgressCallback& progress)
{
    using Phase = FinderProgress::Phase;
    const auto report = [&progress](Phase phase, qint64 done, qint64 total) {
        return !progress || progress(FinderProgress{phase, done, total});
    };
    FinderResult result;
    result.run.startedAt = QDateTime::currentDateTimeUtc();
    result.run.filter = describe(m_options.filter);
    const double minScore = m_options.minScore.value_or(m_options.settings.reviewAbove);
    result.run.minScore = minScore;

    storage::DuplicateRepository repository(m_workspace.database());
    const auto total = repository.countCustomers(m_options.filter);
    if (!total)
        return total.error();
    if (!report(Phase::Loading, 0, *total))
        return cancelled();

    // Loading: this thread reads while a second one prepares the previous batch and its keys.
    std::vector<matching::PreparedRecord> records;
    records.reserve(std::size_t(*total));
    std::vector<qint64> ids;
    ids.reserve(std::size_t(*total));
    KeyList keys;
    std::vector<matching::MatchRecord> batch;
    std::future<void> preparing;
    const auto handOver = [&]() {
        if (preparing.valid())
            preparing.get();
        preparing = std::async(std::launch::async, [&records, &keys, pending = std::move(batch)]() {
            for (const matching::MatchRecord& record : pending) {
                records.push_back(matching::PreparedRecord::prepare(record));
                CandidatePairs::hashKeys(records.back(), std::uint32_t(records.size() - 1), keys);
            }
        });
        batch = {};
    };
    qint64 loaded = 0;
    bool stopped = false;
    const Status read = repository.forEachMatchSource(m_options.filter, [&](const Customer& c) {
        ids.push_back(c.id);
        batch.push_back(matchRecordOf(c));
        if (batch.size() == 4096)
            handOver();
        if (++loaded % 8192 == 0 && !report(Phase::Loading, loaded, *total)) {
            stopped = true;
            return false;
        }
        return true;
    });
    handOver();
    preparing.get();
    if (!read)
        return read.error();
    if (stopped)
        return cancelled();
    result.run.customers = qint64(records.size());

    // Blocking: only records that share a key are compared.
    std::vector<std::uint64_t> pairs = CandidatePairs::fromKeys(keys, records, {});
    KeyList().swap(keys);
    if (const auto decided = repository.notDuplicates(); !decided) {
        return decided.error();
    } else if (!decided->isEmpty()) {
        const auto positionOf = [&ids](qint64 id) -> std::optional<std::uint32_t> {
            const auto it = std::lower_bound(ids.begin(), ids.end(), id);
            if (it == ids.end() || *it != id)
                return std::nullopt;
            return std::uint32_t(it - ids.begin());
        };
        std::unordered_set<std::uint64_t> excluded;
        for (const auto& [a, b] : *decided) {
            const auto first = positionOf(a);
            const auto second = positionOf(b);
            if (first && second)
                excluded.insert(CandidatePairs::pack(*first, *second));
        }
        std::erase_if(pairs, [&excluded](std::uint64_t pair) { return excluded.contains(pair); });
    }
    result.run.comparisons = qint64(pairs.size());

    // Scoring, on every core; this thread reports progress between chunks.
    const matching::MatchScorer scorer(m_options.settings);
    constexpr std::size_t chunk = 16384;
    std::atomic<std::size_t> nextChunk{0};
    std::atomic<bool> cancel{false};
    std::atomic<qint64> scored{0};
    const auto work = [&](std::vector<DuplicateClusters::ScoredPair>& out) {
        while (!cancel.load(std::memory_order_relaxed)) {
            const std::size_t begin = nextChunk.fetch_add(1) * chunk;
            if (begin >= pairs.size())
                return false;
            const std::size_t end = std::min(pairs.size(), begin + chunk);
            for (std::size_t i = begin; i < end; ++i) {
                const std::uint32_t a = CandidatePairs::first(pairs[i]);
                const std::uint32_t b = CandidatePairs::second(pairs[i]);
                const double score = scorer.quickScore(records[a], records[b]);
                if (score >= minScore)
                    out.push_back({a, b, score});
            }
            scored += qint64(end - begin);
            return true;
        }
        return false;
    };
    if (!report(Phase::Comparing, 0, qint64(pairs.size())))
        return cancelled();
    const int helpers = std::max(0, QThread::idealThreadCount() - 1);
    std::vector<std::vector<DuplicateClusters::ScoredPair>> found(std::size_t(helpers) + 1);
    std::vector<std::thread> threads;
    for (int h = 1; h <= helpers; ++h) {
        threads.emplace_back([&work, &found, h]() {
            while (work(found[std::size_t(h)])) {
            }
        });
    }
    while (work(found[0])) {
        if (!report(Phase::Comparing, scored.load(), qint64(pairs.size())))
            cancel = true;
    }
    for (std::thread& thread : threads)
        thread.join();
    if (cancel)
        return cancelled();
    std::vector<std::uint64_t>().swap(pairs);

    // Grouping: connected pairs are one group; the explanation only for the pairs kept.
    std::vector<DuplicateClusters::ScoredPair> kept;
    for (auto& part : found)
        kept.insert(kept.end(), part.begin(), part.end());
    if (!report(Phase::Grouping, 0, qint64(kept.size())))
        return cancelled();
    const auto businessIdOf = [&records](std::uint32_t record) {
        return records[record].businessIdValid ? records[record].businessId : QString();
    };
    for (const DuplicateClusters::Cluster& cluster :
         DuplicateClusters::build(kept, minScore, 12, businessIdOf)) {
        DuplicateGroup group;
        group.score = cluster.score;
        for (std::uint32_t member : cluster.members)
            group.customerIds.append(ids[member]);
        for (std::size_t index : cluster.pairIndexes) {
            const DuplicateClusters::ScoredPair& pair = kept[index];
            const matching::MatchScore explained =
                scorer.score(records[pair.first], records[pair.second]);
            group.pairs.append({ids[pair.first], ids[pair.second], pair.score, explained.agreed});
        }
        result.groups.append(std::move(group));
    }
    result.run.groups = result.groups.size();
    result.run.finishedAt = QDateTime::currentDateTimeUtc();

    if (m_options.save) {
        if (!report(Phase::Saving, 0, result.run.groups))
            return cancelled();
        storage::TransactionGuard transaction(m_workspace.database().connection());
        if (!transaction.isActive())
            return transaction.beginError();
        if (auto status =
                repository.saveRun(result.run, result.groups, m_workspace.currentUser().id);
            !status)
            return status.error();
        if (auto status = transaction.commit(); !status)
            return status.error();
    }
    report(Phase::Saving, result.run.groups, result.run.groups);
    return result;
}

} // namespace luotsi::core::duplicates
