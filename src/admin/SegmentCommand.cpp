#include "SegmentCommand.h"

#include "DatabaseOption.h"
#include "core/Workspace.h"
#include "core/importing/writers/CsvTableWriter.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"
#include "core/storage/SegmentAssignmentRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <map>

namespace luotsi::admin {

using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

QCommandLineOption segmentationOption()
{
    return {QStringLiteral("segmentation"),
            QCoreApplication::translate("luotsi-admin",
                                        "The segmentation by its code (default: the primary one)."),
            QCoreApplication::translate("luotsi-admin", "CODE")};
}

// The segmentation the option names, or the primary one; nothing after printing why not.
std::optional<Segmentation> chosenSegmentation(const QCommandLineParser& parser,
                                               Workspace& workspace, Console& console)
{
    const QString code = parser.value(QStringLiteral("segmentation"));
    auto all = workspace.segmentCatalog().segmentations();
    if (!all) {
        console.err << all.error().text() << Qt::endl;
        return std::nullopt;
    }
    for (const Segmentation& segmentation : std::as_const(*all)) {
        if (code.isEmpty() ? segmentation.primary : segmentation.code == code)
            return segmentation;
    }
    console.err << (code.isEmpty()
                        ? QCoreApplication::translate("luotsi-admin",
                                                      "The register has no primary segmentation.")
                        : QCoreApplication::translate(
                              "luotsi-admin", "There is no segmentation with the code \"%1\".")
                              .arg(code))
                << Qt::endl;
    return std::nullopt;
}

// Segment names by id (0: none), and the segmentation's segments in display order.
struct SegmentNames
{
    QHash<qint64, QString> names;
    QList<qint64> order;

    QString name(qint64 id) const
    {
        return names.value(
            id, id == 0 ? QCoreApplication::translate("luotsi-admin", "(none)")
                        : QCoreApplication::translate("luotsi-admin", "segment %1").arg(id));
    }
};

std::optional<SegmentNames> segmentNames(Workspace& workspace, qint64 segmentationId,
                                         Console& console)
{
    auto segments = workspace.segmentCatalog().segments(segmentationId);
    if (!segments) {
        console.err << segments.error().text() << Qt::endl;
        return std::nullopt;
    }
    SegmentNames names;
    names.names.insert(0, QCoreApplication::translate("luotsi-admin", "(none)"));
    for (const Segment& segment : std::as_const(*segments)) {
        names.names.insert(segment.id, segment.name());
        names.order.append(segment.id);
    }
    return names;
}

std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name,
                                const QDate& fallback, Console& console)
{
    if (!parser.isSet(name))
        return fallback;
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid()) {
        console.err << QCoreApplication::translate("luotsi-admin",
                                                   "--%1 needs a date as YYYY-MM-DD, not \"%2\".")
                           .arg(name, parser.value(name))
                    << Qt::endl;
        return std::nullopt;
    }
    return date;
}

// The from→to matrix: a row per segment the customers come from, a column per segment they go
// to, with totals. Segments nobody is in or goes to are left out unless they are active.
void printMatrix(const SegmentRun& run, const SegmentNames& names, QTextStream& out)
{
    std::map<std::pair<qint64, qint64>, int> cells;
    QList<qint64> ids{0};
    for (qint64 id : names.order)
        ids.append(id);
    for (const TransitionCount& cell : run.matrix) {
        cells[{cell.fromSegmentId, cell.toSegmentId}] = cell.customers;
        for (qint64 id : {cell.fromSegmentId, cell.toSegmentId}) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    QList<qint64> shown;
    for (qint64 id : std::as_const(ids)) {
        const bool used = std::any_of(run.matrix.begin(), run.matrix.end(), [id](const auto& c) {
            return c.fromSegmentId == id || c.toSegmentId == id;
        });
        if (used || (id != 0 && names.names.contains(id)))
            shown.append(id);
    }
    const QString corner = QCoreApplication::translate("luotsi-admin", "From \\ to");
    const QString totalTitle = QCoreApplication::translate("luotsi-admin", "Total");
    int labelWidth = int(std::max(corner.size(), totalTitle.size()));
    for (qint64 id : std::as_const(shown))
        labelWidth = std::max(labelWidth, int(names.name(id).size()));
    QList<int> widths;
    for (qint64 id : std::as_const(shown))
        widths.append(std::max(8, int(names.name(id).size())));
    const int totalWidth = std::max(9, int(totalTitle.size()));

    out << corner.leftJustified(labelWidth);
    for (int i = 0; i < shown.size(); ++i)
        out << "  " << names.name(shown.at(i)).rightJustified(widths.at(i));
    out << "  " << totalTitle.rightJustified(totalWidth) << "\n";
    QList<qint64> columnTotals(shown.size(), 0);
    qint64 all = 0;
    for (qint64 from : std::as_const(shown)) {
        out << names.name(from).leftJustified(labelWidth);
        qint64 rowTotal = 0;
        for (int i = 0; i < shown.size(); ++i) {
            const auto found = cells.find({from, shown.at(i)});
            const int count = found == cells.end() ? 0 : found->second;
            rowTotal += count;
            columnTotals[i] += count;
            out << "  " << QString::number(count).rightJustified(widths.at(i));
        }
        all += rowTotal;
        out << "  " << QString::number(rowTotal).rightJustified(totalWidth) << "\n";
    }
    out << totalTitle.leftJustified(labelWidth);
    for (int i = 0; i < shown.size(); ++i)
        out << "  " << QString::number(columnTotals.at(i)).rightJustified(widths.at(i));
    out << "  " << QString::number(all).rightJustified(totalWidth) << "\n";
}

QString seconds(const QElapsedTimer& timer)
{
    return QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
}

} // namespace

QString SegmentCommand::summary() const
{
    return QCoreApplication::translate(
        "luotsi-admin",
        "Re-segment the register (run), list segments (export), count flows (flows).");
}

int SegmentCommand::run(const QStringList& arguments, Console& console)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("run"))
        return runRun(arguments.mid(1), console);
    if (verb == QLatin1String("export"))
        return runExport(arguments.mid(1), console);
    if (verb == QLatin1String("flows"))
        return runFlows(arguments.mid(1), console);
    QTextStream& out =
        verb == QLatin1String("--help") || verb == QLatin1String("-h") ? console.out : console.err;
    if (!verb.isEmpty() && &out == &console.err)
        out << QCoreApplication::translate("luotsi-admin", "Unknown segment command \"%1\".")
                   .arg(verb)
            << "\n";
    out << QCoreApplication::translate("luotsi-admin",
                                       "Usage: luotsi-admin segment run|export|flows [OPTIONS]")
        << "\n\n"
        << "  run     "
        << QCoreApplication::translate(
               "luotsi-admin", "Preview a re-segmentation, print its from-to matrix and apply it.")
        << "\n"
        << "  export  "
        << QCoreApplication::translate("luotsi-admin",
                                       "Write every customer's segment and why to a CSV file.")
        << "\n"
        << "  flows   "
        << QCoreApplication::translate("luotsi-admin",
                                       "Count the customers who entered and left each segment.")
        << "\n\n"
        << QCoreApplication::translate(
               "luotsi-admin", "Run luotsi-admin segment COMMAND --help for a command's options.")
        << Qt::endl;
    return &out == &console.out ? 0 : 2;
}

int SegmentCommand::runRun(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "luotsi-admin",
        "Evaluates every customer's segment as of a date, prints how many move from which "
        "segment to which, and applies the moves unless --dry-run."));
    parser.addHelpOption();
    parser.addOption(DatabaseOption::option());
    parser.addOption(segmentationOption());
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        QCoreApplication::translate("luotsi-admin",
                                    "The date the sales facts are as of (default: today)."),
        QCoreApplication::translate("luotsi-admin", "YYYY-MM-DD"));
    const QCommandLineOption reviewOption(
        QStringLiteral("review"),
        QCoreApplication::translate(
            "luotsi-admin",
            "Store the run as the yearly review (its moves applied as they stand)."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("luotsi-admin", "Only print the matrix; apply nothing."));
    parser.addOptions({asOfOption, reviewOption, dryRunOption});
    if (const auto done = parseCommandLine(parser, arguments, console))
        return *done;
    const auto asOf = dateOption(parser, QStringLiteral("as-of"), QDate::currentDate(), console);
    if (!asOf)
        return 2;
    const auto workspace = DatabaseOption::openWorkspace(parser, console);
    if (!workspace)
        return 1;
    const auto segmentation = chosenSegmentation(parser, *workspace, console);
    if (!segmentation)
        return 1;
    const auto names = segmentNames(*workspace, segmentation->id, console);
    if (!names)
        return 1;

    SegmentationService& service = workspace->segmentation();
    QElapsedTimer total;
    total.start();
    QElapsedTimer sinceReport;
    sinceReport.start();
    auto preview = service.preview(
        segmentation->id, parser.isSet(reviewOption) ? RunKind::Review : RunKind::Run, *asOf,
        [&](qint64 done, qint64 all) {
            if (sinceReport.elapsed() >= 5000) {
                console.err << QCoreApplication::translate("luotsi-admin",
                                                           "%1 s  %2 / %3 customers")
                                   .arg(seconds(total))
                                   .arg(done)
                                   .arg(all)
                            << Qt::endl;
                sinceReport.restart();
            }
            return true;
        });
    if (!preview) {
        console.err << preview.error().text() << Qt::endl;
        return 1;
    }
    const QString previewSeconds = seconds(total);
    console.out << QCoreApplication::translate("luotsi-admin", "%1 as of %2: run %3")
                       .arg(segmentation->name(), asOf->toString(Qt::ISODate))
                       .arg(preview->id)
                << "\n\n";
    printMatrix(*preview, *names, console.out);
    console.out << "\n"
                << QCoreApplication::translate("luotsi-admin",
                                               "%1 customers, %2 move; preview %3 s.")
                       .arg(preview->customers)
                       .arg(preview->moved)
                       .arg(previewSeconds)
                << Qt::endl;

    if (parser.isSet(dryRunOption)) {
        if (auto status = service.discard(preview->id); !status) {
            console.err << status.error().text() << Qt::endl;
            return 1;
        }
        console.out << QCoreApplication::translate("luotsi-admin",
                                                   "Dry run: nothing applied, run %1 discarded.")
                           .arg(preview->id)
                    << Qt::endl;
        return 0;
    }
    QElapsedTimer applying;
    applying.start();
    auto applied = service.apply(preview->id);
    if (!applied) {
        console.err << applied.error().text() << Qt::endl;
        return 1;
    }
    console.out << QCoreApplication::translate(
                       "luotsi-admin",
                       "Applied: %1 moved, %2 skipped (changed by hand since the preview), %3 "
                       "expired overrides removed; apply %4 s, total %5 s.")
                       .arg(applied->moved)
                       .arg(applied->skipped)
                       .arg(applied->overridesEnded)
                       .arg(seconds(applying), seconds(total))
                << Qt::endl;
    return 0;
}

int SegmentCommand::runExport(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "luotsi-admin",
        "Writes every customer with its segment, since when, and why (a run and its date, or "
        "a manual override with its reason and last day)."));
    parser.addHelpOption();
    parser.addOption(DatabaseOption::option());
    parser.addOption(segmentationOption());
    const QCommandLineOption csvOption(
        QStringLiteral("csv"),
        QCoreApplication::translate("luotsi-admin", "The CSV file to write."),
        QCoreApplication::translate("luotsi-admin", "FILE"));
    parser.addOption(csvOption);
    if (const auto done = parseCommandLine(parser, arguments, console))
        return *done;
    if (!parser.isSet(csvOption)) {
        console.err << QCoreApplication::translate("luotsi-admin",
                                                   "Say where to write: --csv FILE.csv.")
                    << Qt::endl;
        return 2;
    }
    const auto workspace = DatabaseOption::openWorkspace(parser, console);
    if (!workspace)
        return 1;
    const auto segmentation = chosenSegmentation(parser, *workspace, console);
    if (!segmentation)
        return 1;
    const auto names = segmentNames(*workspace, segmentation->id, console);
    if (!names)
        return 1;

    QElapsedTimer timer;
    timer.start();
    importing::CsvTableWriter writer(parser.value(csvOption));
    Status status = writer.beginTable(QCoreApplication::translate("luotsi-admin", "Segments"),
                                      {QStringLiteral("customer_id"), QStringLiteral("name"),
                                       QStringLiteral("segment"), QStringLiteral("since"),
                                       QStringLiteral("reason")});
    qint64 rows = 0;
    using Row = storage::SegmentAssignmentRepository::ExportRow;
    if (status) {
        Status written;
        status =
            storage::SegmentAssignmentRepository(workspace->database())
                .forEachAssignment(segmentation->id, [&](const Row& row) {
                    QString reason;
                    if (row.overridden) {
                        reason = row.overrideExpiresOn.isValid()
                                     ? QCoreApplication::translate("luotsi-admin",
                                                                   "manual: %1, until %2")
                                           .arg(row.overrideReason,
                                                row.overrideExpiresOn.toString(Qt::ISODate))
                                     : QCoreApplication::translate("luotsi-admin", "manual: %1")
                                           .arg(row.overrideReason);
                    } else if (row.runId != 0) {
                        reason = QCoreApplication::translate("luotsi-admin", "run %1 as of %2")
                                     .arg(row.runId)
                                     .arg(row.runAsOf.toString(Qt::ISODate));
                    } else if (row.segmentId != 0) {
                        reason = QCoreApplication::translate("luotsi-admin",
                                                             "by the rules when an override ended");
                    }
                    written = writer.writeRow(
                        {row.customerId, row.name,
                         row.segmentId != 0 ? names->name(row.segmentId) : QString(),
                         row.since.isValid() ? row.since.toLocalTime().date().toString(Qt::ISODate)
                                             : QString(),
                         reason});
                    ++rows;
                    return bool(written);
                });
        if (status && !written)
            status = written;
    }
    if (status)
        status = writer.finish();
    if (!status) {
        console.err << status.error().text() << Qt::endl;
        return 1;
    }
    console.out << QCoreApplication::translate("luotsi-admin",
                                               "%1 customers written to %2 in %3 s.")
                       .arg(rows)
                       .arg(parser.value(csvOption), seconds(timer))
                << Qt::endl;
    return 0;
}

int SegmentCommand::runFlows(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "luotsi-admin",
        "Counts, from the segment history, each segment's customers at the start of a "
        "period, how many entered and left it during the period, and how many it had at the "
        "end."));
    parser.addHelpOption();
    parser.addOption(DatabaseOption::option());
    parser.addOption(segmentationOption());
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QCoreApplication::translate("luotsi-admin", "The first day of the period."),
        QCoreApplication::translate("luotsi-admin", "YYYY-MM-DD"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QCoreApplication::translate("luotsi-admin", "The last day of the period (default: today)."),
        QCoreApplication::translate("luotsi-admin", "YYYY-MM-DD"));
    parser.addOptions({fromOption, toOption});
    if (const auto done = parseCommandLine(parser, arguments, console))
        return *done;
    if (!parser.isSet(fromOption)) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin", "Say where the period starts: --from YYYY-MM-DD.")
                    << Qt::endl;
        return 2;
    }
    const auto from = dateOption(parser, QStringLiteral("from"), {}, console);
    const auto to = dateOption(parser, QStringLiteral("to"), QDate::currentDate(), console);
    if (!from || !to)
        return 2;
    const auto workspace = DatabaseOption::openWorkspace(parser, console);
    if (!workspace)
        return 1;
    const auto segmentation = chosenSegmentation(parser, *workspace, console);
    if (!segmentation)
        return 1;
    const auto names = segmentNames(*workspace, segmentation->id, console);
    if (!names)
        return 1;
    auto flows = workspace->segmentation().flows(segmentation->id, *from, *to);
    if (!flows) {
        console.err << flows.error().text() << Qt::endl;
        return 1;
    }
    const QStringList titles{QCoreApplication::translate("luotsi-admin", "Segment"),
                             QCoreApplication::translate("luotsi-admin", "At start"),
                             QCoreApplication::translate("luotsi-admin", "Entered"),
                             QCoreApplication::translate("luotsi-admin", "Left"),
                             QCoreApplication::translate("luotsi-admin", "At end")};
    int nameWidth = int(titles.first().size());
    for (const SegmentFlow& flow : std::as_const(*flows))
        nameWidth = std::max(nameWidth, int(names->name(flow.segmentId).size()));
    console.out << QCoreApplication::translate("luotsi-admin", "%1, %2 – %3")
                       .arg(segmentation->name(), from->toString(Qt::ISODate),
                            to->toString(Qt::ISODate))
                << "\n\n"
                << titles.first().leftJustified(nameWidth);
    for (const QString& title : titles.mid(1))
        console.out << "  " << title.rightJustified(10);
    console.out << "\n";
    for (const SegmentFlow& flow : std::as_const(*flows)) {
        console.out << names->name(flow.segmentId).leftJustified(nameWidth);
        for (int value : {flow.atStart, flow.entered, flow.left, flow.atEnd})
            console.out << "  " << QString::number(value).rightJustified(10);
        console.out << "\n";
    }
    console.out.flush();
    return 0;
}

} // namespace luotsi::admin
