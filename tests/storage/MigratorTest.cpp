#include "core/storage/Migrator.h"
#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "core/storage/Database.h"
#include "core/storage/MatchKeyHash.h"
#include "core/storage/MatchKeyRepository.h"
#include "support/StorageTestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <optional>

#include <gtest/gtest.h>

using namespace luotsi;
using namespace luotsi::core;
using luotsi::storage::Database;
using luotsi::storage::Migrator;

namespace {

class MigratorTest : public ::testing::Test
{
protected:
    QString path(const QString& name = QStringLiteral("register.sqlite")) const
    {
        return m_dir.filePath(name);
    }

    // The database at path, or null after a test failure.
    static std::unique_ptr<Database> open(const QString& path)
    {
        auto database = Database::openSqlite(path);
        if (!database) {
            ADD_FAILURE() << database.error().text().toStdString();
            return nullptr;
        }
        return std::move(database).value();
    }

    static int versionOf(Database& database)
    {
        const auto version = Migrator(database).currentVersion();
        if (!version) {
            ADD_FAILURE() << version.error().text().toStdString();
            return -1;
        }
        return *version;
    }

    QTemporaryDir m_dir;
};

// The register's tables as 0001 and 0002 create them.
const QStringList registerTables{
    QStringLiteral("customers"),        QStringLiteral("contacts"),
    QStringLiteral("addresses"),        QStringLiteral("channels"),
    QStringLiteral("relationships"),    QStringLiteral("source_keys"),
    QStringLiteral("timeline_entries"), QStringLiteral("users"),
    QStringLiteral("group_companies"),  QStringLiteral("audit_log"),
    QStringLiteral("customer_search"),  QStringLiteral("schema_migrations"),
};

// A customer with a child of every kind, written with the SQL of schema 1, the first schema
// that has customers. Returns the customer as the current build should read it.
Customer seedSchemaOne(const QSqlDatabase& db)
{
    using test::exec;
    exec(db, QStringLiteral("INSERT INTO users (id, login, display_name, role) VALUES "
                            "(7, 'vanha', 'Vanha Käyttäjä', 'manager')"));
    exec(db, QStringLiteral(
                 "INSERT INTO group_companies (id, code, name) VALUES (3, 'LUO', 'Luotsi Oy')"));
    exec(db,
         QStringLiteral("INSERT INTO customers (id, name, sort_name, business_id, kind, language, "
                        "status, owner_id, parent_id, city, notes, created_at, changed_at) VALUES "
                        "(41, 'Kallion seurakunta', 'kallion seurakunta', '0109862-8', 'parish', "
                        "'sv', 'former', 7, NULL, 'Helsinki', 'vanha muistiinpano', "
                        "'2020-01-02T03:04:05Z', '2021-06-07T08:09:10Z')"));
    exec(db, QStringLiteral(
                 "INSERT INTO contacts (id, customer_id, first_name, last_name, phone, email) "
                 "VALUES (5, 41, 'Matti', 'Meikäläinen', '+358401234567', 'matti@evl.fi')"));
    exec(db,
         QStringLiteral("INSERT INTO addresses (id, customer_id, kind, street, postal_code, city) "
                        "VALUES (6, 41, 'visiting', 'Itäinen Papinkatu 2', '00530', 'Helsinki')"));
    exec(db, QStringLiteral("INSERT INTO channels (id, customer_id, kind, value, label) VALUES "
                            "(8, 41, 'email', 'kallio@evl.fi', 'yleinen')"));
    exec(db, QStringLiteral(
                 "INSERT INTO relationships (id, customer_id, company_id, since, "
                 "customer_number, status) VALUES (9, 41, 3, '2007-02-01', 'A-1', 'ended')"));
    exec(db, QStringLiteral("INSERT INTO source_keys (id, customer_id, source_system, source_key) "
                            "VALUES (10, 41, 'excel', 'rivi 2')"));
    exec(db,
         QStringLiteral("INSERT INTO timeline_entries (customer_id, kind, occurred_at, author_id, "
                        "subject) VALUES (41, 'call', '2021-06-07T08:00:00Z', 7, 'Soitto')"));

    Customer c;
    c.id = 41;
    c.name = QStringLiteral("Kallion seurakunta");
    c.businessId = QStringLiteral("0109862-8");
    c.kind = CustomerKind::Parish;
    c.language = Language::Swedish;
    c.status = CustomerStatus::Former;
    c.ownerId = 7;
    c.notes = QStringLiteral("vanha muistiinpano");
    c.createdAt = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
    c.changedAt = QDateTime(QDate(2021, 6, 7), QTime(8, 9, 10), Qt::UTC);
    c.contacts = {{5,
                   QStringLiteral("Matti"),
                   QStringLiteral("Meikäläinen"),
                   {},
                   {},
                   QStringLiteral("+358401234567"),
                   QStringLiteral("matti@evl.fi")}};
    c.addresses = {{6, AddressKind::Visiting, QStringLiteral("Itäinen Papinkatu 2"),
                    QStringLiteral("00530"), QStringLiteral("Helsinki"), QStringLiteral("FI")}};
    c.channels = {
        {8, ChannelKind::Email, QStringLiteral("kallio@evl.fi"), QStringLiteral("yleinen")}};
    c.relationships = {{9, 3, QDate(2007, 2, 1), QStringLiteral("A-1"), RelationshipStatus::Ended}};
    c.sourceKeys = {{10, QStringLiteral("excel"), QStringLiteral("rivi 2")}};
    return c;
}

} // namespace

TEST_F(MigratorTest, EmptyFileGetsEveryTableAndEveryVersionRecorded)
{
    {
        // A zero-byte file is what a user gets from "new file" in a file manager.
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    auto db = open(path());
    ASSERT_TRUE(db);
    Migrator migrator(*db);
    EXPECT_EQ(versionOf(*db), 0);

    const auto status = migrator.migrate();
    ASSERT_TRUE(status) << status.error().text().toStdString();

    const QStringList tables = test::tableNames(db->connection());
    for (const QString& table : registerTables)
        EXPECT_TRUE(tables.contains(table)) << table.toStdString() << " missing";
    const QString searchSql =
        test::scalar(db->connection(), QStringLiteral("SELECT sql FROM sqlite_master WHERE "
                                                      "name = 'customer_search'"))
            .toString();
    EXPECT_TRUE(searchSql.contains(QStringLiteral("fts5"), Qt::CaseInsensitive))
        << searchSql.toStdString();

    const auto migrations = migrator.available();
    ASSERT_GE(migrations.size(), 2);
    QSqlQuery recorded(db->connection());
    ASSERT_TRUE(recorded.exec(QStringLiteral(
        "SELECT version, name, applied_at FROM schema_migrations ORDER BY version")));
    for (const Migrator::Migration& migration : migrations) {
        ASSERT_TRUE(recorded.next()) << "version " << migration.version << " not recorded";
        EXPECT_EQ(recorded.value(0).toInt(), migration.version);
        EXPECT_EQ(recorded.value(1).toString(), migration.name);
        EXPECT_TRUE(QDateTime::fromString(recorded.value(2).toString(), Qt::ISODate).isValid())
            << recorded.value(2).toString().toStdString();
    }
    EXPECT_FALSE(recorded.next()) << "a version recorded that this build does not have";
    recorded.finish();
    EXPECT_EQ(versionOf(*db), migrator.latestVersion());
    EXPECT_EQ(migrator.latestVersion(), migrations.last().version);
}

TEST_F(MigratorTest, MigratingTwiceChangesNothing)
{
    auto db = open(path());
    ASSERT_TRUE(db);
    ASSERT_TRUE(Migrator(*db).migrate());
    const QStringList before = test::dump(db->connection());
    const auto again = Migrator(*db).migrate();
    EXPECT_TRUE(again) << again.error().text().toStdString();
    EXPECT_EQ(test::dump(db->connection()), before);
}

TEST_F(MigratorTest, StopsAtTheRequestedVersion)
{
    auto db = open(path());
    ASSERT_TRUE(db);
    Migrator migrator(*db);
    ASSERT_TRUE(migrator.migrate(1));
    EXPECT_EQ(versionOf(*db), 1);
    const QStringList tables = test::tableNames(db->connection());
    EXPECT_TRUE(tables.contains(QStringLiteral("customers")));
    // The search index is migration 2.
    EXPECT_FALSE(tables.contains(QStringLiteral("customer_search")));
}

TEST_F(MigratorTest, UpgradesFromEveryEarlierVersionAndKeepsTheData)
{
    QList<int> earlier{0};
    int latest = 0;
    {
        auto probe = open(path(QStringLiteral("probe.sqlite")));
        ASSERT_TRUE(probe);
        Migrator migrator(*probe);
        latest = migrator.latestVersion();
        for (const Migrator::Migration& migration : migrator.available()) {
            if (migration.version < latest)
                earlier.append(migration.version);
        }
    }
    ASSERT_GE(earlier.size(), 2) << "expected versions 0 and 1 at least";

    for (const int version : earlier) {
        SCOPED_TRACE("from schema version " + std::to_string(version));
        const QString file = path(QStringLiteral("from-%1.sqlite").arg(version));
        std::optional<Customer> seeded;
        {
            auto db = open(file);
            ASSERT_TRUE(db);
            ASSERT_TRUE(Migrator(*db).migrate(version));
            ASSERT_EQ(versionOf(*db), version);
            if (version >= 1)
                seeded = seedSchemaOne(db->connection());
        }

        // The normal way in: what the app and luotsi-admin do.
        auto workspace = Workspace::open(file, QStringLiteral("tester"), QStringLiteral("Testi"));
        ASSERT_TRUE(workspace) << workspace.error().text().toStdString();
        EXPECT_EQ(versionOf((*workspace)->database()), latest);
        CustomerService& service = (*workspace)->customers();
        if (seeded) {
            const auto loaded = service.load(seeded->id);
            ASSERT_TRUE(loaded) << loaded.error().text().toStdString();
            EXPECT_EQ(*loaded, *seeded);
            const auto timeline = service.timeline(seeded->id);
            ASSERT_TRUE(timeline);
            ASSERT_EQ(timeline->size(), 1);
            EXPECT_EQ(timeline->at(0).authorName, QStringLiteral("Vanha Käyttäjä"));
            const auto users = service.users();
            ASSERT_TRUE(users);
            EXPECT_EQ(users->size(), 2); // the old user and the one signing in now
        }
        // The upgraded register takes new customers.
        Customer fresh;
        fresh.name = QStringLiteral("Uusi Asiakas ry");
        fresh.kind = CustomerKind::Association;
        const auto created = service.create(fresh);
        EXPECT_TRUE(created) << created.error().text().toStdString();
    }
}

// FAILING: migration 0002 creates customer_search empty and nothing fills it, so customers that
// existed before the search index never show up in search after an upgrade (until some tool
// calls SearchIndex::rebuild(), which Workspace::open does not). See the report.
TEST_F(MigratorTest, CustomersFromBeforeTheSearchIndexAreFoundAfterUpgrade)
{
    {
        auto db = open(path());
        ASSERT_TRUE(db);
        ASSERT_TRUE(Migrator(*db).migrate(1));
        seedSchemaOne(db->connection());
    }
    auto workspace = Workspace::open(path(), QStringLiteral("tester"), QStringLiteral("Testi"));
    ASSERT_TRUE(workspace) << workspace.error().text().toStdString();
    const auto found = (*workspace)->customers().quickSearch(QStringLiteral("Kallion"), 10);
    ASSERT_TRUE(found) << found.error().text().toStdString();
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->at(0).id, 41);
}

TEST_F(MigratorTest, RefusesADatabaseFromANewerBuild)
{
    int latest = 0;
    {
        auto db = open(path());
        ASSERT_TRUE(db);
        Migrator migrator(*db);
        ASSERT_TRUE(migrator.migrate());
        latest = migrator.latestVersion();
        ASSERT_TRUE(test::exec(db->connection(),
                               QStringLiteral("INSERT INTO schema_migrations (version, name, "
                                              "applied_at) VALUES (?, 'from_the_future', "
                                              "'2031-01-01T00:00:00Z')"),
                               {latest + 1}));
    }
    auto db = open(path());
    ASSERT_TRUE(db);
    const QStringList before = test::dump(db->connection());

    const auto status = Migrator(*db).migrate();
    ASSERT_FALSE(status);
    const QString text = status.error().text();
    EXPECT_TRUE(text.contains(QStringLiteral("schema %1").arg(latest + 1))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("schema %1").arg(latest))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("newer"))) << text.toStdString();
    EXPECT_TRUE(text.contains(path()))
        << "the message should name the file: " << text.toStdString();
    EXPECT_EQ(test::dump(db->connection()), before);

    const auto workspace =
        Workspace::open(path(), QStringLiteral("tester"), QStringLiteral("Testi"));
    ASSERT_FALSE(workspace);
    EXPECT_TRUE(workspace.error().text().contains(QStringLiteral("schema %1").arg(latest + 1)));
    EXPECT_EQ(test::dump(db->connection()), before) << "refusing must not sign anyone in";
}

TEST_F(MigratorTest, MigrationFailingMidwayLeavesNoTrace)
{
    auto db = open(path());
    ASSERT_TRUE(db);
    // A leftover table named like one that migration 1 creates near its end: the statements
    // before it succeed, then CREATE TABLE audit_log fails.
    ASSERT_TRUE(test::exec(db->connection(), QStringLiteral("CREATE TABLE audit_log (note TEXT)")));
    ASSERT_TRUE(
        test::exec(db->connection(), QStringLiteral("INSERT INTO audit_log VALUES ('mine')")));

    const auto status = Migrator(*db).migrate();
    ASSERT_FALSE(status);
    const QString text = status.error().text();
    EXPECT_TRUE(text.contains(QStringLiteral("schema 1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("audit_log"))) << text.toStdString();

    EXPECT_EQ(versionOf(*db), 0);
    // The tables created before the failing statement went with the transaction.
    const QStringList tables = test::tableNames(db->connection());
    EXPECT_EQ(tables,
              (QStringList{QStringLiteral("audit_log"), QStringLiteral("schema_migrations")}));
    EXPECT_EQ(
        test::scalar(db->connection(), QStringLiteral("SELECT note FROM audit_log")).toString(),
        QStringLiteral("mine"));
}

TEST_F(MigratorTest, FailedLaterMigrationKeepsThePreviousVersionAndItsData)
{
    auto db = open(path());
    ASSERT_TRUE(db);
    ASSERT_TRUE(Migrator(*db).migrate(1));
    const Customer seeded = seedSchemaOne(db->connection());
    // Something else took the name migration 2 needs.
    ASSERT_TRUE(test::exec(db->connection(), QStringLiteral("CREATE TABLE customer_search (x)")));
    const QStringList before = test::dump(db->connection());

    const auto status = Migrator(*db).migrate();
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.error().text().contains(QStringLiteral("schema 2")))
        << status.error().text().toStdString();
    EXPECT_EQ(versionOf(*db), 1);
    EXPECT_EQ(test::dump(db->connection()), before);

    const auto workspace =
        Workspace::open(path(), QStringLiteral("tester"), QStringLiteral("Testi"));
    EXPECT_FALSE(workspace);

    // Once the obstacle is gone the same database migrates.
    ASSERT_TRUE(test::exec(db->connection(), QStringLiteral("DROP TABLE customer_search")));
    const auto retry = Migrator(*db).migrate();
    EXPECT_TRUE(retry) << retry.error().text().toStdString();
    EXPECT_EQ(versionOf(*db), Migrator(*db).latestVersion());
    EXPECT_EQ(
        test::scalar(db->connection(),
                     QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(seeded.id))
            .toString(),
        seeded.name);
}

TEST_F(MigratorTest, OpenSqliteTurnsOnWalAndForeignKeysOnEveryConnection)
{
    auto first = open(path());
    ASSERT_TRUE(first);
    ASSERT_TRUE(Migrator(*first).migrate());
    auto second = open(path());
    ASSERT_TRUE(second);
    for (Database* db : {first.get(), second.get()}) {
        EXPECT_EQ(test::scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
                  QStringLiteral("wal"));
        EXPECT_EQ(test::scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // And the keys are enforced: a contact of no customer is refused.
        QSqlQuery orphan(db->connection());
        EXPECT_FALSE(orphan.exec(
            QStringLiteral("INSERT INTO contacts (customer_id, last_name) VALUES (999, 'Orpo')")));
    }
    EXPECT_EQ(
        test::scalar(first->connection(), QStringLiteral("SELECT count(*) FROM contacts")).toInt(),
        0);
}

TEST_F(MigratorTest, FolderThatCannotBeCreatedIsAnError)
{
    {
        // A file where the folder should be: mkpath cannot succeed, not even for root.
        QFile blocker(path(QStringLiteral("blocker")));
        ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    }
    const QString target = path(QStringLiteral("blocker/sub/register.sqlite"));
    const auto db = Database::openSqlite(target);
    ASSERT_FALSE(db);
    EXPECT_FALSE(db.error().message.isEmpty());
    EXPECT_TRUE(db.error().text().contains(QStringLiteral("blocker")))
        << db.error().text().toStdString();

    const auto workspace =
        Workspace::open(target, QStringLiteral("tester"), QStringLiteral("Testi"));
    EXPECT_FALSE(workspace);
}

TEST_F(MigratorTest, FileThatIsNotADatabaseIsAnErrorAndStaysUntouched)
{
    QByteArray content;
    for (int i = 0; i < 200; ++i)
        content += "Nimi;Y-tunnus;Kaupunki\nKallion seurakunta;0109862-8;Helsinki\n";
    {
        QFile file(path(QStringLiteral("asiakkaat.csv")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const auto db = Database::openSqlite(path(QStringLiteral("asiakkaat.csv")));
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().text().contains(QStringLiteral("asiakkaat.csv")))
        << db.error().text().toStdString();

    const auto workspace = Workspace::open(path(QStringLiteral("asiakkaat.csv")),
                                           QStringLiteral("tester"), QStringLiteral("Testi"));
    EXPECT_FALSE(workspace);

    QFile file(path(QStringLiteral("asiakkaat.csv")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), content) << "a failed open must not write to the user's file";
}

TEST_F(MigratorTest, FolderGivenAsTheDatabaseIsAnError)
{
    const auto db = Database::openSqlite(m_dir.path());
    EXPECT_FALSE(db);
    const auto workspace =
        Workspace::open(m_dir.path(), QStringLiteral("tester"), QStringLiteral("Testi"));
    EXPECT_FALSE(workspace);
}

TEST(SplitSqlScript, SemicolonsInQuotesCommentsAndTriggerBodiesDoNotSplit)
{
    const QString script = QStringLiteral(R"(-- a comment; with a semicolon
CREATE TABLE t (a TEXT DEFAULT 'x;y', "odd;name" INTEGER); -- trailing; comment
INSERT INTO t (a) VALUES ('it''s; fine');
CREATE TRIGGER t_touch AFTER INSERT ON t BEGIN
    UPDATE t SET a = CASE WHEN a = '' THEN 'empty;' ELSE a END;
    DELETE FROM t WHERE a IS NULL;
END;

SELECT 1
)");
    const QStringList statements = storage::splitSqlScript(script);
    ASSERT_EQ(statements.size(), 4) << statements.join(QStringLiteral("\n----\n")).toStdString();
    EXPECT_TRUE(statements.at(0).startsWith(QStringLiteral("CREATE TABLE t")));
    EXPECT_TRUE(statements.at(0).contains(QStringLiteral("'x;y', \"odd;name\" INTEGER)")));
    EXPECT_TRUE(statements.at(1).endsWith(QStringLiteral("('it''s; fine')")));
    EXPECT_TRUE(statements.at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(statements.at(2).endsWith(QStringLiteral("END")));
    EXPECT_EQ(statements.at(3), QStringLiteral("SELECT 1"));
}

TEST(SplitSqlScript, EveryEmbeddedMigrationRunsStatementByStatement)
{
    // The migrations themselves through the splitter into a scratch database: each piece is one
    // complete statement.
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("scratch.sqlite")));
    ASSERT_TRUE(db);
    for (const Migrator::Migration& migration : Migrator(**db).available()) {
        QFile file(migration.resourcePath);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << migration.resourcePath.toStdString();
        const QStringList statements = storage::splitSqlScript(QString::fromUtf8(file.readAll()));
        EXPECT_FALSE(statements.isEmpty());
        for (const QString& statement : statements) {
            QSqlQuery query((*db)->connection());
            EXPECT_TRUE(query.exec(statement))
                << statement.toStdString() << ": " << query.lastError().text().toStdString();
        }
    }
}

// Schema 8 keeps blocking keys as MatchKeyHash numbers: the text keys of an older register are
// hashed in SQL by the function every connection registers, so they still find their customers.
TEST_F(MigratorTest, TextMatchingKeysBecomeTheirHashes)
{
    const QStringList keys{QStringLiteral("b:0109862-8"), QStringLiteral("n:helsinki:kal+see"),
                           QStringLiteral("e:kallio@evl.fi"), QStringLiteral("f:äijälä")};
    auto db = open(path());
    ASSERT_TRUE(db);
    ASSERT_TRUE(Migrator(*db).migrate(7));
    seedSchemaOne(db->connection());
    QSqlQuery insert(db->connection());
    for (const QString& key : keys) {
        insert.prepare(
            QStringLiteral("INSERT INTO match_keys (match_key, customer_id) VALUES (?, 41)"));
        insert.addBindValue(key);
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    }
    ASSERT_TRUE(Migrator(*db).migrate(8));
    storage::MatchKeyRepository repository(*db);
    for (const QString& key : keys) {
        auto ids = repository.idsFor(storage::MatchKeyHash::of(key), 10);
        ASSERT_TRUE(ids);
        EXPECT_EQ(*ids, QList<qint64>{41}) << key.toStdString();
    }
    auto candidates = repository.candidates(keys, 10);
    ASSERT_TRUE(candidates);
    EXPECT_EQ(*candidates, QList<qint64>{41});
}
