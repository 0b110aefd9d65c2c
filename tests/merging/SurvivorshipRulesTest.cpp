#include "core/merging/SurvivorshipRules.h"
#include "support/StorageTestSupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace luotsi::core;
using namespace luotsi::core::merging;

namespace {

const QDateTime older(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC);
const QDateTime newer(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);

MergeCandidate candidate(qint64 id, const QString& name, const QDateTime& changedAt = older)
{
    MergeCandidate c;
    c.customer.id = id;
    c.customer.name = name;
    c.customer.changedAt = changedAt;
    return c;
}

FieldSource imported(const QString& field, const QString& system, const QDateTime& at)
{
    FieldSource s;
    s.field = field;
    s.sourceSystem = system;
    s.batchId = 7;
    s.changedAt = at;
    return s;
}

FieldSource edited(const QString& field, const QDateTime& at)
{
    FieldSource s;
    s.field = field;
    s.userId = 3;
    s.changedAt = at;
    return s;
}

} // namespace

TEST(SurvivorshipRulesTest, TheMostCompleteRecordSurvivesAndTiesGoToTheOldest)
{
    MergeCandidate sparse = candidate(1, QStringLiteral("Alfa"));
    MergeCandidate full = candidate(2, QStringLiteral("Alfa Oy"));
    full.customer.businessId = QStringLiteral("0109862-8");
    full.customer.channels = {{0, ChannelKind::Phone, QStringLiteral("+358401234567"), {}}};
    EXPECT_EQ(SurvivorshipRules::survivor({sparse, full}), 2);
    EXPECT_EQ(SurvivorshipRules::survivor({full, sparse}), 2)
        << "order of the list does not matter";

    MergeCandidate twin = candidate(5, QStringLiteral("Alfa"));
    twin.customer.businessId = QStringLiteral("0109862-8");
    twin.customer.channels = full.customer.channels;
    EXPECT_EQ(SurvivorshipRules::survivor({twin, full}), 2) << "equal completeness: smallest id";

    // Child rows count as much as fields: three contacts beat a business ID and a phone.
    MergeCandidate contacts = candidate(9, QStringLiteral("Alfa"));
    contacts.customer.contacts = {Contact{}, Contact{}, Contact{}};
    EXPECT_EQ(SurvivorshipRules::survivor({full, contacts}), 9);
}

TEST(SurvivorshipRulesTest, AValueBeatsNoValueWhateverItsSource)
{
    MergeCandidate survivor = candidate(1, QStringLiteral("Alfa"), newer);
    survivor.sources = {edited(QStringLiteral("business_id"), newer)};
    MergeCandidate member = candidate(2, QStringLiteral("Alfa"), older);
    member.customer.businessId = QStringLiteral("0109862-8");
    const SurvivorshipRules rules;
    EXPECT_EQ(rules.valueFrom(QStringLiteral("business_id"), {survivor, member}, 1), 2);
    EXPECT_EQ(rules.valueFrom(QStringLiteral("notes"), {survivor, member}, 1), 1)
        << "neither has notes: the survivor keeps its own";

    member.customer.addresses = {{0, AddressKind::Postal, QStringLiteral("PL 5"),
                                  QStringLiteral("00101"), QStringLiteral("Helsinki"),
                                  QStringLiteral("FI")}};
    EXPECT_EQ(rules.valueFrom(QStringLiteral("postal_address"), {survivor, member}, 1), 2);
    EXPECT_EQ(rules.valueFrom(QStringLiteral("visiting_address"), {survivor, member}, 1), 1);
}

TEST(SurvivorshipRulesTest, TheTrustedSourceWinsOverAMoreRecentOne)
{
    MergeCandidate sonet = candidate(1, QStringLiteral("Alfa Oy"));
    sonet.customer.businessId = QStringLiteral("1111111-1");
    sonet.sources = {imported(QStringLiteral("business_id"), QStringLiteral("Sonet"), newer)};
    MergeCandidate enterprise = candidate(2, QStringLiteral("Alfa Oy"));
    enterprise.customer.businessId = QStringLiteral("0109862-8");
    enterprise.sources = {
        imported(QStringLiteral("business_id"), QStringLiteral("Enterprise"), older)};

    SurvivorshipRules recencyOnly(SurvivorshipSettings{});
    EXPECT_EQ(recencyOnly.valueFrom(QStringLiteral("business_id"), {sonet, enterprise}, 1), 1)
        << "without a list for the field, the newer value wins";

    SurvivorshipSettings settings;
    settings.sourcePriority.insert(QStringLiteral("business_id"),
                                   {QStringLiteral("YTJ"), QStringLiteral("Enterprise")});
    EXPECT_EQ(SurvivorshipRules(settings).valueFrom(QStringLiteral("business_id"),
                                                    {sonet, enterprise}, 1),
              2);
    // The default list covers fields without their own; names compare without case.
    settings.defaultPriority = {QStringLiteral("sonet")};
    sonet.customer.notes = QStringLiteral("Sonetin muistiinpano");
    sonet.sources.append(imported(QStringLiteral("notes"), QStringLiteral("Sonet"), older));
    enterprise.customer.notes = QStringLiteral("Enterprisen muistiinpano");
    enterprise.sources.append(
        imported(QStringLiteral("notes"), QStringLiteral("Enterprise"), newer));
    EXPECT_EQ(
        SurvivorshipRules(settings).valueFrom(QStringLiteral("notes"), {sonet, enterprise}, 2), 1);
}

TEST(SurvivorshipRulesTest, AUsersEditIsTrustedFirstUnlessTheListPlacesIt)
{
    MergeCandidate byHand = candidate(1, QStringLiteral("Alfa Oy"));
    byHand.sources = {edited(QStringLiteral("name"), older)};
    MergeCandidate imported1 = candidate(2, QStringLiteral("Alfa Osakeyhtiö"));
    imported1.sources = {imported(QStringLiteral("name"), QStringLiteral("Sonet"), newer)};

    SurvivorshipSettings settings;
    settings.sourcePriority.insert(QStringLiteral("name"), {QStringLiteral("Sonet")});
    EXPECT_EQ(SurvivorshipRules(settings).valueFrom(QStringLiteral("name"), {byHand, imported1}, 2),
              1);
    settings.sourcePriority.insert(QStringLiteral("name"),
                                   {QStringLiteral("Sonet"), SurvivorshipSettings::userEdit()});
    EXPECT_EQ(SurvivorshipRules(settings).valueFrom(QStringLiteral("name"), {byHand, imported1}, 1),
              2);
}

TEST(SurvivorshipRulesTest, TheMoreRecentChangeWinsBetweenEquallyTrustedSources)
{
    // No provenance rows: the records' own last change decides.
    MergeCandidate stale = candidate(1, QStringLiteral("Alfa Oy"), older);
    stale.customer.status = CustomerStatus::Prospect;
    MergeCandidate fresh = candidate(2, QStringLiteral("Alfa Oy"), newer);
    fresh.customer.status = CustomerStatus::Active;
    const SurvivorshipRules rules(SurvivorshipSettings{});
    EXPECT_EQ(rules.valueFrom(QStringLiteral("status"), {stale, fresh}, 1), 2);
    // A field's own change time counts over the record's.
    stale.sources = {imported(QStringLiteral("status"), QStringLiteral("Sonet"), newer.addDays(1))};
    fresh.sources = {imported(QStringLiteral("status"), QStringLiteral("Sonet"), older)};
    EXPECT_EQ(rules.valueFrom(QStringLiteral("status"), {stale, fresh}, 2), 1);
}

TEST(SurvivorshipRulesTest, TheCustomersOwnSpellingBeatsCapitalsEvenWhenNewer)
{
    const MergeCandidate normal = candidate(1, QStringLiteral("Routa Sähköasennus Ky"), older);
    const MergeCandidate capitals = candidate(2, QStringLiteral("ROUTA SÄHKÖASENNUS KY"), newer);
    const MergeCandidate lower = candidate(3, QStringLiteral("routa sähköasennus ky"), newer);
    const SurvivorshipRules rules(SurvivorshipSettings{});
    EXPECT_EQ(rules.valueFrom(QStringLiteral("name"), {capitals, normal, lower}, 2), 1);
    // Between capitals only, the usual rules decide.
    EXPECT_EQ(rules.valueFrom(QStringLiteral("name"), {capitals, lower}, 3), 3);
}

TEST(SurvivorshipRulesTest, AParentInsideTheGroupCountsAsNoParent)
{
    MergeCandidate child = candidate(1, QStringLiteral("Alfa"), newer);
    child.customer.parentId = 2;
    MergeCandidate parent = candidate(2, QStringLiteral("Alfa"), older);
    parent.customer.parentId = 40;
    EXPECT_EQ(SurvivorshipRules().valueFrom(QStringLiteral("parent"), {child, parent}, 1), 2);
}

TEST(SurvivorshipRulesTest, ProposeNamesTheSurvivorMembersAndEveryField)
{
    MergeCandidate a = candidate(4, QStringLiteral("Alfa"));
    MergeCandidate b = candidate(3, QStringLiteral("Alfa"));
    b.customer.businessId = QStringLiteral("0109862-8");
    MergeCandidate c = candidate(8, QStringLiteral("Alfa"), newer);
    c.customer.notes = QStringLiteral("tuore");
    const MergePlan plan = SurvivorshipRules().propose({a, b, c});
    EXPECT_EQ(plan.survivorId, 3);
    EXPECT_EQ(plan.memberIds, (QList<qint64>{4, 8}));
    EXPECT_EQ(plan.valueFrom.size(), 11);
    EXPECT_EQ(plan.valueFrom.value(QStringLiteral("notes")), 8);
    EXPECT_EQ(plan.valueFrom.value(QStringLiteral("name")), 3) << "equal names: the survivor's";
}

TEST(SurvivorshipSettingsTest, JsonRoundTripsAndKeepsDefaultsForKeysLeftOut)
{
    SurvivorshipSettings settings;
    settings.defaultPriority = {QStringLiteral("Enterprise"), SurvivorshipSettings::userEdit()};
    settings.sourcePriority.insert(QStringLiteral("notes"), {QStringLiteral("Cirix")});
    const auto back = SurvivorshipSettings::fromJson(settings.toJson());
    ASSERT_TRUE(back) << back.error().text().toStdString();
    EXPECT_EQ(*back, settings);

    const auto partial =
        SurvivorshipSettings::fromJson(R"({"sourcePriority": {"notes": ["Sonet"]}})");
    ASSERT_TRUE(partial);
    EXPECT_EQ(partial->priorityFor(QStringLiteral("notes")), QStringList{QStringLiteral("Sonet")});
    EXPECT_EQ(partial->priorityFor(QStringLiteral("business_id")),
              SurvivorshipSettings{}.priorityFor(QStringLiteral("business_id")));
}

TEST(SurvivorshipSettingsTest, InvalidJsonSaysWhatIsWrongAndWhere)
{
    const auto notJson = SurvivorshipSettings::fromJson("{", QStringLiteral("s.json"));
    ASSERT_FALSE(notJson);
    EXPECT_EQ(notJson.error().where, QStringLiteral("s.json"));
    const auto wrongType = SurvivorshipSettings::fromJson(R"({"sourcePriority": {"name": "YTJ"}})");
    ASSERT_FALSE(wrongType);
    EXPECT_TRUE(wrongType.error().message.contains(QStringLiteral("name")))
        << wrongType.error().message.toStdString();
}

TEST(SurvivorshipSettingsTest, SavedSettingsLoadBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survivorship.json"));
    SurvivorshipSettings settings;
    settings.defaultPriority = {QStringLiteral("Sonet")};
    ASSERT_TRUE(settings.save(path));
    const auto loaded = SurvivorshipSettings::load(path);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, settings);
    EXPECT_FALSE(SurvivorshipSettings::load(dir.filePath(QStringLiteral("missing.json"))));
}
