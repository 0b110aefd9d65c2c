#pragma once

// A small generated register with sales facts that spread its customers over the default
// segments, and a brute-force evaluation (one RuleEvaluator call per customer over factsFor)
// that the runs are checked against.

#include "core/Workspace.h"
#include "core/demo/DemoRegisterBuilder.h"
#include "core/segments/RuleEvaluator.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentRunner.h"
#include "core/segments/SegmentationService.h"
#include "core/storage/SalesFactRepository.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <map>

namespace luotsi::test {

class SegmentationFixture : public ::testing::Test
{
protected:
    static constexpr qint64 customerCount = 240;
    static constexpr qint64 primary = 1; // migrations/0006: customer_value

    void SetUp() override
    {
        // Unsegmented: the tests start from customers that have no segment yet.
        core::DemoRegisterBuilder builder(m_register.path(), 7);
        builder.setSegment(false);
        ASSERT_TRUE(builder.run(customerCount, {}));
        writeSales(1);
    }

    core::Workspace& workspace() { return m_register.workspace(); }
    core::segments::SegmentationService& service() { return workspace().segmentation(); }
    QSqlDatabase db() { return workspace().database().connection(); }
    static QDate today() { return QDate::currentDate(); }

    // Replaces the sales facts with a pattern chosen per customer by salt: big buyers, buyers
    // from three companies, regular buyers, growing ones, occasional ones, lapsed and none, so
    // that every default segment gets customers. Months count back from asOf.
    void writeSales(quint32 salt, const QDate& asOf = today())
    {
        ASSERT_TRUE(exec(db(), QStringLiteral("DELETE FROM sales_facts")));
        QSqlQuery insert(db());
        ASSERT_TRUE(insert.prepare(QStringLiteral(
            "INSERT INTO sales_facts (customer_id, company_id, month, revenue, order_count) "
            "VALUES (?, ?, ?, ?, ?)")));
        const auto add = [&](qint64 customer, qint64 company, int monthsBack, double revenue,
                             int orders) {
            insert.bindValue(0, customer);
            insert.bindValue(1, company);
            insert.bindValue(2, asOf.addMonths(-monthsBack).toString(QStringLiteral("yyyy-MM")));
            insert.bindValue(3, revenue);
            insert.bindValue(4, orders);
            ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
        };
        QSqlQuery ids(db());
        ASSERT_TRUE(ids.exec(QStringLiteral("SELECT id FROM customers ORDER BY id")));
        QList<qint64> customers;
        while (ids.next())
            customers.append(ids.value(0).toLongLong());
        ASSERT_TRUE(db().transaction());
        for (qint64 c : std::as_const(customers)) {
            const quint32 h = quint32(c) * 2654435761u + salt * 40503u;
            switch ((h >> 8) % 7) {
            case 0: // big: VIP by revenue alone
                for (int m = 0; m < 12; ++m)
                    add(c, 1, m, 4500 + (h % 1000), 2);
                break;
            case 1: // three companies, 25,000 a year: VIP by breadth
                for (int m = 0; m < 12; ++m) {
                    for (qint64 company : {1, 2, 3})
                        add(c, company, m, 700, 1);
                }
                break;
            case 2: // regular: loyal
                for (int m = 0; m < 12; ++m)
                    add(c, 2, m, 600, 1);
                break;
            case 3: // growing: develop
                for (int m = 0; m < 24; m += 2)
                    add(c, 4, m, m < 12 ? 400 : 100, 1);
                break;
            case 4: // occasional: traffic
                add(c, 5, int(h % 12), 150, 1);
                break;
            case 5: // lapsed: bought only the year before
                add(c, 3, 14, 900, 3);
                break;
            default: // never bought
                break;
            }
        }
        ASSERT_TRUE(db().commit());
    }

    // Where the rules (and the overrides in force) put every customer as of asOf.
    std::map<qint64, qint64> expected(const QDate& asOf, qint64 segmentationId = primary)
    {
        std::map<qint64, qint64> result;
        auto segments = workspace().segmentCatalog().segmentsByPriority(segmentationId);
        auto companies = core::segments::SegmentRunner::companyIds(workspace());
        if (!segments || !companies) {
            ADD_FAILURE() << "cannot read segments or companies";
            return result;
        }
        const core::segments::RuleEvaluator evaluator(*companies, asOf);
        storage::SalesFactRepository facts(workspace().database());
        QHash<qint64, core::segments::SegmentOverride> overrides;
        QSqlQuery pinned(db());
        pinned.exec(QStringLiteral("SELECT customer_id, segment_id, expires_on FROM "
                                   "segment_overrides WHERE segmentation_id = %1")
                        .arg(segmentationId));
        while (pinned.next()) {
            core::segments::SegmentOverride o;
            o.segmentId = pinned.value(1).toLongLong();
            o.expiresOn = QDate::fromString(pinned.value(2).toString(), Qt::ISODate);
            overrides.insert(pinned.value(0).toLongLong(), o);
        }
        QSqlQuery ids(db());
        ids.exec(QStringLiteral("SELECT id FROM customers ORDER BY id"));
        while (ids.next()) {
            const qint64 id = ids.value(0).toLongLong();
            if (overrides.contains(id) && overrides.value(id).isActiveOn(asOf)) {
                result[id] = overrides.value(id).segmentId;
                continue;
            }
            auto f = facts.factsFor(id, asOf);
            if (!f) {
                ADD_FAILURE() << f.error().text().toStdString();
                continue;
            }
            result[id] = evaluator.firstMatch(*segments, *f);
        }
        return result;
    }

    // Every customer's current segment (0: none).
    std::map<qint64, qint64> current(qint64 segmentationId = primary)
    {
        std::map<qint64, qint64> result;
        QSqlQuery ids(db());
        ids.exec(QStringLiteral("SELECT c.id, coalesce(s.segment_id, 0) FROM customers c LEFT "
                                "JOIN customer_segments s ON s.customer_id = c.id AND "
                                "s.segmentation_id = %1 ORDER BY c.id")
                     .arg(segmentationId));
        while (ids.next())
            result[ids.value(0).toLongLong()] = ids.value(1).toLongLong();
        return result;
    }

    qint64 count(const QString& sql) { return scalar(db(), sql).toLongLong(); }

    TemporaryRegister m_register;
};

} // namespace luotsi::test
