#pragma once

// A temporary register with three group companies and helpers to add customers and sales.

#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "core/segments/CustomerFacts.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/SalesFactRepository.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

namespace luotsi::test {

inline void expectSameFacts(const core::segments::CustomerFacts& a,
                            const core::segments::CustomerFacts& b)
{
    EXPECT_EQ(a.customerId, b.customerId);
    EXPECT_EQ(a.name, b.name) << a.customerId;
    EXPECT_EQ(a.kind, b.kind) << a.customerId;
    EXPECT_EQ(a.status, b.status) << a.customerId;
    EXPECT_EQ(a.ownerId, b.ownerId) << a.customerId;
    EXPECT_EQ(a.ownerLogin, b.ownerLogin) << a.customerId;
    EXPECT_EQ(a.city, b.city) << a.customerId;
    EXPECT_EQ(a.tags, b.tags) << a.customerId;
    EXPECT_EQ(a.revenue12m, b.revenue12m) << a.customerId;
    EXPECT_EQ(a.revenuePrevious12m, b.revenuePrevious12m) << a.customerId;
    EXPECT_EQ(a.orders12m, b.orders12m) << a.customerId;
    EXPECT_EQ(a.companies12m, b.companies12m) << a.customerId;
    EXPECT_EQ(a.companyRevenue12m, b.companyRevenue12m) << a.customerId;
    EXPECT_EQ(a.lastPurchaseMonth, b.lastPurchaseMonth) << a.customerId;
    EXPECT_EQ(a.potential, b.potential) << a.customerId;
}

class SalesFactFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        storage::DirectoryRepository directory(db());
        for (const char* code : {"KP", "KM", "LO"}) {
            auto company =
                directory.addGroupCompany({0,
                                           QString::fromLatin1(code),
                                           QString::fromLatin1(code) + QStringLiteral(" Oy"),
                                           {}});
            ASSERT_TRUE(company) << company.error().text().toStdString();
            m_companies.append(company->id);
        }
    }

    core::Workspace& workspace() { return m_register.workspace(); }
    storage::Database& db() { return workspace().database(); }
    storage::SalesFactRepository& repository() { return m_repository; }

    qint64 customer(const QString& name, core::CustomerStatus status = core::CustomerStatus::Active)
    {
        core::Customer customer;
        customer.name = name;
        customer.status = status;
        auto created = workspace().customers().create(customer);
        if (!created) {
            ADD_FAILURE() << created.error().text().toStdString();
            return 0;
        }
        return created->id;
    }

    // Sales of one customer from the company at index, in month 'YYYY-MM'.
    void sell(qint64 customerId, int company, const char* month, double revenue, int orders)
    {
        const QDate first =
            QDate::fromString(QString::fromLatin1(month) + QStringLiteral("-01"), Qt::ISODate);
        ASSERT_TRUE(first.isValid()) << month;
        const auto status =
            repository().upsert({{customerId, m_companies.at(company), first, revenue, orders}}, 0);
        ASSERT_TRUE(status) << status.error().text().toStdString();
    }

    core::segments::CustomerFacts factsOf(qint64 customerId, const QDate& asOf)
    {
        return valueOf(repository().factsFor(customerId, asOf));
    }

    TemporaryRegister m_register;
    storage::SalesFactRepository m_repository{m_register.workspace().database()};
    QList<qint64> m_companies;
};

} // namespace luotsi::test
