#pragma once

#include "core/Workspace.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace luotsi::test {

// A register in a fresh temporary SQLite file, removed with the object.
class TemporaryRegister final
{
public:
    TemporaryRegister();
    core::Workspace& workspace() { return *m_workspace; }
    QString path() const { return m_dir.filePath(QStringLiteral("register.sqlite")); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_workspace;
};

// ../shared beside the repository, or empty when it is absent (tests then skip with a message).
QString sharedDir();

} // namespace luotsi::test
