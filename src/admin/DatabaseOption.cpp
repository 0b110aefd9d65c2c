#include "DatabaseOption.h"

#include "core/Settings.h"

#include <QCoreApplication>

namespace luotsi::admin {

QCommandLineOption DatabaseOption::option()
{
    return {QStringLiteral("database"),
            QCoreApplication::translate("luotsi-admin", "The register's SQLite file (default: %1).")
                .arg(core::Settings::defaultDatabasePath()),
            QStringLiteral("PATH")};
}

QString DatabaseOption::path(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("database")))
        return parser.value(QStringLiteral("database"));
    const QString configured = core::Settings().databasePath();
    return configured.isEmpty() ? core::Settings::defaultDatabasePath() : configured;
}

std::unique_ptr<core::Workspace> DatabaseOption::openWorkspace(const QCommandLineParser& parser,
                                                               Console& console)
{
    auto workspace = core::Workspace::open(path(parser), core::Workspace::systemLogin(),
                                           core::Workspace::systemLogin());
    if (!workspace) {
        console.err << workspace.error().text() << Qt::endl;
        return nullptr;
    }
    return std::move(workspace).value();
}

QCommandLineOption MatchSettingsOption::option()
{
    return {QStringLiteral("match-settings"),
            QCoreApplication::translate("luotsi-admin",
                                        "Matching thresholds and weights from FILE.json (default: "
                                        "matching.json beside the register, if there is one)."),
            QCoreApplication::translate("luotsi-admin", "FILE.json")};
}

std::optional<core::matching::MatchSettings>
MatchSettingsOption::settings(const QCommandLineParser& parser, const core::Workspace& workspace,
                              Console& console)
{
    const QString given = parser.value(QStringLiteral("match-settings"));
    auto settings =
        given.isEmpty() ? workspace.matchSettings() : core::matching::MatchSettings::load(given);
    if (!settings) {
        console.err << settings.error().text() << Qt::endl;
        return std::nullopt;
    }
    return *settings;
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    Console& console)
{
    if (!parser.parse(arguments)) {
        console.err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out << parser.helpText() << Qt::endl;
        return 0;
    }
    return std::nullopt;
}

} // namespace luotsi::admin
