#include "core/storage/BulkCustomerWriter.h"
#include "core/Workspace.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/demo/DemoDirectory.h"
#include "core/demo/DemoRegisterBuilder.h"
#include "core/register/CustomerService.h"
#include "core/register/PostalCodeTable.h"
#include "core/storage/SearchIndex.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace luotsi;
using namespace luotsi::core;
using Entry = storage::BulkCustomerWriter::Entry;
using IndexUpdate = storage::BulkCustomerWriter::IndexUpdate;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

// Every row a query returns, one "a|b|c" line each.
QStringList rows(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        ADD_FAILURE() << str(sql);
        return {};
    }
    QStringList lines;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).isNull() ? QStringLiteral("NULL")
                                                  : query.value(i).toString());
        lines.append(values.join(QLatin1Char('|')));
    }
    return lines;
}

// What a save writes, table by table; changed_at is left out (a save stamps the time of saving)
// and so is the audit log (the bulk writer writes none, by design).
const QStringList comparedTables{
    QStringLiteral("SELECT id, name, sort_name, business_id, kind, language, status, owner_id, "
                   "parent_id, city, notes, created_at FROM customers ORDER BY id"),
    QStringLiteral("SELECT * FROM contacts ORDER BY id"),
    QStringLiteral("SELECT * FROM addresses ORDER BY id"),
    QStringLiteral("SELECT * FROM channels ORDER BY id"),
    QStringLiteral("SELECT * FROM relationships ORDER BY id"),
    QStringLiteral("SELECT * FROM source_keys ORDER BY id"),
    QStringLiteral("SELECT * FROM timeline_entries ORDER BY id"),
    QStringLiteral("SELECT rowid, name, business_id, city, contacts, phones, emails FROM "
                   "customer_search ORDER BY rowid"),
};

// A register with the demo's group companies and users, and generated customers to write.
class BulkCustomerWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (HasFailure())
            GTEST_FAIL() << "the temporary register did not open";
        m_directory = ensureDirectory(m_register);
    }

    static DemoDirectory::Stored ensureDirectory(test::TemporaryRegister& reg)
    {
        auto stored = DemoDirectory::ensure(reg.workspace().database());
        if (!stored) {
            ADD_FAILURE() << str(stored.error().text());
            return {};
        }
        return *stored;
    }

    // The first count customers of a generated stream, then the stream's first parish union
    // with its parishes (parentEntry pointing at the union), all ready for one batch.
    QList<Entry> generated(int count, quint32 seed = 11)
    {
        DemoDataGenerator::Settings settings;
        settings.seed = seed;
        settings.groupCompanies = m_directory.groupCompanies;
        settings.accountManagerIds = m_directory.accountManagerIds;
        settings.today = QDate(2026, 11, 23);
        // Streams of different seeds must not share legacy keys.
        settings.firstSequence = qint64(seed) * 100000;
        DemoDataGenerator generator(settings, PostalCodeTable::builtIn());
        QList<Entry> entries;
        qsizetype unionEntry = -1;
        for (int i = 0; i < 20000; ++i) {
            GeneratedCustomer next = generator.next();
            const bool isUnion = next.customer.kind == CustomerKind::ParishUnion;
            const bool isUnionParish = unionEntry >= 0 && next.parentSequence >= 0;
            if (entries.size() < count && next.parentSequence < 0 && !isUnion) {
                entries.append({next.customer, next.timeline, -1, {}});
            } else if (isUnion && unionEntry < 0) {
                unionEntry = entries.size();
                entries.append({next.customer, next.timeline, -1, {}});
            } else if (isUnionParish) {
                entries.append({next.customer, next.timeline, unionEntry, {}});
            } else if (unionEntry >= 0 && entries.size() >= count) {
                break;
            }
        }
        EXPECT_GE(unionEntry, 0) << "the stream has a parish union";
        return entries;
    }

    storage::BulkCustomerWriter::Totals write(QList<Entry>& batch,
                                              IndexUpdate update = IndexUpdate::PerCustomer)
    {
        storage::BulkCustomerWriter writer(db(), m_register.workspace().searchIndex(), update);
        const auto status = writer.write(batch);
        EXPECT_TRUE(status) << str(status.error().text());
        const auto finished = writer.finish();
        EXPECT_TRUE(finished) << str(finished.error().text());
        return writer.totals();
    }

    QList<qint64> found(const QString& text)
    {
        auto refs = service().quickSearch(text, 1000);
        EXPECT_TRUE(refs) << str(refs.error().text());
        QList<qint64> ids;
        for (const CustomerRef& ref : refs.value())
            ids.append(ref.id);
        return ids;
    }

    storage::Database& db() { return m_register.workspace().database(); }
    CustomerService& service() { return m_register.workspace().customers(); }

    test::TemporaryRegister m_register;
    DemoDirectory::Stored m_directory;
};

} // namespace

TEST_F(BulkCustomerWriterTest, WrittenCustomersLoadBackEqual)
{
    QList<Entry> batch = generated(60);
    const auto totals = write(batch);

    EXPECT_EQ(totals.customers, batch.size());
    qint64 contacts = 0;
    qint64 timeline = 0;
    for (const Entry& entry : batch) {
        const Customer& written = entry.customer;
        ASSERT_NE(written.id, 0);
        const auto loaded = service().load(written.id);
        ASSERT_TRUE(loaded) << str(loaded.error().text());
        EXPECT_EQ(*loaded, written);
        contacts += written.contacts.size();
        timeline += entry.timeline.size();

        // The timeline, newest first as the card shows it.
        auto entries = entry.timeline;
        std::sort(
            entries.begin(), entries.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
                return a.occurredAt != b.occurredAt ? a.occurredAt > b.occurredAt : a.id > b.id;
            });
        const auto read = test::valueOf(service().timeline(written.id));
        ASSERT_EQ(read.size(), entries.size());
        for (qsizetype i = 0; i < read.size(); ++i) {
            EXPECT_EQ(read[i].id, entries[i].id);
            EXPECT_EQ(read[i].customerId, written.id);
            EXPECT_EQ(read[i].kind, entries[i].kind);
            EXPECT_EQ(read[i].occurredAt, entries[i].occurredAt);
            EXPECT_EQ(read[i].authorId, entries[i].authorId);
            EXPECT_FALSE(read[i].authorName.isEmpty());
            EXPECT_EQ(read[i].subject, entries[i].subject);
            EXPECT_EQ(read[i].body, entries[i].body);
        }
    }
    EXPECT_EQ(totals.contacts, contacts);
    EXPECT_EQ(totals.timelineEntries, timeline);

    // The union's parishes are its units.
    const auto unionEntry = std::find_if(batch.begin(), batch.end(), [](const Entry& e) {
        return e.customer.kind == CustomerKind::ParishUnion;
    });
    ASSERT_NE(unionEntry, batch.end());
    const auto units = test::valueOf(service().children(unionEntry->customer.id));
    const auto parishes = std::count_if(batch.begin(), batch.end(),
                                        [](const Entry& e) { return e.parentEntry >= 0; });
    EXPECT_EQ(units.size(), parishes);
    EXPECT_GE(parishes, 3);
    for (const CustomerRef& unit : units)
        EXPECT_EQ(unit.kind, CustomerKind::Parish);
}

TEST_F(BulkCustomerWriterTest, WritesTheRowsThatCreatingEachCustomerWrites)
{
    QList<Entry> batch = generated(40);
    write(batch);

    // The same customers through the card's path, into another register.
    test::TemporaryRegister other;
    ensureDirectory(other);
    CustomerService& service = other.workspace().customers();
    QList<qint64> ids;
    for (const Entry& entry : batch) {
        Customer customer = entry.customer;
        customer.parentId = entry.parentEntry >= 0 ? ids.at(entry.parentEntry) : 0;
        const auto created = service.create(customer);
        ASSERT_TRUE(created) << str(created.error().text());
        ids.append(created->id);
        for (const TimelineEntry& timelineEntry : entry.timeline) {
            TimelineEntry copy = timelineEntry;
            copy.id = 0;
            copy.customerId = created->id;
            ASSERT_TRUE(service.addTimelineEntry(copy));
        }
    }
    for (const QString& sql : comparedTables) {
        const QStringList bulk = rows(db().connection(), sql);
        EXPECT_FALSE(bulk.isEmpty()) << str(sql);
        EXPECT_EQ(bulk, rows(other.workspace().database().connection(), sql)) << str(sql);
    }
}

TEST_F(BulkCustomerWriterTest, SearchFindsGeneratedCustomers)
{
    QList<Entry> batch = generated(40);
    write(batch);
    for (const Entry& entry : batch) {
        const Customer& c = entry.customer;
        // A name typed halfway, the city, the business ID.
        const QString prefix = c.name.left(std::max<qsizetype>(3, c.name.size() * 2 / 3));
        EXPECT_TRUE(found(prefix).contains(c.id)) << str(prefix);
        EXPECT_TRUE(found(c.mainCity()).contains(c.id)) << str(c.mainCity());
        if (!c.businessId.isEmpty()) {
            EXPECT_EQ(found(c.businessId), QList<qint64>{c.id}) << str(c.businessId);
        }
    }
}

TEST_F(BulkCustomerWriterTest, DeferredIndexIsBuiltByFinishWithTheSameDocuments)
{
    QList<Entry> first = generated(30, 5);
    QList<Entry> second = first.mid(15);
    first = first.mid(0, 15);
    for (Entry& entry : second)
        entry.parentEntry = entry.parentEntry >= 15 ? entry.parentEntry - 15 : -1;
    storage::BulkCustomerWriter writer(db(), m_register.workspace().searchIndex(),
                                       IndexUpdate::Deferred);
    ASSERT_TRUE(writer.write(first));
    ASSERT_TRUE(writer.write(second));
    EXPECT_TRUE(found(first.at(0).customer.name).isEmpty()) << "not indexed before finish()";
    ASSERT_TRUE(writer.finish());
    EXPECT_TRUE(found(first.at(0).customer.name).contains(first.at(0).customer.id));
    EXPECT_TRUE(found(second.at(0).customer.name).contains(second.at(0).customer.id));

    // The rebuilt documents are the ones an update per customer writes.
    test::TemporaryRegister other;
    ensureDirectory(other);
    QList<Entry> again = generated(30, 5);
    storage::BulkCustomerWriter perCustomer(other.workspace().database(),
                                            other.workspace().searchIndex());
    ASSERT_TRUE(perCustomer.write(again));
    const QString sql = comparedTables.last();
    EXPECT_EQ(rows(db().connection(), sql), rows(other.workspace().database().connection(), sql));
}

TEST_F(BulkCustomerWriterTest, AFailingBatchLeavesNothingOfItself)
{
    QList<Entry> earlier = generated(10);
    write(earlier);
    const QStringList before = test::dump(db().connection());

    storage::BulkCustomerWriter writer(db(), m_register.workspace().searchIndex());
    QList<Entry> batch = generated(5, 99);
    // The fourth customer relates to a group company that does not exist.
    batch[3].customer.relationships.append(
        {0, 424242, QDate(2020, 1, 1), QStringLiteral("X1"), RelationshipStatus::Active});
    const auto status = writer.write(batch);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().where, batch[3].customer.name);
    EXPECT_EQ(test::dump(db().connection()), before);
    for (const Entry& entry : batch) {
        EXPECT_EQ(entry.customer.id, 0);
        for (const Contact& contact : entry.customer.contacts)
            EXPECT_EQ(contact.id, 0);
        for (const TimelineEntry& timelineEntry : entry.timeline)
            EXPECT_EQ(timelineEntry.id, 0);
    }
    EXPECT_EQ(writer.totals().customers, 0);

    // A legacy key that another customer already has: the same.
    QList<Entry> duplicate = generated(3, 98);
    duplicate[2].customer.sourceKeys.append(earlier[0].customer.sourceKeys.value(
        0, SourceKey{0, QStringLiteral("Sonet"), QStringLiteral("1")}));
    if (earlier[0].customer.sourceKeys.isEmpty())
        duplicate[1].customer.sourceKeys.append({0, QStringLiteral("Sonet"), QStringLiteral("1")});
    EXPECT_FALSE(writer.write(duplicate));
    EXPECT_EQ(test::dump(db().connection()), before);

    // The writer stays usable after a failure.
    QList<Entry> later = generated(4, 97);
    EXPECT_TRUE(writer.write(later));
    EXPECT_EQ(writer.totals().customers, later.size());
}

TEST_F(BulkCustomerWriterTest, AParentMustComeBeforeItsUnits)
{
    QList<Entry> batch = generated(3);
    batch[0].parentEntry = 1;
    const QStringList before = test::dump(db().connection());
    storage::BulkCustomerWriter writer(db(), m_register.workspace().searchIndex());
    EXPECT_FALSE(writer.write(batch));
    EXPECT_EQ(test::dump(db().connection()), before);
}

TEST(DemoRegisterBuilder, BuildsASearchableRegisterWithHierarchy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QList<qint64> progress;
    const auto status = DemoRegisterBuilder::build(path, 1500, 3, [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 1500);
        progress.append(done);
        return true;
    });
    ASSERT_TRUE(status) << str(status.error().text());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_EQ(progress.last(), 1500);
    EXPECT_GE(progress.size(), 10) << "small batches for a smooth progress bar";

    auto workspace = Workspace::open(path, QStringLiteral("tester"), QStringLiteral("Testi"));
    ASSERT_TRUE(workspace) << str(workspace.error().text());
    CustomerService& service = (*workspace)->customers();
    EXPECT_EQ(test::valueOf(service.count({})), 1500);
    EXPECT_EQ(test::valueOf(service.groupCompanies()).size(), 5);
    EXPECT_GE(test::valueOf(service.users()).size(), 25);
    const auto db = (*workspace)->database().connection();
    EXPECT_EQ(test::scalar(db, QStringLiteral("SELECT count(*) FROM customer_search")).toInt(),
              1500);
    EXPECT_GT(
        test::scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE kind = 'parish' "
                                        "AND parent_id IS NOT NULL"))
            .toInt(),
        0);
    EXPECT_EQ(
        test::scalar(db, QStringLiteral("SELECT count(*) FROM customers c JOIN customers p ON "
                                        "p.id = c.parent_id WHERE p.kind <> 'parish_union' OR "
                                        "p.city <> c.city"))
            .toInt(),
        0);
    const auto first = test::valueOf(service.load(1));
    const auto hits = test::valueOf(service.quickSearch(first.name, 50));
    EXPECT_TRUE(
        std::any_of(hits.begin(), hits.end(), [](const CustomerRef& r) { return r.id == 1; }));
}

TEST(DemoRegisterBuilder, ACancelledBuildKeepsItsWholeBatches)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoRegisterBuilder builder(path, 1);
    builder.setBatchSize(40);
    const auto status = builder.run(400, [](qint64, qint64) { return false; });
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.error().message.contains(QLatin1String("Cancelled")))
        << str(status.error().text());
    EXPECT_EQ(builder.totals().customers, 40);

    auto workspace = Workspace::open(path, QStringLiteral("tester"), QStringLiteral("Testi"));
    ASSERT_TRUE(workspace);
    EXPECT_EQ(test::valueOf((*workspace)->customers().count({})), 40);
    const auto db = (*workspace)->database().connection();
    EXPECT_EQ(test::scalar(db, QStringLiteral("SELECT count(*) FROM customer_search")).toInt(), 40);
}

TEST(DemoRegisterBuilder, ASecondRunAddsToTheRegister)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    ASSERT_TRUE(DemoRegisterBuilder::build(path, 300, 1, {}));
    // Same seed again: legacy keys and customer numbers continue instead of colliding.
    const auto again = DemoRegisterBuilder::build(path, 300, 1, {});
    ASSERT_TRUE(again) << str(again.error().text());
    auto workspace = Workspace::open(path, QStringLiteral("tester"), QStringLiteral("Testi"));
    ASSERT_TRUE(workspace);
    EXPECT_EQ(test::valueOf((*workspace)->customers().count({})), 600);
    EXPECT_EQ(test::valueOf((*workspace)->customers().groupCompanies()).size(), 5);
    EXPECT_FALSE(DemoRegisterBuilder::build(path, 0, 1, {}));
}
