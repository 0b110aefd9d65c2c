#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace luotsi::admin {

// Where a command writes: results to out, progress and errors to err.
struct Console
{
    QTextStream& out;
    QTextStream& err;
};

// One verb of luotsi-admin ("migrate", "generate", ...). A command parses its own options and
// returns the process exit code: 0 done, 1 failed, 2 wrong usage.
class AdminCommand
{
public:
    virtual ~AdminCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList& arguments, Console& console) = 0;
};

} // namespace luotsi::admin
