#include "core/register/CustomerJson.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/register/CustomerService.h"
#include "core/register/PostalCodeTable.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/SqlStatement.h"
#include "core/storage/TransactionGuard.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <vector>

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

// toBytes writes the JSON itself (fast: one per imported customer); it must stay byte for byte
// what Qt's JSON writer makes of toJson(), or stored fingerprints would stop matching.
TEST(CustomerJsonTest, BytesAreExactlyWhatQtsJsonWriterMakes)
{
    std::vector<Customer> customers;
    Customer full = test::fullCustomer(7, {3, 4});
    full.id = 1000000; // Qt writes integral doubles as integers, also round ones
    full.sourceKeys.append({1200000, QStringLiteral("Sonet"), QStringLiteral("77"), 30});
    customers.push_back(full);
    Customer odd;
    odd.id = 9007199254740; // far past a million, still exact as a double
    QString lone = QStringLiteral("lone ");
    lone.append(QChar(0xD800));
    lone.append(QStringLiteral(" then ok "));
    lone.append(QChar(0xDC00));
    odd.name = QStringLiteral("\"Quoted\" \\ back\tslash\nline\r\b\f\x01\x1f ä Ø 😀 ") + lone;
    odd.notes = QString(QChar(0xFFFE)) + QChar(0x7F) + QChar(0x800) + QChar(0x7FF);
    odd.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    odd.contacts.append({0, QStringLiteral("Åke"), QString(), QString(), QString(), QString(),
                         QStringLiteral("a@b.fi")});
    odd.relationships.append(
        {5, 6, QDate(2001, 2, 3), QStringLiteral("K-1"), RelationshipStatus::Ended});
    customers.push_back(odd);
    customers.push_back(Customer{});
    // And a few hundred realistic ones, with ids as a register gives them.
    DemoDataGenerator::Settings settings;
    settings.seed = 11;
    settings.groupCompanies = {{1, QStringLiteral("PAINO"), QStringLiteral("Paino Oy"), {}}};
    settings.accountManagerIds = {10, 20};
    settings.today = QDate(2026, 11, 23);
    DemoDataGenerator generator(settings, PostalCodeTable::builtIn());
    ASSERT_TRUE(generator.isValid());
    for (int i = 0; i < 300; ++i) {
        Customer c = generator.next().customer;
        c.id = 1000 + i * 10;
        qint64 child = 1;
        for (Contact& x : c.contacts)
            x.id = child++ * 1000;
        for (ContactChannel& x : c.channels)
            x.id = child++;
        customers.push_back(c);
    }
    for (const Customer& customer : customers) {
        EXPECT_EQ(CustomerJson::toBytes(customer).toStdString(),
                  QJsonDocument(CustomerJson::toJson(customer))
                      .toJson(QJsonDocument::Compact)
                      .toStdString());
    }
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
