#include "SalesFactFixture.h"

#include "core/register/CustomerService.h"

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

using SalesFactRepositoryTest = test::SalesFactFixture;

const QDate asOf(2026, 11, 15);

TEST_F(SalesFactRepositoryTest, TheWindowIsTheAsOfMonthAndElevenBefore)
{
    const qint64 id = customer(QStringLiteral("Ikkuna Oy"));
    sell(id, 0, "2026-12", 9000, 9); // after the as-of month: not yet
    sell(id, 0, "2026-11", 100, 1);  // the as-of month itself
    sell(id, 0, "2025-12", 20, 2);   // 11 months back: in
    sell(id, 0, "2025-11", 3, 3);    // 12 months back: the previous window
    sell(id, 0, "2024-12", 4, 4);    // 23 months back: the previous window's first
    sell(id, 0, "2024-11", 5000, 5); // 24 months back: in neither
    const CustomerFacts facts = factsOf(id, asOf);
    EXPECT_DOUBLE_EQ(facts.revenue12m, 120);
    EXPECT_EQ(facts.orders12m, 3);
    EXPECT_DOUBLE_EQ(facts.revenuePrevious12m, 7);
    EXPECT_EQ(facts.lastPurchaseMonth, QDate(2026, 11, 1));
    EXPECT_EQ(facts.monthsSincePurchase(asOf), 0);

    // A month later December 2026 has come and December 2025 moved to the previous window.
    const CustomerFacts later = factsOf(id, QDate(2026, 12, 1));
    EXPECT_DOUBLE_EQ(later.revenue12m, 9100);
    EXPECT_DOUBLE_EQ(later.revenuePrevious12m, 23);
    EXPECT_EQ(later.orders12m, 10);
}

TEST_F(SalesFactRepositoryTest, TrendComparesWithThePreviousWindowAndIsMissingWithoutIt)
{
    const qint64 growing = customer(QStringLiteral("Kasvava Oy"));
    sell(growing, 0, "2026-06", 1500, 3);
    sell(growing, 1, "2025-06", 1000, 2);
    const CustomerFacts facts = factsOf(growing, asOf);
    ASSERT_TRUE(facts.trendPercent().has_value());
    EXPECT_DOUBLE_EQ(*facts.trendPercent(), 50.0);

    const qint64 shrinking = customer(QStringLiteral("Hiipuva Oy"));
    sell(shrinking, 0, "2026-01", 250, 1);
    sell(shrinking, 0, "2025-01", 1000, 4);
    EXPECT_DOUBLE_EQ(*factsOf(shrinking, asOf).trendPercent(), -75.0);

    const qint64 newcomer = customer(QStringLiteral("Uusi Oy"));
    sell(newcomer, 0, "2026-10", 700, 1);
    const CustomerFacts fresh = factsOf(newcomer, asOf);
    EXPECT_DOUBLE_EQ(fresh.revenuePrevious12m, 0);
    EXPECT_FALSE(fresh.trendPercent().has_value());
}

TEST_F(SalesFactRepositoryTest, LastPurchaseIsTheLastMonthWithRevenueOrOrders)
{
    const qint64 id = customer(QStringLiteral("Osto Oy"));
    sell(id, 0, "2023-02", 80, 1);  // older than both windows: still a purchase
    sell(id, 1, "2024-03", 0, 2);   // orders without revenue (free deliveries): a purchase
    sell(id, 0, "2025-01", -40, 0); // a credit note: no purchase
    sell(id, 2, "2025-02", 0, 0);   // an empty row: no purchase
    sell(id, 0, "2027-01", 500, 1); // after the as-of month: not seen
    const CustomerFacts facts = factsOf(id, asOf);
    EXPECT_EQ(facts.lastPurchaseMonth, QDate(2024, 3, 1));
    EXPECT_EQ(facts.monthsSincePurchase(asOf), 32);
    EXPECT_DOUBLE_EQ(facts.revenue12m, 0);
    EXPECT_DOUBLE_EQ(facts.revenuePrevious12m, -40);
    EXPECT_EQ(facts.companies12m, 0);
    EXPECT_EQ(factsOf(id, QDate(2024, 3, 31)).monthsSincePurchase(QDate(2024, 3, 31)), 0);
    EXPECT_EQ(factsOf(id, QDate(2024, 2, 1)).lastPurchaseMonth, QDate(2023, 2, 1));
}

TEST_F(SalesFactRepositoryTest, CompaniesCountThoseBoughtFromInTheWindow)
{
    const qint64 id = customer(QStringLiteral("Monikanava Oy"));
    sell(id, 2, "2026-02", 300, 1);
    sell(id, 0, "2026-03", 1000, 2);
    sell(id, 0, "2026-09", 250.5, 1);
    sell(id, 1, "2025-05", 999, 9); // the previous window only
    sell(id, 1, "2026-04", 0, 0);   // a row, but no purchase
    const CustomerFacts facts = factsOf(id, asOf);
    EXPECT_EQ(facts.companies12m, 2);
    const QList<std::pair<qint64, double>> expected{{m_companies.at(0), 1250.5},
                                                    {m_companies.at(2), 300.0}};
    EXPECT_EQ(facts.companyRevenue12m, expected);
    EXPECT_DOUBLE_EQ(facts.companyRevenue(m_companies.at(0)), 1250.5);
    EXPECT_DOUBLE_EQ(facts.companyRevenue(m_companies.at(1)), 0);
    EXPECT_DOUBLE_EQ(facts.revenue12m, 1550.5);
    EXPECT_EQ(facts.orders12m, 4);
}

TEST_F(SalesFactRepositoryTest, ACustomerWithoutSalesHasZerosAndMissingFacts)
{
    Customer record;
    record.name = QStringLiteral("Hiljainen seurakunta");
    record.kind = CustomerKind::Parish;
    record.status = CustomerStatus::Prospect;
    record.ownerId = workspace().currentUser().id;
    record.addresses = {{0, AddressKind::Visiting, QStringLiteral("Kirkkokatu 1"),
                         QStringLiteral("33100"), QStringLiteral("Tampere"), QStringLiteral("FI")}};
    const qint64 id = test::valueOf(workspace().customers().create(record)).id;
    const qint64 other = customer(QStringLiteral("Ostava Oy"));
    sell(other, 0, "2026-11", 10, 1);

    const CustomerFacts facts = factsOf(id, asOf);
    EXPECT_EQ(facts.customerId, id);
    EXPECT_EQ(facts.name, QStringLiteral("Hiljainen seurakunta"));
    EXPECT_EQ(facts.kind, CustomerKind::Parish);
    EXPECT_EQ(facts.status, CustomerStatus::Prospect);
    EXPECT_EQ(facts.ownerId, workspace().currentUser().id);
    EXPECT_EQ(facts.ownerLogin, workspace().currentUser().login);
    EXPECT_EQ(facts.city, QStringLiteral("Tampere"));
    EXPECT_EQ(facts.revenue12m, 0);
    EXPECT_EQ(facts.revenuePrevious12m, 0);
    EXPECT_EQ(facts.orders12m, 0);
    EXPECT_EQ(facts.companies12m, 0);
    EXPECT_TRUE(facts.companyRevenue12m.isEmpty());
    EXPECT_FALSE(facts.lastPurchaseMonth.isValid());
    EXPECT_FALSE(facts.monthsSincePurchase(asOf).has_value());
    EXPECT_FALSE(facts.trendPercent().has_value());
    EXPECT_FALSE(facts.potential.has_value());
    EXPECT_TRUE(facts.tags.isEmpty());
}

TEST_F(SalesFactRepositoryTest, FactsOfACustomerNotInTheRegisterAreAnError)
{
    EXPECT_FALSE(repository().factsFor(4242, asOf));
}

TEST_F(SalesFactRepositoryTest, UpsertReplacesTheMonthAndBatchesAreRemovedAlone)
{
    const qint64 id = customer(QStringLiteral("Erä Oy"));
    ASSERT_TRUE(test::exec(db().connection(),
                           QStringLiteral("INSERT INTO import_batches (id, file_name, "
                                          "source_system, started_at) VALUES (7, 'myynti.csv', "
                                          "'ERP', '2026-11-01T00:00:00Z')")));
    const SalesFact october{id, m_companies.at(0), QDate(2026, 10, 1), 100, 1};
    const SalesFact september{id, m_companies.at(0), QDate(2026, 9, 1), 50, 1};
    ASSERT_TRUE(repository().upsert({october, september}, 0));
    SalesFact corrected = october;
    corrected.revenue = 120;
    corrected.orders = 2;
    const SalesFact august{id, m_companies.at(1), QDate(2026, 8, 1), 30, 1};
    ASSERT_TRUE(repository().upsert({corrected, august}, 7));

    // Newest month first.
    EXPECT_EQ(test::valueOf(repository().forCustomer(id)),
              (QList<SalesFact>{corrected, september, august}));
    EXPECT_EQ(test::valueOf(repository().monthsOfHistory()), 3);

    ASSERT_TRUE(repository().removeBatch(7));
    EXPECT_EQ(test::valueOf(repository().forCustomer(id)), QList<SalesFact>{september});
}

TEST_F(SalesFactRepositoryTest, AFactWithoutAMonthIsRefused)
{
    const qint64 id = customer(QStringLiteral("Kuukaudeton Oy"));
    EXPECT_FALSE(repository().upsert({{id, m_companies.at(0), QDate(), 1, 1}}, 0));
}

TEST_F(SalesFactRepositoryTest, TagsAreTrimmedAndKeptOnceWhateverTheirCase)
{
    const qint64 id = customer(QStringLiteral("Tagi Oy"));
    const qint64 other = customer(QStringLiteral("Toinen Oy"));
    ASSERT_TRUE(repository().setTags(id, {QStringLiteral(" kumppani "), QStringLiteral("Kumppani"),
                                          QString(), QStringLiteral("  "),
                                          QStringLiteral("julkinen hankinta")}));
    EXPECT_EQ(test::valueOf(repository().tags(id)),
              (QStringList{QStringLiteral("julkinen hankinta"), QStringLiteral("kumppani")}));
    EXPECT_EQ(factsOf(id, asOf).tags,
              (QStringList{QStringLiteral("julkinen hankinta"), QStringLiteral("kumppani")}));

    ASSERT_TRUE(repository().setTags(other, {QStringLiteral("KUMPPANI"), QStringLiteral("Ääni")}));
    EXPECT_EQ(test::valueOf(repository().allTags()),
              (QStringList{QStringLiteral("julkinen hankinta"), QStringLiteral("KUMPPANI"),
                           QStringLiteral("Ääni")}));

    ASSERT_TRUE(repository().setTags(id, {QStringLiteral("verkkokauppa")}));
    EXPECT_EQ(test::valueOf(repository().tags(id)), QStringList{QStringLiteral("verkkokauppa")});
    ASSERT_TRUE(repository().setTags(id, {}));
    EXPECT_TRUE(factsOf(id, asOf).tags.isEmpty());
}

TEST_F(SalesFactRepositoryTest, PotentialIsSetWithItsAuthorAndCleared)
{
    const qint64 id = customer(QStringLiteral("Potentiaali Oy"));
    const qint64 userId = workspace().currentUser().id;
    ASSERT_TRUE(repository().setPotential(id, 25000.5, userId));
    EXPECT_EQ(factsOf(id, asOf).potential, std::optional<double>(25000.5));
    const auto stored = test::valueOf(repository().storedPotential(id));
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->userId, userId);
    EXPECT_LE(qAbs(stored->changedAt.secsTo(QDateTime::currentDateTimeUtc())), 60);

    ASSERT_TRUE(repository().setPotential(id, 0.0, userId));
    EXPECT_EQ(factsOf(id, asOf).potential, std::optional<double>(0.0)) << "zero is an estimate";
    ASSERT_TRUE(repository().setPotential(id, std::nullopt, userId));
    EXPECT_FALSE(factsOf(id, asOf).potential.has_value());
}

} // namespace
