#include "MigrateCommand.h"

#include "DatabaseOption.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace luotsi::admin {

QString MigrateCommand::summary() const
{
    return QCoreApplication::translate("luotsi-admin", "Create or upgrade the register's schema.");
}

int MigrateCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.addOption(DatabaseOption::option());
    if (!parser.parse(arguments)) {
        console.err << parser.errorText() << Qt::endl;
        return 2;
    }
    const QString path = DatabaseOption::path(parser);
    auto database = storage::Database::openSqlite(path);
    if (!database) {
        console.err << database.error().text() << Qt::endl;
        return 1;
    }
    storage::Migrator migrator(**database);
    const auto before = migrator.currentVersion();
    if (auto status = migrator.migrate(); !status) {
        console.err << status.error().text() << Qt::endl;
        return 1;
    }
    console.out << QCoreApplication::translate("luotsi-admin", "%1: schema %2 → %3")
                       .arg(path)
                       .arg(before ? *before : 0)
                       .arg(migrator.latestVersion())
                << Qt::endl;
    return 0;
}

} // namespace luotsi::admin
