#pragma once

#include "AdminCommand.h"

namespace luotsi::admin {

// luotsi-admin inspect FILE [--json] [--sheet NAME] [--encoding E] [--delimiter D]: shows what the
// readers see in a spreadsheet or CSV file: every sheet with its state, every non-empty cell with
// its reference, type, value and number format. For checking a source file before an import.
class InspectCommand final : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace luotsi::admin
