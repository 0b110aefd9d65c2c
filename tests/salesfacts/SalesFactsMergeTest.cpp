#include "SalesFactFixture.h"

#include "core/merging/MergeService.h"

#include <memory>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

class SalesFactsMergeTest : public test::SalesFactFixture
{
protected:
    void SetUp() override
    {
        SalesFactFixture::SetUp();
        m_merging = std::make_unique<merging::MergeService>(workspace());
    }

    // sales_facts, customer_tags and customer_potential, as rows.
    QStringList salesTables()
    {
        QStringList lines;
        for (const QString& line : test::dump(db().connection())) {
            if (line.startsWith(QLatin1String("sales_facts|")) ||
                line.startsWith(QLatin1String("customer_tags|")) ||
                line.startsWith(QLatin1String("customer_potential|")))
                lines.append(line);
        }
        return lines;
    }

    // Merges the members into the survivor; returns the merge's id.
    qint64 merge(qint64 survivorId, const QList<qint64>& memberIds)
    {
        auto proposed = m_merging->propose(QList<qint64>{survivorId} + memberIds);
        if (!proposed) {
            ADD_FAILURE() << proposed.error().text().toStdString();
            return 0;
        }
        merging::MergePlan plan = *proposed;
        plan.survivorId = survivorId;
        plan.memberIds = memberIds;
        auto merged = m_merging->merge(plan);
        if (!merged) {
            ADD_FAILURE() << merged.error().text().toStdString();
            return 0;
        }
        return *merged;
    }

    void setPotential(qint64 customerId, double euros)
    {
        ASSERT_TRUE(repository().setPotential(customerId, euros, workspace().currentUser().id));
    }

    std::unique_ptr<merging::MergeService> m_merging;
};

TEST_F(SalesFactsMergeTest, MembersSalesAddUpOnTheSurvivorAndUndoRestoresEveryRow)
{
    const qint64 survivor = customer(QStringLiteral("Kivi Oy"));
    const qint64 first = customer(QStringLiteral("Kivi Oy (ERP)"));
    const qint64 second = customer(QStringLiteral("KIVI OY"));
    sell(survivor, 0, "2026-10", 100.10, 2);
    sell(survivor, 1, "2026-01", 7.77, 1);
    sell(first, 0, "2026-10", 50.05, 1); // the survivor's month: adds up
    sell(first, 2, "2026-09", 10, 1);    // a month of its own: moves
    sell(second, 0, "2026-10", 0.1, 3);  // the same month again
    sell(second, 2, "2026-09", 0.2, 0);
    ASSERT_TRUE(repository().setTags(survivor, {QStringLiteral("Kumppani")}));
    ASSERT_TRUE(
        repository().setTags(first, {QStringLiteral("kumppani"), QStringLiteral("verkkokauppa")}));
    ASSERT_TRUE(repository().setTags(
        second, {QStringLiteral("puitesopimus"), QStringLiteral("verkkokauppa")}));
    setPotential(first, 5000);
    setPotential(second, 8000);
    const QStringList before = salesTables();

    const qint64 mergeId = merge(survivor, {first, second});
    ASSERT_NE(mergeId, 0);
    const QDate asOf(2026, 11, 1);
    const CustomerFacts facts = factsOf(survivor, asOf);
    EXPECT_DOUBLE_EQ(facts.revenue12m, 100.10 + 7.77 + 50.05 + 10 + 0.1 + 0.2);
    EXPECT_EQ(facts.orders12m, 2 + 1 + 1 + 1 + 3);
    EXPECT_EQ(facts.companies12m, 3);
    const auto october =
        test::valueOf(repository().storedFact(survivor, m_companies.at(0), QDate(2026, 10, 1)));
    ASSERT_TRUE(october.has_value());
    EXPECT_EQ(october->fact.revenue, 150.25);
    EXPECT_EQ(october->fact.orders, 6);
    EXPECT_EQ(facts.tags, (QStringList{QStringLiteral("Kumppani"), QStringLiteral("puitesopimus"),
                                       QStringLiteral("verkkokauppa")}));
    EXPECT_EQ(facts.potential, std::optional<double>(8000)) << "the largest member's";
    EXPECT_TRUE(test::valueOf(repository().storedFacts(first)).isEmpty());

    const auto undone = m_merging->undo(mergeId);
    ASSERT_TRUE(undone) << undone.error().text().toStdString();
    EXPECT_EQ(salesTables(), before);
}

TEST_F(SalesFactsMergeTest, TheSurvivorKeepsItsOwnPotential)
{
    const qint64 survivor = customer(QStringLiteral("Puu Oy"));
    const qint64 member = customer(QStringLiteral("Puu Oy, Tampere"));
    setPotential(survivor, 3000);
    setPotential(member, 90000);
    const QStringList before = salesTables();

    const qint64 mergeId = merge(survivor, {member});
    ASSERT_NE(mergeId, 0);
    EXPECT_EQ(factsOf(survivor, QDate(2026, 11, 1)).potential, std::optional<double>(3000));
    ASSERT_TRUE(m_merging->undo(mergeId));
    EXPECT_EQ(salesTables(), before);
}

TEST_F(SalesFactsMergeTest, UndoLeavesAPotentialSetAfterTheMerge)
{
    const qint64 survivor = customer(QStringLiteral("Lasi Oy"));
    const qint64 member = customer(QStringLiteral("Lasi Oy (vanha)"));
    setPotential(member, 12000);
    sell(member, 1, "2026-05", 400, 2);

    const qint64 mergeId = merge(survivor, {member});
    ASSERT_NE(mergeId, 0);
    EXPECT_EQ(factsOf(survivor, QDate(2026, 11, 1)).potential, std::optional<double>(12000));
    setPotential(survivor, 20000); // an account manager's new estimate
    ASSERT_TRUE(m_merging->undo(mergeId));
    EXPECT_EQ(factsOf(survivor, QDate(2026, 11, 1)).potential, std::optional<double>(20000));
    EXPECT_EQ(factsOf(member, QDate(2026, 11, 1)).potential, std::optional<double>(12000));
    EXPECT_DOUBLE_EQ(factsOf(member, QDate(2026, 11, 1)).revenue12m, 400);
    EXPECT_DOUBLE_EQ(factsOf(survivor, QDate(2026, 11, 1)).revenue12m, 0);
}

} // namespace
