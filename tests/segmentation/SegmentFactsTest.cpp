// The service's facts side: potential and tags reach the rules and announce themselves, and the
// explanation of every segment agrees with where a run puts the customer.

#include "SegmentationFixture.h"

namespace luotsi::test {
namespace {

using namespace luotsi::core::segments;

class SegmentFactsTest : public SegmentationFixture
{
};

TEST_F(SegmentFactsTest, PotentialAndTagsAreFactsAndAnnounceTheirChange)
{
    // A customer the rules leave in Hanki (never bought): a potential makes no segment of the
    // primary cut, but the growth cut's rule reads it.
    qint64 quiet = 0;
    for (const auto& [id, segment] : expected(today(), 2)) {
        if (segment == 8) {
            quiet = id;
            break;
        }
    }
    ASSERT_NE(quiet, 0);
    QList<qint64> announced;
    QObject::connect(&service(), &SegmentationService::factsChanged,
                     [&](qint64 id) { announced.append(id); });

    ASSERT_TRUE(service().setPotential(quiet, 25000.0));
    ASSERT_TRUE(service().setTags(quiet, {QStringLiteral("kumppani")}));
    EXPECT_FALSE(service().setPotential(quiet, -1.0));
    EXPECT_EQ(announced, (QList<qint64>{quiet, quiet}));
    auto facts = service().facts(quiet, today());
    ASSERT_TRUE(facts);
    EXPECT_EQ(facts->potential, std::optional<double>(25000.0));
    EXPECT_EQ(facts->tags, QStringList{QStringLiteral("kumppani")});
    EXPECT_EQ(expected(today(), 2).at(quiet), 6); // growth: potential >= 20,000

    ASSERT_TRUE(service().setPotential(quiet, std::nullopt));
    EXPECT_FALSE(service().facts(quiet, today())->potential.has_value());
    EXPECT_TRUE(service().salesOf(quiet)->isEmpty());
}

TEST_F(SegmentFactsTest, TheExplanationAgreesWithTheRun)
{
    auto run = service().preview(0, RunKind::Run, today());
    ASSERT_TRUE(run);
    ASSERT_TRUE(service().apply(run->id));
    int checked = 0;
    for (const auto& [id, segment] : current()) {
        if (++checked > 40)
            break;
        auto explanations = service().explain(0, id, today());
        ASSERT_TRUE(explanations) << explanations.error().text().toStdString();
        ASSERT_EQ(explanations->size(), 5);
        qint64 first = 0;
        int priority = -1;
        for (const auto& e : *explanations) {
            EXPECT_GT(e.segment.priority, priority);
            priority = e.segment.priority;
            EXPECT_FALSE(e.lines.isEmpty() && !e.segment.rule.isEmpty());
            if (e.held && first == 0)
                first = e.segment.id;
        }
        EXPECT_EQ(first, segment) << "customer " << id;
        // One rule on its own says the same as its segment's line.
        auto vip = service().explainRule(explanations->first().segment.rule, id, today());
        ASSERT_TRUE(vip);
        const auto& lines = explanations->first().lines;
        ASSERT_EQ(vip->size(), lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            EXPECT_EQ(vip->at(i).text, lines.at(i).text);
            EXPECT_EQ(vip->at(i).held, lines.at(i).held);
        }
    }
}

} // namespace
} // namespace luotsi::test
