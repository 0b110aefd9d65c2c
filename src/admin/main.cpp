// luotsi-admin: the register's core on the command line, for admin work that runs at night or in
// scripts without a window.

#include "AdminCommand.h"
#include "BatchesCommand.h"
#include "BenchCommand.h"
#include "DuplicatesCommand.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "InspectCommand.h"
#include "MigrateCommand.h"
#include "SegmentCommand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace luotsi::admin;

namespace {

void printUsage(const std::vector<std::unique_ptr<AdminCommand>>& commands, QTextStream& out)
{
    out << QCoreApplication::translate("luotsi-admin", "Usage: luotsi-admin COMMAND [OPTIONS]")
        << "\n\n"
        << QCoreApplication::translate("luotsi-admin", "Commands:") << "\n";
    for (const auto& command : commands)
        out << "  " << command->name().leftJustified(12) << command->summary() << "\n";
    out << "\n"
        << QCoreApplication::translate("luotsi-admin",
                                       "Run luotsi-admin COMMAND --help for a command's options.")
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Luotsi"));
    QCoreApplication::setApplicationName(QStringLiteral("Luotsi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LUOTSI_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("luotsi"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    std::vector<std::unique_ptr<AdminCommand>> commands;
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<BatchesCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<DuplicatesCommand>());
    commands.push_back(std::make_unique<SegmentCommand>());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Console console{out, err};
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") ||
        arguments.at(1) == QLatin1String("-h")) {
        printUsage(commands, out);
        return arguments.size() < 2 ? 2 : 0;
    }
    for (const auto& command : commands) {
        if (command->name() == arguments.at(1)) {
            // The command parses like a program of its own: its name stands where argv[0] was.
            return command->run(arguments.mid(1), console);
        }
    }
    err << QCoreApplication::translate("luotsi-admin", "Unknown command \"%1\".")
               .arg(arguments.at(1))
        << "\n";
    printUsage(commands, err);
    return 2;
}
