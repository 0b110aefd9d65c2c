// Runs: the preview's matrix and movers against a brute-force evaluation, apply doing exactly
// what the preview said, a second run moving nobody, cancel storing nothing, and the run's life
// cycle (apply once, discard only a preview).

#include "SegmentationFixture.h"

#include <algorithm>
#include <set>

namespace luotsi::test {
namespace {

using namespace luotsi::core::segments;

class SegmentRunTest : public SegmentationFixture
{
protected:
    // Every move of a run, read page by page.
    QList<RunMove> allMoves(qint64 runId, qint64 from = -1, qint64 to = -1)
    {
        QList<RunMove> moves;
        for (int offset = 0;; offset += 50) {
            auto page = service().moves(runId, from, to, 50, offset);
            EXPECT_TRUE(page) << page.error().text().toStdString();
            if (!page || page->isEmpty())
                return moves;
            moves += *page;
        }
    }
};

TEST_F(SegmentRunTest, PreviewEqualsBruteForceAndApplyDoesWhatThePreviewSaid)
{
    const auto want = expected(today());
    const auto before = current();
    std::map<std::pair<qint64, qint64>, int> wantMatrix;
    std::set<qint64> wantMovers;
    for (const auto& [id, to] : want) {
        ++wantMatrix[{before.at(id), to}];
        if (before.at(id) != to)
            wantMovers.insert(id);
    }
    // The sales pattern reaches every default segment, so the test means something.
    std::set<qint64> reached;
    for (const auto& [id, to] : want)
        reached.insert(to);
    EXPECT_EQ(reached, (std::set<qint64>{1, 2, 3, 4, 5}));

    QList<std::pair<qint64, qint64>> progress;
    auto run = service().preview(0, RunKind::Run, today(), [&](qint64 done, qint64 total) {
        progress.append({done, total});
        return true;
    });
    ASSERT_TRUE(run) << run.error().text().toStdString();
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().second, customerCount);
    EXPECT_EQ(run->segmentationId, primary);
    EXPECT_EQ(run->status, RunStatus::Preview);
    EXPECT_EQ(run->customers, customerCount);
    EXPECT_EQ(run->moved, int(wantMovers.size()));
    std::map<std::pair<qint64, qint64>, int> gotMatrix;
    for (const TransitionCount& cell : run->matrix)
        gotMatrix[{cell.fromSegmentId, cell.toSegmentId}] = cell.customers;
    EXPECT_EQ(gotMatrix, wantMatrix);
    // A preview assigns nothing.
    EXPECT_EQ(current(), before);

    // Stored: the same run reads back, and its movers are exactly the brute force's.
    auto stored = service().run(run->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->matrix.size(), run->matrix.size());
    EXPECT_EQ(stored->moved, run->moved);
    std::set<qint64> gotMovers;
    for (const RunMove& move : allMoves(run->id)) {
        gotMovers.insert(move.customerId);
        EXPECT_EQ(move.fromSegmentId, before.at(move.customerId));
        EXPECT_EQ(move.toSegmentId, want.at(move.customerId));
        EXPECT_FALSE(move.customerName.isEmpty());
        EXPECT_EQ(move.decision, MoveDecision::Pending);
    }
    EXPECT_EQ(gotMovers, wantMovers);
    // A cell's filter gives that cell's customers only.
    const auto vip = allMoves(run->id, 0, 1);
    EXPECT_EQ(vip.size(), (wantMatrix[{0, 1}]));
    for (const RunMove& move : vip)
        EXPECT_EQ(move.toSegmentId, 1);

    auto applied = service().apply(run->id);
    ASSERT_TRUE(applied) << applied.error().text().toStdString();
    EXPECT_EQ(applied->moved, run->moved);
    EXPECT_EQ(applied->skipped, 0);
    EXPECT_EQ(current(), want);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM segment_history WHERE run_id = %1 AND "
                                   "reason = 'run'")
                        .arg(run->id)),
              run->moved);
    auto after = service().run(run->id);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, RunStatus::Applied);
    EXPECT_TRUE(after->appliedAt.isValid());

    // distribution() agrees with the matrix's columns.
    std::map<qint64, int> columns;
    for (const auto& [cell, n] : wantMatrix)
        columns[cell.second] += n;
    auto distribution = service().distribution(0);
    ASSERT_TRUE(distribution);
    for (const auto& [segment, n] : *distribution)
        EXPECT_EQ(n, columns[segment]) << "segment " << segment;
}

TEST_F(SegmentRunTest, MovesOfOneAccountManagerAreThoseOfTheirCustomers)
{
    auto run = service().preview(0, RunKind::Review, today());
    ASSERT_TRUE(run) << run.error().text().toStdString();
    auto all = service().moves(run->id, -1, -1, 100000, 0);
    ASSERT_TRUE(all);
    // The account manager with the most moving customers.
    std::map<qint64, int> perOwner;
    for (const RunMove& move : *all)
        ++perOwner[move.ownerId];
    perOwner.erase(0);
    ASSERT_FALSE(perOwner.empty());
    const qint64 owner =
        std::max_element(perOwner.begin(), perOwner.end(), [](const auto& a, const auto& b) {
            return a.second < b.second;
        })->first;

    auto mine = service().moves(run->id, -1, -1, 100000, 0, owner);
    ASSERT_TRUE(mine);
    QList<qint64> expected;
    for (const RunMove& move : *all) {
        if (move.ownerId == owner)
            expected.append(move.customerId);
    }
    QList<qint64> got;
    for (const RunMove& move : *mine)
        got.append(move.customerId);
    EXPECT_EQ(got, expected);
    EXPECT_LT(got.size(), all->size());
}

TEST_F(SegmentRunTest, ASecondRunWithUnchangedDataMovesNobody)
{
    auto first = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(first);
    ASSERT_TRUE(service().apply(first->id));
    const auto assigned = current();

    auto second = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(second);
    EXPECT_EQ(second->moved, 0);
    for (const TransitionCount& cell : second->matrix)
        EXPECT_EQ(cell.fromSegmentId, cell.toSegmentId);
    auto applied = service().apply(second->id);
    ASSERT_TRUE(applied);
    EXPECT_EQ(applied->moved, 0);
    EXPECT_EQ(current(), assigned);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM segment_history WHERE run_id = %1")
                        .arg(second->id)),
              0);
}

TEST_F(SegmentRunTest, TheSecondSegmentationRunsOnItsOwn)
{
    auto run = service().preview(2, RunKind::Run, today());
    ASSERT_TRUE(run) << run.error().text().toStdString();
    ASSERT_TRUE(service().apply(run->id));
    EXPECT_EQ(current(2), expected(today(), 2));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM customer_segments WHERE "
                                   "segmentation_id = 1")),
              0);
}

TEST_F(SegmentRunTest, CancelStoresNothing)
{
    const QStringList tables{QStringLiteral("segment_runs"), QStringLiteral("segment_run_counts"),
                             QStringLiteral("segment_run_moves")};
    // While evaluating.
    auto evaluating =
        service().preview(0, RunKind::Run, today(), [](qint64, qint64) { return false; });
    EXPECT_FALSE(evaluating);
    // While storing: progress reaches its total once when the evaluation ends, then again
    // between the batches of movers being written.
    int atTotal = 0;
    auto storing = service().preview(0, RunKind::Run, today(), [&](qint64 done, qint64 total) {
        if (done == total)
            ++atTotal;
        return atTotal < 2;
    });
    EXPECT_EQ(atTotal, 2);
    EXPECT_FALSE(storing);
    for (const QString& table : tables)
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM ") + table), 0) << table.toStdString();

    // Cancelling an apply leaves the preview as it was.
    auto run = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(run);
    EXPECT_FALSE(service().apply(run->id, [](qint64 done, qint64) { return done < 2; }));
    EXPECT_EQ(service().run(run->id)->status, RunStatus::Preview);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM customer_segments")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM segment_history")), 0);
    EXPECT_TRUE(service().apply(run->id));
}

TEST_F(SegmentRunTest, ARunIsAppliedOnceAndOnlyAPreviewIsDiscarded)
{
    auto run = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(run);
    ASSERT_TRUE(service().apply(run->id));
    const qint64 history = count(QStringLiteral("SELECT count(*) FROM segment_history"));
    auto again = service().apply(run->id);
    EXPECT_FALSE(again);
    EXPECT_FALSE(service().discard(run->id));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM segment_history")), history);

    auto other = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(other);
    ASSERT_TRUE(service().discard(other->id));
    EXPECT_EQ(service().run(other->id)->status, RunStatus::Discarded);
    EXPECT_FALSE(service().apply(other->id));
    EXPECT_FALSE(service().apply(424242));
}

TEST_F(SegmentRunTest, AManualChangeAfterThePreviewIsSkippedAtApply)
{
    auto run = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(run);
    const auto movers = allMoves(run->id);
    ASSERT_GE(movers.size(), 2);
    // One mover gets another segment by hand after the preview; the others still move.
    const RunMove changed = movers.at(0);
    const qint64 elsewhere = changed.toSegmentId == 5 ? 4 : 5;
    SegmentOverride o;
    o.customerId = changed.customerId;
    o.segmentationId = primary;
    o.segmentId = elsewhere;
    o.reason = QStringLiteral("Asiakkuuspäällikön päätös");
    ASSERT_TRUE(service().setOverride(o));

    auto applied = service().apply(run->id);
    ASSERT_TRUE(applied);
    EXPECT_EQ(applied->skipped, 1);
    EXPECT_EQ(applied->moved, run->moved - 1);
    EXPECT_EQ(current().at(changed.customerId), elsewhere);
    EXPECT_EQ(current().at(movers.at(1).customerId), movers.at(1).toSegmentId);
}

TEST_F(SegmentRunTest, APinnedCustomerIsNotMovedByAnOlderPreview)
{
    // First run; then facts change and a preview proposes moves; an owner pins one mover to
    // the segment it is in now, which the preview did not know.
    auto first = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(first);
    ASSERT_TRUE(service().apply(first->id));
    writeSales(2);
    auto run = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(run);
    const auto movers = allMoves(run->id);
    RunMove pinned;
    for (const RunMove& move : movers) {
        if (move.fromSegmentId != 0 && move.toSegmentId != 0) {
            pinned = move;
            break;
        }
    }
    ASSERT_NE(pinned.customerId, 0);
    SegmentOverride o;
    o.customerId = pinned.customerId;
    o.segmentationId = primary;
    o.segmentId = pinned.fromSegmentId;
    o.reason = QStringLiteral("Sopimus neuvottelussa");
    ASSERT_TRUE(service().setOverride(o));
    auto applied = service().apply(run->id);
    ASSERT_TRUE(applied);
    EXPECT_EQ(applied->skipped, 1);
    EXPECT_EQ(current().at(pinned.customerId), pinned.fromSegmentId);
}

} // namespace
} // namespace luotsi::test
