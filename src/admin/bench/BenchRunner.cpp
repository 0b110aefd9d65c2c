#include "BenchRunner.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace luotsi::admin::bench {

using namespace luotsi::core;

namespace {

// The FTS5 table of the floors: the same tokenizer and prefix indexes as Luotsi's own.
const char* const ftsOptions = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'";

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Status writeText(const QString& path, const QString& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        return Error{
            QCoreApplication::translate("luotsi-admin", "Cannot write: %1").arg(file.errorString()),
            path};
    return {};
}

void removeRegister(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// "rows=N cells=M" from a peer's runner.
Result<QString> checkPeerRows(const ChildRun& run, BenchCase& result, qint64 expected)
{
    static const QRegularExpression line(QStringLiteral(R"(rows=(\d+)\s+cells=(\d+))"));
    const auto match = line.match(QString::fromUtf8(run.out));
    if (!match.hasMatch())
        return Error{QCoreApplication::translate("luotsi-admin", "printed no row count"), {}};
    const qint64 rows = match.captured(1).toLongLong();
    if (rows != expected) {
        return Error{QCoreApplication::translate(
                         "luotsi-admin",
                         "read %1 of %2 rows and still ended with exit code 0: a short result")
                         .arg(rows)
                         .arg(expected),
                     {}};
    }
    result.items = rows;
    result.samples.append(run.wallMs);
    return QCoreApplication::translate("luotsi-admin", "%1 cells").arg(match.captured(2));
}

} // namespace

BenchRunner::BenchRunner(BenchOptions options, Console& console)
    : m_options(std::move(options))
    , m_console(console)
    , m_data(m_options.dataFolder, m_options.scale, m_options.seed)
{}

QStringList BenchRunner::groups()
{
    return {QStringLiteral("xlsx-parse"),  QStringLiteral("csv-parse"), QStringLiteral("import"),
            QStringLiteral("open"),        QStringLiteral("search"),    QStringLiteral("card"),
            QStringLiteral("segment-run"), QStringLiteral("duplicates")};
}

QString BenchRunner::defaultPeersFolder()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    const QString fromEnvironment = qEnvironmentVariable("LUOTSI_BENCH_PEERS");
    return fromEnvironment.isEmpty() ? QDir(cache).filePath(QStringLiteral("luotsi-bench/peers"))
                                     : fromEnvironment;
}

bool BenchRunner::wanted(const QString& group) const
{
    return m_options.only.isEmpty() || m_options.only.contains(group);
}

Result<QList<BenchCase>> BenchRunner::run()
{
    if (auto status = m_data.prepare(m_console); !status)
        return status.error();
    QList<BenchCase> results;
    parseCases(results);
    if (m_options.peers && wanted(QStringLiteral("xlsx-parse")))
        peers(results);
    importCases(results);
    if (wanted(QStringLiteral("open")))
        results.append(openCase());
    for (const QString& group : {QStringLiteral("search"), QStringLiteral("card")})
        registerCases(group, results);
    for (const QString& group : {QStringLiteral("segment-run"), QStringLiteral("duplicates")})
        moduleCases(group, results);
    return results;
}

ChildCommand BenchRunner::childOf(const QStringList& arguments) const
{
    ChildCommand command;
    command.program = m_options.program;
    command.arguments = QStringList{QStringLiteral("bench"), QStringLiteral("--child")} + arguments;
    return command;
}

BenchCase BenchRunner::measure(BenchCase result, const ChildCommand& command, int runs,
                               const Check& check, const std::function<Status()>& before)
{
    m_console.err << QCoreApplication::translate("luotsi-admin", "Measuring %1…").arg(result.name)
                  << Qt::endl;
    double spentMs = 0;
    int made = 0;
    for (int run = 0; run < runs; ++run) {
        if (run > 0 && spentMs > m_options.caseMinutes * 60000) {
            result.note +=
                (result.note.isEmpty() ? QString() : QStringLiteral("; ")) +
                QCoreApplication::translate("luotsi-admin", "%1 of %2 runs (--case-minutes)")
                    .arg(made)
                    .arg(runs);
            break;
        }
        if (before) {
            if (auto status = before(); !status)
                return BenchCase::failed(result.name, result.group, result.role,
                                         status.error().text());
        }
        // One run that takes three times the case's minutes is stopped: a path that does not
        // scale shows as FAILED in bounded time instead of holding the whole bench up.
        ChildCommand limited = command;
        limited.timeLimitMs = 3 * m_options.caseMinutes * 60000;
        const ChildRun child = runChild(limited);
        if (child.timedOut) {
            return BenchCase::failed(
                result.name, result.group, result.role,
                QCoreApplication::translate("luotsi-admin",
                                            "stopped after %1 minutes (3 × --case-minutes)")
                    .arg(limited.timeLimitMs / 60000, 0, 'f', 0));
        }
        if (!child.succeeded())
            return BenchCase::failed(result.name, result.group, result.role, child.failureText());
        auto note = check(child, result);
        if (!note)
            return BenchCase::failed(result.name, result.group, result.role, note.error().message);
        result.note = *note;
        result.peakRssMiB = std::max(result.peakRssMiB, child.peakRssMiB);
        spentMs += child.wallMs;
        ++made;
    }
    return result;
}

BenchCase BenchRunner::luotsi(const QString& name, const QString& group,
                              const QStringList& arguments, const std::function<Status()>& before)
{
    BenchCase result;
    result.name = name;
    result.group = group;
    result.role = BenchCase::Role::Luotsi;
    const qint64 expectedRows = m_data.rows() + 1; // the header row too
    const bool isParse = group.endsWith(QLatin1String("-parse"));
    return measure(
        result, childOf(arguments), m_options.runs,
        [&](const ChildRun& run, BenchCase& into) -> Result<QString> {
            const QJsonObject json = QJsonDocument::fromJson(run.out).object();
            if (json.contains(QStringLiteral("error")))
                return Error{json.value(QStringLiteral("error")).toString(), {}};
            const QJsonArray samples = json.value(QStringLiteral("samples_ms")).toArray();
            for (const QJsonValue& sample : samples)
                into.samples.append(sample.toDouble());
            if (samples.isEmpty())
                into.samples.append(run.wallMs);
            into.items = json.value(QStringLiteral("items")).toInteger();
            if (isParse && into.items != expectedRows)
                return Error{QCoreApplication::translate("luotsi-admin", "read %1 of %2 rows")
                                 .arg(into.items)
                                 .arg(expectedRows),
                             {}};
            return json.value(QStringLiteral("note")).toString();
        },
        before);
}

void BenchRunner::parseCases(QList<BenchCase>& results)
{
    const qint64 rows = m_data.rows() + 1;
    const std::function<Result<QString>(const ChildRun&, BenchCase&)> wallClock =
        [rows](const ChildRun& run, BenchCase& into) -> Result<QString> {
        into.samples.append(run.wallMs);
        into.items = rows;
        return QString();
    };
    if (wanted(QStringLiteral("xlsx-parse"))) {
        results.append(
            luotsi(QStringLiteral("xlsx-parse"), QStringLiteral("xlsx-parse"),
                   {QStringLiteral("xlsx-parse"), QStringLiteral("--file"), m_data.xlsxPath()}));
        BenchCase inflate;
        inflate.name = QStringLiteral("floor:inflate");
        inflate.group = QStringLiteral("xlsx-parse");
        inflate.role = BenchCase::Role::Floor;
        if (const auto unzip = findProgram(QStringLiteral("unzip"))) {
            ChildCommand command{*unzip,
                                 {QStringLiteral("-p"), m_data.xlsxPath(),
                                  QStringLiteral("xl/sharedStrings.xml"),
                                  QStringLiteral("xl/worksheets/sheet1.xml")},
                                 {},
                                 {},
                                 QStringLiteral("/dev/null")};
            results.append(measure(inflate, command, m_options.runs, wallClock));
        } else {
            results.append(BenchCase::skipped(
                inflate.name, inflate.group, inflate.role,
                QCoreApplication::translate("luotsi-admin", "unzip is not installed")));
        }
    }
    if (wanted(QStringLiteral("csv-parse"))) {
        results.append(
            luotsi(QStringLiteral("csv-parse"), QStringLiteral("csv-parse"),
                   {QStringLiteral("csv-parse"), QStringLiteral("--file"), m_data.csvPath()}));
        BenchCase decode;
        decode.name = QStringLiteral("floor:decode");
        decode.group = QStringLiteral("csv-parse");
        decode.role = BenchCase::Role::Floor;
        if (const auto iconv = findProgram(QStringLiteral("iconv"))) {
            ChildCommand command{*iconv,
                                 {QStringLiteral("-f"), QStringLiteral("WINDOWS-1252"),
                                  QStringLiteral("-t"), QStringLiteral("UTF-8"), m_data.csvPath()},
                                 {},
                                 {},
                                 QStringLiteral("/dev/null")};
            results.append(measure(decode, command, m_options.runs, wallClock));
        } else {
            results.append(BenchCase::skipped(
                decode.name, decode.group, decode.role,
                QCoreApplication::translate("luotsi-admin", "iconv is not installed")));
        }
    }
}

void BenchRunner::peers(QList<BenchCase>& results)
{
    const QString folder = m_options.peersFolder;
    const qint64 expected = m_data.rows() + 1;
    const auto node = findProgram(QStringLiteral("node"));
    const QString python = QStringLiteral("/usr/bin/python3");
    struct Peer
    {
        QString name;
        std::optional<QString> interpreter;
        QString script;
    };
    const Peer peers[] = {
        {QStringLiteral("peer:openpyxl"),
         QFileInfo::exists(python) ? std::optional(python) : std::nullopt,
         QStringLiteral("read-openpyxl.py")},
        {QStringLiteral("peer:xlsx2csv"),
         QFileInfo::exists(python) ? std::optional(python) : std::nullopt,
         QStringLiteral("read-xlsx2csv.py")},
        {QStringLiteral("peer:sheetjs"), node, QStringLiteral("read-sheetjs.js")},
        {QStringLiteral("peer:exceljs"), node, QStringLiteral("read-exceljs.js")},
    };
    for (const Peer& peer : peers) {
        const QString script = QDir(folder).filePath(peer.script);
        if (!peer.interpreter || !QFileInfo::exists(script)) {
            results.append(BenchCase::skipped(
                peer.name, QStringLiteral("xlsx-parse"), BenchCase::Role::Peer,
                QCoreApplication::translate(
                    "luotsi-admin",
                    "not installed: run scripts/bench-peers/install.sh (looked in %1)")
                    .arg(folder)));
            continue;
        }
        BenchCase result;
        result.name = peer.name;
        result.group = QStringLiteral("xlsx-parse");
        result.role = BenchCase::Role::Peer;
        ChildCommand command{*peer.interpreter, {script, m_data.xlsxPath()}, {}, {}, {}};
        results.append(measure(result, command, m_options.peerRuns,
                               [expected](const ChildRun& run, BenchCase& into) {
                                   return checkPeerRows(run, into, expected);
                               }));
    }
}

BenchCase BenchRunner::insertFloor(const QString& name, bool indexed)
{
    BenchCase result;
    result.name = name;
    result.group = QStringLiteral("import");
    result.role = BenchCase::Role::Floor;
    const auto sqlite = findProgram(QStringLiteral("sqlite3"));
    if (!sqlite)
        return BenchCase::skipped(
            name, result.group, result.role,
            QCoreApplication::translate("luotsi-admin", "the sqlite3 shell is not installed"));
    // The export's 15 columns as text, in one transaction (.import makes one); indexed: the
    // list's name index, a city index and the full-text index kept by a trigger, as a register
    // keeps its own.
    QString script = QStringLiteral(
        "CREATE TABLE customers (number, name, business_id, kind, status, street, postal_code, "
        "city, phone, email, web, contact, title, notes, version);\n");
    if (indexed) {
        script += QStringLiteral(
                      "CREATE INDEX customers_name ON customers (name);\n"
                      "CREATE INDEX customers_city ON customers (city);\n"
                      "CREATE VIRTUAL TABLE customer_search USING fts5(name, business_id, city, "
                      "phone, email, %1);\n"
                      "CREATE TRIGGER customers_search AFTER INSERT ON customers BEGIN "
                      "INSERT INTO customer_search (rowid, name, business_id, city, phone, email) "
                      "VALUES (new.rowid, new.name, new.business_id, new.city, new.phone, "
                      "new.email); END;\n")
                      .arg(QString::fromLatin1(ftsOptions));
    }
    script += QStringLiteral(".mode csv\n.separator ;\n.import --skip 1 '%1' customers\n")
                  .arg(m_data.utf8CsvPath());
    const QString scriptPath = m_data.scratchPath(name.mid(6) + QStringLiteral(".sql"));
    const QString database = m_data.scratchPath(name.mid(6) + QStringLiteral(".sqlite"));
    if (auto status = writeText(scriptPath, script); !status)
        return BenchCase::failed(name, result.group, result.role, status.error().text());
    ChildCommand command{*sqlite, {database}, {}, scriptPath, QStringLiteral("/dev/null")};
    const qint64 rows = m_data.rows();
    BenchCase measured = measure(
        result, command, m_options.runs,
        [rows](const ChildRun& run, BenchCase& into) -> Result<QString> {
            if (!run.err.trimmed().isEmpty())
                return Error{QString::fromUtf8(run.err.trimmed()), {}};
            into.samples.append(run.wallMs);
            into.items = rows;
            return QString();
        },
        [database] {
            removeRegister(database);
            return Status{};
        });
    removeRegister(database);
    return measured;
}

void BenchRunner::importCases(QList<BenchCase>& results)
{
    if (!wanted(QStringLiteral("import")))
        return;
    const QString fresh = m_data.scratchPath(QStringLiteral("import.sqlite"));
    results.append(
        luotsi(QStringLiteral("import"), QStringLiteral("import"),
               {QStringLiteral("import"), QStringLiteral("--file"), m_data.xlsxPath(),
                QStringLiteral("--register"), fresh},
               [this, fresh] { return copyRegister(m_data.emptyRegisterPath(), fresh); }));
    removeRegister(fresh);
    results.append(insertFloor(QStringLiteral("floor:insert"), false));
    results.append(insertFloor(QStringLiteral("floor:insert+index"), true));
    // Into the full register as a dry run: everything is done, then rolled back, so that every
    // run meets the same register.
    BenchCase full =
        luotsi(QStringLiteral("import-full"), QStringLiteral("import"),
               {QStringLiteral("import"), QStringLiteral("--file"), m_data.xlsxPath(),
                QStringLiteral("--register"), m_data.registerPath(), QStringLiteral("--dry-run")});
    // A run stopped in the middle leaves the register's WAL with the batch's uncommitted pages
    // (gigabytes at a million rows): opening and closing it once here recovers and removes it, so
    // that the next case does not pay for that in its time.
    if (full.state == BenchCase::State::Failed) {
        if (auto recovered = storage::Database::openSqlite(m_data.registerPath()); !recovered)
            m_console.err << recovered.error().text() << Qt::endl;
    }
    results.append(full);
}

BenchCase BenchRunner::openCase()
{
    // The app itself, from its start to the filled customer list, where it is built beside
    // luotsi-admin (build/src/app) or installed with it.
    const QDir here(QFileInfo(m_options.program).absolutePath());
    QString app;
    for (const QString& candidate : {here.filePath(QStringLiteral("../app/luotsi")),
                                     here.filePath(QStringLiteral("luotsi"))}) {
        if (QFileInfo(candidate).isExecutable())
            app = QFileInfo(candidate).canonicalFilePath();
    }
    if (app.isEmpty()) {
        return luotsi(
            QStringLiteral("open"), QStringLiteral("open"),
            {QStringLiteral("open"), QStringLiteral("--register"), m_data.registerPath()});
    }
    BenchCase result;
    result.name = QStringLiteral("open");
    result.group = QStringLiteral("open");
    result.role = BenchCase::Role::Luotsi;
    // Its own settings folder, so that the bench does not become the user's last register.
    ChildCommand command{
        app,
        {QStringLiteral("--database"), m_data.registerPath()},
        {QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("LUOTSI_QUIT_WHEN_LISTED=1"),
         QStringLiteral("XDG_CONFIG_HOME=") + m_data.scratchPath(QStringLiteral("config"))},
        {},
        {}};
    const qint64 customers = m_data.rows();
    BenchCase measured =
        measure(result, command, m_options.runs,
                [customers](const ChildRun& run, BenchCase& into) -> Result<QString> {
                    static const QRegularExpression listed(QStringLiteral(R"(listed (\d+))"));
                    const auto match = listed.match(QString::fromUtf8(run.out));
                    if (!match.hasMatch())
                        return Error{QCoreApplication::translate("luotsi-admin",
                                                                 "the app never showed its list"),
                                     {}};
                    if (match.captured(1).toLongLong() != customers)
                        return Error{QCoreApplication::translate(
                                         "luotsi-admin", "the list showed %1 customers, not %2")
                                         .arg(match.captured(1))
                                         .arg(customers),
                                     {}};
                    into.samples.append(run.wallMs);
                    into.items = customers;
                    return QCoreApplication::translate("luotsi-admin",
                                                       "the luotsi app, start to filled list");
                });
    return measured;
}

BenchCase BenchRunner::searchFloor()
{
    const QString name = QStringLiteral("floor:fts5");
    const QString group = QStringLiteral("search");
    const auto sqlite = findProgram(QStringLiteral("sqlite3"));
    if (!sqlite)
        return BenchCase::skipped(
            name, group, BenchCase::Role::Floor,
            QCoreApplication::translate("luotsi-admin", "the sqlite3 shell is not installed"));
    // The raw full-text query for each keystroke: its first 50 matches, unordered.
    const QStringList prefixes = readLines(m_data.prefixesPath());
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (const QString& prefix : prefixes) {
        QString term = prefix;
        term.replace(QLatin1Char('"'), QString()).replace(QLatin1Char('\''), QStringLiteral("''"));
        script += QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search MATCH "
                                 "'\"%1\"*' LIMIT 50;\n")
                      .arg(term);
    }
    const QString scriptPath = m_data.scratchPath(QStringLiteral("fts5.sql"));
    if (auto status = writeText(scriptPath, script); !status)
        return BenchCase::failed(name, group, BenchCase::Role::Floor, status.error().text());
    BenchCase result;
    result.name = name;
    result.group = group;
    result.role = BenchCase::Role::Floor;
    ChildCommand command{
        *sqlite, {QStringLiteral("-readonly"), m_data.registerPath()}, {}, scriptPath, {}};
    const qsizetype expected = prefixes.size();
    return measure(
        result, command, m_options.runs,
        [expected](const ChildRun& run, BenchCase& into) -> Result<QString> {
            static const QRegularExpression timing(QStringLiteral(R"(Run Time: real ([0-9.]+))"));
            qsizetype found = 0;
            for (auto it = timing.globalMatch(QString::fromUtf8(run.out)); it.hasNext(); ++found)
                into.samples.append(it.next().captured(1).toDouble() * 1000.0);
            if (found != expected)
                return Error{QCoreApplication::translate("luotsi-admin", "timed %1 of %2 queries")
                                 .arg(found)
                                 .arg(expected),
                             {}};
            into.items = expected;
            return QCoreApplication::translate("luotsi-admin",
                                               "the shell times to the millisecond");
        });
}

void BenchRunner::registerCases(const QString& group, QList<BenchCase>& results)
{
    if (!wanted(group))
        return;
    if (group == QLatin1String("search")) {
        results.append(
            luotsi(QStringLiteral("search"), group,
                   {QStringLiteral("search"), QStringLiteral("--register"), m_data.registerPath(),
                    QStringLiteral("--file"), m_data.prefixesPath()}));
        results.append(searchFloor());
    } else {
        results.append(
            luotsi(QStringLiteral("card"), group,
                   {QStringLiteral("card"), QStringLiteral("--register"), m_data.registerPath(),
                    QStringLiteral("--file"), m_data.cardIdsPath()}));
    }
}

void BenchRunner::moduleCases(const QString& group, QList<BenchCase>& results)
{
    if (!wanted(group))
        return;
    // Each run changes its register: every one starts from a fresh copy (not timed).
    const QString work = m_data.scratchPath(QStringLiteral("work.sqlite"));
    results.append(luotsi(group, group, {group, QStringLiteral("--register"), work},
                          [this, work] { return copyRegister(m_data.registerPath(), work); }));
    removeRegister(work);
}

Status BenchRunner::copyRegister(const QString& from, const QString& to) const
{
    removeRegister(to);
    if (!QFile::copy(from, to))
        return Error{
            QCoreApplication::translate("luotsi-admin", "Cannot copy the register for the run."),
            to};
    return {};
}

} // namespace luotsi::admin::bench
