#include "SalesFactFixture.h"

#include "core/demo/DemoRegisterBuilder.h"
#include "core/segments/RuleEvaluator.h"
#include "core/segments/SegmentCatalog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <iostream>
#include <memory>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

// 5,000 generated customers with 24 months of sales, made once for the suite (a few seconds).
class GeneratedRegisterTest : public ::testing::Test
{
protected:
    static constexpr qint64 customers = 5000;

    static void SetUpTestSuite()
    {
        s_register = std::make_unique<test::TemporaryRegister>();
        DemoRegisterBuilder builder(s_register->path(), 11);
        builder.setSalesMonths(24);
        s_built = builder.run(customers, {});
        if (!s_built)
            ADD_FAILURE() << s_built.error().text().toStdString();
    }
    static void TearDownTestSuite() { s_register.reset(); }

    void SetUp() override
    {
        if (!s_built)
            GTEST_SKIP() << "the generated register could not be built";
    }

    static storage::Database& db() { return s_register->workspace().database(); }
    static QDate asOf() { return QDate::currentDate(); }

    // Every customer's facts, by a full scan.
    static QList<CustomerFacts> scanAll()
    {
        QList<CustomerFacts> all;
        storage::SalesFactRepository repository(db());
        const auto status = repository.forEachCustomerFacts(asOf(), [&](const CustomerFacts& f) {
            all.append(f);
            return true;
        });
        EXPECT_TRUE(status) << status.error().text().toStdString();
        return all;
    }

    static inline std::unique_ptr<test::TemporaryRegister> s_register;
    static inline Status s_built;
};

TEST_F(GeneratedRegisterTest, TheScanVisitsEveryCustomerInIdOrderWithTheFactsOfFactsFor)
{
    storage::SalesFactRepository repository(db());
    const QList<CustomerFacts> all = scanAll();
    ASSERT_EQ(all.size(), customers);

    QList<qint64> ids;
    QSqlQuery query(db().connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT id FROM customers ORDER BY id")));
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<qint64> visited;
    int withoutSales = 0;
    int withTags = 0;
    for (const CustomerFacts& facts : all) {
        visited.append(facts.customerId);
        withoutSales += facts.lastPurchaseMonth.isValid() ? 0 : 1;
        withTags += facts.tags.isEmpty() ? 0 : 1;
        test::expectSameFacts(facts, test::valueOf(repository.factsFor(facts.customerId, asOf())));
        if (HasFailure())
            break;
    }
    EXPECT_EQ(visited, ids);
    EXPECT_GT(withoutSales, 0) << "prospects are visited too";
    EXPECT_LT(withoutSales, customers);
    EXPECT_GT(withTags, 0);
}

TEST_F(GeneratedRegisterTest, TheScanStopsWhenTheVisitorSaysSo)
{
    storage::SalesFactRepository repository(db());
    int visited = 0;
    const auto status = repository.forEachCustomerFacts(
        asOf(), [&](const CustomerFacts&) { return ++visited < 10; });
    EXPECT_TRUE(status) << "stopping is not an error";
    EXPECT_EQ(visited, 10);
}

TEST_F(GeneratedRegisterTest, ProgressCountsTowardsTheTotalAndCanCancel)
{
    storage::SalesFactRepository repository(db());
    QList<std::pair<qint64, qint64>> reports;
    qint64 visited = 0;
    auto status = repository.forEachCustomerFacts(
        asOf(), [&](const CustomerFacts&) { return ++visited > 0; },
        [&](qint64 done, qint64 total) {
            reports.append({done, total});
            return true;
        });
    ASSERT_TRUE(status);
    ASSERT_FALSE(reports.isEmpty());
    EXPECT_EQ(reports.constLast(), (std::pair<qint64, qint64>{customers, customers}));
    EXPECT_EQ(visited, customers);

    visited = 0;
    int calls = 0;
    status = repository.forEachCustomerFacts(
        asOf(), [&](const CustomerFacts&) { return ++visited > 0; },
        [&](qint64, qint64) { return ++calls < 1; });
    EXPECT_TRUE(status);
    EXPECT_EQ(calls, 1);
    EXPECT_LT(visited, customers) << "cancelled at the first report";
    EXPECT_EQ(visited, reports.constFirst().first);
}

// The default rules of the primary segmentation, evaluated by the real RuleEvaluator, put
// generated customers into every segment in about the shares of a real register.
TEST_F(GeneratedRegisterTest, TheDefaultSegmentsSpreadPlausibly)
{
    auto segments = s_register->workspace().segmentCatalog().segmentsByPriority(1);
    ASSERT_TRUE(segments) << segments.error().text().toStdString();
    QHash<QString, qint64> companyIds;
    for (const GroupCompany& company :
         test::valueOf(storage::DirectoryRepository(db()).groupCompanies()))
        companyIds.insert(company.code, company.id);
    const RuleEvaluator evaluator(companyIds, asOf());
    QHash<qint64, int> counts;
    for (const CustomerFacts& facts : scanAll())
        ++counts[evaluator.firstMatch(*segments, facts)];

    // Segment ids 1..5 of migrations/0006_segments.sql, and the share each should have, in %.
    struct Band
    {
        qint64 segmentId;
        const char* name;
        double low;
        double high;
    };
    const Band bands[] = {{1, "VIP", 2, 4},
                          {2, "Kanta-asiakkaat", 12, 18},
                          {3, "Kehitä ja kasvata", 15, 25},
                          {4, "Trafiikkiasiakkaat", 30, 40},
                          {5, "Hanki", 20, 30}};
    for (const Band& band : bands) {
        const double share = 100.0 * counts.value(band.segmentId) / double(customers);
        EXPECT_GE(share, band.low) << band.name;
        EXPECT_LE(share, band.high) << band.name;
        std::cout << band.name << ": " << share << " %\n";
    }
    EXPECT_EQ(counts.value(0), 0) << "Hanki takes everyone else";
}

TEST_F(GeneratedRegisterTest, PotentialsAndTagsAreOnAFewCustomers)
{
    int organisations = 0;
    int estimated = 0;
    int tagged = 0;
    QSet<QString> tags;
    for (const CustomerFacts& facts : scanAll()) {
        if (facts.kind != CustomerKind::Person) {
            ++organisations;
            estimated += facts.potential ? 1 : 0;
        } else {
            EXPECT_FALSE(facts.potential.has_value()) << "persons get no estimate";
        }
        tagged += facts.tags.isEmpty() ? 0 : 1;
        for (const QString& tag : facts.tags)
            tags.insert(tag);
    }
    EXPECT_NEAR(100.0 * estimated / organisations, 10.0, 3.0);
    EXPECT_GE(100.0 * tagged / customers, 1.0);
    EXPECT_LE(100.0 * tagged / customers, 9.0);
    EXPECT_EQ(tags,
              (QSet<QString>{QStringLiteral("kumppani"), QStringLiteral("puitesopimus"),
                             QStringLiteral("julkinen hankinta"), QStringLiteral("verkkokauppa")}));
}

TEST_F(GeneratedRegisterTest, ProspectsBuyNothingFormerCustomersStoppedAndTrendsVary)
{
    int growing = 0;
    int shrinking = 0;
    int formerWithHistory = 0;
    for (const CustomerFacts& facts : scanAll()) {
        if (facts.status == CustomerStatus::Prospect) {
            EXPECT_FALSE(facts.lastPurchaseMonth.isValid()) << facts.customerId;
        }
        if (facts.status == CustomerStatus::Former) {
            EXPECT_EQ(facts.revenue12m, 0) << facts.customerId;
            formerWithHistory += facts.lastPurchaseMonth.isValid() ? 1 : 0;
        }
        if (const auto trend = facts.trendPercent()) {
            growing += *trend >= 15 ? 1 : 0;
            shrinking += *trend <= -15 ? 1 : 0;
        }
    }
    EXPECT_GT(formerWithHistory, 0) << "some former customers bought before they left";
    EXPECT_GT(growing, customers / 20);
    EXPECT_GT(shrinking, customers / 20);
}

TEST_F(GeneratedRegisterTest, SalesComeFromTheCustomersGroupCompanies)
{
    QSqlQuery query(db().connection());
    // Facts from a company the customer has no relationship with, for customers that have one.
    ASSERT_TRUE(query.exec(QStringLiteral(
        "SELECT count(*) FROM sales_facts f WHERE NOT EXISTS (SELECT 1 FROM relationships r "
        "WHERE r.customer_id = f.customer_id AND r.company_id = f.company_id) AND EXISTS "
        "(SELECT 1 FROM relationships r WHERE r.customer_id = f.customer_id AND "
        "r.status <> 'prospect')")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toLongLong(), 0);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT min(month), max(month) FROM sales_facts")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(1).toString(), asOf().toString(QStringLiteral("yyyy-MM")));
    EXPECT_EQ(query.value(0).toString(), asOf().addMonths(-23).toString(QStringLiteral("yyyy-MM")));
}

// Measures a full scan of a large register given in LUOTSI_SALESFACTS_BENCH_DB (a copy: the
// register is migrated on open), e.g. after luotsi-admin generate --sales-only --months 12.
TEST(SalesFactScanBenchmark, FullScanOfALargeRegister)
{
    const QString path = qEnvironmentVariable("LUOTSI_SALESFACTS_BENCH_DB");
    if (path.isEmpty())
        GTEST_SKIP() << "set LUOTSI_SALESFACTS_BENCH_DB to a register to measure";
    auto workspace = Workspace::open(path, Workspace::systemLogin(), Workspace::systemLogin());
    ASSERT_TRUE(workspace) << workspace.error().text().toStdString();
    storage::SalesFactRepository repository((*workspace)->database());
    QElapsedTimer timer;
    timer.start();
    qint64 visited = 0;
    double revenue = 0;
    const auto status =
        repository.forEachCustomerFacts(QDate::currentDate(), [&](const CustomerFacts& facts) {
            ++visited;
            revenue += facts.revenue12m;
            return true;
        });
    ASSERT_TRUE(status) << status.error().text().toStdString();
    std::cout << visited << " customers in " << timer.elapsed() << " ms (revenue "
              << qint64(revenue) << " €)\n";
}

} // namespace
