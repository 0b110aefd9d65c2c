#include "SalesFactFixture.h"

#include "core/demo/DemoRandom.h"
#include "core/demo/DemoRegisterBuilder.h"
#include "core/demo/SalesFactGenerator.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::segments;
using demo::SalesFactGenerator;

namespace {

// Customers of every status and kind with zero to four relationships.
QList<storage::SalesSubject> subjects(int count)
{
    demo::DemoRandom random(99);
    static constexpr CustomerStatus statuses[] = {CustomerStatus::Prospect, CustomerStatus::Active,
                                                  CustomerStatus::Former};
    static constexpr CustomerKind kinds[] = {CustomerKind::Company, CustomerKind::Association,
                                             CustomerKind::Person, CustomerKind::PublicBody};
    QList<storage::SalesSubject> list;
    for (int i = 0; i < count; ++i) {
        storage::SalesSubject subject;
        subject.customerId = i + 1;
        subject.status = statuses[random.below(3)];
        subject.kind = kinds[random.below(4)];
        const int relationships = random.between(0, 4);
        for (int r = 0; r < relationships; ++r)
            subject.relationships.append({10 + r, random.chance(0.8) ? RelationshipStatus::Active
                                                                     : RelationshipStatus::Ended});
        list.append(subject);
    }
    return list;
}

SalesFactGenerator::Settings settings(quint64 seed, int months)
{
    return {seed, months, QDate(2026, 11, 20), {10, 11, 12, 13, 14}};
}

bool operator==(const SalesFactGenerator::Generated& a, const SalesFactGenerator::Generated& b)
{
    return a.facts == b.facts && a.potential == b.potential && a.tags == b.tags;
}

TEST(SalesFactGenerator, TheSameSeedGivesTheSameSalesAndAnotherSeedOthers)
{
    SalesFactGenerator first(settings(5, 24));
    SalesFactGenerator second(settings(5, 24));
    SalesFactGenerator other(settings(6, 24));
    int differences = 0;
    for (const storage::SalesSubject& subject : subjects(500)) {
        const auto generated = first.next(subject);
        EXPECT_TRUE(generated == second.next(subject)) << subject.customerId;
        differences += generated == other.next(subject) ? 0 : 1;
    }
    EXPECT_GT(differences, 100);
}

TEST(SalesFactGenerator, FactsFallInTheMonthsEndingWithTheLastMonth)
{
    SalesFactGenerator generator(settings(1, 12));
    int facts = 0;
    for (const storage::SalesSubject& subject : subjects(500)) {
        const auto generated = generator.next(subject);
        for (const SalesFact& fact : generated.facts) {
            ++facts;
            EXPECT_EQ(fact.customerId, subject.customerId);
            EXPECT_EQ(fact.month.day(), 1);
            EXPECT_GE(fact.month, QDate(2025, 12, 1));
            EXPECT_LE(fact.month, QDate(2026, 11, 1));
            EXPECT_GT(fact.revenue, 0);
            EXPECT_GT(fact.orders, 0);
            EXPECT_EQ(fact.revenue, std::round(fact.revenue * 100) / 100) << "whole cents";
        }
        if (subject.status == CustomerStatus::Prospect) {
            EXPECT_TRUE(generated.facts.isEmpty());
        }
        if (subject.kind == CustomerKind::Person) {
            EXPECT_FALSE(generated.potential.has_value());
        }
    }
    EXPECT_GT(facts, 500);
}

TEST(SalesFactGenerator, NoMonthsNoSales)
{
    SalesFactGenerator generator(settings(1, 0));
    for (const storage::SalesSubject& subject : subjects(200))
        EXPECT_TRUE(generator.next(subject).facts.isEmpty());
}

// sales_facts, customer_tags and the potentials (without their timestamps) of a register.
QStringList salesDump(storage::Database& database)
{
    QStringList lines;
    for (const QString& line : test::dump(database.connection())) {
        if (line.startsWith(QLatin1String("sales_facts|")) ||
            line.startsWith(QLatin1String("customer_tags|")))
            lines.append(line);
        else if (line.startsWith(QLatin1String("customer_potential|")))
            lines.append(line.section(QLatin1Char('|'), 0, 2));
    }
    return lines;
}

TEST(SalesFactGenerator, TheSameSeedBuildsTheSameSalesIntoTwoRegisters)
{
    test::TemporaryRegister first;
    test::TemporaryRegister second;
    ASSERT_TRUE(DemoRegisterBuilder::build(first.path(), 300, 3, {}));
    ASSERT_TRUE(DemoRegisterBuilder::build(second.path(), 300, 3, {}));
    const QStringList dump = salesDump(first.workspace().database());
    EXPECT_GT(dump.size(), 300);
    EXPECT_EQ(dump, salesDump(second.workspace().database()));
}

TEST(SalesFactGenerator, SalesOnlyReplacesTheHistory)
{
    test::TemporaryRegister reg;
    DemoRegisterBuilder builder(reg.path(), 4);
    builder.setSalesMonths(24);
    ASSERT_TRUE(builder.run(300, {}));
    storage::SalesFactRepository repository(reg.workspace().database());
    EXPECT_EQ(test::valueOf(repository.monthsOfHistory()), 24);
    EXPECT_EQ(builder.salesTotals().customers, 300);

    builder.setSalesMonths(12);
    qint64 reported = 0;
    builder.setSalesProgress([&](qint64 done, qint64) {
        reported = done;
        return true;
    });
    ASSERT_TRUE(builder.replaceSales());
    EXPECT_EQ(reported, 300);
    EXPECT_EQ(test::valueOf(repository.monthsOfHistory()), 12);
    const QStringList once = salesDump(reg.workspace().database());
    ASSERT_TRUE(builder.replaceSales());
    EXPECT_EQ(salesDump(reg.workspace().database()), once) << "replaced, not added";
    EXPECT_EQ(test::scalar(reg.workspace().database().connection(),
                           QStringLiteral("SELECT count(*) FROM sales_facts"))
                  .toLongLong(),
              builder.salesTotals().facts);

    builder.setSalesMonths(0);
    ASSERT_TRUE(builder.replaceSales());
    EXPECT_EQ(test::valueOf(repository.monthsOfHistory()), 0);
}

TEST(SalesFactGenerator, NewCustomersGetSalesAndEarlierOnesKeepTheirs)
{
    test::TemporaryRegister reg;
    ASSERT_TRUE(DemoRegisterBuilder::build(reg.path(), 200, 1, {}));
    const QStringList before = salesDump(reg.workspace().database());
    DemoRegisterBuilder builder(reg.path(), 2);
    ASSERT_TRUE(builder.run(100, {}));
    EXPECT_EQ(builder.salesTotals().customers, 100);
    const QStringList after = salesDump(reg.workspace().database());
    for (const QString& line : before)
        EXPECT_TRUE(after.contains(line)) << line.toStdString();
    EXPECT_GT(after.size(), before.size());
}

TEST(SalesFactGenerator, SalesOnlyNeedsAnExistingRegister)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    DemoRegisterBuilder builder(path, 1);
    EXPECT_FALSE(builder.replaceSales());
    EXPECT_FALSE(QFileInfo::exists(path)) << "no empty register is created";
}

} // namespace
