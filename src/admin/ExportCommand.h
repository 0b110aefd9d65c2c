#pragma once

#include "AdminCommand.h"

namespace luotsi::admin {

// luotsi-admin export --out FILE: the register (or a search) to .xlsx or .csv.
class ExportCommand final : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace luotsi::admin
