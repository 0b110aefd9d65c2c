#include "MergeFixture.h"

#include "core/merging/MergeParticipant.h"
#include "core/merging/MergeParticipants.h"

#include <QSignalSpy>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::merging;

namespace {

class MergeServiceTest : public test::MergeFixture
{
};

// A module whose rows cannot be moved: the merge must roll back whole.
class FailingParticipant final : public MergeParticipant
{
public:
    QString id() const override { return QStringLiteral("failing"); }
    Result<QStringList> moveRows(qint64, qint64) override
    {
        return Error{QStringLiteral("the module's table is locked"), {}};
    }
    Status moveBack(const QStringList&, qint64) override { return {}; }
};

} // namespace

TEST_F(MergeServiceTest, ProposeMakesTheMostCompleteRecordTheSurvivor)
{
    const Duplicates d = duplicates();
    const MergePlan plan = proposed(d);
    EXPECT_EQ(plan.survivorId, d.full.id);
    EXPECT_EQ(plan.memberIds, (QList<qint64>{d.sonet.id, d.cirix.id}));
    EXPECT_EQ(plan.valueFrom.value(QStringLiteral("business_id")), d.full.id);
    EXPECT_EQ(MergeService::fieldCodes().size(), plan.valueFrom.size());
    EXPECT_FALSE(merging().propose({d.full.id, d.full.id})) << "one customer is not a merge";
}

TEST_F(MergeServiceTest, MergeKeepsEveryMembersDataOnTheSurvivor)
{
    const Duplicates d = duplicates();
    const QList<qint64> timelineBefore =
        timelineIds(d.full.id) + timelineIds(d.sonet.id) + timelineIds(d.cirix.id);
    QSignalSpy mergedSignal(&merging(), &MergeService::customersMerged);
    const qint64 mergeId = merge(proposed(d));
    ASSERT_NE(mergeId, 0);
    EXPECT_EQ(mergedSignal.count(), 1);

    const Customer survivor = load(d.full.id);
    QStringList keys;
    for (const SourceKey& key : survivor.sourceKeys)
        keys.append(key.sourceSystem + QLatin1Char('/') + key.key);
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("Cirix/C-5"), QStringLiteral("Sonet/S-77"),
                                 QStringLiteral("excel-asiakkaat/rivi 17"),
                                 QStringLiteral("vanha-crm/K-000123")}));
    EXPECT_EQ(survivor.contacts.size(), 3) << testing::PrintToString(survivor);
    EXPECT_EQ(survivor.addresses.size(), 4) << "Sturenkatu joins the three";
    // The phone both had, once; the member's e-mail added.
    EXPECT_EQ(survivor.channels.size(), 4) << testing::PrintToString(survivor);
    ASSERT_EQ(survivor.relationships.size(), 2) << "one per group company";
    EXPECT_EQ(survivor.relationships.at(0).since, QDate(2007, 2, 1)) << "the survivor's own LUO";
    EXPECT_EQ(survivor.relationships.at(1).customerNumber, QStringLiteral("C-VG"))
        << "VG: the earliest, 2005";

    QList<qint64> timelineAfter = timelineIds(d.full.id);
    std::sort(timelineAfter.begin(), timelineAfter.end());
    QList<qint64> expected = timelineBefore;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(timelineAfter, expected);
    EXPECT_EQ(childIds(d.full.id), QList<qint64>{d.chapel.id});
    EXPECT_EQ(load(d.chapel.id).parentId, d.full.id);
    EXPECT_EQ(survivor.parentId, d.unionRecord.id);
    EXPECT_FALSE(customers().load(d.sonet.id));
    EXPECT_FALSE(customers().load(d.cirix.id));
}

TEST_F(MergeServiceTest, MergeWritesTheAuditLogAndTheSurvivorsHistoryHoldsTheMembers)
{
    const Duplicates d = duplicates();
    const qint64 mergeId = merge(proposed(d));
    const auto deletes = test::scalar(sql(), QStringLiteral("SELECT count(DISTINCT customer_id) "
                                                            "FROM audit_log WHERE action = "
                                                            "'delete' AND entity = 'customer'"));
    EXPECT_EQ(deletes.toInt(), 2);

    const QList<AuditEntry> history = test::valueOf(customers().history(d.full.id));
    const auto mergeRow = std::find_if(history.begin(), history.end(), [&](const AuditEntry& e) {
        return e.entity == QLatin1String("merge") && e.entityId == mergeId;
    });
    ASSERT_NE(mergeRow, history.end());
    EXPECT_EQ(mergeRow->field, QStringLiteral("merged"));
    EXPECT_TRUE(mergeRow->newValue.contains(QStringLiteral("Kallion srk (%1)").arg(d.sonet.id)))
        << mergeRow->newValue.toStdString();
    // The members' own history (their creation) shows on the survivor's card.
    for (qint64 member : {d.sonet.id, d.cirix.id}) {
        EXPECT_TRUE(std::any_of(history.begin(), history.end(), [&](const AuditEntry& e) {
            return e.customerId == member && e.action == QLatin1String("insert");
        })) << member;
    }
    // The survivor's field changes are there too: the channel the member brought.
    EXPECT_TRUE(std::any_of(history.begin(), history.end(), [&](const AuditEntry& e) {
        return e.customerId == d.full.id && e.entity == QLatin1String("channel") &&
               e.action == QLatin1String("insert");
    }));
}

TEST_F(MergeServiceTest, AFailedMergeChangesNothing)
{
    const Duplicates d = duplicates();
    const QStringList before = test::dump(sql());

    MergePlan missing = proposed(d);
    missing.memberIds.append(987654);
    const auto notFound = merging().merge(missing);
    ASSERT_FALSE(notFound);
    EXPECT_TRUE(notFound.error().text().contains(QStringLiteral("987654")))
        << notFound.error().text().toStdString();
    EXPECT_EQ(test::dump(sql()), before);

    // A failure after other rows were moved rolls all of it back.
    merging().participants().add(std::make_unique<FailingParticipant>());
    const auto failed = merging().merge(proposed(d));
    ASSERT_FALSE(failed);
    EXPECT_TRUE(failed.error().text().contains(QStringLiteral("locked")));
    EXPECT_EQ(test::dump(sql()), before);

    MergePlan foreign = proposed(d);
    foreign.valueFrom.insert(QStringLiteral("name"), d.chapel.id);
    EXPECT_FALSE(merging().merge(foreign)) << "a value from outside the merge";
    MergePlan twice = proposed(d);
    twice.memberIds.append(d.full.id);
    EXPECT_FALSE(merging().merge(twice));
    EXPECT_EQ(test::dump(sql()), before);
}

TEST_F(MergeServiceTest, SearchFindsTheSurvivorByTheChosenNameAndNoLongerTheMembers)
{
    const Duplicates d = duplicates();
    ASSERT_EQ(found(QStringLiteral("Församling")), QList<qint64>{d.cirix.id});
    MergePlan plan = proposed(d);
    plan.valueFrom.insert(QStringLiteral("name"), d.sonet.id);
    merge(plan);
    EXPECT_EQ(load(d.full.id).name, QStringLiteral("Kallion srk"));
    EXPECT_EQ(found(QStringLiteral("srk")), QList<qint64>{d.full.id});
    EXPECT_TRUE(found(QStringLiteral("Församling")).isEmpty()) << "the name not chosen is gone";
}

TEST_F(MergeServiceTest, AFieldTakenFromAMemberBringsItsSourceWithTheMerge)
{
    const Duplicates d = duplicates();
    setSource(d.sonet.id, QStringLiteral("name"), QStringLiteral("YTJ"),
              QStringLiteral("2020-01-01T00:00:00Z"));
    setSource(d.full.id, QStringLiteral("name"), QStringLiteral("Enterprise"),
              QStringLiteral("2025-01-01T00:00:00Z"));
    setSource(d.cirix.id, QStringLiteral("name"), QStringLiteral("Cirix"),
              QStringLiteral("2025-06-01T00:00:00Z"));
    const MergePlan plan = proposed(d);
    EXPECT_EQ(plan.valueFrom.value(QStringLiteral("name")), d.sonet.id) << "YTJ is trusted";
    const qint64 mergeId = merge(plan);
    QSqlQuery query(sql());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT source_system, merge_id FROM field_sources "
                                          "WHERE customer_id = %1 AND field = 'name'")
                               .arg(d.full.id)));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("YTJ"));
    EXPECT_EQ(query.value(1).toLongLong(), mergeId);
}

TEST_F(MergeServiceTest, AMemberAboveTheSurvivorLeavesNoLoopInTheHierarchy)
{
    // grandparent ← member ← middle ← survivor: the survivor takes the member's place, so the
    // middle one comes under it and it goes under the grandparent.
    const Customer top = named(QStringLiteral("Ylin"));
    const Customer member = named(QStringLiteral("Jäsen"), top.id);
    const Customer middle = named(QStringLiteral("Väli"), member.id);
    Customer survivor = test::fullCustomer(0, {});
    survivor.parentId = middle.id;
    survivor = create(survivor);

    MergePlan plan{survivor.id, {member.id}, {}};
    const auto preview = merging().preview(plan);
    ASSERT_TRUE(preview) << preview.error().text().toStdString();
    EXPECT_EQ(preview->parentId, top.id);
    merge(plan);
    EXPECT_EQ(load(survivor.id).parentId, top.id);
    EXPECT_EQ(load(middle.id).parentId, survivor.id);
}

TEST_F(MergeServiceTest, ImportLineagePointsAtTheSurvivor)
{
    const Duplicates d = duplicates();
    ASSERT_TRUE(
        test::exec(sql(), QStringLiteral("INSERT INTO import_batches (id, file_name, "
                                         "source_system, started_at) VALUES (5, 'sonet.xlsx', "
                                         "'Sonet', '2024-01-01T00:00:00Z')")));
    ASSERT_TRUE(test::exec(sql(),
                           QStringLiteral("INSERT INTO import_rows (batch_id, row_number, "
                                          "outcome, customer_id) VALUES (5, 12, 'new', ?)"),
                           {d.sonet.id}));
    merge(proposed(d));
    EXPECT_EQ(
        test::scalar(sql(), QStringLiteral("SELECT customer_id FROM import_rows")).toLongLong(),
        d.full.id);
}

TEST_F(MergeServiceTest, HistoryListsMergesNewestFirstWithNames)
{
    const Duplicates d = duplicates();
    const qint64 first = merge({d.full.id, {d.sonet.id}, {}});
    const qint64 second = merge({d.full.id, {d.cirix.id}, {}});
    const auto history = test::valueOf(merging().history());
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).id, second);
    EXPECT_EQ(history.at(1).id, first);
    EXPECT_EQ(history.at(1).memberNames, QStringList{QStringLiteral("Kallion srk")});
    EXPECT_EQ(history.at(1).survivorName, QStringLiteral("Kallion seurakunta"));
    EXPECT_EQ(history.at(1).userName, QStringLiteral("Testi Testaaja"));
    EXPECT_FALSE(history.at(1).undone);
    EXPECT_EQ(test::valueOf(merging().mergesOf(d.full.id)).size(), 2);
    EXPECT_TRUE(test::valueOf(merging().mergesOf(d.chapel.id)).isEmpty());
}

TEST_F(MergeServiceTest, FieldValuesReadAsTheCardShowsThem)
{
    const Duplicates d = duplicates();
    EXPECT_EQ(merging().fieldValue(d.full, QStringLiteral("owner")),
              QStringLiteral("Testi Testaaja"));
    EXPECT_EQ(merging().fieldValue(d.full, QStringLiteral("parent")),
              QStringLiteral("Helsingin seurakuntayhtymä"));
    EXPECT_EQ(merging().fieldValue(d.full, QStringLiteral("visiting_address")),
              QStringLiteral("Itäinen Papinkatu 2, 00530 Helsinki"));
    EXPECT_EQ(merging().fieldValue(d.full, QStringLiteral("postal_address")),
              QStringLiteral("Box 5, SE-111 22 Stockholm, SE"));
    EXPECT_TRUE(merging().fieldValue(d.cirix, QStringLiteral("business_id")).isEmpty());
    EXPECT_FALSE(MergeService::fieldTitle(QStringLiteral("business_id")).isEmpty());
}
