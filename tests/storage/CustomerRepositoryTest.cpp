#include "core/storage/CustomerRepository.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"
#include "core/register/SortName.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/CustomerListRepository.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/TimelineRepository.h"
#include "core/storage/TransactionGuard.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <QHash>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <optional>
#include <random>
#include <tuple>

using namespace luotsi;
using namespace luotsi::core;

namespace {

// Rows of a child table that belong to a customer, read past the repository.
int childRows(storage::Database& db, const QString& table, qint64 customerId)
{
    return test::scalar(db.connection(),
                        QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = %2")
                            .arg(table)
                            .arg(customerId))
        .toInt();
}

const QStringList childTables{QStringLiteral("contacts"),    QStringLiteral("addresses"),
                              QStringLiteral("channels"),    QStringLiteral("relationships"),
                              QStringLiteral("source_keys"), QStringLiteral("timeline_entries")};

class CustomerRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (HasFailure())
            GTEST_FAIL() << "the temporary register did not open";
        storage::DirectoryRepository directory(db());
        auto owner =
            directory.addUser({0, QStringLiteral("aino"), QStringLiteral("Aino Aaltonen"),
                               UserRole::AccountManager, QStringLiteral("aino@luotsi.fi"), true});
        ASSERT_TRUE(owner) << owner.error().text().toStdString();
        m_owner = *owner;
        for (const char* code : {"LUO", "PAP"}) {
            auto company =
                directory.addGroupCompany({0,
                                           QString::fromLatin1(code),
                                           QStringLiteral("Yhtiö ") + QString::fromLatin1(code),
                                           {}});
            ASSERT_TRUE(company) << company.error().text().toStdString();
            m_companyIds.append(company->id);
        }
        m_repository = std::make_unique<storage::CustomerRepository>(db());
    }

    storage::Database& db() { return m_register.workspace().database(); }
    CustomerService& service() { return m_register.workspace().customers(); }

    Customer insert(const Customer& customer)
    {
        auto stored = m_repository->insert(customer);
        if (!stored) {
            ADD_FAILURE() << stored.error().text().toStdString();
            return customer;
        }
        return *stored;
    }

    test::TemporaryRegister m_register;
    User m_owner;
    QList<qint64> m_companyIds;
    std::unique_ptr<storage::CustomerRepository> m_repository;
};

} // namespace

TEST_F(CustomerRepositoryTest, FullAggregateRoundTripsExactly)
{
    Customer parent;
    parent.name = QStringLiteral("Helsingin seurakuntayhtymä");
    parent.kind = CustomerKind::ParishUnion;
    const Customer storedParent = insert(parent);

    Customer customer = test::fullCustomer(m_owner.id, m_companyIds);
    customer.parentId = storedParent.id;
    const Customer stored = insert(customer);

    ASSERT_NE(stored.id, 0);
    EXPECT_EQ(stored.createdAt, customer.createdAt) << "a given creation time is kept";
    EXPECT_TRUE(stored.changedAt.isValid());
    QList<qint64> childIds;
    for (const auto& x : stored.contacts)
        childIds.append(x.id);
    for (const auto& x : stored.addresses)
        childIds.append(x.id);
    for (const auto& x : stored.channels)
        childIds.append(x.id);
    for (const auto& x : stored.relationships)
        childIds.append(x.id);
    for (const auto& x : stored.sourceKeys)
        childIds.append(x.id);
    EXPECT_EQ(childIds.count(0), 0) << "every child gets its id";

    const auto loaded = m_repository->load(stored.id);
    ASSERT_TRUE(loaded) << loaded.error().text().toStdString();
    EXPECT_EQ(*loaded, stored);

    // The list's city is the visiting address's, though billing comes first.
    const auto ref = m_repository->ref(stored.id);
    ASSERT_TRUE(ref);
    EXPECT_EQ(ref->city, QStringLiteral("Helsinki"));
    EXPECT_EQ(ref->name, customer.name);
    EXPECT_EQ(ref->kind, CustomerKind::Parish);
}

TEST_F(CustomerRepositoryTest, EveryEnumValueRoundTrips)
{
    const auto kinds = vocabulary::allValues<CustomerKind>();
    const auto statuses = vocabulary::allValues<CustomerStatus>();
    const auto languages = vocabulary::allValues<Language>();
    const auto addressKinds = vocabulary::allValues<AddressKind>();
    const auto channelKinds = vocabulary::allValues<ChannelKind>();
    const auto relationshipStatuses = vocabulary::allValues<RelationshipStatus>();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        Customer c;
        c.name = QStringLiteral("Asiakas %1").arg(i);
        c.kind = kinds.at(i);
        c.status = statuses.at(i % statuses.size());
        c.language = languages.at(i % languages.size());
        c.addresses = {{0,
                        addressKinds.at(i % addressKinds.size()),
                        QStringLiteral("Katu %1").arg(i),
                        {},
                        QStringLiteral("Oulu"),
                        QStringLiteral("FI")}};
        c.channels = {
            {0, channelKinds.at(i % channelKinds.size()), QStringLiteral("arvo %1").arg(i), {}}};
        c.relationships = {{0,
                            m_companyIds.at(0),
                            {},
                            {},
                            relationshipStatuses.at(i % relationshipStatuses.size())}};
        const Customer stored = insert(c);
        const auto loaded = m_repository->load(stored.id);
        ASSERT_TRUE(loaded);
        EXPECT_EQ(*loaded, stored) << vocabulary::code(c.kind).toStdString();
    }
}

TEST_F(CustomerRepositoryTest, UpdatingChildListsAddsChangesAndRemovesRows)
{
    const Customer before = insert(test::fullCustomer(m_owner.id, m_companyIds));
    Customer after = before;
    after.name = QStringLiteral("Kallion seurakunta (uusi)");
    after.ownerId = 0;
    after.contacts[0].title = QStringLiteral("Talouspäällikkö");
    after.contacts.removeAt(1);
    after.contacts.append({0, QStringLiteral("Pekka"), QStringLiteral("Puu"), {}, {}, {}, {}});
    // The visiting address moves to Vantaa and the billing address goes.
    after.addresses[1].city = QStringLiteral("Vantaa");
    after.addresses.removeAt(0);
    after.channels.append({0, ChannelKind::Phone, QStringLiteral("+358505551234"), {}});
    after.relationships[0].status = RelationshipStatus::Ended;
    after.relationships[0].since = QDate(2010, 5, 6);
    after.relationships.removeAt(1);
    after.sourceKeys.clear();

    const auto updated = m_repository->update(before, after);
    ASSERT_TRUE(updated) << updated.error().text().toStdString();
    EXPECT_EQ(updated->createdAt, before.createdAt);
    EXPECT_EQ(updated->contacts.at(0).id, before.contacts.at(0).id) << "a changed row keeps its id";
    EXPECT_NE(updated->contacts.last().id, 0);
    EXPECT_NE(updated->channels.last().id, 0);

    const auto loaded = m_repository->load(before.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, *updated);
    EXPECT_EQ(loaded->contacts.size(), 2);
    EXPECT_EQ(loaded->addresses.size(), 2);
    EXPECT_EQ(loaded->channels.size(), 4);
    EXPECT_EQ(loaded->relationships.size(), 1);
    EXPECT_TRUE(loaded->sourceKeys.isEmpty());
    // Gone from the tables, not only from what load returns. (SQLite may give a removed row's id
    // to the next insert, so look by content.)
    EXPECT_EQ(
        test::scalar(db().connection(),
                     QStringLiteral("SELECT count(*) FROM contacts WHERE last_name = 'Öhman'"))
            .toInt(),
        0);
    EXPECT_EQ(test::scalar(db().connection(),
                           QStringLiteral("SELECT count(*) FROM addresses WHERE street = 'PL 123'"))
                  .toInt(),
              0);
    EXPECT_EQ(childRows(db(), QStringLiteral("source_keys"), before.id), 0);
    EXPECT_EQ(test::valueOf(m_repository->ref(before.id)).city, QStringLiteral("Vantaa"));
}

TEST_F(CustomerRepositoryTest, ChildIdsOfAnotherCustomerAreNotTakenOver)
{
    const Customer other = insert(test::fullCustomer(m_owner.id, {}));
    Customer mine;
    mine.name = QStringLiteral("Oma Oy");
    mine = insert(mine);

    Customer after = mine;
    after.contacts.append(other.contacts.at(0)); // carries the other customer's contact id
    after.contacts.last().lastName = QStringLiteral("Kopio");
    const auto updated = m_repository->update(mine, after);
    ASSERT_TRUE(updated) << updated.error().text().toStdString();
    EXPECT_NE(updated->contacts.at(0).id, other.contacts.at(0).id);

    EXPECT_EQ(test::valueOf(m_repository->load(other.id)), other);
    EXPECT_EQ(test::valueOf(m_repository->load(mine.id)), *updated);
}

TEST_F(CustomerRepositoryTest, UpdateOfADeletedCustomerFails)
{
    Customer c;
    c.name = QStringLiteral("Poistuva Oy");
    const Customer stored = insert(c);
    ASSERT_TRUE(m_repository->remove(stored.id));
    Customer after = stored;
    after.name = QStringLiteral("Myöhässä Oy");
    const auto updated = m_repository->update(stored, after);
    ASSERT_FALSE(updated);
    EXPECT_TRUE(updated.error().text().contains(QString::number(stored.id)));
    EXPECT_EQ(test::valueOf(m_repository->count()), 0);
}

TEST_F(CustomerRepositoryTest, RemoveDeletesEveryChildRow)
{
    const Customer stored = insert(test::fullCustomer(m_owner.id, m_companyIds));
    storage::TimelineRepository timeline(db());
    ASSERT_TRUE(timeline.add(
        {0, stored.id, TimelineKind::Call, {}, m_owner.id, {}, QStringLiteral("Soitto"), {}}));
    for (const QString& table : childTables)
        ASSERT_GT(childRows(db(), table, stored.id), 0) << table.toStdString();

    ASSERT_TRUE(m_repository->remove(stored.id));

    for (const QString& table : childTables)
        EXPECT_EQ(childRows(db(), table, stored.id), 0) << table.toStdString();
    EXPECT_FALSE(m_repository->load(stored.id));
    EXPECT_FALSE(m_repository->remove(stored.id)) << "removing twice is an error";
    // The legacy keys are free again: a re-import may use them.
    const Customer again = insert(test::fullCustomer(m_owner.id, m_companyIds));
    EXPECT_NE(again.id, 0);
}

TEST_F(CustomerRepositoryTest, RemovingAParentLeavesItsUnitsWithoutAParent)
{
    Customer parent;
    parent.name = QStringLiteral("Tampereen seurakuntayhtymä");
    parent = insert(parent);
    Customer unit;
    unit.name = QStringLiteral("Aleksanterin seurakunta");
    unit.parentId = parent.id;
    unit = insert(unit);
    Customer other;
    other.name = QStringLiteral("Viinikan seurakunta");
    other.parentId = parent.id;
    other = insert(other);

    const auto children = m_repository->children(parent.id);
    ASSERT_TRUE(children);
    ASSERT_EQ(children->size(), 2);
    EXPECT_EQ(children->at(0).id, unit.id); // by name
    EXPECT_EQ(children->at(1).id, other.id);

    ASSERT_TRUE(m_repository->remove(parent.id));
    const auto loaded = m_repository->load(unit.id);
    ASSERT_TRUE(loaded) << "a unit survives its parent";
    EXPECT_EQ(loaded->parentId, 0);
    EXPECT_TRUE(test::valueOf(m_repository->children(parent.id)).isEmpty());
}

TEST_F(CustomerRepositoryTest, WouldCreateCycleWalksTheWholeChain)
{
    Customer a;
    a.name = QStringLiteral("A");
    a = insert(a);
    Customer b;
    b.name = QStringLiteral("B");
    b.parentId = a.id;
    b = insert(b);
    Customer c;
    c.name = QStringLiteral("C");
    c.parentId = b.id;
    c = insert(c);
    Customer loner;
    loner.name = QStringLiteral("D");
    loner = insert(loner);

    EXPECT_TRUE(test::valueOf(m_repository->wouldCreateCycle(a.id, c.id)));
    EXPECT_TRUE(test::valueOf(m_repository->wouldCreateCycle(a.id, b.id)));
    EXPECT_TRUE(test::valueOf(m_repository->wouldCreateCycle(b.id, c.id)));
    EXPECT_TRUE(test::valueOf(m_repository->wouldCreateCycle(a.id, a.id)));
    EXPECT_FALSE(test::valueOf(m_repository->wouldCreateCycle(c.id, a.id)));
    EXPECT_FALSE(test::valueOf(m_repository->wouldCreateCycle(loner.id, c.id)));
    EXPECT_FALSE(test::valueOf(m_repository->wouldCreateCycle(a.id, loner.id)));
}

TEST_F(CustomerRepositoryTest, TimelineRoundTripsNewestFirst)
{
    Customer c;
    c.name = QStringLiteral("Aikajana Oy");
    c = insert(c);
    Customer other;
    other.name = QStringLiteral("Muu Oy");
    other = insert(other);

    storage::TimelineRepository timeline(db());
    auto at = [](int day, int hour) {
        return QDateTime(QDate(2026, 3, day), QTime(hour, 15), Qt::UTC);
    };
    const QList<TimelineEntry> written{
        {0,
         c.id,
         TimelineKind::Meeting,
         at(2, 9),
         m_owner.id,
         {},
         QStringLiteral("Palaveri"),
         QStringLiteral("Sovittiin \"kaikesta\";\nrivi kaksi")},
        {0, c.id, TimelineKind::Call, at(5, 8), 0, {}, QStringLiteral("Soitto"), {}},
        {0, c.id, TimelineKind::Note, at(1, 7), m_owner.id, {}, {}, QStringLiteral("Muistio")},
        {0, c.id, TimelineKind::Email, at(5, 8), m_owner.id, {}, QStringLiteral("Sama hetki"), {}},
        {0, other.id, TimelineKind::Note, at(9, 9), m_owner.id, {}, QStringLiteral("Muu"), {}},
    };
    QList<TimelineEntry> stored;
    for (const TimelineEntry& entry : written) {
        auto added = timeline.add(entry);
        ASSERT_TRUE(added) << added.error().text().toStdString();
        EXPECT_NE(added->id, 0);
        stored.append(*added);
    }

    const auto read = timeline.forCustomer(c.id);
    ASSERT_TRUE(read) << read.error().text().toStdString();
    // Newest first; of two at the same moment the later written first.
    const QList<int> order{3, 1, 0, 2};
    ASSERT_EQ(read->size(), order.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        const TimelineEntry& expected = stored.at(order.at(i));
        const TimelineEntry& actual = read->at(i);
        SCOPED_TRACE("row " + std::to_string(i));
        EXPECT_EQ(actual.id, expected.id);
        EXPECT_EQ(actual.customerId, c.id);
        EXPECT_EQ(actual.kind, expected.kind);
        EXPECT_EQ(actual.occurredAt, expected.occurredAt);
        EXPECT_EQ(actual.authorId, expected.authorId);
        EXPECT_EQ(actual.authorName, expected.authorId == 0 ? QString() : m_owner.displayName);
        EXPECT_EQ(actual.subject, expected.subject);
        EXPECT_EQ(actual.body, expected.body);
    }

    const auto limited = timeline.forCustomer(c.id, 2);
    ASSERT_TRUE(limited);
    ASSERT_EQ(limited->size(), 2);
    EXPECT_EQ(limited->at(1).id, stored.at(1).id);
}

TEST_F(CustomerRepositoryTest, TimelineEntryWithoutTimeGetsOneThatReadsBackTheSame)
{
    Customer c;
    c.name = QStringLiteral("Nyt Oy");
    c = insert(c);
    storage::TimelineRepository timeline(db());
    const auto added =
        timeline.add({0, c.id, TimelineKind::Note, {}, 0, {}, QStringLiteral("Heti"), {}});
    ASSERT_TRUE(added);
    ASSERT_TRUE(added->occurredAt.isValid());
    const auto read = timeline.forCustomer(c.id);
    ASSERT_TRUE(read);
    ASSERT_EQ(read->size(), 1);
    EXPECT_EQ(read->at(0).occurredAt, added->occurredAt);
}

TEST_F(CustomerRepositoryTest, TimelineEntryOfNoCustomerIsRefused)
{
    storage::TimelineRepository timeline(db());
    const auto added =
        timeline.add({0, 424242, TimelineKind::Note, {}, 0, {}, QStringLiteral("Orpo"), {}});
    EXPECT_FALSE(added);
}

TEST_F(CustomerRepositoryTest, AuditRecordsAndReadsNewestFirst)
{
    storage::AuditRepository audit(db());
    using Action = FieldChange::Action;
    const QList<FieldChange> changes{
        {QStringLiteral("customer"), 5, Action::Update, QStringLiteral("name"),
         QStringLiteral("Vanha"), QStringLiteral("Uusi")},
        {QStringLiteral("contact"), 8, Action::Insert, {}, {}, QStringLiteral("Anna, Aho")},
        {QStringLiteral("address"), 9, Action::Delete, {}, QStringLiteral("Katu 1, Oulu"), {}},
    };
    ASSERT_TRUE(audit.record(m_owner.id, 5, changes));
    ASSERT_TRUE(audit.record(0, 6, {changes.at(0)}));

    const auto read = audit.forCustomer(5);
    ASSERT_TRUE(read) << read.error().text().toStdString();
    ASSERT_EQ(read->size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const FieldChange& expected = changes.at(2 - i);
        const AuditEntry& actual = read->at(i);
        EXPECT_EQ(actual.customerId, 5);
        EXPECT_EQ(actual.userName, m_owner.displayName);
        EXPECT_EQ(actual.entity, expected.entity);
        EXPECT_EQ(actual.entityId, expected.entityId);
        EXPECT_EQ(actual.action, CustomerDiff::actionCode(expected.action));
        EXPECT_EQ(actual.field, expected.field);
        EXPECT_EQ(actual.oldValue, expected.oldValue);
        EXPECT_EQ(actual.newValue, expected.newValue);
        EXPECT_TRUE(actual.changedAt.isValid());
    }
    EXPECT_EQ(test::valueOf(audit.forCustomer(5, 1)).size(), 1);
    const auto anonymous = audit.forCustomer(6);
    ASSERT_TRUE(anonymous);
    ASSERT_EQ(anonymous->size(), 1);
    EXPECT_EQ(anonymous->at(0).userName, QString());
}

TEST_F(CustomerRepositoryTest, SaveWritesWhoChangedWhichFieldFromWhatToWhat)
{
    auto created = service().create(test::fullCustomer(m_owner.id, m_companyIds));
    ASSERT_TRUE(created) << created.error().text().toStdString();
    const auto historyBefore = service().history(created->id);
    ASSERT_TRUE(historyBefore);
    ASSERT_FALSE(historyBefore->isEmpty());
    EXPECT_EQ(historyBefore->last().action, QStringLiteral("insert"));

    Customer edited = *created;
    edited.name = QStringLiteral("Kallion seurakunta ry");
    edited.contacts[0].phone = QStringLiteral("+358501112222");
    const Address removed = edited.addresses.takeAt(0);
    edited.sourceKeys.append({0, QStringLiteral("uusi"), QStringLiteral("U-1")});
    auto saved = service().save(edited);
    ASSERT_TRUE(saved) << saved.error().text().toStdString();

    const auto history = service().history(created->id);
    ASSERT_TRUE(history);
    const QString who = m_register.workspace().currentUser().displayName;
    ASSERT_FALSE(who.isEmpty());
    QStringList written;
    for (const AuditEntry& entry : *history) {
        if (entry.id <= historyBefore->first().id)
            continue;
        EXPECT_EQ(entry.userName, who);
        EXPECT_EQ(entry.customerId, created->id);
        written.append(QStringList{entry.entity, QString::number(entry.entityId), entry.action,
                                   entry.field, entry.oldValue, entry.newValue}
                           .join(QLatin1Char('|')));
    }
    QStringList expected{
        QStringLiteral("customer|%1|update|name|Kallion seurakunta|Kallion seurakunta ry")
            .arg(created->id),
        QStringLiteral("contact|%1|update|phone|+358401234567|+358501112222")
            .arg(created->contacts[0].id),
        QStringLiteral("address|%1|delete||billing, PL 123, 02101, Espoo, FI|").arg(removed.id),
        QStringLiteral("source_key|%1|insert|||uusi, U-1").arg(saved->sourceKeys.last().id),
    };
    written.sort();
    expected.sort();
    EXPECT_EQ(written, expected);
}

TEST_F(CustomerRepositoryTest, DirectoryUsersAndGroupCompaniesRoundTrip)
{
    storage::DirectoryRepository directory(db());
    const User manager{0,
                       QStringLiteral("bertta"),
                       QStringLiteral("Bertta Björk"),
                       UserRole::Manager,
                       QStringLiteral("bertta@luotsi.fi"),
                       false};
    const auto added = directory.addUser(manager);
    ASSERT_TRUE(added);
    EXPECT_NE(added->id, 0);

    const auto users = directory.users();
    ASSERT_TRUE(users);
    QStringList names;
    for (const User& user : *users)
        names.append(user.displayName);
    // By display name; the register's first user (who opened it) is its admin.
    EXPECT_EQ(names, (QStringList{QStringLiteral("Aino Aaltonen"), QStringLiteral("Bertta Björk"),
                                  QStringLiteral("Testi Testaaja")}));
    const User& read = users->at(1);
    EXPECT_EQ(read.id, added->id);
    EXPECT_EQ(read.login, manager.login);
    EXPECT_EQ(read.role, UserRole::Manager);
    EXPECT_EQ(read.email, manager.email);
    EXPECT_FALSE(read.active);
    EXPECT_EQ(users->at(2).role, UserRole::Admin);
    EXPECT_EQ(users->at(2).login, QStringLiteral("tester"));

    EXPECT_EQ(test::valueOf(directory.userByLogin(QStringLiteral("bertta"))).id, added->id);
    EXPECT_FALSE(directory.userByLogin(QStringLiteral("nobody")));
    EXPECT_FALSE(directory.addUser(manager)) << "logins are unique";
    EXPECT_EQ(
        test::valueOf(directory.ensureUser(QStringLiteral("bertta"), QStringLiteral("Toinen Nimi")))
            .id,
        added->id);
    const auto fresh = directory.ensureUser(QStringLiteral("cecilia"), QStringLiteral("Cecilia C"));
    ASSERT_TRUE(fresh) << fresh.error().text().toStdString();
    EXPECT_EQ(fresh->role, UserRole::AccountManager) << "only the first user becomes admin";
    EXPECT_EQ(test::valueOf(directory.userByLogin(QStringLiteral("cecilia"))).displayName,
              QStringLiteral("Cecilia C"));

    const auto area = directory.addGroupCompany(
        {0, QStringLiteral("AAA"), QStringLiteral("Ääniyhtiö Oy"), QStringLiteral("Äänitteet")});
    ASSERT_TRUE(area);
    const auto companies = directory.groupCompanies();
    ASSERT_TRUE(companies);
    ASSERT_EQ(companies->size(), 3);
    EXPECT_EQ(companies->at(0).name, QStringLiteral("Yhtiö LUO")); // by name
    EXPECT_EQ(companies->at(2).id, area->id);
    EXPECT_EQ(companies->at(2).code, QStringLiteral("AAA"));
    EXPECT_EQ(companies->at(2).businessArea, QStringLiteral("Äänitteet"));
    EXPECT_FALSE(
        directory.addGroupCompany({0, QStringLiteral("AAA"), QStringLiteral("Toinen"), {}}))
        << "codes are unique";
}

// ---------------------------------------------------------------------------------------------
// The customer list: keyset paging and filters over a thousand customers, checked against a
// brute-force computation over what the test wrote.
