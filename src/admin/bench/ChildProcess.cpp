#include "ChildProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

#include <csignal>
#include <fcntl.h>
#include <poll.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <vector>

extern char** environ;

namespace luotsi::admin::bench {

namespace {

constexpr qsizetype kErrorTail = 4096;

std::vector<QByteArray> environmentWith(const QStringList& extra)
{
    std::vector<QByteArray> entries;
    for (char** e = environ; *e != nullptr; ++e) {
        const QByteArray entry(*e);
        const QByteArray name = entry.left(entry.indexOf('=') + 1);
        bool replaced = false;
        for (const QString& pair : extra)
            replaced = replaced || pair.toUtf8().startsWith(name);
        if (!replaced)
            entries.push_back(entry);
    }
    for (const QString& pair : extra)
        entries.push_back(pair.toUtf8());
    return entries;
}

// The child's peak resident memory so far (VmHWM) in MiB, or 0 once it is gone.
double peakOf(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Reads both pipes until the child closes them, and its peak memory every 20 ms once it runs
// its own program (execFd closes then).
void drain(pid_t pid, int execFd, int outFd, int errFd, const QElapsedTimer& timer,
           double timeLimitMs, ChildRun& run)
{
    char buffer[65536];
    std::vector<pollfd> fds;
    if (outFd >= 0)
        fds.push_back({outFd, POLLIN, 0});
    fds.push_back({errFd, POLLIN, 0});
    fds.push_back({execFd, POLLIN, 0});
    bool executing = false;
    while (!fds.empty()) {
        const int ready = poll(fds.data(), nfds_t(fds.size()), 20);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (executing)
            run.peakRssMiB = std::max(run.peakRssMiB, peakOf(pid));
        // Killed, it closes its pipes and the loop ends as it would at its own end.
        if (timeLimitMs > 0 && !run.timedOut && double(timer.nsecsElapsed()) / 1e6 > timeLimitMs) {
            kill(pid, SIGKILL);
            run.timedOut = true;
        }
        for (size_t i = 0; i < fds.size();) {
            if (fds[i].revents == 0) {
                ++i;
                continue;
            }
            const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (fds[i].fd == execFd && n <= 0) {
                // The pipe closed on exec: from here on the child's memory is its own program's.
                executing = n == 0;
                close(fds[i].fd);
                fds.erase(fds.begin() + qsizetype(i));
                continue;
            }
            if (n > 0) {
                QByteArray& target = fds[i].fd == outFd ? run.out : run.err;
                target.append(buffer, n);
                if (fds[i].fd == errFd && run.err.size() > 2 * kErrorTail)
                    run.err = run.err.right(kErrorTail);
                ++i;
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else {
                close(fds[i].fd);
                fds.erase(fds.begin() + qsizetype(i));
            }
        }
    }
}

} // namespace

QString ChildRun::failureText() const
{
    if (!started)
        return QCoreApplication::translate("luotsi-admin", "could not be started");
    if (timedOut)
        return QCoreApplication::translate("luotsi-admin", "did not finish in the time allowed");
    const QByteArray tail = err.trimmed();
    const QString last = QString::fromUtf8(tail.mid(tail.lastIndexOf('\n') + 1));
    const QString how =
        exitCode < 0 ? QCoreApplication::translate("luotsi-admin", "ended by a signal")
                     : QCoreApplication::translate("luotsi-admin", "exit code %1").arg(exitCode);
    return last.isEmpty() ? how : how + QStringLiteral(": ") + last;
}

ChildRun runChild(const ChildCommand& command)
{
    ChildRun run;
    int outPipe[2] = {-1, -1};
    int errPipe[2] = {-1, -1};
    // Closed by a successful exec: tells when the child's memory stops being a copy of ours.
    int execPipe[2] = {-1, -1};
    const bool captureOut = command.standardOutput.isEmpty();
    if ((captureOut && pipe2(outPipe, O_CLOEXEC) != 0) || pipe2(errPipe, O_CLOEXEC) != 0 ||
        pipe2(execPipe, O_CLOEXEC) != 0)
        return run;

    // Everything the child needs is prepared before fork: after it, only async-signal-safe calls.
    const QByteArray program = QFile::encodeName(command.program);
    std::vector<QByteArray> arguments{program};
    for (const QString& argument : command.arguments)
        arguments.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> environment = environmentWith(command.environment);
    std::vector<char*> envp;
    for (QByteArray& entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    const QByteArray input = QFile::encodeName(
        command.standardInput.isEmpty() ? QStringLiteral("/dev/null") : command.standardInput);
    const QByteArray output = QFile::encodeName(command.standardOutput);

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid < 0) {
        for (int fd : {outPipe[0], outPipe[1], errPipe[0], errPipe[1], execPipe[0], execPipe[1]})
            if (fd >= 0)
                close(fd);
        return run;
    }
    if (pid == 0) {
        const int in = open(input.constData(), O_RDONLY);
        const int out =
            captureOut ? outPipe[1] : open(output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0)
            _exit(127);
        dup2(in, STDIN_FILENO);
        dup2(out, STDOUT_FILENO);
        dup2(errPipe[1], STDERR_FILENO);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    if (captureOut)
        close(outPipe[1]);
    close(errPipe[1]);
    close(execPipe[1]);
    drain(pid, execPipe[0], captureOut ? outPipe[0] : -1, errPipe[0], timer, command.timeLimitMs,
          run);

    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.started = !(WIFEXITED(status) && WEXITSTATUS(status) == 127);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    // ru_maxrss would count the copy of this process the child was before its exec.
    if (run.peakRssMiB == 0)
        run.peakRssMiB = double(usage.ru_maxrss) / 1024.0;
    if (run.err.size() > kErrorTail)
        run.err = run.err.right(kErrorTail);
    return run;
}

std::optional<QString> findProgram(const QString& name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

} // namespace luotsi::admin::bench
