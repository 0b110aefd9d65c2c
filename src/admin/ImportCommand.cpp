#include "ImportCommand.h"

#include "DatabaseOption.h"
#include "core/Workspace.h"
#include "core/importing/ImportReportWriter.h"
#include "core/importing/ImportRunner.h"
#include "core/importing/MappingAdvisor.h"
#include "core/importing/SalesFactMapping.h"
#include "core/importing/mapping/MappingProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace luotsi::admin {

using namespace luotsi::core;
using namespace luotsi::core::importing;

namespace {

std::optional<ReviewDecision> decisionOf(const QString& text)
{
    if (text == QLatin1String("leave") || text == QLatin1String("review"))
        return ReviewDecision::Leave;
    if (text == QLatin1String("merge"))
        return ReviewDecision::Merge;
    if (text == QLatin1String("new"))
        return ReviewDecision::CreateNew;
    if (text == QLatin1String("skip"))
        return ReviewDecision::Skip;
    return std::nullopt;
}

std::optional<ImportTarget> targetOf(const QString& text)
{
    for (const ImportTarget target : {ImportTarget::Customers, ImportTarget::Contacts,
                                      ImportTarget::Relationships, ImportTarget::SalesFacts}) {
        if (importTargetName(target) == text)
            return target;
    }
    return std::nullopt;
}

void printReport(const ImportReport& report, QTextStream& out)
{
    const ImportBatch& b = report.batch;
    if (report.dryRun)
        out << QCoreApplication::translate("luotsi-admin", "Dry run: nothing was saved.") << "\n";
    else
        out << QCoreApplication::translate("luotsi-admin",
                                           "Batch %1: %2, sheet %3, source system %4")
                   .arg(b.id)
                   .arg(b.fileName, b.sheet, b.sourceSystem)
            << "\n";
    if (report.earlierBatchOfSameFile != 0)
        out << QCoreApplication::translate("luotsi-admin",
                                           "The same file was imported before as batch %1.")
                   .arg(report.earlierBatchOfSameFile)
            << "\n";
    for (const QString& note : report.notes)
        out << note << "\n";
    out << QCoreApplication::translate("luotsi-admin", "Rows read %1 in %2 s (%3 rows/s)")
               .arg(b.counts.rowsRead)
               .arg(report.seconds, 0, 'f', 1)
               .arg(report.seconds > 0 ? qRound64(b.counts.rowsRead / report.seconds) : 0)
        << "\n";
    for (RowOutcome outcome :
         {RowOutcome::New, RowOutcome::Update, RowOutcome::Unchanged, RowOutcome::PossibleDuplicate,
          RowOutcome::Rejected, RowOutcome::Skipped}) {
        out << "  " << outcomeDisplayName(outcome).leftJustified(28) << b.counts.of(outcome)
            << "\n";
    }
    int shown = 0;
    for (const ImportRowDetail& row : report.rows) {
        if (row.result.outcome != RowOutcome::Rejected &&
            row.result.outcome != RowOutcome::PossibleDuplicate)
            continue;
        if (shown++ == 0)
            out << QCoreApplication::translate("luotsi-admin", "Rows to review:") << "\n";
        if (shown > 40) {
            out << QCoreApplication::translate("luotsi-admin",
                                               "  ... (see the report file for all)")
                << "\n";
            break;
        }
        out << "  "
            << QCoreApplication::translate("luotsi-admin", "row %1").arg(row.result.rowNumber)
            << ' ' << outcomeDisplayName(row.result.outcome) << ": " << row.name << " — "
            << row.result.reason << "\n";
    }
    out.flush();
}

} // namespace

QString ImportCommand::summary() const
{
    return QCoreApplication::translate(
        "luotsi-admin", "Import an .xlsx, .xls or .csv file into the register as one batch.");
}

int ImportCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(DatabaseOption::option());
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("luotsi-admin", "Use the saved mapping profile NAME."),
        QCoreApplication::translate("luotsi-admin", "NAME"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        QCoreApplication::translate("luotsi-admin", "Use the mapping profile in FILE.json."),
        QCoreApplication::translate("luotsi-admin", "FILE"));
    const QCommandLineOption autoOption(
        QStringLiteral("auto"),
        QCoreApplication::translate(
            "luotsi-admin",
            "Map the columns by the wizard's own suggestions (a saved profile whose headers "
            "match is used first)."));
    const QCommandLineOption sheetOption(
        QStringLiteral("sheet"),
        QCoreApplication::translate("luotsi-admin", "The sheet to import."),
        QCoreApplication::translate("luotsi-admin", "NAME"));
    const QCommandLineOption systemOption(
        QStringLiteral("source-system"),
        QCoreApplication::translate("luotsi-admin", "The legacy system the file comes from."),
        QCoreApplication::translate("luotsi-admin", "NAME"));
    const QCommandLineOption matchOption(
        QStringLiteral("match"),
        QCoreApplication::translate(
            "luotsi-admin",
            "auto: find existing customers (default); none: every accepted row is a new "
            "customer."),
        QStringLiteral("auto|none"), QStringLiteral("auto"));
    const QCommandLineOption duplicatesOption(
        QStringLiteral("possible-duplicates"),
        QCoreApplication::translate(
            "luotsi-admin",
            "What to do with rows that resemble a customer but not surely: leave them for review "
            "(default), merge, new or skip."),
        QStringLiteral("leave|merge|new|skip"), QStringLiteral("leave"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("luotsi-admin", "Do everything, report, and save nothing."));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QCoreApplication::translate(
            "luotsi-admin",
            "Write the rows that did not reach the register, with the reason, to OUT.xlsx or "
            "OUT.csv."),
        QCoreApplication::translate("luotsi-admin", "OUT"));
    const QCommandLineOption saveProfileOption(
        QStringLiteral("save-profile"),
        QCoreApplication::translate("luotsi-admin", "Save the mapping used as profile NAME."),
        QCoreApplication::translate("luotsi-admin", "NAME"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"),
        QCoreApplication::translate(
            "luotsi-admin",
            "What the rows become: customers, contacts, relationships or sales (sales facts: "
            "revenue per customer, group company and month). Default: the profile's; with "
            "--auto, sales when the headers look like sales, else customers."),
        QStringLiteral("customers|contacts|relationships|sales"));
    const QCommandLineOption companyOption(
        QStringLiteral("group-company"),
        QCoreApplication::translate(
            "luotsi-admin",
            "The group company CODE of the relationships, or of the sales facts of a file "
            "without a company column."),
        QCoreApplication::translate("luotsi-admin", "CODE"));
    const QCommandLineOption settingsOption = MatchSettingsOption::option();
    parser.addOptions({profileOption, mappingOption, autoOption, sheetOption, systemOption,
                       matchOption, duplicatesOption, dryRunOption, reportOption, saveProfileOption,
                       targetOption, companyOption, settingsOption});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("luotsi-admin", "The .xlsx, .xls or .csv file."));
    if (const auto done = parseCommandLine(parser, arguments, console))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        console.err << QCoreApplication::translate("luotsi-admin",
                                                   "Give exactly one file to import.")
                    << Qt::endl;
        return 2;
    }
    const int ways = int(parser.isSet(profileOption)) + int(parser.isSet(mappingOption)) +
                     int(parser.isSet(autoOption));
    if (ways != 1) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin",
                           "Choose the mapping with exactly one of --profile, --mapping or --auto.")
                    << Qt::endl;
        return 2;
    }
    const auto decision = decisionOf(parser.value(duplicatesOption));
    if (!decision) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin", "--possible-duplicates takes leave, merge, new or skip.")
                    << Qt::endl;
        return 2;
    }
    std::optional<ImportTarget> target;
    if (parser.isSet(targetOption)) {
        target = targetOf(parser.value(targetOption));
        if (!target) {
            console.err << QCoreApplication::translate(
                               "luotsi-admin",
                               "--target takes customers, contacts, relationships or sales.")
                        << Qt::endl;
            return 2;
        }
    }
    const QString match = parser.value(matchOption);
    if (match != QLatin1String("auto") && match != QLatin1String("none")) {
        console.err << QCoreApplication::translate("luotsi-admin", "--match takes auto or none.")
                    << Qt::endl;
        return 2;
    }

    ImportOptions options;
    options.filePath = parser.positionalArguments().constFirst();
    options.matchAgainstRegister = match == QLatin1String("auto");
    options.possibleDuplicates = *decision;
    options.dryRun = parser.isSet(dryRunOption);
    options.keepAllRowDetails = false;

    MappingProfileStore store;
    Result<ColumnMapping> mapping = Error{};
    if (parser.isSet(profileOption)) {
        mapping = store.load(parser.value(profileOption));
    } else if (parser.isSet(mappingOption)) {
        QFile file(parser.value(mappingOption));
        if (!file.open(QIODevice::ReadOnly)) {
            console.err << file.fileName() << ": " << file.errorString() << Qt::endl;
            return 1;
        }
        mapping = ColumnMapping::fromJson(file.readAll());
    } else {
        mapping = MappingAdvisor::suggest(options.filePath, parser.value(sheetOption), store);
    }
    if (!mapping) {
        console.err << mapping.error().text() << Qt::endl;
        return 1;
    }
    // --auto suggests customer fields; sales facts have their own (SalesFactMapping).
    if (parser.isSet(autoOption) && mapping->target == ImportTarget::Customers &&
        (target ? *target == ImportTarget::SalesFacts
                : SalesFactMapping::looksLikeSales(mapping->headers()))) {
        mapping = SalesFactMapping::suggestForFile(options.filePath, mapping->sheetName,
                                                   mapping->headerRow);
        if (!mapping) {
            console.err << mapping.error().text() << Qt::endl;
            return 1;
        }
    }
    options.mapping = *mapping;
    if (target)
        options.mapping.target = *target;
    if (parser.isSet(companyOption))
        options.mapping.groupCompanyCode = parser.value(companyOption);
    if (parser.isSet(sheetOption))
        options.mapping.sheetName = parser.value(sheetOption);
    if (parser.isSet(systemOption))
        options.mapping.sourceSystem = parser.value(systemOption);
    if (options.mapping.sourceSystem.isEmpty())
        options.mapping.sourceSystem = QFileInfo(options.filePath).completeBaseName();
    if (parser.isSet(autoOption)) {
        console.err << QCoreApplication::translate("luotsi-admin",
                                                   "Mapping (%1, header row %2, target %3):")
                           .arg(options.mapping.sheetName)
                           .arg(options.mapping.headerRow)
                           .arg(importTargetName(options.mapping.target))
                    << "\n";
        for (const MappedColumn& column : std::as_const(options.mapping.columns)) {
            if (column.field != TargetField::Ignore)
                console.err << "  " << column.header << " → " << displayName(column.field) << "\n";
        }
        console.err.flush();
    }
    if (parser.isSet(saveProfileOption)) {
        options.mapping.profileName = parser.value(saveProfileOption);
        if (auto status = store.save(options.mapping); !status) {
            console.err << status.error().text() << Qt::endl;
            return 1;
        }
    }

    const auto workspace = DatabaseOption::openWorkspace(parser, console);
    if (!workspace)
        return 1;
    const auto matchSettings = MatchSettingsOption::settings(parser, *workspace, console);
    if (!matchSettings)
        return 1;
    options.matchSettings = *matchSettings;
    QElapsedTimer sinceReport;
    sinceReport.start();
    ImportRunner runner(*workspace);
    auto report = runner.run(options, [&](qint64 rows, double fraction) {
        // A line every two seconds: enough for a log, and what a test waits for.
        if (sinceReport.elapsed() >= 2000 || rows == 256) {
            console.err << QCoreApplication::translate("luotsi-admin", "%1 rows, %2 %")
                               .arg(rows)
                               .arg(qRound(fraction * 100))
                        << Qt::endl;
            sinceReport.restart();
        }
        return true;
    });
    if (!report) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin", "The import failed and the register is unchanged: %1")
                           .arg(report.error().text())
                    << Qt::endl;
        return 1;
    }
    printReport(*report, console.out);
    // One batch is one sheet: say which other sheets the file has, so none is forgotten.
    if (auto reader = WorkbookReader::open(options.filePath, options.reader)) {
        QStringList others;
        for (const SheetInfo& sheet : (*reader)->sheets()) {
            if (sheet.state == SheetState::Visible && sheet.name != report->batch.sheet)
                others.append(sheet.name);
        }
        if (!others.isEmpty())
            console.out << QCoreApplication::translate(
                               "luotsi-admin",
                               "The file has other sheets: %1. Import each with --sheet NAME.")
                               .arg(others.join(QStringLiteral(", ")))
                        << Qt::endl;
    }
    if (parser.isSet(reportOption)) {
        if (auto status = ImportReportWriter::write(*report, parser.value(reportOption)); !status) {
            console.err << status.error().text() << Qt::endl;
            return 1;
        }
        console.out << QCoreApplication::translate("luotsi-admin", "Report written to %1")
                           .arg(parser.value(reportOption))
                    << Qt::endl;
    }
    return 0;
}

} // namespace luotsi::admin
