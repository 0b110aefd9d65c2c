#include "BenchReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

namespace luotsi::admin::bench {

namespace {

// The floor each Luotsi case is compared with.
QString floorOf(const QString& name)
{
    if (name == QLatin1String("xlsx-parse"))
        return QStringLiteral("floor:inflate");
    if (name == QLatin1String("csv-parse"))
        return QStringLiteral("floor:decode");
    if (name == QLatin1String("import") || name == QLatin1String("import-full"))
        return QStringLiteral("floor:insert+index");
    if (name == QLatin1String("search"))
        return QStringLiteral("floor:fts5");
    return {};
}

// Cases of single operations are compared by their p95; whole runs by their median.
bool perOperation(const BenchCase& c)
{
    return c.group == QLatin1String("search") || c.group == QLatin1String("card");
}

double typical(const BenchCase& c)
{
    return perOperation(c) ? c.percentile(95) : c.median();
}

QString megabytes(double mib)
{
    return QStringLiteral("%1 MB").arg(mib * 1.048576, 0, 'f', 0);
}

// Rows per second, for the cases whose work is rows.
bool hasRate(const BenchCase& c)
{
    return c.rate() > 0 && !perOperation(c) && c.group != QLatin1String("open");
}

QString rateText(const BenchCase& c)
{
    if (!hasRate(c))
        return {};
    return QCoreApplication::translate("luotsi-admin", "%1 rows/s")
        .arg(QLocale(QLocale::English)
                 .toString(qint64(c.rate()))
                 .replace(QLatin1Char(','), QLatin1Char(' ')));
}

QString procValue(const QString& path, const QByteArray& key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

} // namespace

BenchReport::BenchReport(Context context, QList<BenchCase> cases)
    : m_context(std::move(context))
    , m_cases(std::move(cases))
{}

QString BenchReport::duration(double ms)
{
    if (ms < 10)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
    if (ms < 100000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2);
    return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 0);
}

QString BenchReport::machine()
{
    const double memoryGiB = procValue(QStringLiteral("/proc/meminfo"), "MemTotal")
                                 .section(QLatin1Char(' '), 0, 0)
                                 .toDouble() /
                             1048576.0;
    return QCoreApplication::translate("luotsi-admin", "%1; %2; %3 cores, %4 GiB; Qt %5, SQLite %6")
        .arg(QSysInfo::prettyProductName(),
             procValue(QStringLiteral("/proc/cpuinfo"), "model name"))
        .arg(QThread::idealThreadCount())
        .arg(memoryGiB, 0, 'f', 0)
        .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()));
}

const BenchCase* BenchReport::find(const QString& name) const
{
    for (const BenchCase& c : m_cases) {
        if (c.name == name && c.state == BenchCase::State::Measured && !c.samples.isEmpty())
            return &c;
    }
    return nullptr;
}

const BenchCase* BenchReport::bestPeer(const QString& group) const
{
    const BenchCase* best = nullptr;
    for (const BenchCase& c : m_cases) {
        if (c.role != BenchCase::Role::Peer || c.group != group ||
            c.state != BenchCase::State::Measured || c.samples.isEmpty())
            continue;
        if (best == nullptr || c.median() < best->median())
            best = &c;
    }
    return best;
}

QString BenchReport::ratios(const BenchCase& c) const
{
    QStringList parts;
    if (const BenchCase* floor = find(floorOf(c.name)); floor && typical(*floor) > 0)
        parts.append(QCoreApplication::translate("luotsi-admin", "%1× %2")
                         .arg(typical(c) / typical(*floor), 0, 'f', 2)
                         .arg(floor->name));
    if (const BenchCase* peer = bestPeer(c.group); peer && c.median() > 0)
        parts.append(QCoreApplication::translate("luotsi-admin", "%1× faster than %2")
                         .arg(peer->median() / c.median(), 0, 'f', 1)
                         .arg(peer->name));
    return parts.join(QStringLiteral("; "));
}

QString BenchReport::text() const
{
    QString out;
    out += QCoreApplication::translate(
               "luotsi-admin",
               "Luotsi bench: %1 customers, seed %2, %3 runs of each case and floor, %4 of each "
               "peer")
               .arg(m_context.scale)
               .arg(m_context.seed)
               .arg(m_context.runs)
               .arg(m_context.peerRuns) +
           QLatin1Char('\n');
    out += QCoreApplication::translate("luotsi-admin", "Machine: %1").arg(machine()) +
           QLatin1Char('\n');
    out += QCoreApplication::translate("luotsi-admin", "Data: %1 (%2)")
               .arg(m_context.data, m_context.inputs) +
           QStringLiteral("\n\n");
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
               .arg(QCoreApplication::translate("luotsi-admin", "case"), -20)
               .arg(QCoreApplication::translate("luotsi-admin", "runs"), 5)
               .arg(QCoreApplication::translate("luotsi-admin", "median"), 10)
               .arg(QCoreApplication::translate("luotsi-admin", "min"), 10)
               .arg(QCoreApplication::translate("luotsi-admin", "max"), 10)
               .arg(QStringLiteral("p95"), 10)
               .arg(QCoreApplication::translate("luotsi-admin", "peak RSS"), 9)
               .arg(QCoreApplication::translate("luotsi-admin", "rate"), 16)
               .arg(QCoreApplication::translate("luotsi-admin", "compared / note"));
    for (const QString& group :
         {QStringLiteral("xlsx-parse"), QStringLiteral("csv-parse"), QStringLiteral("import"),
          QStringLiteral("open"), QStringLiteral("search"), QStringLiteral("card"),
          QStringLiteral("segment-run"), QStringLiteral("duplicates")}) {
        for (const BenchCase& c : m_cases) {
            if (c.group != group)
                continue;
            const QString name =
                c.role == BenchCase::Role::Luotsi ? c.name : QStringLiteral("  ") + c.name;
            if (c.state != BenchCase::State::Measured) {
                out += QStringLiteral("%1 %2\n").arg(name, -20).arg(
                    (c.state == BenchCase::State::Failed
                         ? QCoreApplication::translate("luotsi-admin", "FAILED: ")
                         : QCoreApplication::translate("luotsi-admin", "skipped: ")) +
                    c.note);
                continue;
            }
            QString note = c.role == BenchCase::Role::Luotsi ? ratios(c) : QString();
            if (!c.note.isEmpty())
                note += (note.isEmpty() ? QString() : QStringLiteral("; ")) + c.note;
            out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
                       .arg(name, -20)
                       .arg(c.samples.size(), 5)
                       .arg(duration(c.median()), 10)
                       .arg(duration(c.min()), 10)
                       .arg(duration(c.max()), 10)
                       .arg(duration(c.percentile(95)), 10)
                       .arg(c.peakRssMiB > 0 ? megabytes(c.peakRssMiB) : QString(), 9)
                       .arg(rateText(c), 16)
                       .arg(note);
        }
    }
    out += QLatin1Char('\n') + QCoreApplication::translate("luotsi-admin", "Goals") +
           QLatin1Char('\n');
    for (const BenchGoal& goal : goals()) {
        const QString mark = !goal.met   ? QStringLiteral("?")
                             : *goal.met ? QStringLiteral("✓")
                                         : QStringLiteral("✗");
        out += QStringLiteral("  %1 %2: %3\n").arg(mark, goal.text, goal.measured);
    }
    return out;
}

QList<BenchGoal> BenchReport::goals() const
{
    QList<BenchGoal> list;
    const BenchCase* xlsx = find(QStringLiteral("xlsx-parse"));
    const BenchCase* peer = bestPeer(QStringLiteral("xlsx-parse"));
    const BenchCase* inflate = find(QStringLiteral("floor:inflate"));
    const BenchCase* import = find(QStringLiteral("import"));
    const BenchCase* insert = find(QStringLiteral("floor:insert+index"));
    const QString missing =
        QCoreApplication::translate("luotsi-admin", "not measured in this sitting");

    BenchGoal faster{QCoreApplication::translate(
                         "luotsi-admin", "xlsx-parse at least 8× faster than the fastest peer"),
                     missing,
                     {}};
    if (xlsx && peer) {
        const double ratio = peer->median() / xlsx->median();
        faster.measured = QCoreApplication::translate("luotsi-admin", "%1× (%2 %3, xlsx-parse %4)")
                              .arg(ratio, 0, 'f', 1)
                              .arg(peer->name, duration(peer->median()), duration(xlsx->median()));
        faster.met = ratio >= 8.0;
    }
    list.append(faster);

    BenchGoal nearInflate{
        QCoreApplication::translate("luotsi-admin", "xlsx-parse within 2.5× of the inflate floor"),
        missing,
        {}};
    if (xlsx && inflate) {
        const double ratio = xlsx->median() / inflate->median();
        nearInflate.measured = QCoreApplication::translate("luotsi-admin", "%1× (%2 / %3)")
                                   .arg(ratio, 0, 'f', 2)
                                   .arg(duration(xlsx->median()), duration(inflate->median()));
        nearInflate.met = ratio <= 2.5;
    }
    list.append(nearInflate);

    BenchGoal importGoal{
        QCoreApplication::translate(
            "luotsi-admin",
            "import into an empty register within 2.5× of xlsx-parse + floor:insert+index"),
        missing,
        {}};
    if (import && xlsx && insert) {
        const double floor = xlsx->median() + insert->median();
        const double ratio = import->median() / floor;
        importGoal.measured = QCoreApplication::translate("luotsi-admin", "%1× (%2 / (%3 + %4))")
                                  .arg(ratio, 0, 'f', 2)
                                  .arg(duration(import->median()), duration(xlsx->median()),
                                       duration(insert->median()));
        importGoal.met = ratio <= 2.5;
    }
    list.append(importGoal);

    const auto threshold = [&](const QString& text, const QString& name, double percentile,
                               double limitMs) {
        BenchGoal goal{text, missing, {}};
        if (const BenchCase* c = find(name)) {
            const double value = c->percentile(percentile);
            goal.measured = duration(value);
            goal.met = value < limitMs;
        }
        list.append(goal);
    };
    threshold(QCoreApplication::translate("luotsi-admin", "search p95 under 20 ms"),
              QStringLiteral("search"), 95, 20);
    threshold(QCoreApplication::translate("luotsi-admin", "card p95 under 50 ms"),
              QStringLiteral("card"), 95, 50);
    threshold(QCoreApplication::translate("luotsi-admin", "open under 1.5 s (median)"),
              QStringLiteral("open"), 50, 1500);

    BenchGoal memory{
        QCoreApplication::translate("luotsi-admin", "peak RSS while importing under 300 MB"),
        missing,
        {}};
    if (import) {
        memory.measured = megabytes(import->peakRssMiB);
        memory.met = import->peakRssMiB * 1.048576 < 300;
    }
    list.append(memory);
    return list;
}

QJsonObject BenchReport::json() const
{
    QJsonArray cases;
    for (const BenchCase& c : m_cases) {
        QJsonArray samples;
        for (double sample : c.samples)
            samples.append(sample);
        QJsonObject item{{QStringLiteral("case"), c.name},
                         {QStringLiteral("group"), c.group},
                         {QStringLiteral("role"), roleName(c.role)},
                         {QStringLiteral("state"), stateName(c.state)},
                         {QStringLiteral("note"), c.note}};
        if (c.state == BenchCase::State::Measured) {
            item.insert(QStringLiteral("runs"), int(c.samples.size()));
            item.insert(QStringLiteral("median_ms"), c.median());
            item.insert(QStringLiteral("min_ms"), c.min());
            item.insert(QStringLiteral("max_ms"), c.max());
            item.insert(QStringLiteral("p50_ms"), c.percentile(50));
            item.insert(QStringLiteral("p95_ms"), c.percentile(95));
            item.insert(QStringLiteral("p99_ms"), c.percentile(99));
            item.insert(QStringLiteral("peak_rss_mb"), c.peakRssMiB * 1.048576);
            item.insert(QStringLiteral("items"), c.items);
            if (hasRate(c))
                item.insert(QStringLiteral("rows_per_s"), c.rate());
            if (c.role == BenchCase::Role::Luotsi) {
                if (const BenchCase* floor = find(floorOf(c.name)))
                    item.insert(QStringLiteral("ratio_to_floor"), typical(c) / typical(*floor));
                if (const BenchCase* peer = bestPeer(c.group))
                    item.insert(QStringLiteral("best_peer_over_luotsi"),
                                peer->median() / c.median());
            }
            item.insert(QStringLiteral("samples_ms"), samples);
        }
        cases.append(item);
    }
    QJsonArray goalList;
    for (const BenchGoal& goal : goals()) {
        QJsonObject item{{QStringLiteral("goal"), goal.text},
                         {QStringLiteral("measured"), goal.measured}};
        item.insert(QStringLiteral("met"), goal.met ? QJsonValue(*goal.met) : QJsonValue());
        goalList.append(item);
    }
    return {{QStringLiteral("scale"), m_context.scale},
            {QStringLiteral("seed"), qint64(m_context.seed)},
            {QStringLiteral("runs"), m_context.runs},
            {QStringLiteral("peer_runs"), m_context.peerRuns},
            {QStringLiteral("machine"), machine()},
            {QStringLiteral("data"), m_context.data},
            {QStringLiteral("cases"), cases},
            {QStringLiteral("goals"), goalList}};
}

} // namespace luotsi::admin::bench
