#pragma once

#include "../AdminCommand.h"
#include "BenchCase.h"
#include "BenchData.h"
#include "ChildProcess.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace luotsi::admin::bench {

struct BenchOptions
{
    qint64 scale = 100000;
    quint32 seed = 1;
    int runs = 3;     // of each Luotsi case and floor
    int peerRuns = 1; // of each peer (they take a minute each at a million rows)
    // A case stops repeating once its runs have taken this long (at least one run is made):
    // a million-row import takes minutes a run.
    double caseMinutes = 10;
    QStringList only; // case groups to run; empty: all
    QString dataFolder;
    QString peersFolder;
    bool peers = true;
    QString program; // luotsi-admin itself, for the child runs
};

// Runs the bench: makes (or reuses) the data of the scale, then every case as child processes,
// each run of a case a process of its own, so that its peak memory is its own. Floors and peers
// of a case run beside it, in the same sitting, on the same files.
class BenchRunner final
{
public:
    BenchRunner(BenchOptions options, Console& console);

    // The case groups, in the order they run.
    static QStringList groups();

    core::Result<QList<BenchCase>> run();
    const BenchData& data() const { return m_data; }

    // Where peers are installed by scripts/bench-peers/install.sh by default.
    static QString defaultPeersFolder();

private:
    // What a run printed, checked: the note to keep, or an error that fails the case.
    using Check = std::function<core::Result<QString>(const ChildRun& run, BenchCase& result)>;

    BenchCase measure(BenchCase result, const ChildCommand& command, int runs, const Check& check,
                      const std::function<core::Status()>& before = {});
    BenchCase luotsi(const QString& name, const QString& group, const QStringList& arguments,
                     const std::function<core::Status()>& before = {});
    ChildCommand childOf(const QStringList& arguments) const;

    void parseCases(QList<BenchCase>& results);
    void importCases(QList<BenchCase>& results);
    void registerCases(const QString& group, QList<BenchCase>& results);
    void moduleCases(const QString& group, QList<BenchCase>& results);
    void peers(QList<BenchCase>& results);
    BenchCase openCase();
    BenchCase searchFloor();
    BenchCase insertFloor(const QString& name, bool indexed);

    core::Status copyRegister(const QString& from, const QString& to) const;
    bool wanted(const QString& group) const;

    BenchOptions m_options;
    Console& m_console;
    BenchData m_data;
};

} // namespace luotsi::admin::bench
