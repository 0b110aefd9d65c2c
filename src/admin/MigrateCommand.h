#pragma once

#include "AdminCommand.h"

namespace luotsi::admin {

// luotsi-admin migrate [--database PATH]: creates or upgrades the register's schema.
class MigrateCommand final : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace luotsi::admin
