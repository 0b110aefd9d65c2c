// The import's fast path for new customers writes what CustomerService::create writes, row for
// row: the same customers with their children, audit entries, field sources and search entries,
// whatever the number of customers waiting to be written together. (Matching keys the import
// keeps and writes itself.)

#include "core/storage/NewCustomerWriter.h"
#include "core/Workspace.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/demo/DemoDirectory.h"
#include "core/register/CustomerService.h"
#include "core/register/PostalCodeTable.h"
#include "core/storage/BatchedInsert.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqlStatement.h"
#include "core/storage/TransactionGuard.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace luotsi;
using namespace luotsi::core;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

// The rows a create writes, with the moment of writing left out (changed_at, created_at of
// the audit and sources differ by the second the two registers were written in).
const QStringList comparedTables{
    QStringLiteral("SELECT id, name, sort_name, business_id, kind, language, status, owner_id, "
                   "parent_id, city, notes, created_at FROM customers ORDER BY id"),
    QStringLiteral("SELECT * FROM contacts ORDER BY id"),
    QStringLiteral("SELECT * FROM addresses ORDER BY id"),
    QStringLiteral("SELECT * FROM channels ORDER BY id"),
    QStringLiteral("SELECT * FROM relationships ORDER BY id"),
    QStringLiteral("SELECT * FROM source_keys ORDER BY id"),
    QStringLiteral("SELECT id, user_id, customer_id, entity, entity_id, action, field, "
                   "old_value, new_value FROM audit_log ORDER BY id"),
    QStringLiteral("SELECT customer_id, field, source_system, batch_id, user_id, merge_id FROM "
                   "field_sources ORDER BY customer_id, field"),
    QStringLiteral("SELECT rowid, name, business_id, city, contacts, phones, emails FROM "
                   "customer_search ORDER BY rowid"),
};

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

// Generated customers as an import hands them over: normalised and validated, with a source
// key of the batch.
QList<Customer> customers(const DemoDirectory::Stored& directory, int count, qint64 batchId)
{
    DemoDataGenerator::Settings settings;
    settings.seed = 5;
    settings.groupCompanies = directory.groupCompanies;
    settings.accountManagerIds = directory.accountManagerIds;
    settings.today = QDate(2026, 11, 23);
    DemoDataGenerator generator(settings, PostalCodeTable::builtIn());
    QList<Customer> list;
    while (list.size() < count) {
        GeneratedCustomer next = generator.next();
        if (next.parentSequence >= 0)
            continue;
        next.customer.sourceKeys = {
            {0, QStringLiteral("Vanha"), QStringLiteral("V-%1").arg(list.size()), batchId}};
        auto valid = CustomerService::prepare(next.customer);
        EXPECT_TRUE(valid) << str(valid.error().text());
        list.append(*valid);
    }
    return list;
}

class NewCustomerWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (test::TemporaryRegister* reg : {&m_service, &m_writer}) {
            auto stored = DemoDirectory::ensure(reg->workspace().database());
            ASSERT_TRUE(stored) << str(stored.error().text());
            m_directory = *stored;
        }
    }

    test::TemporaryRegister m_service;
    test::TemporaryRegister m_writer;
    DemoDirectory::Stored m_directory;
};

} // namespace

TEST_F(NewCustomerWriterTest, WritesWhatTheServiceWritesRowForRow)
{
    // 150 customers: written together in groups of 64 and one smaller group at the end, with
    // an early flush (as a lookup of a pending key makes) in between.
    const QList<Customer> list = customers(m_directory, 150, 0);
    const ChangeOrigin origin{QStringLiteral("Vanha"), 0};

    CustomerService& service = m_service.workspace().customers();
    service.setChangeOrigin(origin);
    for (const Customer& c : list) {
        auto created = service.create(c);
        ASSERT_TRUE(created) << str(created.error().text());
    }

    Workspace& workspace = m_writer.workspace();
    storage::TransactionGuard transaction(workspace.database().connection());
    storage::NewCustomerWriter writer(workspace.database(), workspace.searchIndex(),
                                      workspace.currentUser().id, origin);
    QList<Customer> written;
    for (const Customer& c : list) {
        auto created = writer.create(c);
        ASSERT_TRUE(created) << str(created.error().text());
        written.append(*created);
        // Pending until written together with others (every 64th create writes the group).
        EXPECT_EQ(writer.isPending(created->id), writer.hasPending());
        if (written.size() == 10) {
            EXPECT_TRUE(writer.pendingSourceKey(QStringLiteral("Vanha"), QStringLiteral("V-9")));
            ASSERT_TRUE(writer.flush());
            EXPECT_FALSE(writer.hasPending());
            EXPECT_FALSE(writer.isPending(created->id));
        }
    }
    EXPECT_TRUE(writer.pendingSourceKey(QStringLiteral("Vanha"), QStringLiteral("V-149")));
    EXPECT_FALSE(writer.pendingSourceKey(QStringLiteral("Vanha"), QStringLiteral("V-9")));
    ASSERT_TRUE(writer.finish());
    ASSERT_TRUE(transaction.commit());

    for (const QString& sql : comparedTables) {
        const QStringList expected = rows(m_service.workspace().database().connection(), sql);
        ASSERT_FALSE(expected.isEmpty()) << str(sql);
        EXPECT_EQ(rows(workspace.database().connection(), sql), expected) << str(sql);
    }
    // What the writer returned is what a load reads.
    for (const Customer& c : written) {
        auto loaded = workspace.customers().load(c.id);
        ASSERT_TRUE(loaded);
        EXPECT_EQ(*loaded, c);
    }
}

TEST_F(NewCustomerWriterTest, IdsContinueAfterRowsOthersAdded)
{
    Workspace& workspace = m_writer.workspace();
    const QList<Customer> list = customers(m_directory, 3, 0);
    storage::TransactionGuard transaction(workspace.database().connection());
    storage::NewCustomerWriter writer(workspace.database(), workspace.searchIndex(),
                                      workspace.currentUser().id, std::nullopt);
    auto first = writer.create(list.at(0));
    ASSERT_TRUE(first);
    ASSERT_TRUE(writer.flush());
    // A merge through the service adds rows between the writer's.
    auto other = workspace.customers().create(list.at(1));
    ASSERT_TRUE(other);
    ASSERT_TRUE(writer.refreshIds());
    auto third = writer.create(list.at(2));
    ASSERT_TRUE(third) << str(third.error().text());
    ASSERT_TRUE(writer.finish()) << "no id of the service's rows is taken again";
    EXPECT_GT(third->id, other->id);
    ASSERT_TRUE(transaction.commit());
    EXPECT_EQ(*workspace.customers().load(third->id), *third);
}

TEST(BatchedInsertTest, WritesEveryRowWhateverTheGroupSizes)
{
    test::TemporaryRegister reg;
    storage::Database& db = reg.workspace().database();
    ASSERT_TRUE(storage::execSql(db.connection(),
                                 QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT, c BLOB)"),
                                 QStringLiteral("test")));
    storage::BatchedInsert insert(db, QStringLiteral("INSERT INTO t (a, b, c)"), 3,
                                  QStringLiteral("test"), 8);
    int written = 0;
    for (int pending : {1, 7, 8, 9, 17, 0, 30}) {
        for (int i = 0; i < pending; ++i, ++written) {
            insert << qint64(written) << QStringLiteral("rivi ä %1").arg(written)
                   << storage::BatchedInsert::id(written % 3 == 0 ? 0 : written);
        }
        EXPECT_EQ(insert.pendingRows(), pending);
        ASSERT_TRUE(insert.flush());
        EXPECT_EQ(insert.pendingRows(), 0);
    }
    const QStringList stored =
        rows(db.connection(), QStringLiteral("SELECT a, b, c FROM t ORDER BY a"));
    ASSERT_EQ(stored.size(), written);
    for (int i = 0; i < written; ++i) {
        EXPECT_EQ(str(stored.at(i)),
                  str(QStringLiteral("%1|rivi ä %1|%2")
                          .arg(i)
                          .arg(i % 3 == 0 ? QStringLiteral("NULL") : QString::number(i))));
    }
}
