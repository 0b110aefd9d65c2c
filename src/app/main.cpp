// luotsi: the desktop application.

#include "core/Settings.h"
#include "customers/RegisterModule.h"
#include "duplicates/DuplicatesModule.h"
#include "importing/ImportModule.h"
#include "segments/SegmentsModule.h"
#include "shell/AppController.h"
#include "shell/ModuleRegistry.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Luotsi"));
    QApplication::setApplicationName(QStringLiteral("Luotsi"));
    QApplication::setApplicationDisplayName(QStringLiteral("Luotsi"));
    QApplication::setApplicationVersion(QStringLiteral(LUOTSI_VERSION));

    luotsi::core::Settings settings;
    luotsi::gui::installTranslations(settings.uiLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Luotsi customer register"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Open the register in this SQLite file (default: %1).")
            .arg(luotsi::core::Settings::defaultDatabasePath()),
        QStringLiteral("PATH"));
    parser.addOption(database);
    parser.process(app);

    // Modules plug in here; the register comes first.
    luotsi::gui::ModuleRegistry registry;
    luotsi::gui::registerRegisterModule(registry);
    luotsi::gui::registerSegmentsModule(registry);
    luotsi::gui::registerImportModule(registry);
    luotsi::gui::registerDuplicatesModule(registry);

    luotsi::gui::AppController controller(settings, registry);
    QObject::connect(&controller, &luotsi::gui::AppController::failed, &app,
                     [] { QApplication::exit(1); });
    if (!controller.start(parser.value(database)))
        return 1;
    return app.exec();
}
