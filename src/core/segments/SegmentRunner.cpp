#include "SegmentRunner.h"

#include "RuleEvaluator.h"
#include "Segment.h"
#include "SegmentCatalog.h"
#include "core/Workspace.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/SalesFactRepository.h"
#include "core/storage/SegmentAssignmentRepository.h"
#include "core/storage/SegmentRunRepository.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

#include <map>

namespace luotsi::core::segments {

Q_LOGGING_CATEGORY(lcSegmentRunner, "luotsi.segments.runner", QtWarningMsg)

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRunner)
};

Error cancelled()
{
    return Error{Texts::tr("The segmentation run was cancelled; nothing was saved."), {}};
}

// A run's transaction writes up to a million rows into several indexes; a larger page cache
// keeps them in memory instead of spilling into the WAL, and the usual size comes back after.
class LargerCache final
{
public:
    explicit LargerCache(storage::Database& database)
        : m_database(database)
    {
        const auto current = database.cacheSizeKiB();
        if (current.ok() && *current < cacheKiB) {
            m_previous = *current;
            database.setCacheSizeKiB(cacheKiB);
        }
    }
    ~LargerCache()
    {
        if (m_previous > 0)
            m_database.setCacheSizeKiB(m_previous);
    }
    LargerCache(const LargerCache&) = delete;
    LargerCache& operator=(const LargerCache&) = delete;

private:
    static constexpr int cacheKiB = 512 * 1024;
    storage::Database& m_database;
    int m_previous = 0;
};

} // namespace

SegmentRunner::SegmentRunner(Workspace& workspace)
    : m_workspace(workspace)
{}

Result<QHash<QString, qint64>> SegmentRunner::companyIds(Workspace& workspace)
{
    auto companies = storage::DirectoryRepository(workspace.database()).groupCompanies();
    if (!companies)
        return companies.error();
    QHash<QString, qint64> ids;
    for (const GroupCompany& company : std::as_const(*companies))
        ids.insert(company.code, company.id);
    return ids;
}

Result<SegmentRun> SegmentRunner::preview(qint64 segmentationId, RunKind kind, const QDate& asOf,
                                          const Progress& progress)
{
    storage::Database& database = m_workspace.database();
    if (!asOf.isValid())
        return Error{Texts::tr("A run needs the date its facts are as of."), {}};
    auto segments = m_workspace.segmentCatalog().segmentsByPriority(segmentationId);
    if (!segments)
        return segments.error();
    auto companies = companyIds(m_workspace);
    if (!companies)
        return companies.error();

    storage::SegmentAssignmentRepository assignments(database);
    auto current = assignments.assignments(segmentationId);
    if (!current)
        return current.error();
    auto overrides = assignments.overrides(segmentationId);
    if (!overrides)
        return overrides.error();
    QHash<qint64, qint64> overridden; // customer → segment, the overrides in force on asOf
    for (const SegmentOverride& o : std::as_const(*overrides)) {
        if (o.isActiveOn(asOf))
            overridden.insert(o.customerId, o.segmentId);
    }

    QElapsedTimer clock; // phases for QT_LOGGING_RULES="luotsi.segments.runner.debug=true"
    clock.start();
    const RuleEvaluator evaluator(*companies, asOf);
    std::map<std::pair<qint64, qint64>, int> matrix;
    std::vector<storage::SegmentRunRepository::Move> moves;
    // Both streams come in customer id order: a cursor walks the assignments beside the facts.
    const auto& assigned = *current;
    size_t cursor = 0;
    qint64 customers = 0;
    bool stopped = false;
    const auto visit = [&](const CustomerFacts& facts) {
        while (cursor < assigned.size() && assigned[cursor].first < facts.customerId)
            ++cursor;
        const qint64 from = cursor < assigned.size() && assigned[cursor].first == facts.customerId
                                ? assigned[cursor].second
                                : 0;
        const auto pinned = overridden.constFind(facts.customerId);
        const qint64 to = pinned != overridden.constEnd() ? pinned.value()
                                                          : evaluator.firstMatch(*segments, facts);
        ++matrix[{from, to}];
        if (from != to)
            moves.push_back({facts.customerId, from, to});
        ++customers;
        return true;
    };
    qint64 total = 0;
    const auto report = [&](qint64 done, qint64 all) {
        total = all;
        if (progress && !progress(done, all))
            stopped = true;
        return !stopped;
    };
    if (auto status =
            storage::SalesFactRepository(database).forEachCustomerFacts(asOf, visit, report);
        !status)
        return status.error();
    if (stopped)
        return cancelled();

    const qint64 evaluated = clock.elapsed();
    SegmentRun run;
    run.segmentationId = segmentationId;
    run.kind = kind;
    run.status = RunStatus::Preview;
    run.asOf = asOf;
    run.createdAt = storage::sqlvalues::now();
    run.userId = m_workspace.currentUser().id;
    run.userName = m_workspace.currentUser().displayName;
    run.customers = int(customers);
    run.moved = int(moves.size());
    for (const auto& [cell, count] : matrix)
        run.matrix.append({cell.first, cell.second, count});

    LargerCache cache(database);
    storage::TransactionGuard transaction(database.connection());
    if (!transaction.isActive())
        return transaction.beginError();
    const auto keepGoing = [&](qint64) {
        if (progress && !progress(total, total))
            stopped = true;
        return !stopped;
    };
    if (auto status = storage::SegmentRunRepository(database).insertRun(run, moves, keepGoing);
        !status)
        return stopped ? cancelled() : status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    qCDebug(lcSegmentRunner) << "preview" << run.id << "customers" << run.customers << "moved"
                             << run.moved << "evaluated in" << evaluated << "ms, stored in"
                             << clock.elapsed() - evaluated << "ms";
    return run;
}

Result<ApplyResult> SegmentRunner::apply(qint64 runId, const Progress& progress)
{
    storage::Database& database = m_workspace.database();
    storage::SegmentRunRepository runs(database);
    storage::SegmentAssignmentRepository assignments(database);
    constexpr qint64 steps = 4;
    QElapsedTimer clock;
    clock.start();
    const auto report = [&progress, &clock](qint64 step) {
        qCDebug(lcSegmentRunner) << "apply step" << step << "at" << clock.elapsed() << "ms";
        return !progress || progress(step, steps);
    };

    LargerCache cache(database);
    storage::TransactionGuard transaction(database.connection());
    if (!transaction.isActive())
        return transaction.beginError();
    auto run = runs.run(runId);
    if (!run)
        return run.error();
    if (run->status != RunStatus::Preview) {
        return Error{run->status == RunStatus::Applied
                         ? Texts::tr("Run %1 has been applied already.").arg(runId)
                         : Texts::tr("Run %1 was discarded; make a new preview.").arg(runId),
                     {}};
    }
    if (!report(0))
        return cancelled();
    const QDateTime now = storage::sqlvalues::now();
    const qint64 userId = m_workspace.currentUser().id;
    ApplyResult result;

    // The owners' overrides in a review: a handful, written one by one like a manual override.
    auto overridden = runs.overriddenMoves(runId);
    if (!overridden)
        return overridden.error();
    for (const auto& decision : std::as_const(*overridden)) {
        auto current = assignments.segmentOf(decision.customerId, run->segmentationId);
        if (!current)
            return current.error();
        if (current->segmentId != decision.fromSegmentId) {
            ++result.skipped;
            continue;
        }
        SegmentOverride o;
        o.customerId = decision.customerId;
        o.segmentationId = run->segmentationId;
        o.segmentId = decision.segmentId;
        o.reason = decision.reason;
        o.userId = decision.decidedBy;
        o.createdAt = now;
        if (auto status = assignments.saveOverride(o); !status)
            return status.error();
        if (decision.segmentId != current->segmentId) {
            if (auto status =
                    assignments.setSegment(o.customerId, o.segmentationId, o.segmentId, now, 0);
                !status)
                return status.error();
        }
        SegmentChange change;
        change.customerId = o.customerId;
        change.segmentationId = o.segmentationId;
        change.fromSegmentId = current->segmentId;
        change.toSegmentId = o.segmentId;
        change.changedAt = now;
        change.reason = ChangeReason::Manual;
        change.runId = runId;
        change.userId = decision.decidedBy;
        change.note = decision.reason;
        if (auto status = assignments.addChange(change); !status)
            return status.error();
    }
    if (!report(1))
        return cancelled();

    const ChangeReason reason =
        run->kind == RunKind::Review ? ChangeReason::Review : ChangeReason::Run;
    auto applied = runs.applyMoves(*run, reason, userId, now);
    if (!applied)
        return applied.error();
    result.moved = applied->moved;
    result.skipped += applied->skipped;
    if (!report(2))
        return cancelled();

    auto ended = assignments.removeOverridesExpiredBefore(run->segmentationId, run->asOf);
    if (!ended)
        return ended.error();
    result.overridesEnded = *ended;
    if (auto status = runs.setStatus(runId, RunStatus::Applied, now); !status)
        return status.error();
    if (!report(3))
        return cancelled();
    if (auto status = transaction.commit(); !status)
        return status.error();
    report(steps);
    qCDebug(lcSegmentRunner) << "applied" << runId << "moved" << result.moved << "skipped"
                             << result.skipped;
    return result;
}

} // namespace luotsi::core::segments
