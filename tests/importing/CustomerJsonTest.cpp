#include "core/register/CustomerJson.h"
#include "core/register/CustomerService.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/SqlStatement.h"
#include "core/storage/TransactionGuard.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace luotsi;
using namespace luotsi::core;

namespace {

TEST(CustomerJsonTest, StoredAggregateRoundTripsWithEveryIdAndTimestamp)
{
    test::TemporaryRegister reg;
    storage::DirectoryRepository directory(reg.workspace().database());
    auto company =
        directory.addGroupCompany({0, QStringLiteral("LUO"), QStringLiteral("Luotsi Oy"), {}});
    ASSERT_TRUE(company);
    Customer customer = test::fullCustomer(reg.workspace().currentUser().id, {company->id});
    customer.sourceKeys.append({0, QStringLiteral("Sonet"), QStringLiteral("77"), 0});
    auto stored = reg.workspace().customers().create(customer);
    ASSERT_TRUE(stored) << stored.error().text().toStdString();

    const auto back = CustomerJson::fromBytes(CustomerJson::toBytes(*stored));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, *stored);
    auto loaded = reg.workspace().customers().load(stored->id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*back, *loaded);
}

TEST(CustomerJsonTest, UnreadableBytesGiveNothing)
{
    EXPECT_FALSE(CustomerJson::fromBytes("{\"id\": 3").has_value());
    EXPECT_FALSE(CustomerJson::fromBytes("[]").has_value());
    EXPECT_FALSE(CustomerJson::fromBytes("{\"id\": 3}").has_value());
}

int countUsers(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM users"));
    q.next();
    return q.value(0).toInt();
}

TEST(TransactionGuardTest, InnerGuardRollsBackOnlyItsOwnWork)
{
    test::TemporaryRegister reg;
    QSqlDatabase db = reg.workspace().database().connection();
    const int before = countUsers(db);
    {
        storage::TransactionGuard outer(db);
        ASSERT_TRUE(outer.isActive());
        ASSERT_TRUE(storage::execSql(
            db,
            QStringLiteral(
                "INSERT INTO users (login, display_name, role) VALUES ('a', 'A', 'admin')"),
            {}));
        {
            storage::TransactionGuard inner(db);
            ASSERT_TRUE(inner.isActive());
            ASSERT_TRUE(storage::execSql(
                db,
                QStringLiteral(
                    "INSERT INTO users (login, display_name, role) VALUES ('b', 'B', 'admin')"),
                {}));
        } // no commit: only 'b' goes
        {
            storage::TransactionGuard inner(db);
            ASSERT_TRUE(storage::execSql(
                db,
                QStringLiteral(
                    "INSERT INTO users (login, display_name, role) VALUES ('c', 'C', 'admin')"),
                {}));
            ASSERT_TRUE(inner.commit());
        }
        EXPECT_EQ(countUsers(db), before + 2);
        ASSERT_TRUE(outer.commit());
    }
    EXPECT_EQ(countUsers(db), before + 2);
    {
        storage::TransactionGuard outer(db);
        {
            storage::TransactionGuard inner(db);
            ASSERT_TRUE(storage::execSql(
                db,
                QStringLiteral(
                    "INSERT INTO users (login, display_name, role) VALUES ('d', 'D', 'admin')"),
                {}));
            ASSERT_TRUE(inner.commit());
        }
    } // the outer guard rolls back what the committed inner one did
    EXPECT_EQ(countUsers(db), before + 2);
    // A new top-level transaction after all that is a real one again.
    storage::TransactionGuard again(db);
    ASSERT_TRUE(again.isActive());
    ASSERT_TRUE(storage::execSql(
        db,
        QStringLiteral("INSERT INTO users (login, display_name, role) VALUES ('e', 'E', 'admin')"),
        {}));
    ASSERT_TRUE(again.commit());
    EXPECT_EQ(countUsers(db), before + 3);
}

} // namespace
