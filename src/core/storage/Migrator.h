#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace luotsi::storage {

// Brings a database to the schema this build knows. Migrations are the numbered SQL files of
// migrations/ embedded as resources (":/migrations/0001_register.sql"); where a dialect needs its
// own SQL, ":/migrations/<dialect>/NNNN_name.sql" takes the place of the common file. Each is
// applied in its own transaction and recorded in schema_migrations.
class Migrator final
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(Database& database);

    // The migrations this build carries for the database's dialect, in order.
    QList<Migration> available() const;
    int latestVersion() const;
    // The schema version of the database; 0 for an empty one.
    core::Result<int> currentVersion() const;
    // Applies every missing migration up to upTo (default: all). Refuses a database whose schema
    // is newer than this build knows.
    core::Status migrate(int upTo = -1);

private:
    core::Status apply(const Migration& migration);

    Database& m_database;
};

// Splits an SQL script into statements: semicolons end statements except inside quotes,
// comments and CREATE TRIGGER ... BEGIN ... END blocks.
QStringList splitSqlScript(const QString& script);

} // namespace luotsi::storage
