#include "BatchesCommand.h"

#include "DatabaseOption.h"
#include "core/Workspace.h"
#include "core/importing/BatchUndo.h"
#include "core/importing/ConversionEvaluation.h"
#include "core/storage/ImportBatchRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace luotsi::admin {

using namespace luotsi::core;
using namespace luotsi::core::importing;

namespace {

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void printBatches(const QList<ImportBatch>& batches, QTextStream& out)
{
    out << QCoreApplication::translate(
               "luotsi-admin", "batch  started              user        system      file / sheet")
        << "\n";
    for (const ImportBatch& b : batches) {
        out << QString::number(b.id).leftJustified(7)
            << b.startedAt.toLocalTime()
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                   .leftJustified(21)
            << b.userName.left(11).leftJustified(12) << b.sourceSystem.left(11).leftJustified(12)
            << b.fileName << " / " << b.sheet
            << (b.status == BatchStatus::Undone
                    ? QCoreApplication::translate("luotsi-admin", " (undone)")
                    : QString())
            << "\n";
        out << "       "
            << QCoreApplication::translate(
                   "luotsi-admin",
                   "%1 rows: %2 new, %3 updated, %4 unchanged, %5 possible duplicates, "
                   "%6 rejected, %7 skipped")
                   .arg(b.counts.rowsRead)
                   .arg(b.counts.created)
                   .arg(b.counts.updated)
                   .arg(b.counts.unchanged)
                   .arg(b.counts.possibleDuplicates)
                   .arg(b.counts.rejected)
                   .arg(b.counts.skipped)
            << "\n";
    }
    out.flush();
}

int showBatch(storage::ImportBatchRepository& repository, qint64 batchId, const QString& csvPath,
              Console& console)
{
    auto batch = repository.load(batchId);
    if (!batch) {
        console.err << batch.error().text() << Qt::endl;
        return 1;
    }
    QFile file;
    QTextStream fileStream;
    QTextStream* out = &console.out;
    if (!csvPath.isEmpty() && csvPath != QLatin1String("-")) {
        file.setFileName(csvPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            console.err << csvPath << ": " << file.errorString() << Qt::endl;
            return 1;
        }
        fileStream.setDevice(&file);
        out = &fileStream;
    }
    *out << "file;sheet;row;outcome;customer_id;source_key;score;matched_by;reason\n";
    const auto status = repository.visitRows(batchId, [&](const ImportRowResult& row) {
        *out << csvField(batch->fileName) << ';' << csvField(batch->sheet) << ';' << row.rowNumber
             << ';' << outcomeCode(row.outcome) << ';'
             << (row.customerId ? QString::number(row.customerId) : QString()) << ';'
             << csvField(row.sourceKey) << ';' << QString::number(row.score, 'f', 3) << ';'
             << csvField(row.matchedBy) << ';' << csvField(row.reason) << '\n';
        return true;
    });
    out->flush();
    if (!status) {
        console.err << status.error().text() << Qt::endl;
        return 1;
    }
    return 0;
}

int undoBatch(Workspace& workspace, qint64 batchId, Console& console)
{
    auto report = BatchUndo(workspace).undo(batchId);
    if (!report) {
        console.err << report.error().text() << Qt::endl;
        return 1;
    }
    if (!report->conflicts.isEmpty()) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin",
                           "Batch %1 was not undone: %2 customers changed after it.")
                           .arg(batchId)
                           .arg(report->conflicts.size())
                    << "\n";
        for (const UndoConflict& conflict : std::as_const(report->conflicts))
            console.err << "  " << conflict.customerId << ' ' << conflict.customerName << ": "
                        << conflict.reason << "\n";
        console.err.flush();
        return 1;
    }
    // A sales facts batch removes and restores facts, not customers.
    const QString done =
        report->salesFacts
            ? QCoreApplication::translate("luotsi-admin",
                                          "Batch %1 undone: %2 sales facts removed, %3 restored.")
            : QCoreApplication::translate("luotsi-admin",
                                          "Batch %1 undone: %2 customers removed, %3 restored.");
    console.out << done.arg(batchId).arg(report->removed).arg(report->restored) << Qt::endl;
    return 0;
}

int evaluate(storage::ImportBatchRepository& repository, const QString& truthPath, Console& console)
{
    auto truth = ConversionTruth::load(truthPath);
    if (!truth) {
        console.err << truth.error().text() << Qt::endl;
        return 1;
    }
    auto lineage = repository.lineageOfAppliedBatches();
    if (!lineage) {
        console.err << lineage.error().text() << Qt::endl;
        return 1;
    }
    const ConversionEvaluation e = truth->evaluate(*lineage);
    console.out
        << QCoreApplication::translate("luotsi-admin",
                                       "Rows with an entity: %1, reached a customer: %2")
               .arg(e.truthRows)
               .arg(e.rowsImported)
        << "\n"
        << QCoreApplication::translate("luotsi-admin", "Pairs: true %1, joined %2, correct %3")
               .arg(e.truePairs)
               .arg(e.joinedPairs)
               .arg(e.correctPairs)
        << "\n"
        << QCoreApplication::translate("luotsi-admin", "Precision %1  recall %2  F1 %3")
               .arg(e.precision(), 0, 'f', 4)
               .arg(e.recall(), 0, 'f', 4)
               .arg(e.f1(), 0, 'f', 4)
        << "\n"
        << QCoreApplication::translate(
               "luotsi-admin",
               "Entities %1, split over several customers %2; customers mixing entities %3; "
               "junk rows imported %4")
               .arg(e.entities)
               .arg(e.entitiesSplit)
               .arg(e.customersMixed)
               .arg(e.junkImported)
        << Qt::endl;
    return 0;
}

} // namespace

QString BatchesCommand::summary() const
{
    return QCoreApplication::translate(
        "luotsi-admin", "List import batches, show or undo one, evaluate against a truth file.");
}

int BatchesCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(DatabaseOption::option());
    const QCommandLineOption showOption(
        QStringLiteral("show"),
        QCoreApplication::translate("luotsi-admin", "Print the row outcomes of batch N as CSV."),
        QCoreApplication::translate("luotsi-admin", "N"));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"),
        QCoreApplication::translate("luotsi-admin", "Write --show's CSV to this file instead."),
        QCoreApplication::translate("luotsi-admin", "FILE"));
    const QCommandLineOption undoOption(
        QStringLiteral("undo"), QCoreApplication::translate("luotsi-admin", "Undo batch N."),
        QCoreApplication::translate("luotsi-admin", "N"));
    const QCommandLineOption evaluateOption(
        QStringLiteral("evaluate"),
        QCoreApplication::translate(
            "luotsi-admin",
            "Pairwise precision and recall of the applied batches against a truth CSV "
            "(file, sheet, row, entity_id)."),
        QCoreApplication::translate("luotsi-admin", "TRUTH.csv"));
    parser.addOptions({showOption, csvOption, undoOption, evaluateOption});
    if (const auto done = parseCommandLine(parser, arguments, console))
        return *done;
    const auto workspace = DatabaseOption::openWorkspace(parser, console);
    if (!workspace)
        return 1;
    storage::ImportBatchRepository repository(workspace->database());
    const auto batchNumber = [&](const QCommandLineOption& option) -> qint64 {
        bool ok = false;
        const qint64 id = parser.value(option).toLongLong(&ok);
        return ok ? id : -1;
    };
    if (parser.isSet(showOption)) {
        const qint64 id = batchNumber(showOption);
        if (id < 0) {
            console.err << QCoreApplication::translate("luotsi-admin",
                                                       "--show needs a batch number.")
                        << Qt::endl;
            return 2;
        }
        return showBatch(repository, id, parser.value(csvOption), console);
    }
    if (parser.isSet(undoOption)) {
        const qint64 id = batchNumber(undoOption);
        if (id < 0) {
            console.err << QCoreApplication::translate("luotsi-admin",
                                                       "--undo needs a batch number.")
                        << Qt::endl;
            return 2;
        }
        return undoBatch(*workspace, id, console);
    }
    if (parser.isSet(evaluateOption))
        return evaluate(repository, parser.value(evaluateOption), console);
    auto batches = repository.list();
    if (!batches) {
        console.err << batches.error().text() << Qt::endl;
        return 1;
    }
    printBatches(*batches, console.out);
    return 0;
}

} // namespace luotsi::admin
