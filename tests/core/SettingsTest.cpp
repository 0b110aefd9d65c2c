#include "core/Settings.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace luotsi::core {
namespace {

TEST(Settings, RecentCustomersAreKeptPerRegister)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    {
        Settings settings(ini);
        settings.addRecentCustomer(first, 7);
        settings.addRecentCustomer(first, 3);
        settings.addRecentCustomer(first, 7);
        settings.addRecentCustomer(second, 42);
    }
    Settings reopened(ini);
    EXPECT_EQ(reopened.recentCustomers(first), (QList<qint64>{7, 3}));
    EXPECT_EQ(reopened.recentCustomers(second), QList<qint64>{42});
    reopened.removeRecentCustomer(first, 7);
    EXPECT_EQ(reopened.recentCustomers(first), QList<qint64>{3});
    EXPECT_EQ(reopened.recentCustomers(second), QList<qint64>{42});
}

TEST(Settings, RecentCustomersKeepOnlyTheNewest)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    for (qint64 id = 1; id <= Settings::recentLimit() + 5; ++id)
        settings.addRecentCustomer(path, id);
    const QList<qint64> recent = settings.recentCustomers(path);
    ASSERT_EQ(recent.size(), Settings::recentLimit());
    EXPECT_EQ(recent.first(), Settings::recentLimit() + 5);
}

} // namespace
} // namespace luotsi::core
