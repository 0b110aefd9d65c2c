#pragma once

#include "AdminCommand.h"

namespace luotsi::admin {

// luotsi-admin bench [--scale N] [--only CASE,...] [--runs N] [--json OUT]: generates (or reuses)
// a register and input files of the scale, runs every case as child processes several times —
// Excel and CSV parsing, the whole import, opening the app to a filled list, search as you type,
// the customer card, a segmentation run, the duplicate finder — with floors (what the hardware
// and SQLite need at least) and peers (the tools an admin could use instead) measured beside
// them, and prints median, min, max, p95 and peak memory with each case's ratio to its floor and
// its best peer, and the goals. Speed is measured here, never asserted in timed tests.
class BenchCommand final : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    // One measured run of a Luotsi case in this process (the parent starts one per run).
    int runChild(const QStringList& arguments, Console& console);
};

} // namespace luotsi::admin
