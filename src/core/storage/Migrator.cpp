#include "Migrator.h"

#include "SqlStatement.h"
#include "TransactionGuard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcMigrator, "luotsi.storage.migrator", QtWarningMsg)

namespace luotsi::storage {

namespace {

// User-visible texts of this file, in the "Migrator" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};

QString dialectFolder(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

} // namespace

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0;
    QString word;
    auto endWord = [&] {
        const QString upper = word.toUpper();
        if (upper == QLatin1String("BEGIN") || upper == QLatin1String("CASE"))
            ++blockDepth;
        else if (upper == QLatin1String("END") && blockDepth > 0)
            --blockDepth;
        word.clear();
    };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < script.size() &&
            script.at(i + 1) == QLatin1Char('-')) {
            endWord();
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            endWord();
            const qsizetype end = script.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? script.size() - 1 : end;
            current.append(script.mid(i, stop - i + 1));
            i = stop;
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            word.append(c);
        } else {
            endWord();
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    endWord();
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Migrator::Migrator(Database& database)
    : m_database(database)
{}

QList<Migrator::Migration> Migrator::available() const
{
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_(\w+)\.sql$)"));
    QMap<int, Migration> byVersion;
    auto collect = [&](const QString& folder) {
        const QDir dir(folder);
        for (const QString& entry :
             dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto match = fileName.match(entry);
            if (!match.hasMatch())
                continue;
            const int version = match.captured(1).toInt();
            byVersion[version] = {version, match.captured(2), dir.filePath(entry)};
        }
    };
    collect(QStringLiteral(":/migrations"));
    collect(QStringLiteral(":/migrations/") + dialectFolder(m_database.dialect()));
    return byVersion.values();
}

int Migrator::latestVersion() const
{
    const auto migrations = available();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

core::Result<int> Migrator::currentVersion() const
{
    auto status = execSql(m_database.connection(),
                          QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                         "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                         "applied_at TEXT NOT NULL)"),
                          Texts::tr("preparing the schema version table"));
    if (!status)
        return status.error();
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"),
                       Texts::tr("reading the schema version"));
    if (auto ok = query.exec(); !ok)
        return ok.error();
    return query.next() ? query.value(0).toInt() : 0;
}

core::Status Migrator::migrate(int upTo)
{
    const auto current = currentVersion();
    if (!current)
        return current.error();
    const int latest = latestVersion();
    if (*current > latest) {
        return core::Error{
            Texts::tr("This database was made by a newer version of Luotsi (schema %1; this "
                      "version knows schema %2). Update Luotsi or open another database.")
                .arg(*current)
                .arg(latest),
            m_database.path()};
    }
    for (const Migration& migration : available()) {
        if (migration.version <= *current)
            continue;
        if (upTo >= 0 && migration.version > upTo)
            break;
        if (auto status = apply(migration); !status)
            return status;
    }
    return {};
}

core::Status Migrator::apply(const Migration& migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{Texts::tr("Cannot read the migration."), migration.resourcePath};
    const QString script = QString::fromUtf8(file.readAll());

    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.beginError();
    for (const QString& statement : splitSqlScript(script)) {
        auto status = execSql(
            m_database.connection(), statement,
            Texts::tr("migrating to schema %1 (%2)").arg(migration.version).arg(migration.name));
        if (!status)
            return status;
    }
    SqlStatement record(m_database.connection(),
                        QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                       "VALUES (?, ?, ?)"),
                        Texts::tr("recording the schema version"));
    if (auto status = record.exec({migration.version, migration.name,
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        !status)
        return status;
    qCInfo(lcMigrator) << "applied migration" << migration.version << migration.name;
    return transaction.commit();
}

} // namespace luotsi::storage
