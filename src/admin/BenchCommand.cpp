#include "BenchCommand.h"

#include "DatabaseOption.h"
#include "core/Workspace.h"
#include "core/register/CustomerService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <functional>

namespace luotsi::admin {

using namespace luotsi::core;

namespace {

// Timings of one case in milliseconds, one per measured operation.
struct CaseResult
{
    QString name;
    QString unit; // what one sample is: "open", "page", "keystroke", "card"
    QList<double> samples;
    QString note;

    double percentile(double p) const
    {
        QList<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return 0;
        // Nearest rank.
        const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
        return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
    }
    double min() const
    {
        return samples.isEmpty() ? 0 : *std::min_element(samples.begin(), samples.end());
    }
    double max() const
    {
        return samples.isEmpty() ? 0 : *std::max_element(samples.begin(), samples.end());
    }
};

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The process's peak resident memory (VmHWM) in MiB; 0 where /proc is not available.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

class Bench
{
public:
    Bench(QString path, int runs, Console& console)
        : m_path(std::move(path))
        , m_runs(runs)
        , m_console(console)
    {}

    // Opening the register as the app does: migrate check, count, the first page of the list.
    std::optional<CaseResult> open()
    {
        CaseResult result{QStringLiteral("open"), QStringLiteral("open"), {}, {}};
        for (int run = 0; run < m_runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto workspace =
                Workspace::open(m_path, Workspace::systemLogin(), Workspace::systemLogin());
            if (!workspace)
                return fail(workspace.error());
            auto count = (*workspace)->customers().count({});
            auto page = (*workspace)->customers().fetchAfter({}, std::nullopt, pageSize);
            if (!count || !page)
                return fail(!count ? count.error() : page.error());
            result.samples.append(elapsedMs(timer));
            m_customerCount = *count;
        }
        result.note =
            QCoreApplication::translate("luotsi-admin", "%1 customers").arg(m_customerCount);
        return result;
    }

    // Scrolling: page after page from the top by keyset, and jumps to random depths by offset.
    std::optional<CaseResult> scroll(CustomerService& service)
    {
        CaseResult result{QStringLiteral("scroll"), QStringLiteral("page"), {}, {}};
        for (int run = 0; run < m_runs; ++run) {
            std::optional<RowKey> after;
            for (int page = 0; page < 50; ++page) {
                QElapsedTimer timer;
                timer.start();
                auto rows = service.fetchAfter({}, after, pageSize);
                if (!rows)
                    return fail(rows.error());
                result.samples.append(elapsedMs(timer));
                if (rows->isEmpty())
                    break;
                after = RowKey{rows->last().sortValue, rows->last().id};
            }
        }
        CaseResult jumps{QStringLiteral("scroll-jump"), QStringLiteral("page"), {}, {}};
        for (int jump = 0; jump < 20 * m_runs && m_customerCount > 0; ++jump) {
            const qint64 offset = qint64(m_random.bounded(quint64(m_customerCount)));
            QElapsedTimer timer;
            timer.start();
            auto rows = service.fetchAt({}, offset, pageSize);
            if (!rows)
                return fail(rows.error());
            jumps.samples.append(elapsedMs(timer));
        }
        m_extra.append(jumps);
        return result;
    }

    // Search as you type: for 200 names of the register, each prefix of its first word (2–6
    // letters, as typed) is one keystroke: the list's count and its first page.
    std::optional<CaseResult> search(CustomerService& service)
    {
        CaseResult result{QStringLiteral("search"), QStringLiteral("keystroke"), {}, {}};
        const QStringList words = sampleFirstWords(service, 200);
        qint64 matches = 0;
        double slowestMs = 0;
        QString slowest;
        for (const QString& word : words) {
            for (int length = 2; length <= std::min<int>(6, int(word.size())); ++length) {
                CustomerQuery query;
                query.searchText = word.left(length);
                QElapsedTimer timer;
                timer.start();
                auto count = service.count(query);
                auto rows = service.fetchAfter(query, std::nullopt, pageSize);
                if (!count || !rows)
                    return fail(!count ? count.error() : rows.error());
                const double ms = elapsedMs(timer);
                result.samples.append(ms);
                matches += *count;
                if (ms > slowestMs) {
                    slowestMs = ms;
                    slowest = query.searchText;
                }
            }
        }
        result.note = QCoreApplication::translate("luotsi-admin",
                                                  "%1 prefixes of %2 names, %3 matches on average; "
                                                  "slowest \"%4\"")
                          .arg(result.samples.size())
                          .arg(words.size())
                          .arg(result.samples.isEmpty() ? 0 : matches / result.samples.size())
                          .arg(slowest);
        return result;
    }

    // The card: the aggregate, its timeline and its change history, for random customers.
    std::optional<CaseResult> card(CustomerService& service)
    {
        CaseResult result{QStringLiteral("card"), QStringLiteral("card"), {}, {}};
        for (int i = 0; i < 200 && m_customerCount > 0; ++i) {
            auto rows = service.fetchAt({}, qint64(m_random.bounded(quint64(m_customerCount))), 1);
            if (!rows || rows->isEmpty())
                continue;
            const qint64 id = rows->first().id;
            QElapsedTimer timer;
            timer.start();
            auto customer = service.load(id);
            auto timeline = service.timeline(id);
            auto history = service.history(id);
            auto children = service.children(id);
            if (!customer || !timeline || !history || !children)
                return fail(!customer   ? customer.error()
                            : !timeline ? timeline.error()
                                        : history.error());
            result.samples.append(elapsedMs(timer));
        }
        return result;
    }

    QList<CaseResult> takeExtra() { return std::exchange(m_extra, {}); }
    bool failed() const { return m_failed; }

private:
    static constexpr int pageSize = 200; // the list model's page

    std::optional<CaseResult> fail(const Error& error)
    {
        m_console.err << error.text() << Qt::endl;
        m_failed = true;
        return std::nullopt;
    }

    QStringList sampleFirstWords(CustomerService& service, int count)
    {
        QStringList words;
        for (int i = 0; i < count * 3 && words.size() < count && m_customerCount > 0; ++i) {
            auto rows = service.fetchAt({}, qint64(m_random.bounded(quint64(m_customerCount))), 1);
            if (!rows || rows->isEmpty())
                continue;
            const QString word = rows->first().name.section(QLatin1Char(' '), 0, 0);
            if (word.size() >= 2)
                words.append(word);
        }
        return words;
    }

    QString m_path;
    int m_runs;
    Console& m_console;
    qint64 m_customerCount = 0;
    QRandomGenerator m_random{20261123};
    QList<CaseResult> m_extra;
    bool m_failed = false;
};

QString formatMs(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

} // namespace

QString BenchCommand::summary() const
{
    return QCoreApplication::translate(
        "luotsi-admin", "Measure opening, scrolling, searching and the card on a register.");
}

int BenchCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(DatabaseOption::option());
    const QCommandLineOption only(
        QStringLiteral("only"),
        QCoreApplication::translate(
            "luotsi-admin", "Run only these cases (comma-separated: open, scroll, search, card)."),
        QStringLiteral("CASES"));
    const QCommandLineOption runs(
        QStringLiteral("runs"),
        QCoreApplication::translate("luotsi-admin",
                                    "Repeat each case this many times (default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("luotsi-admin", "Also write the results as JSON to this file."),
        QStringLiteral("OUT"));
    parser.addOptions({only, runs, json});
    if (!parser.parse(arguments)) {
        console.err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out << parser.helpText();
        return 0;
    }
    bool runsOk = false;
    const int runCount = parser.value(runs).toInt(&runsOk);
    if (!runsOk || runCount < 1) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin", "--runs needs a whole number of at least 1, not \"%1\".")
                           .arg(parser.value(runs))
                    << Qt::endl;
        return 2;
    }
    const QStringList known{QStringLiteral("open"), QStringLiteral("scroll"),
                            QStringLiteral("search"), QStringLiteral("card")};
    QStringList cases =
        parser.isSet(only) ? parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts) : known;
    for (const QString& name : std::as_const(cases)) {
        if (!known.contains(name)) {
            console.err << QCoreApplication::translate("luotsi-admin",
                                                       "Unknown case \"%1\"; the cases are %2.")
                               .arg(name, known.join(QStringLiteral(", ")))
                        << Qt::endl;
            return 2;
        }
    }
    const QString path = DatabaseOption::path(parser);
    if (!QFileInfo::exists(path)) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin",
                           "%1 does not exist. Make a register first, e.g. luotsi-admin generate "
                           "--customers 1000000 --database %1")
                           .arg(path)
                    << Qt::endl;
        return 1;
    }

    Bench bench(path, runCount, console);
    QList<CaseResult> results;
    // open runs first (and always, for the register's size) so that its first sample is the
    // coldest the operating system's cache allows.
    if (auto result = bench.open(); result && cases.contains(QStringLiteral("open")))
        results.append(*result);
    auto workspace = Workspace::open(path, Workspace::systemLogin(), Workspace::systemLogin());
    if (!workspace || bench.failed()) {
        if (!workspace)
            console.err << workspace.error().text() << Qt::endl;
        return 1;
    }
    CustomerService& service = (*workspace)->customers();
    const std::pair<QString, std::function<std::optional<CaseResult>()>> steps[] = {
        {QStringLiteral("scroll"), [&] { return bench.scroll(service); }},
        {QStringLiteral("search"), [&] { return bench.search(service); }},
        {QStringLiteral("card"), [&] { return bench.card(service); }},
    };
    for (const auto& [name, step] : steps) {
        if (!cases.contains(name))
            continue;
        auto result = step();
        if (!result)
            return 1;
        results.append(*result);
        results.append(bench.takeExtra());
    }

    const double rss = peakRssMiB();
    console.out << QCoreApplication::translate("luotsi-admin", "Register: %1 (%2 MiB)")
                       .arg(path)
                       .arg(double(QFileInfo(path).size()) / 1048576.0, 0, 'f', 0)
                << "\n"
                << QCoreApplication::translate("luotsi-admin", "Machine: %1, %2 cores")
                       .arg(QSysInfo::prettyProductName())
                       .arg(QThread::idealThreadCount())
                << "\n\n";
    console.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
                       .arg(QCoreApplication::translate("luotsi-admin", "case"), -12)
                       .arg(QCoreApplication::translate("luotsi-admin", "samples"), 8)
                       .arg(QCoreApplication::translate("luotsi-admin", "median ms"), 10)
                       .arg(QCoreApplication::translate("luotsi-admin", "min"), 8)
                       .arg(QCoreApplication::translate("luotsi-admin", "max"), 8)
                       .arg(QStringLiteral("p95"), 8)
                       .arg(QStringLiteral("p99"), 8)
                       .arg(QCoreApplication::translate("luotsi-admin", "per"), -10)
                       .arg(QCoreApplication::translate("luotsi-admin", "note"));
    QJsonArray jsonCases;
    for (const CaseResult& result : std::as_const(results)) {
        console.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
                           .arg(result.name, -12)
                           .arg(result.samples.size(), 8)
                           .arg(formatMs(result.percentile(50)), 10)
                           .arg(formatMs(result.min()), 8)
                           .arg(formatMs(result.max()), 8)
                           .arg(formatMs(result.percentile(95)), 8)
                           .arg(formatMs(result.percentile(99)), 8)
                           .arg(result.unit, -10)
                           .arg(result.note);
        jsonCases.append(QJsonObject{{QStringLiteral("case"), result.name},
                                     {QStringLiteral("unit"), result.unit},
                                     {QStringLiteral("samples"), int(result.samples.size())},
                                     {QStringLiteral("median_ms"), result.percentile(50)},
                                     {QStringLiteral("min_ms"), result.min()},
                                     {QStringLiteral("max_ms"), result.max()},
                                     {QStringLiteral("p95_ms"), result.percentile(95)},
                                     {QStringLiteral("p99_ms"), result.percentile(99)},
                                     {QStringLiteral("note"), result.note}});
    }
    console.out << "\n"
                << QCoreApplication::translate("luotsi-admin", "Peak memory (RSS): %1 MiB")
                       .arg(rss, 0, 'f', 0)
                << Qt::endl;

    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        const QJsonObject document{{QStringLiteral("register"), path},
                                   {QStringLiteral("machine"), QSysInfo::prettyProductName()},
                                   {QStringLiteral("cores"), QThread::idealThreadCount()},
                                   {QStringLiteral("peak_rss_mib"), rss},
                                   {QStringLiteral("cases"), jsonCases}};
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(document).toJson()) < 0) {
            console.err << QCoreApplication::translate("luotsi-admin", "Cannot write %1: %2")
                               .arg(file.fileName(), file.errorString())
                        << Qt::endl;
            return 1;
        }
    }
    return 0;
}

} // namespace luotsi::admin
