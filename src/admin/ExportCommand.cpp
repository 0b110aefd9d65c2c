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

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("luotsi-admin", text);
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("Export the register or a search of it to .xlsx or .csv.");
}

int ExportCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("The file imports back: unchanged rows change nothing, edited cells come back as "
           "updates, customers changed in Luotsi after the export are reported as conflicts."));
    parser.addHelpOption();
    parser.addOption(DatabaseOption::option());
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The file to write: .xlsx, else CSV."), tr("FILE"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          tr("Only customers found by this search."), tr("TEXT"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("Only customers of this kind."),
                                        QStringLiteral("company|parish|..."));
    const QCommandLineOption cityOption(QStringLiteral("city"), tr("Only customers in this city."),
                                        tr("CITY"));
    parser.addOptions({outOption, searchOption, kindOption, cityOption});
    if (!parser.parse(arguments)) {
        console.err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out << parser.helpText() << Qt::endl;
        return 0;
    }
    if (!parser.isSet(outOption)) {
        console.err << tr("Say where to write: --out FILE.xlsx or FILE.csv.") << Qt::endl;
        return 2;
    }
    CustomerQuery query;
    query.searchText = parser.value(searchOption);
    query.city = parser.value(cityOption);
    if (parser.isSet(kindOption)) {
        query.kind = vocabulary::fromCode<CustomerKind>(parser.value(kindOption));
        if (!query.kind) {
            console.err << tr("Unknown kind \"%1\".").arg(parser.value(kindOption)) << Qt::endl;
            return 2;
        }
    }
    auto workspace = Workspace::open(DatabaseOption::path(parser), Workspace::systemLogin(),
                                     Workspace::systemLogin());
    if (!workspace) {
        console.err << workspace.error().text() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer sinceReport;
    sinceReport.start();
    auto written = importing::RegisterExport::write(
        **workspace, query, parser.value(outOption), [&](qint64 done, qint64 total) {
            if (sinceReport.elapsed() >= 2000) {
                console.err << tr("%1 / %2 customers").arg(done).arg(total) << Qt::endl;
                sinceReport.restart();
            }
            return true;
        });
    if (!written) {
        console.err << written.error().text() << Qt::endl;
        return 1;
    }
    console.out << tr("%1 customers written to %2 in %3 s.")
                       .arg(*written)
                       .arg(parser.value(outOption))
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
    return 0;
}

} // namespace luotsi::admin
