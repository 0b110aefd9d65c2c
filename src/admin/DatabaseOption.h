#pragma once

#include "AdminCommand.h"
#include "core/Workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace luotsi::admin {

// The --database PATH option every command that opens the register shares.
class DatabaseOption final
{
public:
    static QCommandLineOption option();
    // The path given, else the settings entry, else the embedded default.
    static QString path(const QCommandLineParser& parser);
    // The register that path names, opened and migrated for the person running the command;
    // nullptr after printing why it could not be opened.
    static std::unique_ptr<core::Workspace> openWorkspace(const QCommandLineParser& parser,
                                                          Console& console);
};

// The --match-settings FILE.json option that import and duplicates share.
class MatchSettingsOption final
{
public:
    static QCommandLineOption option();
    // The file given with the option, else the register's own matching.json, else the defaults;
    // nothing after printing why a file could not be read.
    static std::optional<core::matching::MatchSettings>
    settings(const QCommandLineParser& parser, const core::Workspace& workspace, Console& console);
};

// Parses a command's arguments; an exit code when the command is done already (2 after a usage
// error, 0 after --help), nothing when it should go on.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    Console& console);

} // namespace luotsi::admin
