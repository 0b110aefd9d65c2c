#include "ExportCommand.h"

#include "DatabaseOption.h"
#include "core/Workspace.h"
#include "core/importing/RegisterExport.h"
#include "core/register/RegisterVocabulary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace luotsi::admin {

using namespace luotsi::core;

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("luotsi-admin",
                                       "Export the register or a search of it to .xlsx or .csv.");
}

int ExportCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        QCoreApplication::translate(
            "luotsi-admin",
            "The file imports back: unchanged rows change nothing, edited cells come back as "
            "updates, customers changed in Luotsi after the export are reported as conflicts."));
    parser.addHelpOption();
    parser.addOption(DatabaseOption::option());
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("luotsi-admin", "The file to write: .xlsx, else CSV."),
        QCoreApplication::translate("luotsi-admin", "FILE"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"),
        QCoreApplication::translate("luotsi-admin", "Only customers found by this search."),
        QCoreApplication::translate("luotsi-admin", "TEXT"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        QCoreApplication::translate("luotsi-admin", "Only customers of this kind."),
        QStringLiteral("company|parish|..."));
    const QCommandLineOption cityOption(
        QStringLiteral("city"),
        QCoreApplication::translate("luotsi-admin", "Only customers in this city."),
        QCoreApplication::translate("luotsi-admin", "CITY"));
    parser.addOptions({outOption, searchOption, kindOption, cityOption});
    if (const auto done = parseCommandLine(parser, arguments, console))
        return *done;
    if (!parser.isSet(outOption)) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin", "Say where to write: --out FILE.xlsx or FILE.csv.")
                    << Qt::endl;
        return 2;
    }
    CustomerQuery query;
    query.searchText = parser.value(searchOption);
    query.city = parser.value(cityOption);
    if (parser.isSet(kindOption)) {
        query.kind = vocabulary::fromCode<CustomerKind>(parser.value(kindOption));
        if (!query.kind) {
            console.err << QCoreApplication::translate("luotsi-admin", "Unknown kind \"%1\".")
                               .arg(parser.value(kindOption))
                        << Qt::endl;
            return 2;
        }
    }
    const auto workspace = DatabaseOption::openWorkspace(parser, console);
    if (!workspace)
        return 1;
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer sinceReport;
    sinceReport.start();
    auto written = importing::RegisterExport::write(
        *workspace, query, parser.value(outOption), [&](qint64 done, qint64 total) {
            if (sinceReport.elapsed() >= 2000) {
                console.err << QCoreApplication::translate("luotsi-admin", "%1 / %2 customers")
                                   .arg(done)
                                   .arg(total)
                            << Qt::endl;
                sinceReport.restart();
            }
            return true;
        });
    if (!written) {
        console.err << written.error().text() << Qt::endl;
        return 1;
    }
    console.out << QCoreApplication::translate("luotsi-admin",
                                               "%1 customers written to %2 in %3 s.")
                       .arg(*written)
                       .arg(parser.value(outOption))
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
    return 0;
}

} // namespace luotsi::admin
