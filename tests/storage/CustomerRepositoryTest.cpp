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

namespace {

struct ListEntry
{
    qint64 id = 0;
    QString name;
    QString businessId;
    CustomerKind kind = CustomerKind::Company;
    CustomerStatus status = CustomerStatus::Active;
    QString city;   // the visiting address's
    QString search; // every searchable word: name and every address city
    qint64 ownerId = 0;
    QString ownerName;
    QList<qint64> companyIds;
    QString changed;
};

// What FTS5's unicode61 tokenizer with remove_diacritics does to a word.
QString folded(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

bool matchesSearch(const ListEntry& e, const QString& text)
{
    static const QRegularExpression separator(QStringLiteral("[^\\w]+"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    const QStringList tokens = folded(e.search).split(separator, Qt::SkipEmptyParts);
    for (const QString& term : folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::none_of(tokens.begin(), tokens.end(),
                         [&](const QString& t) { return t.startsWith(term); }))
            return false;
    }
    return true;
}

bool matches(const ListEntry& e, const CustomerQuery& q)
{
    return (!q.kind || e.kind == *q.kind) && (!q.status || e.status == *q.status) &&
           (q.ownerId == 0 || e.ownerId == q.ownerId) &&
           (q.companyId == 0 || e.companyIds.contains(q.companyId)) &&
           (q.city.isEmpty() || e.city == q.city) &&
           (q.searchText.isEmpty() || matchesSearch(e, q.searchText));
}

QString sortKey(const ListEntry& e, CustomerSortColumn column)
{
    switch (column) {
    case CustomerSortColumn::Name:
        return SortName::of(e.name);
    case CustomerSortColumn::BusinessId:
        return e.businessId;
    case CustomerSortColumn::Kind:
        return vocabulary::code(e.kind);
    case CustomerSortColumn::Status:
        return vocabulary::code(e.status);
    case CustomerSortColumn::City:
        return e.city;
    case CustomerSortColumn::Changed:
        return e.changed;
    }
    return {};
}

class CustomerListData : public ::testing::Test
{
public:
    static void SetUpTestSuite()
    {
        s_register = std::make_unique<test::TemporaryRegister>();
        storage::Database& db = s_register->workspace().database();
        storage::DirectoryRepository directory(db);
        for (int i = 0; i < 4; ++i) {
            auto user = directory.addUser({0,
                                           QStringLiteral("user%1").arg(i),
                                           QStringLiteral("Käyttäjä %1").arg(i),
                                           UserRole::AccountManager,
                                           {},
                                           true});
            ASSERT_TRUE(user) << user.error().text().toStdString();
            s_owners.append(*user); // the last one owns nobody
        }
        for (int i = 0; i < 4; ++i) {
            auto company = directory.addGroupCompany(
                {0, QStringLiteral("C%1").arg(i), QStringLiteral("Yhtiö %1").arg(i), {}});
            ASSERT_TRUE(company);
            s_companyIds.append(company->id); // the last one has no customers
        }

        const QStringList firsts{
            QStringLiteral("Kallion"),    QStringLiteral("Hämeenlinnan"), QStringLiteral("Åbo"),
            QStringLiteral("Oulun"),      QStringLiteral("Espoon"),       QStringLiteral("Vaasan"),
            QStringLiteral("Äänekosken"), QStringLiteral("Ylöjärven"),    QStringLiteral("Zetor"),
            QStringLiteral("Ähtärin"),    QStringLiteral("ab"),           QStringLiteral("AB"),
            QStringLiteral("Örö"),        QStringLiteral("Émile"),        QStringLiteral("Über"),
            QStringLiteral("kallion")};
        const QStringList lasts{QStringLiteral("seurakunta"), QStringLiteral("Oy"),
                                QStringLiteral("Ab"),         QStringLiteral("ry"),
                                QStringLiteral("kaupunki"),   QStringLiteral("Osuuskunta"),
                                QStringLiteral("Tmi")};
        const QStringList cities{QStringLiteral("Helsinki"),  QStringLiteral("Espoo"),
                                 QStringLiteral("Jyväskylä"), QStringLiteral("Åbo"),
                                 QStringLiteral("Oulu"),      QString(),
                                 QStringLiteral("helsinki"),  QStringLiteral("Zürich")};
        const auto kinds = vocabulary::allValues<CustomerKind>();
        const auto statuses = vocabulary::allValues<CustomerStatus>();

        // A fixed seed: the same thousand customers on every run. Few distinct values per column,
        // so that pages break inside runs of equal sort keys and the id decides.
        std::mt19937 random(20261123);
        auto pick = [&random](qsizetype n) { return qsizetype(random() % quint32(n)); };
        storage::CustomerRepository repository(db);
        storage::TransactionGuard transaction(db.connection());
        ASSERT_TRUE(transaction.isActive());
        for (int i = 0; i < 1000; ++i) {
            Customer c;
            c.name =
                firsts.at(pick(firsts.size())) + QLatin1Char(' ') + lasts.at(pick(lasts.size()));
            c.businessId = i % 5 == 0 ? QString() : test::businessIdFrom(1000000 + (i % 400) * 17);
            c.kind = kinds.at(pick(kinds.size()));
            c.status = statuses.at(pick(statuses.size()));
            const qsizetype owner = pick(4);
            c.ownerId = owner == 3 ? 0 : s_owners.at(owner).id;
            ListEntry e;
            e.search = c.name;
            const QString city = cities.at(pick(cities.size()));
            if (i % 7 == 0) {
                c.addresses.append({0, AddressKind::Billing, QStringLiteral("PL %1").arg(i),
                                    QStringLiteral("33101"), QStringLiteral("Tampere"),
                                    QStringLiteral("FI")});
                e.search += QStringLiteral(" Tampere");
            }
            if (!city.isEmpty()) {
                c.addresses.append({0, AddressKind::Visiting, QStringLiteral("Katu %1").arg(i),
                                    QStringLiteral("00100"), city, QStringLiteral("FI")});
                e.search += QLatin1Char(' ') + city;
            }
            for (qsizetype k = 0; k < 3; ++k) {
                if (pick(3) == 0)
                    c.relationships.append(
                        {0, s_companyIds.at(k), {}, {}, RelationshipStatus::Active});
            }
            auto stored = repository.insert(c);
            ASSERT_TRUE(stored) << stored.error().text().toStdString();

            e.id = stored->id;
            e.name = c.name;
            e.businessId = c.businessId;
            e.kind = c.kind;
            e.status = c.status;
            e.city = c.mainCity();
            e.ownerId = c.ownerId;
            e.ownerName = owner == 3 ? QString() : s_owners.at(owner).displayName;
            for (const Relationship& r : c.relationships)
                e.companyIds.append(r.companyId);
            e.changed = QStringLiteral("2026-0%1-1%2T10:00:00Z").arg(pick(3) + 1).arg(pick(5));
            ASSERT_TRUE(test::exec(
                db.connection(), QStringLiteral("UPDATE customers SET changed_at = ? WHERE id = ?"),
                {e.changed, e.id}));
            s_entries.insert(e.id, e);
        }
        ASSERT_TRUE(transaction.commit());
        ASSERT_TRUE(s_register->workspace().searchIndex().rebuild());
    }

    static void TearDownTestSuite()
    {
        s_register.reset();
        s_entries.clear();
        s_owners.clear();
        s_companyIds.clear();
    }

protected:
    void SetUp() override
    {
        if (!s_register || s_entries.size() != 1000)
            GTEST_FAIL() << "the customer list was not written";
    }

    static CustomerService& service() { return s_register->workspace().customers(); }

    // Ids matching the query in its order, computed in the test.
    static QList<qint64> expectedIds(const CustomerQuery& query)
    {
        QList<const ListEntry*> rows;
        for (const ListEntry& e : s_entries) {
            if (matches(e, query))
                rows.append(&e);
        }
        std::sort(rows.begin(), rows.end(), [&](const ListEntry* a, const ListEntry* b) {
            const QString ka = sortKey(*a, query.sortColumn);
            const QString kb = sortKey(*b, query.sortColumn);
            const bool less = ka != kb ? ka < kb : a->id < b->id;
            const bool greater = ka != kb ? kb < ka : b->id < a->id;
            return query.descending ? greater : less;
        });
        QList<qint64> ids;
        for (const ListEntry* e : rows)
            ids.append(e->id);
        return ids;
    }

    // Every row of the query, page after page with fetchAfter; each row checked against what was
    // written.
    static QList<CustomerRow> walk(const CustomerQuery& query, int pageSize = 37)
    {
        QList<CustomerRow> all;
        std::optional<RowKey> after;
        for (int guard = 0; guard < 2000; ++guard) {
            const auto page = service().fetchAfter(query, after, pageSize);
            if (!page) {
                ADD_FAILURE() << page.error().text().toStdString();
                break;
            }
            EXPECT_LE(page->size(), pageSize);
            if (page->isEmpty())
                break;
            for (const CustomerRow& row : *page) {
                checkRow(row);
                all.append(row);
            }
            after = RowKey{page->last().sortValue, page->last().id};
        }
        return all;
    }

    static void checkRow(const CustomerRow& row)
    {
        const auto it = s_entries.constFind(row.id);
        ASSERT_NE(it, s_entries.constEnd()) << "unknown id " << row.id;
        EXPECT_EQ(row.name, it->name);
        EXPECT_EQ(row.businessId, it->businessId);
        EXPECT_EQ(row.kind, it->kind);
        EXPECT_EQ(row.status, it->status);
        EXPECT_EQ(row.city, it->city);
        EXPECT_EQ(row.ownerName, it->ownerName);
        EXPECT_EQ(row.changedAt, QDateTime::fromString(it->changed, Qt::ISODate));
    }

    static QList<qint64> idsOf(const QList<CustomerRow>& rows)
    {
        QList<qint64> ids;
        for (const CustomerRow& row : rows)
            ids.append(row.id);
        return ids;
    }

    static inline std::unique_ptr<test::TemporaryRegister> s_register;
    static inline QHash<qint64, ListEntry> s_entries;
    static inline QList<User> s_owners;
    static inline QList<qint64> s_companyIds;
};

class CustomerListPaging
    : public CustomerListData,
      public ::testing::WithParamInterface<std::tuple<CustomerSortColumn, bool>>
{
protected:
    static CustomerQuery query()
    {
        CustomerQuery q;
        q.sortColumn = std::get<0>(GetParam());
        q.descending = std::get<1>(GetParam());
        return q;
    }
};

} // namespace

TEST_P(CustomerListPaging, FetchAfterCoversEveryCustomerOnceInSortOrder)
{
    const CustomerQuery q = query();
    const QList<qint64> expected = expectedIds(q);
    ASSERT_EQ(expected.size(), 1000);
    EXPECT_EQ(idsOf(walk(q)), expected);
    EXPECT_EQ(test::valueOf(service().count(q)), 1000);
    // A page size that divides the total ends on an empty page, not a repeated one.
    EXPECT_EQ(idsOf(walk(q, 100)), expected);
}

TEST_P(CustomerListPaging, FetchBeforeIsTheMirrorOfFetchAfter)
{
    const CustomerQuery q = query();
    const QList<CustomerRow> forward = walk(q);
    ASSERT_EQ(forward.size(), 1000);

    QList<qint64> backward{forward.last().id};
    RowKey before{forward.last().sortValue, forward.last().id};
    for (int guard = 0; guard < 2000; ++guard) {
        const auto page = service().fetchBefore(q, before, 37);
        ASSERT_TRUE(page) << page.error().text().toStdString();
        if (page->isEmpty())
            break;
        backward = idsOf(*page) + backward;
        before = RowKey{page->first().sortValue, page->first().id};
    }
    EXPECT_EQ(backward, idsOf(forward));

    // From the middle: exactly the rows just before, in the list's order.
    const CustomerRow& middle = forward.at(500);
    const auto page = service().fetchBefore(q, {middle.sortValue, middle.id}, 37);
    ASSERT_TRUE(page);
    EXPECT_EQ(idsOf(*page), idsOf(forward.mid(463, 37)));
    EXPECT_TRUE(
        test::valueOf(service().fetchBefore(q, {forward.first().sortValue, forward.first().id}, 37))
            .isEmpty());
}

TEST_P(CustomerListPaging, FetchAtAgreesWithWalking)
{
    const CustomerQuery q = query();
    const QList<qint64> walked = idsOf(walk(q));
    ASSERT_EQ(walked.size(), 1000);
    for (const qint64 offset : {0, 1, 36, 37, 499, 963, 999, 1000, 1500}) {
        const auto page = service().fetchAt(q, offset, 37);
        ASSERT_TRUE(page) << page.error().text().toStdString();
        EXPECT_EQ(idsOf(*page), walked.mid(offset, 37)) << "offset " << offset;
    }
}

std::string pagingName(const ::testing::TestParamInfo<std::tuple<CustomerSortColumn, bool>>& info)
{
    static const std::array<const char*, 6> names{"Name",   "BusinessId", "Kind",
                                                  "Status", "City",       "Changed"};
    return std::string(names.at(size_t(std::get<0>(info.param)))) +
           (std::get<1>(info.param) ? "Descending" : "Ascending");
}

INSTANTIATE_TEST_SUITE_P(
    EverySortColumn, CustomerListPaging,
    ::testing::Combine(::testing::Values(CustomerSortColumn::Name, CustomerSortColumn::BusinessId,
                                         CustomerSortColumn::Kind, CustomerSortColumn::Status,
                                         CustomerSortColumn::City, CustomerSortColumn::Changed),
                       ::testing::Bool()),
    pagingName);

using CustomerListFilters = CustomerListData;

namespace {

// Checks one query's rows and count against the brute force; returns how many matched.
qsizetype checkFilter(const QList<qint64>& expected, const QList<qint64>& walked, qint64 count)
{
    EXPECT_EQ(walked, expected);
    EXPECT_EQ(count, expected.size());
    return expected.size();
}

} // namespace

TEST_F(CustomerListFilters, EachFilterReturnsExactlyTheMatchingCustomers)
{
    QList<CustomerQuery> queries;
    for (const CustomerKind kind : vocabulary::allValues<CustomerKind>()) {
        CustomerQuery q;
        q.kind = kind;
        queries.append(q);
    }
    for (const CustomerStatus status : vocabulary::allValues<CustomerStatus>()) {
        CustomerQuery q;
        q.status = status;
        queries.append(q);
    }
    for (const User& owner : s_owners) {
        CustomerQuery q;
        q.ownerId = owner.id;
        queries.append(q);
    }
    for (const qint64 company : s_companyIds) {
        CustomerQuery q;
        q.companyId = company;
        queries.append(q);
    }
    // "helsinki" is another city than "Helsinki": the filter is exact, case as stored.
    for (const char* city :
         {"Helsinki", "helsinki", "Jyväskylä", "Zürich", "Tampere", "HELSINKI"}) {
        CustomerQuery q;
        q.city = QString::fromUtf8(city);
        queries.append(q);
    }
    {
        CustomerQuery q;
        q.kind = CustomerKind::Parish;
        q.status = CustomerStatus::Active;
        q.city = QStringLiteral("Helsinki");
        q.companyId = s_companyIds.at(0);
        q.sortColumn = CustomerSortColumn::City;
        q.descending = true;
        queries.append(q);
    }

    qsizetype nonEmpty = 0;
    for (const CustomerQuery& q : queries) {
        SCOPED_TRACE(QStringLiteral("kind=%1 status=%2 owner=%3 company=%4 city=%5")
                         .arg(q.kind ? vocabulary::code(*q.kind) : QString(),
                              q.status ? vocabulary::code(*q.status) : QString())
                         .arg(q.ownerId)
                         .arg(q.companyId)
                         .arg(q.city)
                         .toStdString());
        const auto count = service().count(q);
        ASSERT_TRUE(count) << count.error().text().toStdString();
        nonEmpty += checkFilter(expectedIds(q), idsOf(walk(q)), *count) > 0 ? 1 : 0;
    }
    // The data must make the filters bite: most queries find some, but not all, customers.
    EXPECT_GE(nonEmpty, queries.size() - 4);
}

TEST_F(CustomerListFilters, SearchTextCombinesWithFiltersAndPaging)
{
    const QStringList texts{QStringLiteral("kallion"),
                            QStringLiteral("hameen"),
                            QStringLiteral("ab"),
                            QStringLiteral("oulu"),
                            QStringLiteral("seurakunta helsinki"),
                            QStringLiteral("tampere"),
                            QStringLiteral("ÅBO"),
                            QStringLiteral("emile oy")};
    for (const QString& text : texts) {
        for (const bool filtered : {false, true}) {
            CustomerQuery q;
            q.searchText = text;
            if (filtered)
                q.status = CustomerStatus::Active;
            SCOPED_TRACE(text.toStdString() + (filtered ? " active" : ""));
            const QList<qint64> expected = expectedIds(q);
            EXPECT_FALSE(expected.isEmpty());
            EXPECT_LT(expected.size(), 1000);
            checkFilter(expected, idsOf(walk(q)), test::valueOf(service().count(q)));
        }
    }
}

TEST_F(CustomerListFilters, BothSearchPlansListTheSameCustomers)
{
    // A threshold of 1 sends every search down the "many matches" plan (walk the sort index,
    // test each customer); the service's default sends these small sets down the other.
    storage::CustomerListRepository manyPlan(s_register->workspace().database(),
                                             s_register->workspace().searchIndex(), 1);
    for (const QString& text :
         {QStringLiteral("kallion"), QStringLiteral("ab"), QStringLiteral("oulu")}) {
        for (const bool descending : {false, true}) {
            CustomerQuery q;
            q.searchText = text;
            q.descending = descending;
            SCOPED_TRACE(text.toStdString() + (descending ? " desc" : ""));
            QList<qint64> walked;
            std::optional<RowKey> after;
            for (int guard = 0; guard < 1000; ++guard) {
                const auto page = manyPlan.fetchAfter(q, after, 7);
                ASSERT_TRUE(page) << page.error().text().toStdString();
                if (page->isEmpty())
                    break;
                walked += idsOf(*page);
                after = RowKey{page->last().sortValue, page->last().id};
            }
            EXPECT_EQ(walked, idsOf(walk(q)));
            EXPECT_EQ(test::valueOf(manyPlan.count(q)), walked.size());
            if (walked.size() > 3) {
                EXPECT_EQ(idsOf(test::valueOf(manyPlan.fetchAt(q, 3, 2))), walked.mid(3, 2));
            }
        }
    }
}

TEST_F(CustomerListFilters, CitiesAreTheDistinctNonEmptyMainCities)
{
    QStringList expected;
    for (const ListEntry& e : s_entries) {
        if (!e.city.isEmpty() && !expected.contains(e.city))
            expected.append(e.city);
    }
    std::sort(expected.begin(), expected.end());
    const auto cities = service().cities();
    ASSERT_TRUE(cities);
    EXPECT_EQ(*cities, expected);
}
