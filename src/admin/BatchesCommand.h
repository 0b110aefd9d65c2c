#pragma once

#include "AdminCommand.h"

namespace luotsi::admin {

// luotsi-admin batches: the import history; one batch's row outcomes; undo; evaluation of the
// conversion against a truth file.
class BatchesCommand final : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("batches"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace luotsi::admin
