#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace luotsi::admin {

// The --database PATH option every command that opens the register shares.
class DatabaseOption final
{
public:
    static QCommandLineOption option();
    // The path given, else the settings entry, else the embedded default.
    static QString path(const QCommandLineParser& parser);
};

} // namespace luotsi::admin
