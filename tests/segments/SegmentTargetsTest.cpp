// Segment targets: periods, upsert by (segment, period, company, business area), removal.

#include "CatalogFixture.h"

#include "core/storage/DirectoryRepository.h"

namespace luotsi::test {
namespace {

using namespace core::segments;

using SegmentTargetsTest = CatalogFixture;

TEST(SegmentTargetPeriod, YearsAndQuarters)
{
    for (const char* valid : {"2027", "2027-Q1", "2027-Q4", "2000", "2100-Q2"})
        EXPECT_TRUE(SegmentCatalog::isValidPeriod(QString::fromLatin1(valid))) << valid;
    for (const char* invalid : {"", "27", "1999", "2101", "2027-Q0", "2027-Q5", "2027-q1", "2027Q1",
                                "2027-01", " 2027", "2027-Q1 ", "２０２７"})
        EXPECT_FALSE(SegmentCatalog::isValidPeriod(QString::fromUtf8(invalid))) << invalid;
}

TEST_F(SegmentTargetsTest, SavingTheSameKeyReplacesTheTarget)
{
    SegmentTarget target;
    target.segmentId = 1;
    target.period = QStringLiteral("2027");
    target.revenue = 1500000.0;
    ASSERT_TRUE(catalog().saveTarget(target));
    EXPECT_NE(target.id, 0);
    const qint64 id = target.id;

    SegmentTarget again;
    again.segmentId = 1;
    again.period = QStringLiteral("2027");
    again.customers = 40;
    ASSERT_TRUE(catalog().saveTarget(again));
    EXPECT_EQ(again.id, id);

    const QList<SegmentTarget> targets = valueOf(catalog().targets(1, QStringLiteral("2027")));
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets[0].id, id);
    EXPECT_EQ(targets[0].customers, 40);
    EXPECT_FALSE(targets[0].revenue.has_value()); // replaced, not merged
    EXPECT_EQ(changes(), 2);

    // The writer and the time are recorded.
    EXPECT_EQ(scalar(sql(), QStringLiteral("SELECT changed_by FROM segment_targets")).toLongLong(),
              m_register.workspace().currentUser().id);
}

TEST_F(SegmentTargetsTest, TargetsPerCompanyAreaAndPeriodAreSeparate)
{
    auto company = storage::DirectoryRepository(m_register.workspace().database())
                       .addGroupCompany({0, QStringLiteral("KP"), QStringLiteral("KP Oy"), {}});
    ASSERT_TRUE(company);
    const QList<SegmentTarget> drafts = {
        {0, 2, QStringLiteral("2027-Q1"), 0, {}, 10, {}},
        {0, 1, QStringLiteral("2027-Q1"), company->id, {}, 3, 200000.0},
        {0, 1, QStringLiteral("2027-Q1"), 0, QStringLiteral("Kirkot"), {}, 50000.0},
        {0, 1, QStringLiteral("2027-Q1"), 0, {}, 12, 900000.0},
        {0, 1, QStringLiteral("2027-Q2"), 0, {}, 13, {}},
        {0, 6, QStringLiteral("2027-Q1"), 0, {}, 99, {}}, // another segmentation
    };
    for (SegmentTarget target : drafts)
        ASSERT_TRUE(catalog().saveTarget(target)) << target.period.toStdString();

    const QList<SegmentTarget> q1 = valueOf(catalog().targets(1, QStringLiteral("2027-Q1")));
    ASSERT_EQ(q1.size(), 4);
    // By segment position, then company, then business area.
    EXPECT_EQ(q1[0].segmentId, 1);
    EXPECT_EQ(q1[0].companyId, 0);
    EXPECT_EQ(q1[0].businessArea, QString());
    EXPECT_EQ(q1[0].customers, 12);
    EXPECT_EQ(q1[0].revenue, 900000.0);
    EXPECT_EQ(q1[1].businessArea, QStringLiteral("Kirkot"));
    EXPECT_FALSE(q1[1].customers.has_value());
    EXPECT_EQ(q1[2].companyId, company->id);
    EXPECT_EQ(q1[3].segmentId, 2);
    EXPECT_EQ(valueOf(catalog().targets(1, QStringLiteral("2027-Q2"))).size(), 1);
    EXPECT_EQ(valueOf(catalog().targets(2, QStringLiteral("2027-Q1"))).size(), 1);
    EXPECT_TRUE(valueOf(catalog().targets(1, QStringLiteral("2028"))).isEmpty());
}

TEST_F(SegmentTargetsTest, NoValuesRemovesTheTarget)
{
    SegmentTarget target{0, 3, QStringLiteral("2027"), 0, QStringLiteral(" Kirkot "), 5, {}};
    ASSERT_TRUE(catalog().saveTarget(target));
    EXPECT_EQ(target.businessArea, QStringLiteral("Kirkot"));
    SegmentTarget other{0, 3, QStringLiteral("2027"), 0, {}, 8, {}};
    ASSERT_TRUE(catalog().saveTarget(other));

    SegmentTarget cleared{0, 3, QStringLiteral("2027"), 0, QStringLiteral("Kirkot"), {}, {}};
    ASSERT_TRUE(catalog().saveTarget(cleared));
    EXPECT_EQ(cleared.id, 0);
    const QList<SegmentTarget> left = valueOf(catalog().targets(1, QStringLiteral("2027")));
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left[0].id, other.id);
    EXPECT_EQ(changes(), 3);
}

TEST_F(SegmentTargetsTest, InvalidTargetsAreRefused)
{
    const auto refused = [this](SegmentTarget target) {
        return !catalog().saveTarget(target).ok();
    };
    EXPECT_TRUE(refused({0, 1, QStringLiteral("2027-Q5"), 0, {}, 1, {}}));
    EXPECT_TRUE(refused({0, 1, QStringLiteral("ensi vuosi"), 0, {}, 1, {}}));
    EXPECT_TRUE(refused({0, 1, QStringLiteral("2027"), 0, {}, -1, {}}));
    EXPECT_TRUE(refused({0, 1, QStringLiteral("2027"), 0, {}, {}, -5.0}));
    EXPECT_TRUE(refused({0, 99, QStringLiteral("2027"), 0, {}, 1, {}}));
    EXPECT_TRUE(refused({0, 1, QStringLiteral("2027"), 42, {}, 1, {}})); // no such company
    EXPECT_FALSE(catalog().targets(1, QStringLiteral("Q1")).ok());
    EXPECT_EQ(scalar(sql(), QStringLiteral("SELECT count(*) FROM segment_targets")).toInt(), 0);
    EXPECT_EQ(changes(), 0);

    // A lower-case quarter is read as the quarter.
    SegmentTarget lower{0, 1, QStringLiteral("2027-q3"), 0, {}, 1, {}};
    ASSERT_TRUE(catalog().saveTarget(lower));
    EXPECT_EQ(lower.period, QStringLiteral("2027-Q3"));
}

} // namespace
} // namespace luotsi::test
