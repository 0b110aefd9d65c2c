#include "core/merging/MergeBuilder.h"
#include "support/StorageTestSupport.h"

#include <gtest/gtest.h>

using namespace luotsi::core;
using namespace luotsi::core::merging;

namespace {

Address address(qint64 id, AddressKind kind, const QString& street, const QString& city)
{
    return {id, kind, street, QStringLiteral("00100"), city, QStringLiteral("FI")};
}

Relationship relationship(qint64 id, qint64 companyId, const QDate& since, const QString& number)
{
    return {id, companyId, since, number, RelationshipStatus::Active};
}

} // namespace

TEST(MergeBuilderTest, EqualChannelsInAnyNotationAreKeptOnce)
{
    Customer survivor;
    survivor.id = 1;
    survivor.channels = {{11, ChannelKind::Phone, QStringLiteral("+358401234567"), {}},
                         {12, ChannelKind::Email, QStringLiteral("info@alfa.fi"), {}},
                         {13, ChannelKind::Web, QStringLiteral("https://www.alfa.fi/"), {}}};
    Customer member;
    member.id = 2;
    member.channels = {
        {21, ChannelKind::Phone, QStringLiteral("040 123 4567"), QStringLiteral("vaihde")},
        {22, ChannelKind::Email, QStringLiteral("INFO@Alfa.fi"), {}},
        {23, ChannelKind::Web, QStringLiteral("alfa.fi"), {}},
        {24, ChannelKind::Phone, QStringLiteral("+358 9 123 456"), {}}};
    const Customer merged = MergeBuilder::build(survivor, {member}, {1, {2}, {}});
    ASSERT_EQ(merged.channels.size(), 4) << testing::PrintToString(merged);
    EXPECT_EQ(merged.channels.at(0).id, 11) << "the survivor's rows keep their ids";
    EXPECT_EQ(merged.channels.at(0).label, QStringLiteral("vaihde"))
        << "the dropped duplicate lends its label";
    EXPECT_EQ(merged.channels.at(3).value, QStringLiteral("+358 9 123 456"));
    EXPECT_EQ(merged.channels.at(3).id, 0) << "a member's row becomes a new row";
}

TEST(MergeBuilderTest, OneRelationshipPerGroupCompanyTheSurvivorsElseTheEarliest)
{
    Customer survivor;
    survivor.id = 1;
    survivor.relationships = {relationship(11, 100, QDate(2015, 1, 1), QStringLiteral("S-1"))};
    Customer late;
    late.id = 2;
    late.relationships = {relationship(21, 100, QDate(2001, 1, 1), QStringLiteral("L-1")),
                          relationship(22, 200, QDate(2012, 5, 1), QStringLiteral("L-2")),
                          relationship(23, 300, QDate(), QStringLiteral("L-3"))};
    Customer early;
    early.id = 3;
    early.relationships = {relationship(31, 200, QDate(2008, 3, 1), QStringLiteral("E-2")),
                           relationship(32, 300, QDate(2020, 1, 1), QStringLiteral("E-3"))};
    const Customer merged = MergeBuilder::build(survivor, {late, early}, {1, {2, 3}, {}});
    ASSERT_EQ(merged.relationships.size(), 3) << testing::PrintToString(merged);
    EXPECT_EQ(merged.relationships.at(0).customerNumber, QStringLiteral("S-1"));
    EXPECT_EQ(merged.relationships.at(1).customerNumber, QStringLiteral("E-2"));
    EXPECT_EQ(merged.relationships.at(2).customerNumber, QStringLiteral("E-3"))
        << "a known start beats an unknown one";
}

TEST(MergeBuilderTest, AChosenAddressComesFirstOfItsKindAndRowIdsStayInOrder)
{
    Customer survivor;
    survivor.id = 1;
    survivor.addresses = {
        address(11, AddressKind::Postal, QStringLiteral("PL 1"), QStringLiteral("Espoo")),
        address(12, AddressKind::Visiting, QStringLiteral("Vanha tie 1"), QStringLiteral("Espoo"))};
    Customer member;
    member.id = 2;
    member.addresses = {
        address(21, AddressKind::Visiting, QStringLiteral("Uusi tie 2"), QStringLiteral("Vantaa")),
        address(22, AddressKind::Postal, QStringLiteral("pl 1"), QStringLiteral("ESPOO"))};
    MergePlan plan{1, {2}, {{QStringLiteral("visiting_address"), 2}}};
    const Customer merged = MergeBuilder::build(survivor, {member}, plan);
    ASSERT_EQ(merged.addresses.size(), 3) << testing::PrintToString(merged);
    EXPECT_EQ(merged.addresses.at(0).street, QStringLiteral("PL 1"));
    EXPECT_EQ(merged.addresses.at(1).street, QStringLiteral("Uusi tie 2"));
    EXPECT_EQ(merged.addresses.at(2).street, QStringLiteral("Vanha tie 1"));
    EXPECT_EQ(merged.mainCity(), QStringLiteral("Vantaa"));
    // Ids ascend with the order, so that a load (by id) reads the same list.
    EXPECT_EQ(merged.addresses.at(0).id, 11);
    EXPECT_EQ(merged.addresses.at(1).id, 12);
    EXPECT_EQ(merged.addresses.at(2).id, 0);

    const Customer untouched = MergeBuilder::build(survivor, {member}, {1, {2}, {}});
    EXPECT_EQ(untouched.addresses.mid(0, 2), survivor.addresses)
        << "without a choice the survivor's addresses stay as they are";
}

TEST(MergeBuilderTest, ChosenFieldsComeFromTheirCustomerAndEveryContactAndSourceKeyIsKept)
{
    Customer survivor;
    survivor.id = 1;
    survivor.name = QStringLiteral("Alfa");
    survivor.notes = QStringLiteral("vanha");
    survivor.contacts = {{11,
                          QStringLiteral("Matti"),
                          QStringLiteral("Meikäläinen"),
                          {},
                          {},
                          QStringLiteral("+358401234567"),
                          {}}};
    survivor.sourceKeys = {{11, QStringLiteral("Sonet"), QStringLiteral("S-1"), 4}};
    Customer member;
    member.id = 2;
    member.name = QStringLiteral("Alfa Oy");
    member.businessId = QStringLiteral("0109862-8");
    member.contacts = {{21,
                        QStringLiteral("matti"),
                        QStringLiteral("MEIKÄLÄINEN"),
                        QStringLiteral("Toimitusjohtaja"),
                        {},
                        QStringLiteral("040 1234567"),
                        {}},
                       {22, QStringLiteral("Anna"), QStringLiteral("Aho"), {}, {}, {}, {}}};
    member.sourceKeys = {{21, QStringLiteral("Cirix"), QStringLiteral("C-9"), 5}};
    MergePlan plan{1,
                   {2},
                   {{QStringLiteral("name"), 2},
                    {QStringLiteral("business_id"), 2},
                    {QStringLiteral("notes"), 1}}};
    const Customer merged = MergeBuilder::build(survivor, {member}, plan);
    EXPECT_EQ(merged.id, 1);
    EXPECT_EQ(merged.name, QStringLiteral("Alfa Oy"));
    EXPECT_EQ(merged.businessId, QStringLiteral("0109862-8"));
    EXPECT_EQ(merged.notes, QStringLiteral("vanha"));
    ASSERT_EQ(merged.contacts.size(), 2);
    EXPECT_EQ(merged.contacts.at(0).title, QStringLiteral("Toimitusjohtaja"));
    EXPECT_EQ(merged.contacts.at(1).fullName(), QStringLiteral("Anna Aho"));
    ASSERT_EQ(merged.sourceKeys.size(), 2);
    EXPECT_EQ(merged.sourceKeys.at(1).batchId, 5) << "a source key keeps its batch";
}
