#include "TestSupport.h"

#include <QDir>

#include <gtest/gtest.h>

namespace luotsi::test {

TemporaryRegister::TemporaryRegister()
{
    auto workspace =
        core::Workspace::open(path(), QStringLiteral("tester"), QStringLiteral("Testi Testaaja"));
    if (!workspace)
        ADD_FAILURE() << workspace.error().text().toStdString();
    else
        m_workspace = std::move(workspace).value();
}

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("LUOTSI_SHARED_DIR");
    return !dir.isEmpty() && QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

} // namespace luotsi::test
