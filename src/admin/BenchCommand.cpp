#include "BenchCommand.h"

#include "bench/BenchReport.h"
#include "bench/BenchRunner.h"
#include "bench/Workloads.h"
#include "core/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace luotsi::admin {

using namespace luotsi::core;

namespace {

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// A whole number of at least `least`, or nothing.
std::optional<qint64> number(const QString& text, qint64 least)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= least ? std::optional(value) : std::nullopt;
}

QString inputsText(const bench::BenchData& data)
{
    QStringList parts;
    for (const QString& path : {data.xlsxPath(), data.csvPath(), data.registerPath()}) {
        parts.append(QStringLiteral("%1 %2 MB")
                         .arg(QFileInfo(path).fileName())
                         .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 0));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString BenchCommand::summary() const
{
    return QCoreApplication::translate(
        "luotsi-admin",
        "Measure parsing, import, the list, search, the card and module runs at scale, "
        "beside their floors and peers.");
}

int BenchCommand::run(const QStringList& arguments, Console& console)
{
    if (arguments.contains(QStringLiteral("--child")))
        return runChild(arguments, console);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "luotsi-admin",
        "Generates (or reuses, keyed by scale and seed) a register and customer files of the "
        "scale, runs every case several times as child processes and prints median, min, max, "
        "p95 and peak memory, with each case's ratio to its floor and its fastest peer. Peers "
        "are installed by scripts/bench-peers/install.sh."));
    parser.addHelpOption();
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QCoreApplication::translate("luotsi-admin",
                                    "Customers in the register and rows in the files "
                                    "(default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("luotsi-admin", "Seed of the generator (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QCoreApplication::translate("luotsi-admin", "Run only these cases (comma-separated: %1).")
            .arg(bench::BenchRunner::groups().join(QStringLiteral(", "))),
        QStringLiteral("CASES"));
    const QCommandLineOption runs(
        QStringLiteral("runs"),
        QCoreApplication::translate("luotsi-admin", "Runs of each case and floor (default 3)."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption peerRuns(
        QStringLiteral("peer-runs"),
        QCoreApplication::translate("luotsi-admin", "Runs of each peer (default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption caseMinutes(
        QStringLiteral("case-minutes"),
        QCoreApplication::translate(
            "luotsi-admin",
            "Stop repeating a case once its runs have taken this many minutes (default 10)."),
        QStringLiteral("M"), QStringLiteral("10"));
    const QCommandLineOption noPeers(
        QStringLiteral("no-peers"),
        QCoreApplication::translate("luotsi-admin", "Leave the peers out."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("luotsi-admin", "Also write the results as JSON to this file."),
        QStringLiteral("OUT"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QCoreApplication::translate("luotsi-admin",
                                    "Where the generated inputs are kept (default %1).")
            .arg(bench::BenchData::defaultFolder()),
        QStringLiteral("DIR"), bench::BenchData::defaultFolder());
    const QCommandLineOption peers(
        QStringLiteral("peers"),
        QCoreApplication::translate("luotsi-admin", "Where the peers are installed (default %1).")
            .arg(bench::BenchRunner::defaultPeersFolder()),
        QStringLiteral("DIR"), bench::BenchRunner::defaultPeersFolder());
    parser.addOptions({scale, seed, only, runs, peerRuns, caseMinutes, noPeers, json, data, peers});
    if (!parser.parse(arguments)) {
        console.err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out << parser.helpText();
        return 0;
    }

    bench::BenchOptions options;
    const auto scaleValue = number(parser.value(scale), 100);
    const auto seedValue = number(parser.value(seed), 0);
    const auto runsValue = number(parser.value(runs), 1);
    const auto peerRunsValue = number(parser.value(peerRuns), 1);
    if (!scaleValue || !seedValue || !runsValue || !peerRunsValue) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin",
                           "--scale needs a whole number of at least 100, --seed one of at least "
                           "0, --runs and --peer-runs one of at least 1.")
                    << Qt::endl;
        return 2;
    }
    options.scale = *scaleValue;
    options.seed = quint32(*seedValue);
    options.runs = int(*runsValue);
    options.peerRuns = int(*peerRunsValue);
    options.peers = !parser.isSet(noPeers);
    bool minutesOk = false;
    options.caseMinutes = parser.value(caseMinutes).toDouble(&minutesOk);
    if (!minutesOk || options.caseMinutes <= 0) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin", "--case-minutes needs a number of minutes above 0.")
                    << Qt::endl;
        return 2;
    }
    options.dataFolder = parser.value(data);
    options.peersFolder = parser.value(peers);
    options.program = QCoreApplication::applicationFilePath();
    if (parser.isSet(only)) {
        options.only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& name : std::as_const(options.only)) {
            if (!bench::BenchRunner::groups().contains(name)) {
                console.err << QCoreApplication::translate("luotsi-admin",
                                                           "Unknown case \"%1\"; the cases are %2.")
                                   .arg(name,
                                        bench::BenchRunner::groups().join(QStringLiteral(", ")))
                            << Qt::endl;
                return 2;
            }
        }
    }

    bench::BenchRunner runner(options, console);
    auto results = runner.run();
    if (!results) {
        console.err << results.error().text() << Qt::endl;
        return 1;
    }
    const bench::BenchReport report({options.scale, options.seed, options.runs, options.peerRuns,
                                     runner.data().folder(), inputsText(runner.data())},
                                    *results);
    console.out << Qt::endl << report.text() << Qt::flush;
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(report.json()).toJson()) < 0) {
            console.err << QCoreApplication::translate("luotsi-admin", "Cannot write %1: %2")
                               .arg(file.fileName(), file.errorString())
                        << Qt::endl;
            return 1;
        }
    }
    bool failed = false;
    for (const bench::BenchCase& c : std::as_const(*results))
        failed = failed || (c.role == bench::BenchCase::Role::Luotsi &&
                            c.state == bench::BenchCase::State::Failed);
    return failed ? 1 : 0;
}

int BenchCommand::runChild(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption child(QStringLiteral("child"), {}, QStringLiteral("CASE"));
    const QCommandLineOption file(QStringLiteral("file"), {}, QStringLiteral("PATH"));
    const QCommandLineOption registerPath(QStringLiteral("register"), {}, QStringLiteral("PATH"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), {});
    parser.addOptions({child, file, registerPath, dryRun});
    const auto fail = [&](const QString& message) {
        console.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return 1;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QString name = parser.value(child);

    Result<bench::workloads::Outcome> outcome =
        Error{QCoreApplication::translate("luotsi-admin", "Unknown case \"%1\".").arg(name), {}};
    if (name == QLatin1String("xlsx-parse") || name == QLatin1String("csv-parse")) {
        outcome = bench::workloads::readWorkbook(parser.value(file));
    } else {
        QElapsedTimer timer;
        timer.start();
        auto workspace = Workspace::open(parser.value(registerPath), Workspace::systemLogin(),
                                         Workspace::systemLogin());
        if (!workspace)
            return fail(workspace.error().text());
        if (name == QLatin1String("import")) {
            outcome =
                bench::workloads::importFile(**workspace, parser.value(file), parser.isSet(dryRun));
        } else if (name == QLatin1String("open")) {
            outcome = bench::workloads::openList(**workspace);
            // Opening counts from the start: the file, the schema check, then the list.
            if (outcome)
                outcome.value().samplesMs = {double(timer.nsecsElapsed()) / 1e6};
        } else if (name == QLatin1String("search")) {
            outcome = bench::workloads::search(**workspace, readLines(parser.value(file)));
        } else if (name == QLatin1String("card")) {
            QList<qint64> ids;
            for (const QString& line : readLines(parser.value(file)))
                ids.append(line.toLongLong());
            outcome = bench::workloads::loadCards(**workspace, ids);
        } else if (name == QLatin1String("segment-run")) {
            outcome = bench::workloads::segmentRun(**workspace);
        } else if (name == QLatin1String("duplicates")) {
            outcome = bench::workloads::findDuplicates(**workspace);
        }
    }
    if (!outcome)
        return fail(outcome.error().text());
    QJsonArray samples;
    for (double sample : std::as_const(outcome->samplesMs))
        samples.append(sample);
    console.out << QJsonDocument(QJsonObject{{QStringLiteral("samples_ms"), samples},
                                             {QStringLiteral("items"), outcome->items},
                                             {QStringLiteral("cells"), outcome->cells},
                                             {QStringLiteral("note"), outcome->note}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    return 0;
}

} // namespace luotsi::admin
