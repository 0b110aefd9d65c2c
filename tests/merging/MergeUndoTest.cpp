#include "MergeFixture.h"

#include <QSignalSpy>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::merging;

namespace {

class MergeUndoTest : public test::MergeFixture
{
protected:
    // The customers as data (fingerprints), their timelines and children, and every table but
    // the audit log and the merge tables.
    struct Snapshot
    {
        QList<QByteArray> fingerprints;
        QList<QList<qint64>> timelines;
        QList<QList<qint64>> children;
        QStringList tables;
        bool operator==(const Snapshot&) const = default;
    };

    Snapshot snapshot(const QList<qint64>& ids)
    {
        Snapshot s;
        for (qint64 id : ids) {
            const auto customer = customers().load(id);
            s.fingerprints.append(customer ? CustomerJson::fingerprint(*customer) : QByteArray());
            s.timelines.append(timelineIds(id));
            s.children.append(childIds(id));
        }
        s.tables = registerState();
        return s;
    }

    QList<qint64> idsOf(const Duplicates& d)
    {
        return {d.unionRecord.id, d.full.id, d.sonet.id, d.cirix.id, d.chapel.id};
    }
};

} // namespace

TEST_F(MergeUndoTest, UndoRestoresTheRegisterExactlyAsBeforeTheMerge)
{
    const Duplicates d = duplicates();
    setSource(d.sonet.id, QStringLiteral("name"), QStringLiteral("YTJ"),
              QStringLiteral("2020-01-01T00:00:00Z"));
    setSource(d.full.id, QStringLiteral("notes"), QStringLiteral("Enterprise"),
              QStringLiteral("2021-01-01T00:00:00Z"));
    const Snapshot before = snapshot(idsOf(d));
    MergePlan plan = proposed(d);
    plan.valueFrom.insert(QStringLiteral("visiting_address"), d.sonet.id);
    plan.valueFrom.insert(QStringLiteral("notes"), d.sonet.id);
    const qint64 mergeId = merge(plan);
    ASSERT_NE(snapshot(idsOf(d)), before) << "the merge changed something";

    QSignalSpy undone(&merging(), &MergeService::mergeUndone);
    const auto status = merging().undo(mergeId);
    ASSERT_TRUE(status) << status.error().text().toStdString();
    EXPECT_EQ(undone.count(), 1);
    const Snapshot after = snapshot(idsOf(d));
    EXPECT_EQ(after.fingerprints, before.fingerprints);
    EXPECT_EQ(after.timelines, before.timelines);
    EXPECT_EQ(after.children, before.children);
    EXPECT_EQ(after.tables, before.tables);

    EXPECT_EQ(found(QStringLiteral("Församling")), QList<qint64>{d.cirix.id});
    const QList<AuditEntry> history = test::valueOf(customers().history(d.full.id));
    EXPECT_TRUE(std::none_of(history.begin(), history.end(), [&](const AuditEntry& e) {
        return e.customerId != d.full.id;
    })) << "the members' history went back with them";
    EXPECT_TRUE(test::valueOf(merging().history()).constFirst().undone);
}

TEST_F(MergeUndoTest, UndoIsRefusedWhenTheSurvivorWasEditedAfterTheMerge)
{
    const Duplicates d = duplicates();
    const qint64 mergeId = merge(proposed(d));
    Customer edited = load(d.full.id);
    edited.notes = QStringLiteral("Muokattu yhdistämisen jälkeen");
    ASSERT_TRUE(customers().save(edited));
    const Snapshot before = snapshot(idsOf(d));

    const auto refused = merging().undo(mergeId);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Notes")))
        << refused.error().text().toStdString();
    EXPECT_EQ(refused.error().where, edited.name);
    EXPECT_EQ(snapshot(idsOf(d)), before);
}

TEST_F(MergeUndoTest, AMergeIsUndoneOnceAndLaterMergesFirst)
{
    const Duplicates d = duplicates();
    const Snapshot before = snapshot(idsOf(d));
    const qint64 first = merge({d.full.id, {d.sonet.id}, {}});
    const qint64 second = merge({d.full.id, {d.cirix.id}, {}});

    const auto notYet = merging().undo(first);
    ASSERT_FALSE(notYet);
    EXPECT_TRUE(notYet.error().message.contains(QString::number(second)))
        << notYet.error().text().toStdString();

    ASSERT_TRUE(merging().undo(second));
    ASSERT_TRUE(merging().undo(first));
    EXPECT_EQ(snapshot(idsOf(d)), before);
    EXPECT_FALSE(merging().undo(first)) << "undone already";
}

TEST_F(MergeUndoTest, UndoPutsTheHierarchyBackWhenTheSurvivorHungBelowAMember)
{
    const Customer top = named(QStringLiteral("Ylin"));
    const Customer member = named(QStringLiteral("Jäsen"), top.id);
    Customer survivor = test::fullCustomer(0, {});
    survivor.parentId = member.id;
    survivor = create(survivor);
    const Customer sibling = named(QStringLiteral("Sisar"), member.id);
    const QList<qint64> ids{top.id, member.id, survivor.id, sibling.id};
    const Snapshot before = snapshot(ids);

    const qint64 mergeId = merge({survivor.id, {member.id}, {}});
    EXPECT_EQ(load(survivor.id).parentId, top.id);
    EXPECT_EQ(load(sibling.id).parentId, survivor.id);
    ASSERT_TRUE(merging().undo(mergeId));
    EXPECT_EQ(snapshot(ids), before);
}

TEST_F(MergeUndoTest, UndoIsRefusedWhenAMembersNumberWasGivenToANewCustomer)
{
    const Duplicates d = duplicates();
    // The chapel holds the highest id; merged away, SQLite gives the id to the next customer.
    const qint64 mergeId = merge({d.sonet.id, {d.chapel.id}, {}});
    const Customer newcomer = named(QStringLiteral("Uusi asiakas"));
    if (newcomer.id != d.chapel.id)
        GTEST_SKIP() << "the database did not reuse the id";
    const auto refused = merging().undo(mergeId);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Uusi asiakas")))
        << refused.error().text().toStdString();
}
