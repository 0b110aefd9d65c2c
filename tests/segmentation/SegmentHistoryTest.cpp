// History across runs with changed facts and manual changes, and the flows the segment report
// counts from it over periods.

#include "SegmentationFixture.h"

namespace luotsi::test {
namespace {

using namespace luotsi::core::segments;

class SegmentHistoryTest : public SegmentationFixture
{
protected:
    SegmentRun runAndApply()
    {
        auto run = service().preview(0, RunKind::Run, today());
        EXPECT_TRUE(run) << run.error().text().toStdString();
        if (!run)
            return {};
        auto applied = service().apply(run->id);
        EXPECT_TRUE(applied) << applied.error().text().toStdString();
        return *run;
    }

    // Moves the history rows a statement selects to a moment in the past, so that periods can
    // be told apart.
    void backdate(const QString& where, const QString& timestamp)
    {
        ASSERT_TRUE(exec(db(),
                         QStringLiteral("UPDATE segment_history SET changed_at = ? WHERE ") + where,
                         {timestamp}));
    }

    // Members per segment after a run: its matrix's columns.
    static std::map<qint64, int> columns(const SegmentRun& run)
    {
        std::map<qint64, int> members;
        for (const TransitionCount& cell : run.matrix)
            members[cell.toSegmentId] += cell.customers;
        return members;
    }

    std::map<qint64, SegmentFlow> flows(const QDate& from, const QDate& to)
    {
        std::map<qint64, SegmentFlow> byId;
        auto list = service().flows(0, from, to);
        EXPECT_TRUE(list) << list.error().text().toStdString();
        for (const SegmentFlow& flow : list.value_or({}))
            byId[flow.segmentId] = flow;
        return byId;
    }
};

TEST_F(SegmentHistoryTest, EveryChangeIsKeptAsAChainAcrossRunsAndManualChanges)
{
    const SegmentRun first = runAndApply();
    writeSales(2);
    const SegmentRun second = runAndApply();
    ASSERT_GT(second.moved, 0) << "changed facts must move someone";
    // A manual change on top.
    const qint64 someone = current().begin()->first;
    SegmentOverride o;
    o.customerId = someone;
    o.segmentationId = primary;
    o.segmentId = current().at(someone) == 2 ? 3 : 2;
    o.reason = QStringLiteral("Käsin");
    ASSERT_TRUE(service().setOverride(o));

    EXPECT_EQ(
        count(
            QStringLiteral("SELECT count(*) FROM segment_history WHERE run_id = %1").arg(first.id)),
        first.moved);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM segment_history WHERE run_id = %1")
                        .arg(second.id)),
              second.moved);
    // Per customer, newest first: the newest ends where the customer is, each change starts
    // where the one before it ended, and the oldest starts from none.
    const auto now = current();
    for (const auto& [id, segment] : now) {
        auto history = service().history(id, primary);
        ASSERT_TRUE(history);
        ASSERT_FALSE(history->isEmpty()) << "customer " << id;
        EXPECT_EQ(history->first().toSegmentId, segment) << "customer " << id;
        for (qsizetype i = 0; i + 1 < history->size(); ++i) {
            EXPECT_EQ(history->at(i).fromSegmentId, history->at(i + 1).toSegmentId)
                << "customer " << id;
            EXPECT_GT(history->at(i).id, history->at(i + 1).id);
        }
        EXPECT_EQ(history->last().fromSegmentId, 0);
        EXPECT_EQ(history->last().runId, first.id);
        EXPECT_FALSE(history->last().userName.isEmpty());
    }
}

TEST_F(SegmentHistoryTest, FlowsCountEntriesAndExitsPerPeriod)
{
    const SegmentRun first = runAndApply();
    backdate(QStringLiteral("run_id = %1").arg(first.id), QStringLiteral("2025-01-10T10:00:00Z"));
    writeSales(2);
    const SegmentRun second = runAndApply();
    backdate(QStringLiteral("run_id = %1").arg(second.id), QStringLiteral("2025-03-10T10:00:00Z"));
    writeSales(3);
    const SegmentRun third = runAndApply();
    backdate(QStringLiteral("run_id = %1").arg(third.id), QStringLiteral("2025-06-10T10:00:00Z"));

    auto afterFirst = columns(first);
    auto afterSecond = columns(second);
    auto afterThird = columns(third);
    std::map<qint64, int> entered2, left2, entered3, left3;
    for (const TransitionCount& cell : second.matrix) {
        if (cell.fromSegmentId != cell.toSegmentId) {
            entered2[cell.toSegmentId] += cell.customers;
            left2[cell.fromSegmentId] += cell.customers;
        }
    }
    for (const TransitionCount& cell : third.matrix) {
        if (cell.fromSegmentId != cell.toSegmentId) {
            entered3[cell.toSegmentId] += cell.customers;
            left3[cell.fromSegmentId] += cell.customers;
        }
    }

    // January: everyone enters from none.
    auto january = flows(QDate(2025, 1, 1), QDate(2025, 1, 31));
    for (qint64 segment : {1, 2, 3, 4, 5}) {
        EXPECT_EQ(january[segment].atStart, 0);
        EXPECT_EQ(january[segment].entered, afterFirst[segment]) << segment;
        EXPECT_EQ(january[segment].left, 0);
        EXPECT_EQ(january[segment].atEnd, afterFirst[segment]);
    }
    // February to April: the second run only.
    auto spring = flows(QDate(2025, 2, 1), QDate(2025, 4, 30));
    for (qint64 segment : {1, 2, 3, 4, 5}) {
        EXPECT_EQ(spring[segment].atStart, afterFirst[segment]) << segment;
        EXPECT_EQ(spring[segment].entered, entered2[segment]) << segment;
        EXPECT_EQ(spring[segment].left, left2[segment]) << segment;
        EXPECT_EQ(spring[segment].atEnd, afterSecond[segment]) << segment;
    }
    // March to June: both later runs; a period's last day counts whole.
    auto both = flows(QDate(2025, 3, 10), QDate(2025, 6, 10));
    for (qint64 segment : {1, 2, 3, 4, 5}) {
        EXPECT_EQ(both[segment].atStart, afterFirst[segment]) << segment;
        EXPECT_EQ(both[segment].entered, entered2[segment] + entered3[segment]) << segment;
        EXPECT_EQ(both[segment].left, left2[segment] + left3[segment]) << segment;
        EXPECT_EQ(both[segment].atEnd, afterThird[segment]) << segment;
    }
    // A quiet period: nothing moves, members stay.
    auto summer = flows(QDate(2025, 7, 1), QDate(2025, 12, 31));
    for (qint64 segment : {1, 2, 3, 4, 5}) {
        EXPECT_EQ(summer[segment].entered, 0);
        EXPECT_EQ(summer[segment].left, 0);
        EXPECT_EQ(summer[segment].atStart, afterThird[segment]);
    }
    // The growth segmentation's segments are not listed for the primary one.
    EXPECT_EQ(summer.count(6), 0u);
    EXPECT_FALSE(service().flows(0, QDate(2025, 2, 1), QDate(2025, 1, 1)));
}

} // namespace
} // namespace luotsi::test
