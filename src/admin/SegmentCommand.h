#pragma once

#include "AdminCommand.h"

namespace luotsi::admin {

// luotsi-admin segment run | export | flows: re-segments the register (printing the from→to
// matrix, then applying it unless --dry-run), lists every customer's segment and why, and counts
// the customers who entered and left each segment over a period.
class SegmentCommand final : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("segment"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    int runRun(const QStringList& arguments, Console& console);
    int runExport(const QStringList& arguments, Console& console);
    int runFlows(const QStringList& arguments, Console& console);
};

} // namespace luotsi::admin
