#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace luotsi::admin::bench {

// What one run of another program cost: its wall-clock time, its own peak memory and what it
// printed. QProcess cannot say a child's peak memory, so the child is started with fork/exec and
// its peak (VmHWM) read from /proc every 20 ms once it runs its own program: wait4()'s ru_maxrss
// would also count the copy of this process the child was before its exec.
struct ChildRun
{
    bool started = false;
    int exitCode = -1;     // -1 when it did not exit normally (a signal)
    bool timedOut = false; // killed at the command's time limit
    double wallMs = 0;
    double peakRssMiB = 0;
    QByteArray out; // standard output, unless it went to a file
    QByteArray err; // the last 4 KiB of standard error
    bool succeeded() const { return started && exitCode == 0; }
    // "exit code 1: <last line of stderr>" for messages.
    QString failureText() const;
};

struct ChildCommand
{
    QString program;
    QStringList arguments;
    QStringList environment; // extra NAME=VALUE pairs on top of this process's environment
    QString standardInput;   // a file to read from; /dev/null when empty
    QString standardOutput;  // a file to write to; captured when empty
    // A child still running after this long is killed (SIGKILL); 0: no limit.
    double timeLimitMs = 0;
};

// Runs the command to its end. The child's output is read while it runs (no pipe fills up).
ChildRun runChild(const ChildCommand& command);

// The full path of a program on PATH, or nothing.
std::optional<QString> findProgram(const QString& name);

} // namespace luotsi::admin::bench
