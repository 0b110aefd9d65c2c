#pragma once

#include "AdminCommand.h"

namespace luotsi::admin {

// luotsi-admin bench --database PATH [--only CASE,...] [--runs N] [--json OUT]: measures what a
// user waits for on an existing register — opening it to a filled list, scrolling, a search
// keystroke, loading a card — and prints median, min, max and percentiles with the peak memory.
// Speed is measured here, never asserted in timed tests.
class BenchCommand final : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace luotsi::admin
