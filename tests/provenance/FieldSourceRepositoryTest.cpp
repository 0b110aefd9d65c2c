// field_sources round trip: every kind of origin written and read back with the names the card
// shows, replaced per field, and the readers' look at a merge's members.

#include "core/storage/FieldSourceRepository.h"
#include "core/Workspace.h"
#include "core/importing/ImportBatch.h"
#include "core/register/CustomerService.h"
#include "core/storage/Database.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/ImportBatchRepository.h"
#include "core/storage/SqlValues.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace luotsi;
using namespace luotsi::core;

namespace {

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 3), Qt::UTC);
}

} // namespace

TEST(FieldSourceRepositoryTest, EveryOriginRoundTripsWithItsNames)
{
    test::TemporaryRegister reg;
    Workspace& workspace = reg.workspace();
    storage::Database& db = workspace.database();
    Customer customer;
    customer.name = QStringLiteral("Rakennus Virtanen Oy");
    const qint64 id = test::valueOf(workspace.customers().create(customer)).id;
    ASSERT_NE(id, 0);

    const User maija = test::valueOf(storage::DirectoryRepository(db).addUser(
        {0, QStringLiteral("maija"), QStringLiteral("Maija Virtanen"), UserRole::Admin, {}, true}));
    importing::ImportBatch batch;
    batch.fileName = QStringLiteral("enterprise.xlsx");
    batch.sourceSystem = QStringLiteral("Enterprise");
    batch.startedAt = at(20, 14);
    const qint64 batchId = test::valueOf(storage::ImportBatchRepository(db).create(batch));
    ASSERT_NE(batchId, 0);
    // A merge of two members into the customer, as the merge work writes it.
    ASSERT_TRUE(test::exec(db.connection(),
                           QStringLiteral("INSERT INTO merges (id, survivor_id, merged_at, "
                                          "survivor_before, survivor_after) "
                                          "VALUES (3, ?, '2026-11-21T09:00:00Z', '{}', '{}')"),
                           {id}));
    ASSERT_TRUE(test::exec(
        db.connection(),
        QStringLiteral("INSERT INTO merge_members (merge_id, customer_id, before_json) VALUES "
                       "(3, 901, ?), (3, 902, 'not json')"),
        {QStringLiteral(R"({"name": "Kirjapaino Äijälä Tmi"})")}));

    QList<FieldSource> written{
        {QStringLiteral("business_id"),
         QStringLiteral("Enterprise"),
         batchId,
         0,
         {},
         0,
         at(20, 14),
         {},
         {}},
        {QStringLiteral("name"), {}, 0, maija.id, {}, 0, at(22, 8), {}, {}},
        {QStringLiteral("phones"), {}, 0, maija.id, {}, 3, at(21, 9), {}, {}},
    };
    storage::FieldSourceRepository repository(db);
    ASSERT_TRUE(repository.record(id, written));

    QList<FieldSource> expected = written;
    expected[0].batchFileName = QStringLiteral("enterprise.xlsx");
    expected[1].userName = QStringLiteral("Maija Virtanen");
    expected[2].userName = QStringLiteral("Maija Virtanen");
    expected[2].mergedFrom = QStringLiteral("Kirjapaino Äijälä Tmi");
    // The create above wrote its own rows; the three fields were replaced, not added.
    QList<FieldSource> read;
    for (const FieldSource& source : test::valueOf(repository.forCustomer(id))) {
        if (source.field == QLatin1String("business_id") || source.field == QLatin1String("name") ||
            source.field == QLatin1String("phones"))
            read.append(source);
    }
    EXPECT_EQ(read, expected);
    EXPECT_EQ(
        test::scalar(db.connection(),
                     QStringLiteral("SELECT count(*) FROM field_sources WHERE field = 'name'"))
            .toInt(),
        1);

    // A batch deleted later leaves its system; a removed user leaves an edit without a name.
    ASSERT_TRUE(test::exec(db.connection(), QStringLiteral("DELETE FROM import_batches")));
    ASSERT_TRUE(
        test::exec(db.connection(), QStringLiteral("DELETE FROM users WHERE id = ?"), {maija.id}));
    for (const FieldSource& source : test::valueOf(repository.forCustomer(id))) {
        if (source.field == QLatin1String("business_id")) {
            EXPECT_EQ(source.sourceSystem, QStringLiteral("Enterprise"));
            EXPECT_EQ(source.batchId, 0);
            EXPECT_TRUE(source.batchFileName.isEmpty());
        } else if (source.field == QLatin1String("name")) {
            EXPECT_EQ(source.userId, 0);
            EXPECT_TRUE(source.userName.isEmpty());
        }
    }
    EXPECT_TRUE(test::valueOf(repository.forCustomer(id + 100)).isEmpty());
}
