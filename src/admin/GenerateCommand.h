#pragma once

#include "AdminCommand.h"

namespace luotsi::admin {

// luotsi-admin generate --customers N [--seed S] [--database PATH]: writes realistic Finnish demo
// or scale data into the register.
class GenerateCommand final : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace luotsi::admin
