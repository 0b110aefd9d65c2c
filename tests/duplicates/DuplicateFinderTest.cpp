#include "core/duplicates/DuplicateFinder.h"
#include "core/duplicates/DuplicateReview.h"
#include "core/register/CustomerService.h"
#include "support/TestSupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::core::duplicates;

namespace {

class DuplicateFinderTest : public ::testing::Test
{
protected:
    Workspace& workspace() { return m_register.workspace(); }

    qint64 add(const QString& name, const QString& city, const QString& businessId = {},
               const QString& phone = {}, CustomerKind kind = CustomerKind::Company)
    {
        Customer c;
        c.name = name;
        c.kind = kind;
        c.businessId = businessId;
        c.addresses.append({0,
                            AddressKind::Visiting,
                            QStringLiteral("Hämeenkatu 1"),
                            {},
                            city,
                            QStringLiteral("FI")});
        if (!phone.isEmpty())
            c.channels.append({0, ChannelKind::Phone, phone, {}});
        auto created = workspace().customers().create(c);
        EXPECT_TRUE(created) << created.error().text().toStdString();
        return created ? created->id : 0;
    }

    Result<FinderResult> find(FinderOptions options = {})
    {
        return DuplicateFinder(workspace(), options).run();
    }

    test::TemporaryRegister m_register;
};

} // namespace

TEST_F(DuplicateFinderTest, FindsATypoAndAMovedLegalFormAndExplainsWhy)
{
    const qint64 a = add(QStringLiteral("Kirjapaino Äijälä Oy"), QStringLiteral("Porvoo"),
                         QStringLiteral("1100859-3"), QStringLiteral("0401234567"));
    const qint64 b = add(QStringLiteral("OY KIRJAPAINO ÄIJÄLÄ"), QStringLiteral("Borgå"), {},
                         QStringLiteral("+358 40 123 4567"));
    const qint64 c = add(QStringLiteral("Kirjapanio Äijälä Oy"), QStringLiteral("Porvoo"),
                         QStringLiteral("1100859-3"));
    add(QStringLiteral("Rautakauppa Virtanen Ky"), QStringLiteral("Oulu"));

    auto result = find();
    ASSERT_TRUE(result) << result.error().text().toStdString();
    ASSERT_EQ(result->groups.size(), 1);
    const DuplicateGroup& group = result->groups.first();
    EXPECT_EQ(group.customerIds, (QList<qint64>{a, b, c}));
    EXPECT_GE(group.score, 0.9);
    ASSERT_FALSE(group.pairs.isEmpty());
    EXPECT_FALSE(group.pairs.first().agreed.isEmpty());
    EXPECT_EQ(result->run.customers, 4);
    EXPECT_GT(result->run.id, 0);
}

TEST_F(DuplicateFinderTest, NamesakesInOtherTownsWithOtherBusinessIdsAreNotDuplicates)
{
    add(QStringLiteral("Kallion Kukka Oy"), QStringLiteral("Helsinki"),
        QStringLiteral("1100859-3"));
    add(QStringLiteral("Kallion Kukka Oy"), QStringLiteral("Kuopio"), QStringLiteral("0112038-9"));
    add(QStringLiteral("Matti Virtanen"), QStringLiteral("Turku"), {}, {}, CustomerKind::Person);
    add(QStringLiteral("Matti Virtanen"), QStringLiteral("Rovaniemi"), {}, {},
        CustomerKind::Person);
    auto result = find();
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->groups.isEmpty());
}

TEST_F(DuplicateFinderTest, NotADuplicateIsNeverProposedAgainAndLaterStaysLater)
{
    const qint64 a = add(QStringLiteral("Kahvila Onni"), QStringLiteral("Tampere"), {},
                         QStringLiteral("0501112223"));
    const qint64 b = add(QStringLiteral("Kahvila Onni"), QStringLiteral("Tampere"), {},
                         QStringLiteral("0501112223"));
    const qint64 c =
        add(QStringLiteral("Sähkö Salo Oy"), QStringLiteral("Salo"), QStringLiteral("1100859-3"));
    const qint64 d =
        add(QStringLiteral("Sahko Salo Oy"), QStringLiteral("Salo"), QStringLiteral("1100859-3"));
    auto first = find();
    ASSERT_TRUE(first);
    ASSERT_EQ(first->groups.size(), 2);
    DuplicateReview review(workspace());
    for (const DuplicateGroup& group : std::as_const(first->groups)) {
        if (group.customerIds == QList<qint64>{a, b})
            ASSERT_TRUE(review.markNotDuplicate(group.id));
        else
            ASSERT_TRUE(review.markLater(group.id));
    }

    auto second = find();
    ASSERT_TRUE(second);
    ASSERT_EQ(second->groups.size(), 1);
    EXPECT_EQ(second->groups.first().customerIds, (QList<qint64>{c, d}));
    auto open = review.openGroups(true);
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 1); // the first run's groups are retired, not shown twice
    EXPECT_EQ(open->first().status, DuplicateGroupStatus::Later);
    EXPECT_EQ(open->first().runId, second->run.id);
    auto pendingOnly = review.openGroups(false);
    ASSERT_TRUE(pendingOnly);
    EXPECT_TRUE(pendingOnly->isEmpty());
}

TEST_F(DuplicateFinderTest, AFilterLimitsTheRunToItsCustomers)
{
    add(QStringLiteral("Kahvila Onni"), QStringLiteral("Tampere"), {},
        QStringLiteral("0501112223"));
    add(QStringLiteral("Kahvila Onni"), QStringLiteral("Tampere"), {},
        QStringLiteral("0501112223"));
    add(QStringLiteral("Leipomo Lämmin"), QStringLiteral("Oulu"), {}, QStringLiteral("0405556667"));
    add(QStringLiteral("Leipomo Lammin"), QStringLiteral("Oulu"), {}, QStringLiteral("0405556667"));
    FinderOptions options;
    options.filter.city = QStringLiteral("Oulu");
    auto result = find(options);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->run.customers, 2);
    ASSERT_EQ(result->groups.size(), 1);
    EXPECT_EQ(result->run.filter, QStringLiteral("Oulu"));
}

TEST_F(DuplicateFinderTest, ACancelledRunSavesNothing)
{
    add(QStringLiteral("Kahvila Onni"), QStringLiteral("Tampere"), {},
        QStringLiteral("0501112223"));
    add(QStringLiteral("Kahvila Onni"), QStringLiteral("Tampere"), {},
        QStringLiteral("0501112223"));
    auto result = DuplicateFinder(workspace()).run([](const FinderProgress& progress) {
        return progress.phase != FinderProgress::Phase::Comparing;
    });
    ASSERT_FALSE(result);
    auto latest = DuplicateReview(workspace()).latestRun();
    ASSERT_TRUE(latest);
    EXPECT_FALSE(latest->has_value());
    auto count = DuplicateReview(workspace()).openGroupCount();
    ASSERT_TRUE(count);
    EXPECT_EQ(*count, 0);
}

TEST_F(DuplicateFinderTest, TheRegistersOwnMatchingSettingsLieBesideIt)
{
    auto defaults = workspace().matchSettings();
    ASSERT_TRUE(defaults);
    EXPECT_EQ(*defaults, matching::MatchSettings{});

    const QString file = workspace().settingsFile(Workspace::matchSettingsFileName());
    QFile json(file);
    ASSERT_TRUE(json.open(QIODevice::WriteOnly));
    json.write(R"({ "reviewAbove": 0.85, "weights": { "kindConflict": -9 } })");
    json.close();
    auto tuned = workspace().matchSettings();
    ASSERT_TRUE(tuned) << tuned.error().text().toStdString();
    EXPECT_DOUBLE_EQ(tuned->reviewAbove, 0.85);
    EXPECT_DOUBLE_EQ(tuned->weights.kindConflict, -9.0);
    EXPECT_DOUBLE_EQ(tuned->sameAbove, matching::MatchSettings{}.sameAbove);

    ASSERT_TRUE(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write("{ broken");
    json.close();
    auto broken = workspace().matchSettings();
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().text().contains(QStringLiteral("matching.json")))
        << broken.error().text().toStdString();
}
