// Data quality at scale: the invalid-email and invalid-phone conditions must be answered from
// the partial indexes of migrations/0005_quality.sql (a database uses one only when the query's
// condition contains the index's term for term), and on a large register the counts and the
// list's filter must agree. The large-register check runs when LUOTSI_QUALITY_DB names one.

#include "core/provenance/DataQuality.h"
#include "core/register/CustomerQuery.h"
#include "core/storage/CustomerListRepository.h"
#include "core/storage/DataQualityRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Fts5SearchIndex.h"
#include "core/storage/Migrator.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

using namespace luotsi;
using namespace luotsi::core;

namespace {

QString planOf(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        ADD_FAILURE() << sql.toStdString();
        return {};
    }
    QStringList details;
    while (query.next())
        details.append(query.value(3).toString());
    return details.join(QLatin1Char('\n'));
}

const char* issueName(QualityIssue issue)
{
    static const char* names[] = {"MissingBusinessId", "InvalidEmail", "InvalidPhone",
                                  "MissingOwner", "PendingDuplicate"};
    return names[int(issue)];
}

} // namespace

TEST(QualityIndexTest, InvalidEmailsAndPhonesAreReadFromThePartialIndexes)
{
    test::TemporaryRegister reg;
    const QSqlDatabase db = reg.workspace().database().connection();
    const QList<std::pair<QualityIssue, QStringList>> expected{
        {QualityIssue::InvalidEmail,
         {QStringLiteral("channels_bad_email"), QStringLiteral("contacts_bad_email")}},
        {QualityIssue::InvalidPhone,
         {QStringLiteral("channels_bad_phone"), QStringLiteral("contacts_bad_phone")}},
    };
    for (const auto& [issue, indexes] : expected) {
        SCOPED_TRACE(issueName(issue));
        const QString plan = planOf(db, QStringLiteral("SELECT count(*) FROM customers c WHERE ") +
                                            storage::DataQualityRepository::condition(issue));
        for (const QString& index : indexes)
            EXPECT_TRUE(plan.contains(index)) << plan.toStdString();
        EXPECT_FALSE(plan.contains(QStringLiteral("SCAN channels\n"))) << plan.toStdString();
    }
}

TEST(QualityIndexTest, CountsAndListAgreeOnALargeRegister)
{
    const QString path = qEnvironmentVariable("LUOTSI_QUALITY_DB");
    if (path.isEmpty())
        GTEST_SKIP() << "set LUOTSI_QUALITY_DB to a generated register (luotsi-admin generate) "
                        "to measure the counts and the filtered list on it";
    auto database = storage::Database::openSqlite(path);
    ASSERT_TRUE(database) << database.error().text().toStdString();
    ASSERT_TRUE(storage::Migrator(**database).migrate());
    storage::Fts5SearchIndex searchIndex(**database);
    storage::CustomerListRepository list(**database, searchIndex);

    QElapsedTimer timer;
    timer.start();
    const QualityCounts counts = test::valueOf(DataQuality(**database).counts());
    const qint64 coldMs = timer.restart();
    EXPECT_EQ(test::valueOf(DataQuality(**database).counts()), counts);
    std::printf("counts of %lld customers: %lld ms, again %lld ms\n", counts.customers,
                static_cast<long long>(coldMs), static_cast<long long>(timer.elapsed()));
    for (const QualityIssue issue : allQualityIssues) {
        CustomerQuery query;
        query.quality = issue;
        for (const CustomerSortColumn column :
             {CustomerSortColumn::Name, CustomerSortColumn::City}) {
            query.sortColumn = column;
            timer.restart();
            const qint64 count = test::valueOf(list.count(query));
            const qint64 countMs = timer.restart();
            const auto first = test::valueOf(list.fetchAfter(query, std::nullopt, 100));
            const qint64 pageMs = timer.restart();
            const auto middle = test::valueOf(list.fetchAt(query, count / 2, 100));
            const qint64 jumpMs = timer.elapsed();
            std::printf("%-18s sort %d: %8lld customers, count %4lld ms, first page %4lld ms, "
                        "middle %4lld ms\n",
                        issueName(issue), int(column), static_cast<long long>(count),
                        static_cast<long long>(countMs), static_cast<long long>(pageMs),
                        static_cast<long long>(jumpMs));
            EXPECT_EQ(count, counts.of(issue)) << issueName(issue);
            EXPECT_EQ(first.size(), std::min<qint64>(count, 100));
            EXPECT_EQ(middle.size(), std::min<qint64>(count - count / 2, 100));
        }
    }
}
