// Manual overrides (they win over rules until they expire, and clearing one re-evaluates the
// customer) and the yearly review's owner decisions.

#include "SegmentationFixture.h"

namespace luotsi::test {
namespace {

using namespace luotsi::core::segments;

class SegmentOverrideTest : public SegmentationFixture
{
protected:
    // A customer the rules put in segment `rule` as of today, and another segment for it.
    struct Pick
    {
        qint64 customerId = 0;
        qint64 rule = 0;
        qint64 other = 0;
    };
    Pick pick(int skip = 0)
    {
        for (const auto& [id, segment] : expected(today())) {
            if (segment == 0 || skip-- > 0)
                continue;
            return {id, segment, segment == 1 ? 3 : 1};
        }
        ADD_FAILURE() << "no segmented customer";
        return {};
    }

    core::Status pin(qint64 customerId, qint64 segmentId, const QDate& until = {},
                     const QString& reason = QStringLiteral("Strateginen kumppani"))
    {
        SegmentOverride o;
        o.customerId = customerId;
        o.segmentationId = primary;
        o.segmentId = segmentId;
        o.reason = reason;
        o.expiresOn = until;
        return service().setOverride(o);
    }

    QList<RunMove> allMoves(qint64 runId)
    {
        auto moves = service().moves(runId, -1, -1, 100000, 0);
        EXPECT_TRUE(moves);
        return moves.value_or({});
    }
};

TEST_F(SegmentOverrideTest, AnOverrideIsSetAtOnceAndWinsOverTheRules)
{
    const Pick p = pick();
    ASSERT_TRUE(pin(p.customerId, p.other));
    auto segment = service().segmentOf(p.customerId, 0);
    ASSERT_TRUE(segment);
    EXPECT_EQ(segment->segmentId, p.other);
    EXPECT_EQ(segment->runId, 0);
    ASSERT_TRUE(segment->override.has_value());
    EXPECT_EQ(segment->override->reason, QStringLiteral("Strateginen kumppani"));
    EXPECT_FALSE(segment->override->userName.isEmpty());
    auto history = service().history(p.customerId);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().reason, ChangeReason::Manual);
    EXPECT_EQ(history->first().fromSegmentId, 0);
    EXPECT_EQ(history->first().toSegmentId, p.other);
    EXPECT_EQ(history->first().note, QStringLiteral("Strateginen kumppani"));

    auto run = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(run);
    for (const RunMove& move : allMoves(run->id))
        EXPECT_NE(move.customerId, p.customerId);
    ASSERT_TRUE(service().apply(run->id));
    EXPECT_EQ(current().at(p.customerId), p.other);
    EXPECT_EQ(current(), expected(today()));
}

TEST_F(SegmentOverrideTest, AnExpiredOverrideIsIgnoredByTheNextRunAndRemoved)
{
    const Pick p = pick();
    const QDate lastDay = today().addDays(10);
    ASSERT_TRUE(pin(p.customerId, p.other, lastDay));

    // Still in force on its last day.
    auto during = service().preview(0, RunKind::Run, lastDay);
    ASSERT_TRUE(during);
    for (const RunMove& move : allMoves(during->id))
        EXPECT_NE(move.customerId, p.customerId);
    ASSERT_TRUE(service().discard(during->id));

    // The day after, the rules decide again.
    const QDate later = lastDay.addDays(1);
    const auto want = expected(later);
    ASSERT_NE(want.at(p.customerId), p.other) << "the rules must disagree with the override";
    auto after = service().preview(0, RunKind::Run, later);
    ASSERT_TRUE(after);
    auto applied = service().apply(after->id);
    ASSERT_TRUE(applied);
    EXPECT_EQ(applied->overridesEnded, 1);
    EXPECT_EQ(current(), want);
    EXPECT_FALSE(service().segmentOf(p.customerId, primary)->override.has_value());
}

TEST_F(SegmentOverrideTest, ClearingAnOverrideReEvaluatesTheCustomer)
{
    auto run = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(run);
    ASSERT_TRUE(service().apply(run->id));
    const Pick p = pick(3);
    ASSERT_TRUE(pin(p.customerId, p.other));
    ASSERT_EQ(current().at(p.customerId), p.other);

    ASSERT_TRUE(service().clearOverride(p.customerId, primary));
    EXPECT_EQ(current().at(p.customerId), p.rule);
    auto segment = service().segmentOf(p.customerId, primary);
    ASSERT_TRUE(segment);
    EXPECT_FALSE(segment->override.has_value());
    auto history = service().history(p.customerId, primary);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 3); // run, manual, override ended
    EXPECT_EQ(history->at(0).reason, ChangeReason::OverrideEnded);
    EXPECT_EQ(history->at(0).fromSegmentId, p.other);
    EXPECT_EQ(history->at(0).toSegmentId, p.rule);
    EXPECT_EQ(history->at(1).reason, ChangeReason::Manual);
    EXPECT_EQ(history->at(2).reason, ChangeReason::Run);
    EXPECT_EQ(history->at(2).runId, run->id);
    // Clearing again changes nothing.
    ASSERT_TRUE(service().clearOverride(p.customerId, primary));
    EXPECT_EQ(service().history(p.customerId, primary)->size(), 3);
}

TEST_F(SegmentOverrideTest, AnOverrideNeedsAReasonAFutureEndAndASegmentOfItsSegmentation)
{
    const Pick p = pick();
    EXPECT_FALSE(pin(p.customerId, p.other, {}, QStringLiteral("  ")));
    EXPECT_FALSE(pin(p.customerId, p.other, today().addDays(-1)));
    EXPECT_FALSE(pin(p.customerId, 6)); // the growth segmentation's
    EXPECT_FALSE(pin(999999, p.other));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM segment_overrides")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM segment_history")), 0);
    EXPECT_TRUE(pin(p.customerId, p.other, today()));
}

TEST_F(SegmentOverrideTest, AReviewAppliesConfirmedAndPendingMovesAndKeepsOverriddenOnes)
{
    auto first = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(first);
    ASSERT_TRUE(service().apply(first->id));
    EXPECT_FALSE(service().decide(first->id, {1}, MoveDecision::Confirmed));
    writeSales(2);

    auto review = service().preview(0, RunKind::Review, today());
    ASSERT_TRUE(review);
    QList<RunMove> movers;
    for (const RunMove& move : allMoves(review->id)) {
        if (move.fromSegmentId != 0 && move.toSegmentId != 0)
            movers.append(move);
    }
    ASSERT_GE(movers.size(), 3);
    const RunMove confirmed = movers.at(0);
    const RunMove kept = movers.at(1);
    const RunMove silent = movers.at(2);
    const QString why = QStringLiteral("Kumppanuussopimus jatkuu");

    ASSERT_TRUE(service().decide(review->id, {confirmed.customerId}, MoveDecision::Confirmed));
    EXPECT_FALSE(service().decide(review->id, {kept.customerId}, MoveDecision::Overridden,
                                  kept.fromSegmentId, {}));
    EXPECT_FALSE(service().decide(review->id, {kept.customerId}, MoveDecision::Overridden, 6, why));
    ASSERT_TRUE(service().decide(review->id, {kept.customerId}, MoveDecision::Overridden,
                                 kept.fromSegmentId, why));
    // A customer the review does not move spoils the whole decision.
    qint64 stays = 0;
    for (const auto& [id, segment] : current()) {
        bool moves = false;
        for (const RunMove& move : allMoves(review->id))
            moves = moves || move.customerId == id;
        if (!moves) {
            stays = id;
            break;
        }
    }
    EXPECT_FALSE(service().decide(review->id, {silent.customerId, stays}, MoveDecision::Confirmed));
    for (const RunMove& move : allMoves(review->id)) {
        if (move.customerId == silent.customerId) {
            EXPECT_EQ(move.decision, MoveDecision::Pending);
        }
        if (move.customerId == kept.customerId) {
            EXPECT_EQ(move.decision, MoveDecision::Overridden);
            EXPECT_EQ(move.decidedSegmentId, kept.fromSegmentId);
            EXPECT_EQ(move.decisionReason, why);
        }
        if (move.customerId == confirmed.customerId) {
            EXPECT_EQ(move.decision, MoveDecision::Confirmed);
        }
    }

    auto applied = service().apply(review->id);
    ASSERT_TRUE(applied) << applied.error().text().toStdString();
    EXPECT_EQ(applied->moved, review->moved - 1);
    EXPECT_EQ(applied->skipped, 0);
    const auto now = current();
    EXPECT_EQ(now.at(confirmed.customerId), confirmed.toSegmentId);
    EXPECT_EQ(now.at(silent.customerId), silent.toSegmentId);
    EXPECT_EQ(now.at(kept.customerId), kept.fromSegmentId);
    auto keptSegment = service().segmentOf(kept.customerId, primary);
    ASSERT_TRUE(keptSegment->override.has_value());
    EXPECT_EQ(keptSegment->override->reason, why);
    EXPECT_EQ(keptSegment->override->segmentId, kept.fromSegmentId);
    auto keptHistory = service().history(kept.customerId, primary);
    ASSERT_TRUE(keptHistory);
    EXPECT_EQ(keptHistory->first().reason, ChangeReason::Manual);
    EXPECT_EQ(keptHistory->first().note, why);
    EXPECT_EQ(keptHistory->first().runId, review->id);
    auto confirmedHistory = service().history(confirmed.customerId, primary);
    EXPECT_EQ(confirmedHistory->first().reason, ChangeReason::Review);
    EXPECT_EQ(confirmedHistory->first().runId, review->id);

    // The next run keeps the overridden customer where its owner put it.
    auto next = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(next);
    EXPECT_EQ(next->moved, 0);
}

} // namespace
} // namespace luotsi::test
