// A generated demo register comes segmented as a year of use would have left it: every customer
// in a segment of every segmentation, a run dated a year ago and one today, and history between.

#include "core/Workspace.h"
#include "core/demo/DemoRegisterBuilder.h"
#include "core/segments/SegmentationService.h"
#include "support/TestSupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace luotsi::test {
namespace {

qint64 count(core::Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

TEST(DemoSegmentationTest, ADemoRegisterHasEveryCustomerSegmentedWithAYearOfHistory)
{
    TemporaryRegister scratch;
    const QString path = scratch.dir() + QStringLiteral("/demo.sqlite");
    ASSERT_TRUE(core::DemoRegisterBuilder::build(path, 600, 3, {}));
    auto opened = core::Workspace::open(path, QStringLiteral("tester"), QStringLiteral("Tester"));
    ASSERT_TRUE(opened) << opened.error().text().toStdString();
    core::Workspace& workspace = **opened;

    // Both default segmentations, every customer.
    EXPECT_EQ(count(workspace, QStringLiteral("SELECT count(*) FROM customer_segments")), 1200);
    // Every default segment of the primary segmentation has customers.
    auto distribution = workspace.segmentation().distribution(1);
    ASSERT_TRUE(distribution);
    int segmentsWithCustomers = 0;
    for (const auto& [segmentId, customers] : *distribution) {
        if (segmentId >= 1 && segmentId <= 5 && customers > 0)
            ++segmentsWithCustomers;
    }
    EXPECT_EQ(segmentsWithCustomers, 5);
    // Two applied runs per segmentation: the first dated a year ago, the second today.
    EXPECT_EQ(count(workspace, QStringLiteral("SELECT count(*) FROM segment_runs WHERE status = "
                                              "'applied'")),
              4);
    const QString yearAgo = QDate::currentDate().addMonths(-12).toString(QStringLiteral("yyyy-MM"));
    EXPECT_EQ(count(workspace, QStringLiteral("SELECT count(*) FROM segment_runs WHERE "
                                              "substr(created_at, 1, 7) = '%1'")
                                   .arg(yearAgo)),
              2);
    // Everyone entered a year ago; some moved since, and the history says so.
    EXPECT_EQ(count(workspace, QStringLiteral("SELECT count(*) FROM segment_history WHERE "
                                              "from_segment_id = 0 AND substr(changed_at, 1, 7) "
                                              "= '%1'")
                                   .arg(yearAgo)),
              1200);
    EXPECT_GT(count(workspace, QStringLiteral("SELECT count(*) FROM segment_history WHERE "
                                              "from_segment_id <> 0")),
              0);
    auto flows =
        workspace.segmentation().flows(1, QDate::currentDate().addDays(-7), QDate::currentDate());
    ASSERT_TRUE(flows);
    int entered = 0;
    for (const auto& flow : *flows)
        entered += flow.entered;
    EXPECT_GT(entered, 0);
}

TEST(DemoSegmentationTest, WithoutSegmentsTheRegisterStaysUnsegmented)
{
    TemporaryRegister scratch;
    const QString path = scratch.dir() + QStringLiteral("/plain.sqlite");
    core::DemoRegisterBuilder builder(path, 3);
    builder.setSegment(false);
    ASSERT_TRUE(builder.run(200, {}));
    auto opened = core::Workspace::open(path, QStringLiteral("tester"), QStringLiteral("Tester"));
    ASSERT_TRUE(opened);
    EXPECT_EQ(count(**opened, QStringLiteral("SELECT count(*) FROM customer_segments")), 0);
    EXPECT_GT(count(**opened, QStringLiteral("SELECT count(*) FROM sales_facts")), 0);
}

} // namespace
} // namespace luotsi::test
