#include "core/importing/mapping/ColumnMapping.h"
#include "core/importing/mapping/MappingProfileStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace luotsi::core::importing;
using namespace Qt::StringLiterals;

namespace {

ColumnMapping sonetMapping()
{
    ColumnMapping m;
    m.profileName = u"Sonet asiakkaat"_s;
    m.sourceSystem = u"Sonet"_s;
    m.sheetName = u"Asiakkaat"_s;
    m.headerRow = 1;
    m.columns = {{0, u"CustNo"_s, TargetField::SourceKey, DateOrder::Unknown},
                 {1, u"Name1"_s, TargetField::Name, DateOrder::Unknown},
                 {2, u"Name2"_s, TargetField::NameContinuation, DateOrder::Unknown},
                 {4, u"Zip"_s, TargetField::PostalCode, DateOrder::Unknown},
                 {11, u"Created"_s, TargetField::CreatedDate, DateOrder::DayFirst}};
    m.constants.insert(TargetField::Country, u"FI"_s);
    m.target = ImportTarget::Relationships;
    m.groupCompanyCode = u"KP"_s;
    m.personNameOrder = PersonNameOrder::LastFirst;
    m.personWhenNoOrganisation = true;
    return m;
}

} // namespace

TEST(TargetField, NamesAreStableAndRoundTrip)
{
    EXPECT_EQ(fieldName(TargetField::BusinessId), u"business_id"_s);
    EXPECT_EQ(fieldName(TargetField::ContactFirstName), u"contact_first_name"_s);
    for (TargetField field : allTargetFields()) {
        EXPECT_EQ(fieldFromName(fieldName(field)), field);
        EXPECT_FALSE(displayName(field).isEmpty());
    }
    EXPECT_FALSE(fieldFromName(u"bussiness_id"_s).has_value());
}

TEST(ColumnMapping, JsonRoundTrip)
{
    const ColumnMapping mapping = sonetMapping();
    const auto back = ColumnMapping::fromJson(mapping.toJson());
    ASSERT_TRUE(back.ok()) << back.error().text().toStdString();
    EXPECT_EQ(*back, mapping);
    EXPECT_TRUE(mapping.toJson().contains("\"column\": \"L\""));
    EXPECT_TRUE(mapping.toJson().contains("\"version\": 1"));
}

TEST(ColumnMapping, StrictAboutUnknownFieldsAndVersions)
{
    QByteArray json = sonetMapping().toJson();
    json.replace("\"postal_code\"", "\"zip_code\"");
    const auto unknownField = ColumnMapping::fromJson(json);
    ASSERT_FALSE(unknownField.ok());
    EXPECT_TRUE(unknownField.error().message.contains(u"zip_code"_s));

    QByteArray constant = sonetMapping().toJson();
    constant.replace("\"country\": \"FI\"", "\"land\": \"FI\"");
    const auto unknownConstant = ColumnMapping::fromJson(constant);
    ASSERT_FALSE(unknownConstant.ok());
    EXPECT_TRUE(unknownConstant.error().message.contains(u"land"_s));

    QByteArray future = sonetMapping().toJson();
    future.replace("\"version\": 1", "\"version\": 99");
    EXPECT_FALSE(ColumnMapping::fromJson(future).ok());
    EXPECT_FALSE(ColumnMapping::fromJson("{\"format\": \"something else\"}").ok());
    EXPECT_FALSE(ColumnMapping::fromJson("not json").ok());

    QByteArray twice = sonetMapping().toJson();
    twice.replace("\"column\": \"C\"", "\"column\": \"B\"");
    EXPECT_FALSE(ColumnMapping::fromJson(twice).ok());
}

TEST(ColumnMapping, ReboundToMovedColumns)
{
    const ColumnMapping mapping = sonetMapping();
    const auto moved = mapping.reboundTo(
        {u"Name1"_s, u"name2"_s, u"CustNo"_s, u"Extra"_s, u"ZIP"_s, u"Created"_s});
    ASSERT_TRUE(moved.ok()) << moved.error().text().toStdString();
    EXPECT_EQ(moved->columnsFor(TargetField::SourceKey).first().column, 2);
    EXPECT_EQ(moved->columnsFor(TargetField::PostalCode).first().column, 4);
    EXPECT_EQ(moved->columnsFor(TargetField::CreatedDate).first().column, 5);
    const auto missing = mapping.reboundTo({u"Name1"_s, u"Name2"_s});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(u"CustNo"_s));
}

TEST(MappingProfileStore, SavesListsLoadsAndRemoves)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MappingProfileStore store(dir.filePath(u"profiles"_s));
    EXPECT_TRUE(store.list().isEmpty());
    ASSERT_TRUE(store.save(sonetMapping()).ok());
    ColumnMapping cirix;
    cirix.profileName = u"Cirix / tapahtumat"_s;
    cirix.columns = {{0, u"ID"_s, TargetField::SourceKey, DateOrder::Unknown},
                     {1, u"ORGANISAATIO"_s, TargetField::Name, DateOrder::Unknown}};
    ASSERT_TRUE(store.save(cirix).ok());
    EXPECT_EQ(store.list(), (QStringList{u"Cirix / tapahtumat"_s, u"Sonet asiakkaat"_s}));

    const auto loaded = store.load(u"Sonet asiakkaat"_s);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(*loaded, sonetMapping());
    EXPECT_FALSE(store.load(u"Ei ole"_s).ok());

    // Saving again under the same name replaces, not duplicates.
    ColumnMapping changed = sonetMapping();
    changed.sourceSystem = u"Sonet 2"_s;
    ASSERT_TRUE(store.save(changed).ok());
    EXPECT_EQ(store.list().size(), 2);
    EXPECT_EQ(store.load(u"Sonet asiakkaat"_s)->sourceSystem, u"Sonet 2"_s);

    ASSERT_TRUE(store.remove(u"Cirix / tapahtumat"_s).ok());
    EXPECT_EQ(store.list(), QStringList{u"Sonet asiakkaat"_s});
    EXPECT_FALSE(store.remove(u"Cirix / tapahtumat"_s).ok());
    EXPECT_FALSE(store.save(ColumnMapping()).ok());
}

TEST(MappingProfileStore, ExportsAndImports)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MappingProfileStore here(dir.filePath(u"here"_s));
    MappingProfileStore there(dir.filePath(u"there"_s));
    ASSERT_TRUE(here.save(sonetMapping()).ok());
    const QString file = dir.filePath(u"sonet.json"_s);
    ASSERT_TRUE(here.exportTo(u"Sonet asiakkaat"_s, file).ok());
    const auto imported = there.importFrom(file);
    ASSERT_TRUE(imported.ok()) << imported.error().text().toStdString();
    EXPECT_EQ(*imported, sonetMapping());
    EXPECT_EQ(there.list(), QStringList{u"Sonet asiakkaat"_s});

    QFile broken(dir.filePath(u"broken.json"_s));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"luotsi-column-mapping\", \"version\": 1, \"columns\": "
                 "[{\"column\": \"A\", \"field\": \"shoe_size\"}]}");
    broken.close();
    const auto rejected = there.importFrom(broken.fileName());
    ASSERT_FALSE(rejected.ok());
    EXPECT_TRUE(rejected.error().text().contains(u"shoe_size"_s));
}

TEST(MappingProfileStore, FindsTheProfileForAFilesHeaders)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MappingProfileStore store(dir.path());
    ASSERT_TRUE(store.save(sonetMapping()).ok());
    const auto found = store.findFor({u"CustNo"_s, u"Name1"_s, u"Name2"_s, u"Zip"_s, u"Created"_s});
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->profileName, u"Sonet asiakkaat"_s);
    // Case and spacing do not matter.
    EXPECT_TRUE(
        store.findFor({u"custno"_s, u" NAME1"_s, u"name2"_s, u"ZIP"_s, u"created"_s}).has_value());
    EXPECT_FALSE(store.findFor({u"ID"_s, u"ORGANISAATIO"_s, u"ETUNIMI"_s}).has_value());
    EXPECT_DOUBLE_EQ(MappingProfileStore::headerSimilarity({u"A"_s, u"B"_s}, {u"b"_s, u"a"_s}),
                     1.0);
    EXPECT_DOUBLE_EQ(MappingProfileStore::headerSimilarity({u"A"_s, u"B"_s}, {u"A"_s, u"C"_s}),
                     1.0 / 3.0);
}
