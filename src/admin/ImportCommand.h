#pragma once

#include "AdminCommand.h"

namespace luotsi::admin {

// luotsi-admin import FILE: the conversion wizard's work without a window, with a saved profile,
// a profile file or the wizard's own suggestions.
class ImportCommand final : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace luotsi::admin
