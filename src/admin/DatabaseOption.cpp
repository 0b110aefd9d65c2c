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

} // namespace luotsi::admin
