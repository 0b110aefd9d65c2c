// The customer list: keyset paging in every order, filters (data-quality issues among them) and
// search against brute force.

#include "core/storage/CustomerListRepository.h"
#include "core/provenance/DataQuality.h"
#include "core/register/CustomerService.h"
#include "core/register/EmailAddress.h"
#include "core/register/PhoneNumber.h"
#include "core/register/RegisterVocabulary.h"
#include "core/register/SortName.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/CustomerRepository.h"
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
    QList<QualityIssue> issues;
};

// Contact details as the data may hold them, valid or not as CustomerValidator judges them (the
// test checks that it does). None contains a word the search tests look for.
const QStringList validEmails{QStringLiteral("myynti@firma.fi"),
                              QStringLiteral("pekka.korhonen@yritys.com"),
                              QStringLiteral("info@kauppa-xyz.fi")};
const QStringList invalidEmails{QStringLiteral("myynti at firma.fi"),
                                QStringLiteral("pekka korhonen@firma.fi"),
                                QStringLiteral("info@firma"), QStringLiteral("info@@firma.fi"),
                                QStringLiteral("pekka..k@firma.fi")};
const QStringList validPhones{QStringLiteral("+358401234567"), QStringLiteral("+35891234567"),
                              QStringLiteral("+4681234567")};
const QStringList invalidPhones{QStringLiteral("12345"), QStringLiteral("puh. 040"),
                                QStringLiteral("+358")};

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
    return (!q.quality || e.issues.contains(*q.quality)) && (!q.kind || e.kind == *q.kind) &&
           (!q.status || e.status == *q.status) && (q.ownerId == 0 || e.ownerId == q.ownerId) &&
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
            // Own channels and a contact person, about one in eight of each kind invalid; an
            // empty channel is invalid, a contact's empty email or phone is none at all.
            bool badEmail = false;
            bool badPhone = false;
            // channel: an empty value is an invalid channel; for a contact it means none.
            auto value = [&](const QStringList& valid, const QStringList& invalid, bool channel,
                             bool& bad) {
                if (pick(8) != 0)
                    return valid.at(pick(valid.size()));
                if (pick(6) == 0) {
                    bad = bad || channel;
                    return QString();
                }
                bad = true;
                return invalid.at(pick(invalid.size()));
            };
            for (qsizetype k = pick(3); k > 0; --k)
                c.channels.append(
                    {0, ChannelKind::Email, value(validEmails, invalidEmails, true, badEmail), {}});
            for (qsizetype k = pick(3); k > 0; --k)
                c.channels.append(
                    {0, ChannelKind::Phone, value(validPhones, invalidPhones, true, badPhone), {}});
            if (pick(2) == 0) {
                Contact contact{0, QStringLiteral("Pekka"), QStringLiteral("Korhonen"), {}, {}, {},
                                {}};
                if (pick(2) == 0)
                    contact.email = value(validEmails, invalidEmails, false, badEmail);
                if (pick(2) == 0)
                    contact.phone = value(validPhones, invalidPhones, false, badPhone);
                c.contacts.append(contact);
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
            if (c.isOrganisation() && c.businessId.isEmpty())
                e.issues.append(QualityIssue::MissingBusinessId);
            if (badEmail)
                e.issues.append(QualityIssue::InvalidEmail);
            if (badPhone)
                e.issues.append(QualityIssue::InvalidPhone);
            if (c.ownerId == 0)
                e.issues.append(QualityIssue::MissingOwner);
            e.changed = QStringLiteral("2026-0%1-1%2T10:00:00Z").arg(pick(3) + 1).arg(pick(5));
            ASSERT_TRUE(test::exec(
                db.connection(), QStringLiteral("UPDATE customers SET changed_at = ? WHERE id = ?"),
                {e.changed, e.id}));
            s_entries.insert(e.id, e);
        }
        ASSERT_TRUE(writeDuplicateGroups(db, random));
        ASSERT_TRUE(transaction.commit());
        ASSERT_TRUE(s_register->workspace().searchIndex().rebuild());
    }

    // Duplicate groups of every status, a few customers each; those in a pending or later group
    // are pending duplicates. A member that is no customer (merged away) counts for nobody.
    static bool writeDuplicateGroups(storage::Database& db, std::mt19937& random)
    {
        if (!test::exec(db.connection(),
                        QStringLiteral("INSERT INTO duplicate_runs (id, started_at) "
                                       "VALUES (1, '2026-11-23T08:00:00Z')")))
            return false;
        const QStringList statuses{QStringLiteral("pending"), QStringLiteral("later"),
                                   QStringLiteral("merged"), QStringLiteral("not_duplicate"),
                                   QStringLiteral("obsolete")};
        const QList<qint64> ids = s_entries.keys();
        for (int group = 1; group <= 60; ++group) {
            const QString status = statuses.at(group % statuses.size());
            if (!test::exec(db.connection(),
                            QStringLiteral("INSERT INTO duplicate_groups (id, run_id, score, "
                                           "status) VALUES (?, 1, 0.9, ?)"),
                            {group, status}))
                return false;
            QList<qint64> members{ids.at(qsizetype(random() % quint32(ids.size()))),
                                  ids.at(qsizetype(random() % quint32(ids.size())))};
            if (group % 7 == 0)
                members.append(999999);
            for (const qint64 member : members) {
                if (!test::exec(db.connection(),
                                QStringLiteral("INSERT OR IGNORE INTO duplicate_group_members "
                                               "(group_id, customer_id) VALUES (?, ?)"),
                                {group, member}))
                    return false;
                auto it = s_entries.find(member);
                const bool pending =
                    status == QLatin1String("pending") || status == QLatin1String("later");
                if (pending && it != s_entries.end() &&
                    !it->issues.contains(QualityIssue::PendingDuplicate))
                    it->issues.append(QualityIssue::PendingDuplicate);
            }
        }
        return true;
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
    storage::CustomerListRepository manyPlan(
        s_register->workspace().database(), s_register->workspace().searchIndex(), 1,
        storage::CustomerListRepository::SearchPaging::SqlOnly);
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

// A search alone is paged from its matches ranked in the list's order: every sort column, both
// directions, pages after, before and at an offset, against the test's own order.
TEST_F(CustomerListFilters, RankedSearchPagesFollowEverySortOrder)
{
    const CustomerSortColumn columns[] = {CustomerSortColumn::Name, CustomerSortColumn::BusinessId,
                                          CustomerSortColumn::Kind, CustomerSortColumn::Status,
                                          CustomerSortColumn::City, CustomerSortColumn::Changed};
    for (const QString& text : {QStringLiteral("ab"), QStringLiteral("oulu"),
                                QStringLiteral("tampere"), QStringLiteral("emile oy")}) {
        for (const CustomerSortColumn column : columns) {
            for (const bool descending : {false, true}) {
                CustomerQuery q;
                q.searchText = text;
                q.sortColumn = column;
                q.descending = descending;
                SCOPED_TRACE(text.toStdString() + " column " + std::to_string(int(column)) +
                             (descending ? " desc" : ""));
                const QList<qint64> expected = expectedIds(q);
                ASSERT_GE(expected.size(), 3);
                EXPECT_EQ(test::valueOf(service().count(q)), expected.size());
                const QList<CustomerRow> forward = walk(q, 5);
                EXPECT_EQ(idsOf(forward), expected);
                const qint64 middle = expected.size() / 2;
                EXPECT_EQ(idsOf(test::valueOf(service().fetchAt(q, middle, 4))),
                          expected.mid(middle, 4));
                const CustomerRow& last = forward.last();
                EXPECT_EQ(idsOf(test::valueOf(
                              service().fetchBefore(q, RowKey{last.sortValue, last.id}, 2))),
                          expected.mid(expected.size() - 3, 2));
                EXPECT_TRUE(test::valueOf(service().fetchAt(q, expected.size(), 4)).isEmpty());
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

namespace {

const char* issueName(QualityIssue issue)
{
    static const std::array<const char*, 5> names{
        "MissingBusinessId", "InvalidEmail", "InvalidPhone", "MissingOwner", "PendingDuplicate"};
    return names.at(size_t(issue));
}

class CustomerListQualityPaging
    : public CustomerListData,
      public ::testing::WithParamInterface<std::tuple<CustomerSortColumn, bool>>
{
};

} // namespace

TEST(CustomerListQualityData, TheTestsValuesAreValidOrInvalidAsTheValidatorSays)
{
    for (const QString& email : validEmails)
        EXPECT_TRUE(EmailAddress::isValid(email)) << email.toStdString();
    for (const QString& email : invalidEmails)
        EXPECT_FALSE(EmailAddress::isValid(email)) << email.toStdString();
    for (const QString& phone : validPhones)
        EXPECT_EQ(PhoneNumber::toE164(phone), phone);
    for (const QString& phone : invalidPhones)
        EXPECT_FALSE(PhoneNumber::toE164(phone).has_value()) << phone.toStdString();
}

TEST_P(CustomerListQualityPaging, EachIssueListsExactlyItsCustomersInEveryOrder)
{
    for (const QualityIssue issue : allQualityIssues) {
        SCOPED_TRACE(issueName(issue));
        CustomerQuery q;
        q.quality = issue;
        q.sortColumn = std::get<0>(GetParam());
        q.descending = std::get<1>(GetParam());
        const QList<qint64> expected = expectedIds(q);
        // The data must make every issue bite: some customers have it, most do not.
        EXPECT_GE(expected.size(), 20);
        EXPECT_LE(expected.size(), 500);
        const QList<CustomerRow> forward = walk(q);
        EXPECT_EQ(idsOf(forward), expected);
        EXPECT_EQ(test::valueOf(service().count(q)), expected.size());
        if (forward.size() < 20)
            continue;

        QList<qint64> backward;
        RowKey before{forward.last().sortValue, forward.last().id};
        for (int guard = 0; guard < 1000; ++guard) {
            const auto page = service().fetchBefore(q, before, 7);
            ASSERT_TRUE(page) << page.error().text().toStdString();
            if (page->isEmpty())
                break;
            backward = idsOf(*page) + backward;
            before = RowKey{page->first().sortValue, page->first().id};
        }
        EXPECT_EQ(backward + QList<qint64>{forward.last().id}, expected);
        for (const qint64 offset : {qint64(1), qint64(expected.size() / 2),
                                    qint64(expected.size() - 3), qint64(expected.size())}) {
            EXPECT_EQ(idsOf(test::valueOf(service().fetchAt(q, offset, 5))),
                      expected.mid(offset, 5))
                << "offset " << offset;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    EverySortColumn, CustomerListQualityPaging,
    ::testing::Combine(::testing::Values(CustomerSortColumn::Name, CustomerSortColumn::BusinessId,
                                         CustomerSortColumn::Kind, CustomerSortColumn::Status,
                                         CustomerSortColumn::City, CustomerSortColumn::Changed),
                       ::testing::Bool()),
    pagingName);

TEST_F(CustomerListFilters, QualityIssuesCombineWithSearchAndOtherFilters)
{
    qsizetype nonEmpty = 0;
    qsizetype queries = 0;
    for (const QualityIssue issue : allQualityIssues) {
        for (const QString& text : {QString(), QStringLiteral("kallion"), QStringLiteral("ab"),
                                    QStringLiteral("tampere")}) {
            for (const bool filtered : {false, true}) {
                CustomerQuery q;
                q.quality = issue;
                q.searchText = text;
                if (filtered) {
                    q.status = CustomerStatus::Active;
                    q.companyId = s_companyIds.at(1);
                }
                q.sortColumn = CustomerSortColumn::City;
                q.descending = filtered;
                SCOPED_TRACE(std::string(issueName(issue)) + " '" + text.toStdString() + "'" +
                             (filtered ? " active, company 1" : ""));
                const QList<qint64> expected = expectedIds(q);
                checkFilter(expected, idsOf(walk(q, 11)), test::valueOf(service().count(q)));
                // Both search plans: the sort index walked and each customer tested, or the
                // matches sorted.
                storage::CustomerListRepository manyPlan(s_register->workspace().database(),
                                                         s_register->workspace().searchIndex(), 1);
                EXPECT_EQ(test::valueOf(manyPlan.count(q)), expected.size());
                EXPECT_EQ(idsOf(test::valueOf(manyPlan.fetchAfter(q, std::nullopt, 1000))),
                          expected);
                nonEmpty += expected.isEmpty() ? 0 : 1;
                ++queries;
            }
        }
    }
    EXPECT_GE(nonEmpty, queries * 3 / 4);
}

TEST_F(CustomerListFilters, DataQualityCountsAreTheFiltersCounts)
{
    QualityCounts expected;
    expected.customers = s_entries.size();
    for (const ListEntry& e : s_entries) {
        for (const QualityIssue issue : e.issues)
            ++expected.of(issue);
    }
    const QualityCounts counts =
        test::valueOf(DataQuality(s_register->workspace().database()).counts());
    EXPECT_EQ(counts.customers, 1000);
    for (const QualityIssue issue : allQualityIssues) {
        EXPECT_EQ(counts.of(issue), expected.of(issue)) << issueName(issue);
        EXPECT_GT(counts.of(issue), 0) << issueName(issue);
    }
}

// The list keeps the index's count of the last search (it asks for the count, then a page, at
// every keystroke); any change to the register, by this connection or by another one, makes it
// count again.
TEST(CustomerListSearchCount, FollowsChangesByThisAndOtherConnections)
{
    test::TemporaryRegister reg;
    CustomerService& service = reg.workspace().customers();
    const auto named = [](const QString& name) {
        Customer c;
        c.name = name;
        c.kind = CustomerKind::Association;
        return c;
    };
    CustomerQuery query;
    query.searchText = QStringLiteral("Kallio");
    ASSERT_TRUE(service.create(named(QStringLiteral("Kallion Kuoro ry"))));
    EXPECT_EQ(*service.count(query), 1);
    EXPECT_EQ(service.fetchAfter(query, std::nullopt, 10)->size(), 1);

    ASSERT_TRUE(service.create(named(QStringLiteral("Kallion Lausujat ry"))));
    EXPECT_EQ(*service.count(query), 2) << "a change by this connection";

    auto other = Workspace::open(reg.path(), QStringLiteral("toinen"), QStringLiteral("Toinen"));
    ASSERT_TRUE(other);
    ASSERT_TRUE((*other)->customers().create(named(QStringLiteral("Kallion Kamerakerho ry"))));
    EXPECT_EQ(*service.count(query), 3) << "a commit by another connection";
    EXPECT_EQ(service.fetchAfter(query, std::nullopt, 10)->size(), 3);
}
