#include "core/register/CustomerService.h"
#include "core/storage/DirectoryRepository.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

#include <functional>

using namespace luotsi;
using namespace luotsi::core;

namespace {

class CustomerServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (HasFailure())
            GTEST_FAIL() << "the temporary register did not open";
        storage::DirectoryRepository directory(db());
        auto company =
            directory.addGroupCompany({0, QStringLiteral("LUO"), QStringLiteral("Luotsi Oy"), {}});
        ASSERT_TRUE(company);
        m_companyId = company->id;
        QObject::connect(&service(), &CustomerService::customerCreated,
                         [this](qint64 id) { m_created.append(id); });
        QObject::connect(&service(), &CustomerService::customerSaved,
                         [this](qint64 id) { m_saved.append(id); });
        QObject::connect(&service(), &CustomerService::customerRemoved,
                         [this](qint64 id) { m_removed.append(id); });
        QObject::connect(&service(), &CustomerService::timelineChanged,
                         [this](qint64 id) { m_timelineChanged.append(id); });
    }

    storage::Database& db() { return m_register.workspace().database(); }
    CustomerService& service() { return m_register.workspace().customers(); }
    QStringList dump() { return test::dump(db().connection()); }

    Customer create(const Customer& customer)
    {
        auto created = service().create(customer);
        if (!created) {
            ADD_FAILURE() << created.error().text().toStdString();
            return customer;
        }
        return *created;
    }

    Customer named(const QString& name, qint64 parentId = 0)
    {
        Customer c;
        c.name = name;
        c.kind = CustomerKind::Parish;
        c.parentId = parentId;
        return create(c);
    }

    QList<qint64> found(const QString& text)
    {
        QList<qint64> ids;
        const auto refs = service().quickSearch(text, 10);
        EXPECT_TRUE(refs) << refs.error().text().toStdString();
        if (refs) {
            for (const CustomerRef& ref : *refs)
                ids.append(ref.id);
        }
        return ids;
    }

    QList<qint64> historyIds(qint64 customerId)
    {
        QList<qint64> ids;
        const auto history = service().history(customerId);
        EXPECT_TRUE(history);
        if (history) {
            for (const AuditEntry& entry : *history)
                ids.append(entry.id);
        }
        return ids;
    }

    test::TemporaryRegister m_register;
    qint64 m_companyId = 0;
    QList<qint64> m_created, m_saved, m_removed, m_timelineChanged;
};

} // namespace

TEST_F(CustomerServiceTest, CreateRejectsInvalidFieldsNamingEach)
{
    struct Case
    {
        const char* what;
        std::function<void(Customer&)> spoil;
        QStringList mentions;
    };
    const QList<Case> cases{
        {"business ID check digit",
         [](Customer& c) { c.businessId = QStringLiteral("0109862-7"); },
         {QStringLiteral("Business ID"), QStringLiteral("0109862-7")}},
        {"customer email",
         [](Customer& c) { c.channels[1].value = QStringLiteral("kallio at evl.fi"); },
         {QStringLiteral("Email"), QStringLiteral("kallio at evl.fi")}},
        {"contact email",
         [](Customer& c) { c.contacts[0].email = QStringLiteral("matti@evl"); },
         {QStringLiteral("Email"), QStringLiteral("matti@evl"),
          QStringLiteral("Matti Meikäläinen")}},
        {"postal code",
         [](Customer& c) { c.addresses[1].postalCode = QStringLiteral("005300"); },
         {QStringLiteral("Postal code"), QStringLiteral("005300")}},
        {"all three at once",
         [](Customer& c) {
             c.businessId = QStringLiteral("0109862-7");
             c.channels[1].value = QStringLiteral("kallio at evl.fi");
             c.addresses[1].postalCode = QStringLiteral("005300");
         },
         {QStringLiteral("0109862-7"), QStringLiteral("kallio at evl.fi"),
          QStringLiteral("005300")}},
    };
    const QStringList before = dump();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        Customer customer = test::fullCustomer(0, {m_companyId});
        c.spoil(customer);
        const auto created = service().create(customer);
        ASSERT_FALSE(created);
        const QString text = created.error().text();
        for (const QString& mention : c.mentions)
            EXPECT_TRUE(text.contains(mention)) << text.toStdString();
        EXPECT_TRUE(text.contains(customer.name)) << "the message says which customer";
        EXPECT_EQ(dump(), before) << "nothing written";
    }
    EXPECT_TRUE(m_created.isEmpty());
}

TEST_F(CustomerServiceTest, SaveRejectsInvalidDataAndKeepsTheStoredVersion)
{
    const Customer stored = create(test::fullCustomer(0, {m_companyId}));
    const QStringList before = dump();
    Customer edited = stored;
    edited.name = QStringLiteral("Uusi nimi");
    edited.contacts[1].email = QStringLiteral("åsa@");
    const auto saved = service().save(edited);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().text().contains(QStringLiteral("åsa@")))
        << saved.error().text().toStdString();
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(test::valueOf(service().load(stored.id)), stored);
    EXPECT_TRUE(m_saved.isEmpty());
}

TEST_F(CustomerServiceTest, SaveNormalisesPhonesToE164AndOtherFieldsToCanonicalForm)
{
    Customer c;
    c.name = QStringLiteral("  Kesko   Oyj ");
    c.businessId = QStringLiteral("FI01098628");
    c.contacts = {{0,
                   QStringLiteral("Matti"),
                   QStringLiteral("Meikäläinen"),
                   {},
                   {},
                   QStringLiteral("040 1234567"),
                   QStringLiteral("Matti.M@KESKO.FI")},
                  {0,
                   QStringLiteral("Anna"),
                   QStringLiteral("Aho"),
                   {},
                   {},
                   QStringLiteral("+358 50 123 4567"),
                   {}}};
    c.channels = {{0, ChannelKind::Phone, QStringLiteral("(09) 1234 5678"), {}}};
    c.addresses = {{0, AddressKind::Visiting, QStringLiteral("Työpajankatu 12"),
                    QStringLiteral("510"), QStringLiteral("Helsinki"), QStringLiteral("fi")}};
    const Customer created = create(c);

    const auto loaded = service().load(created.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, created);
    EXPECT_EQ(loaded->contacts.at(0).phone, QStringLiteral("+358401234567"));
    EXPECT_EQ(loaded->contacts.at(1).phone, QStringLiteral("+358501234567"));
    EXPECT_EQ(loaded->channels.at(0).value, QStringLiteral("+358912345678"));
    EXPECT_EQ(loaded->name, QStringLiteral("Kesko Oyj"));
    EXPECT_EQ(loaded->businessId, QStringLiteral("0109862-8"));
    EXPECT_EQ(loaded->contacts.at(0).email, QStringLiteral("Matti.M@kesko.fi"));
    EXPECT_EQ(loaded->addresses.at(0).postalCode, QStringLiteral("00510"));
    EXPECT_EQ(loaded->addresses.at(0).country, QStringLiteral("FI"));

    // And on a later save, not only on create.
    Customer edited = *loaded;
    edited.contacts[1].phone = QStringLiteral("050 765 4321");
    const auto saved = service().save(edited);
    ASSERT_TRUE(saved) << saved.error().text().toStdString();
    const auto reloaded = service().load(created.id);
    ASSERT_TRUE(reloaded);
    ASSERT_EQ(reloaded->contacts.size(), 2);
    EXPECT_EQ(reloaded->contacts.at(1).phone, QStringLiteral("+358507654321"));
}

TEST_F(CustomerServiceTest, CreateGivesNewIdsAndReturnsWhatLoadReads)
{
    Customer c = test::fullCustomer(0, {m_companyId});
    c.id = 77;
    c.contacts[0].id = 5;
    c.addresses[0].id = 6;
    const Customer created = create(c);
    EXPECT_NE(created.id, 0);
    EXPECT_FALSE(service().load(77)) << "the caller's id is not used";
    const auto loaded = service().load(created.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, created);
    EXPECT_EQ(m_created, QList<qint64>{created.id});
}

TEST_F(CustomerServiceTest, FailedSaveLeavesTheDatabaseExactlyAsBefore)
{
    const Customer stored = create(test::fullCustomer(0, {m_companyId}));
    const QStringList before = dump();
    const QList<qint64> history = historyIds(stored.id);

    // The customer row, the contacts and the addresses are written before the relationship that
    // points at a group company that does not exist and so fails its foreign key.
    Customer edited = stored;
    edited.name = QStringLiteral("Uusnimi Oy");
    edited.notes = QStringLiteral("muutettu");
    edited.contacts.append({0, QStringLiteral("Pekka"), QStringLiteral("Puu"), {}, {}, {}, {}});
    edited.addresses.removeAt(0);
    edited.relationships.append({0, 999999, {}, QStringLiteral("X-1"), RelationshipStatus::Active});
    const auto saved = service().save(edited);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().text().contains(QStringLiteral("relationships")))
        << saved.error().text().toStdString();

    EXPECT_EQ(dump(), before);
    EXPECT_EQ(test::valueOf(service().load(stored.id)), stored);
    EXPECT_EQ(historyIds(stored.id), history);
    EXPECT_TRUE(found(QStringLiteral("Uusnimi")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("Puu")).isEmpty());
    EXPECT_EQ(found(QStringLiteral("Kallion")), QList<qint64>{stored.id});
    EXPECT_TRUE(m_saved.isEmpty());

    // The service is usable afterwards: the transaction did not stay open.
    edited.relationships.removeLast();
    const auto retry = service().save(edited);
    ASSERT_TRUE(retry) << retry.error().text().toStdString();
    EXPECT_EQ(test::valueOf(service().load(stored.id)).name, QStringLiteral("Uusnimi Oy"));
}

TEST_F(CustomerServiceTest, SaveThatWouldDuplicateALegacyKeyChangesNothing)
{
    const Customer first = create(test::fullCustomer(0, {m_companyId}));
    Customer second = named(QStringLiteral("Toinen seurakunta"));
    const QStringList before = dump();
    second.name = QStringLiteral("Toinen seurakunta (tuotu)");
    second.sourceKeys = {first.sourceKeys.at(0)};
    second.sourceKeys[0].id = 0;
    const auto saved = service().save(second);
    ASSERT_FALSE(saved);
    EXPECT_EQ(dump(), before);
    EXPECT_TRUE(m_saved.isEmpty());
}

TEST_F(CustomerServiceTest, FailedCreateLeavesNothingBehind)
{
    const QStringList before = dump();
    Customer c = test::fullCustomer(0, {m_companyId});
    c.relationships.append({0, 999999, {}, {}, RelationshipStatus::Active});
    EXPECT_FALSE(service().create(c));
    EXPECT_EQ(dump(), before);

    Customer orphan = test::fullCustomer(0, {m_companyId});
    orphan.parentId = 424242;
    EXPECT_FALSE(service().create(orphan)) << "a parent that does not exist";
    EXPECT_EQ(dump(), before);
    EXPECT_TRUE(found(QStringLiteral("Kallion")).isEmpty());
    EXPECT_TRUE(m_created.isEmpty());
}

TEST_F(CustomerServiceTest, SignalsTellWhichCustomerChangedOnceEach)
{
    Customer c = create(test::fullCustomer(0, {m_companyId}));
    EXPECT_EQ(m_created, QList<qint64>{c.id});
    EXPECT_TRUE(m_saved.isEmpty());

    c.notes = QStringLiteral("uusi muistiinpano");
    const auto saved = service().save(c);
    ASSERT_TRUE(saved) << saved.error().text().toStdString();
    c = *saved;
    EXPECT_EQ(m_saved, QList<qint64>{c.id});

    // Saving what is stored changes nothing: no signal, no history.
    const qsizetype historySize = historyIds(c.id).size();
    ASSERT_TRUE(service().save(c));
    EXPECT_EQ(m_saved, QList<qint64>{c.id});
    EXPECT_EQ(historyIds(c.id).size(), historySize);

    const auto entry = service().addTimelineEntry(
        {0, c.id, TimelineKind::Call, {}, 0, {}, QStringLiteral("Soitto"), {}});
    ASSERT_TRUE(entry);
    EXPECT_EQ(m_timelineChanged, QList<qint64>{c.id});
    EXPECT_FALSE(service().addTimelineEntry(
        {0, c.id, TimelineKind::Note, {}, 0, {}, QStringLiteral(" "), {}}));
    EXPECT_EQ(m_timelineChanged, QList<qint64>{c.id});

    ASSERT_TRUE(service().remove(c.id));
    EXPECT_EQ(m_removed, QList<qint64>{c.id});
    EXPECT_FALSE(service().remove(c.id));
    EXPECT_EQ(m_removed, QList<qint64>{c.id});
    EXPECT_EQ(m_created, QList<qint64>{c.id});
    EXPECT_EQ(m_saved, QList<qint64>{c.id});
}

TEST_F(CustomerServiceTest, HierarchyCycleIsRefused)
{
    Customer a = named(QStringLiteral("A seurakuntayhtymä"));
    const Customer b = named(QStringLiteral("B seurakunta"), a.id);
    const Customer c = named(QStringLiteral("C kappeliseurakunta"), b.id);
    const QStringList before = dump();

    a.parentId = b.id;
    auto saved = service().save(a);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().text().contains(QStringLiteral("hierarchy")))
        << saved.error().text().toStdString();
    a.parentId = c.id;
    EXPECT_FALSE(service().save(a)) << "a longer loop";
    a.parentId = a.id;
    saved = service().save(a);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().text().contains(QStringLiteral("own parent")))
        << saved.error().text().toStdString();
    EXPECT_EQ(dump(), before);
    EXPECT_TRUE(m_saved.isEmpty());

    // Moving a unit elsewhere in the same tree is no loop.
    Customer moved = c;
    moved.parentId = a.id;
    ASSERT_TRUE(service().save(moved));
    const auto children = service().children(a.id);
    ASSERT_TRUE(children);
    ASSERT_EQ(children->size(), 2);
    EXPECT_EQ(children->at(0).id, b.id);
    EXPECT_EQ(children->at(1).id, c.id);
}

TEST_F(CustomerServiceTest, RemovingAParentKeepsItsUnitsAndItsHistory)
{
    const Customer parent = named(QStringLiteral("Tampereen seurakuntayhtymä"));
    const Customer unit = named(QStringLiteral("Harjun seurakunta"), parent.id);
    ASSERT_TRUE(service().remove(parent.id));

    const auto loaded = service().load(unit.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->parentId, 0);
    EXPECT_TRUE(test::valueOf(service().children(parent.id)).isEmpty());

    const auto history = service().history(parent.id);
    ASSERT_TRUE(history);
    ASSERT_FALSE(history->isEmpty()) << "a deleted customer's history stays readable";
    EXPECT_EQ(history->first().action, QStringLiteral("delete"));
    EXPECT_TRUE(history->first().oldValue.contains(parent.name));
    EXPECT_EQ(m_removed, QList<qint64>{parent.id});
}

TEST_F(CustomerServiceTest, SavingACustomerRemovedMeanwhileFails)
{
    Customer c = named(QStringLiteral("Lakkautettu seurakunta"));
    ASSERT_TRUE(service().remove(c.id));
    const QStringList before = dump();
    c.name = QStringLiteral("Herännyt seurakunta");
    EXPECT_FALSE(service().save(c));
    EXPECT_EQ(dump(), before);
    EXPECT_TRUE(m_saved.isEmpty());
}

TEST_F(CustomerServiceTest, TimelineEntryIsWrittenByTheCurrentUser)
{
    const Customer c = named(QStringLiteral("Aikajana ry"));
    const auto added =
        service().addTimelineEntry({0,
                                    c.id,
                                    TimelineKind::Meeting,
                                    QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC),
                                    0,
                                    {},
                                    QStringLiteral("Palaveri"),
                                    QStringLiteral("Sovittiin jatkosta.")});
    ASSERT_TRUE(added) << added.error().text().toStdString();
    EXPECT_EQ(added->authorId, service().currentUserId());

    const auto timeline = service().timeline(c.id);
    ASSERT_TRUE(timeline);
    ASSERT_EQ(timeline->size(), 1);
    EXPECT_EQ(timeline->at(0).authorName, m_register.workspace().currentUser().displayName);
    EXPECT_EQ(timeline->at(0).body, QStringLiteral("Sovittiin jatkosta."));
}
