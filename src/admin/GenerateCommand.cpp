#include "GenerateCommand.h"

#include "DatabaseOption.h"
#include "core/demo/DemoRegisterBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <limits>
#include <optional>

namespace luotsi::admin {

namespace {

// A positive whole number, or nothing.
std::optional<qint64> positive(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

QString GenerateCommand::summary() const
{
    return QCoreApplication::translate("luotsi-admin",
                                       "Write realistic Finnish demo or scale data.");
}

int GenerateCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "luotsi-admin",
        "Adds generated Finnish customers (companies, associations, public bodies, parishes "
        "and persons, with contacts, relationships, timelines and sales history) to the "
        "register, creating it if needed. The same seed gives the same customers."));
    parser.addHelpOption();
    const QCommandLineOption customersOption(
        QStringLiteral("customers"),
        QCoreApplication::translate(
            "luotsi-admin", "How many customers to generate (required without --sales-only)."),
        QStringLiteral("N"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("luotsi-admin", "Seed of the generator (default: 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption duplicateShareOption(
        QStringLiteral("duplicate-share"),
        QCoreApplication::translate("luotsi-admin",
                                    "Make this share (0..0.5) of the customers second records "
                                    "of another customer, with typos, case, legal form moved, "
                                    "phone format and missing business IDs."),
        QStringLiteral("P"));
    const QCommandLineOption truthOption(
        QStringLiteral("truth"),
        QCoreApplication::translate("luotsi-admin",
                                    "Write customer_id,entity for every generated customer "
                                    "(for luotsi-admin duplicates --evaluate)."),
        QStringLiteral("FILE"));
    const QCommandLineOption monthsOption(
        QStringLiteral("months"),
        QCoreApplication::translate("luotsi-admin",
                                    "Months (0..36) of sales history per customer, ending with "
                                    "the current month, with estimated potentials and tags; 0: "
                                    "no sales (default: 24)."),
        QStringLiteral("M"), QStringLiteral("24"));
    const QCommandLineOption salesOnlyOption(
        QStringLiteral("sales-only"),
        QCoreApplication::translate("luotsi-admin",
                                    "Add no customers: replace the sales history of every "
                                    "customer in the register with --months of generated sales."));
    const QCommandLineOption noSegmentsOption(
        QStringLiteral("no-segments"),
        QCoreApplication::translate("luotsi-admin",
                                    "Leave the new customers without segments (by default every "
                                    "segmentation is run as of a year ago and as of today)."));
    parser.addOption(customersOption);
    parser.addOption(monthsOption);
    parser.addOption(noSegmentsOption);
    parser.addOption(salesOnlyOption);
    parser.addOption(seedOption);
    parser.addOption(duplicateShareOption);
    parser.addOption(truthOption);
    parser.addOption(DatabaseOption::option());
    if (!parser.parse(arguments)) {
        console.err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out << parser.helpText() << Qt::flush;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        console.err << QCoreApplication::translate("luotsi-admin", "Unexpected argument \"%1\".")
                           .arg(parser.positionalArguments().constFirst())
                    << Qt::endl;
        return 2;
    }
    bool monthsOk = false;
    const int months = parser.value(monthsOption).toInt(&monthsOk);
    if (!monthsOk || months < 0 || months > 36) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin",
                           "--months must be a whole number from 0 to 36, not \"%1\".")
                           .arg(parser.value(monthsOption))
                    << Qt::endl;
        return 2;
    }
    const bool salesOnly = parser.isSet(salesOnlyOption);
    if (salesOnly && parser.isSet(customersOption)) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin", "--sales-only adds no customers: leave out --customers.")
                    << Qt::endl;
        return 2;
    }
    if (!salesOnly && !parser.isSet(customersOption)) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin", "Say how many customers to generate: --customers N.")
                    << Qt::endl;
        return 2;
    }
    const auto customers =
        salesOnly ? std::optional<qint64>(0) : positive(parser.value(customersOption));
    if (!customers) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin",
                           "--customers must be a whole number above 0, not \"%1\".")
                           .arg(parser.value(customersOption))
                    << Qt::endl;
        return 2;
    }
    bool seedOk = false;
    const uint seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk) {
        console.err << QCoreApplication::translate(
                           "luotsi-admin",
                           "--seed must be a whole number from 0 to %1, not \"%2\".")
                           .arg(std::numeric_limits<quint32>::max())
                           .arg(parser.value(seedOption))
                    << Qt::endl;
        return 2;
    }

    double duplicateShare = 0.0;
    if (parser.isSet(duplicateShareOption)) {
        bool shareOk = false;
        duplicateShare = parser.value(duplicateShareOption).toDouble(&shareOk);
        if (!shareOk || duplicateShare < 0.0 || duplicateShare > 0.5) {
            console.err << QCoreApplication::translate(
                               "luotsi-admin",
                               "--duplicate-share must be a number from 0 to 0.5, not \"%1\".")
                               .arg(parser.value(duplicateShareOption))
                        << Qt::endl;
            return 2;
        }
    }

    const QString path = DatabaseOption::path(parser);
    QElapsedTimer timer;
    timer.start();
    core::DemoRegisterBuilder builder(path, seed);
    builder.setDuplicateShare(duplicateShare);
    builder.setTruthPath(parser.value(truthOption));
    builder.setSalesMonths(months);
    builder.setSegment(!parser.isSet(noSegmentsOption));
    builder.setSalesProgress([&console](qint64 done, qint64 total) {
        console.err
            << QCoreApplication::translate("luotsi-admin", "\rsales %1 / %2").arg(done).arg(total)
            << Qt::flush;
        return true;
    });
    const auto status = salesOnly ? builder.replaceSales()
                                  : builder.run(*customers, [&console](qint64 done, qint64 total) {
                                        console.err
                                            << QStringLiteral("\r%1 / %2").arg(done).arg(total)
                                            << Qt::flush;
                                        if (done == total)
                                            console.err << Qt::endl;
                                        return true;
                                    });
    console.err << Qt::endl;
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (!status) {
        console.err << status.error().text() << Qt::endl;
        return 1;
    }

    const auto& totals = builder.totals();
    const QLocale c = QLocale::c();
    const auto line = [&console](const QString& label, const QString& value) {
        console.out << "  " << QString(label + u':').leftJustified(20) << value << "\n";
    };
    console.out << QCoreApplication::translate("luotsi-admin", "Generated into %1:").arg(path)
                << "\n";
    line(QCoreApplication::translate("luotsi-admin", "customers"),
         QString::number(totals.customers));
    line(QCoreApplication::translate("luotsi-admin", "contacts"), QString::number(totals.contacts));
    line(QCoreApplication::translate("luotsi-admin", "timeline entries"),
         QString::number(totals.timelineEntries));
    const auto& sales = builder.salesTotals();
    line(QCoreApplication::translate("luotsi-admin", "sales facts"),
         QCoreApplication::translate("luotsi-admin", "%1 (%2 months, %3 customers)")
             .arg(sales.facts)
             .arg(months)
             .arg(sales.customers));
    line(QCoreApplication::translate("luotsi-admin", "potentials"),
         QString::number(sales.potentials));
    line(QCoreApplication::translate("luotsi-admin", "tagged customers"),
         QString::number(sales.tagged));
    line(QCoreApplication::translate("luotsi-admin", "elapsed"),
         QCoreApplication::translate("luotsi-admin", "%1 s (%2 customers/s)")
             .arg(c.toString(seconds, 'f', 1),
                  c.toString(seconds > 0
                                 ? double(salesOnly ? sales.customers : totals.customers) / seconds
                                 : 0.0,
                             'f', 0)));
    line(QCoreApplication::translate("luotsi-admin", "database file"),
         QCoreApplication::translate("luotsi-admin", "%1 MiB")
             .arg(c.toString(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 1)));
    console.out << Qt::flush;
    return 0;
}

} // namespace luotsi::admin
