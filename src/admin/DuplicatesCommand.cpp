#include "DuplicatesCommand.h"

#include "DatabaseOption.h"
#include "core/Workspace.h"
#include "core/duplicates/DuplicateEvaluation.h"
#include "core/duplicates/DuplicateFinder.h"
#include "core/importing/writers/TableWriter.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

namespace luotsi::admin {

using namespace luotsi::core;
using namespace luotsi::core::duplicates;

namespace {

QString phaseName(FinderProgress::Phase phase)
{
    switch (phase) {
    case FinderProgress::Phase::Loading:
        return QCoreApplication::translate("luotsi-admin", "reading customers");
    case FinderProgress::Phase::Comparing:
        return QCoreApplication::translate("luotsi-admin", "comparing");
    case FinderProgress::Phase::Grouping:
        return QCoreApplication::translate("luotsi-admin", "grouping");
    case FinderProgress::Phase::Saving:
        return QCoreApplication::translate("luotsi-admin", "saving");
    }
    return {};
}

// One row per member: the group, the customer, and the best pair that tied it to the group.
Status writeGroups(const QString& path, const QList<DuplicateGroup>& groups, Workspace& workspace)
{
    auto writer = importing::TableWriter::forPath(path);
    if (auto status = writer->beginTable(QCoreApplication::translate("luotsi-admin", "Duplicates"),
                                         {QStringLiteral("group_id"), QStringLiteral("group_score"),
                                          QStringLiteral("customer_id"), QStringLiteral("name"),
                                          QStringLiteral("business_id"), QStringLiteral("city"),
                                          QStringLiteral("score"), QStringLiteral("paired_with"),
                                          QStringLiteral("agreed")});
        !status)
        return status;
    for (qsizetype index = 0; index < groups.size(); ++index) {
        const DuplicateGroup& group = groups.at(index);
        // A trial run (--no-save) numbers its groups in order.
        const qint64 groupNumber = group.id != 0 ? group.id : qint64(index + 1);
        for (qint64 id : group.customerIds) {
            const DuplicatePair* best = nullptr;
            for (const DuplicatePair& pair : group.pairs) {
                if ((pair.a == id || pair.b == id) && (!best || pair.score > best->score))
                    best = &pair;
            }
            const auto ref = workspace.customers().ref(id);
            if (!ref)
                return ref.error();
            if (auto status = writer->writeRow(
                    {groupNumber, group.score, id, ref->name, ref->businessId, ref->city,
                     best ? importing::TableValue(best->score) : importing::TableValue(),
                     best ? importing::TableValue(best->a == id ? best->b : best->a)
                          : importing::TableValue(),
                     best ? best->agreed.join(QStringLiteral(", ")) : QString()});
                !status)
                return status;
        }
    }
    return writer->finish();
}

void printTop(const QList<DuplicateGroup>& groups, Workspace& workspace, int limit,
              QTextStream& out)
{
    for (const DuplicateGroup& group : groups.mid(0, limit)) {
        out << QCoreApplication::translate("luotsi-admin", "Group %1  score %2")
                   .arg(group.id)
                   .arg(group.score, 0, 'f', 3)
            << "\n";
        for (qint64 id : group.customerIds) {
            const auto ref = workspace.customers().ref(id);
            out << "  " << QString::number(id).rightJustified(8) << "  "
                << (ref ? ref->name + QStringLiteral("  ") + ref->businessId +
                              QStringLiteral("  ") + ref->city
                        : ref.error().text())
                << "\n";
        }
        if (!group.pairs.isEmpty())
            out << "  "
                << QCoreApplication::translate("luotsi-admin", "agreed: %1")
                       .arg(group.pairs.first().agreed.join(QStringLiteral(", ")))
                << "\n";
    }
}

} // namespace

QString DuplicatesCommand::summary() const
{
    return QCoreApplication::translate(
        "luotsi-admin", "Find duplicate customers, list the groups, evaluate against a truth.");
}

int DuplicatesCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(DatabaseOption::option());
    const QCommandLineOption minScoreOption(
        QStringLiteral("min-score"),
        QCoreApplication::translate("luotsi-admin",
                                    "Pairs scoring at least this (0..1) form groups; default "
                                    "the matching settings' review threshold."),
        QCoreApplication::translate("luotsi-admin", "X"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("luotsi-admin",
                                    "Write the groups to a .csv or .xlsx file, one row per "
                                    "member."),
        QCoreApplication::translate("luotsi-admin", "FILE"));
    const QCommandLineOption evaluateOption(
        QStringLiteral("evaluate"),
        QCoreApplication::translate(
            "luotsi-admin",
            "Pairwise precision, recall and F1 against a truth CSV: customer_id,entity; "
            "customer_a,customer_b; or the conversion sample's file,sheet,row,entity_id."),
        QCoreApplication::translate("luotsi-admin", "TRUTH.csv"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        QCoreApplication::translate("luotsi-admin",
                                    "Only customers of this kind (company, parish, "
                                    "parish_union, association, public_body, person)."),
        QCoreApplication::translate("luotsi-admin", "KIND"));
    const QCommandLineOption cityOption(
        QStringLiteral("city"),
        QCoreApplication::translate("luotsi-admin", "Only customers in this city."),
        QCoreApplication::translate("luotsi-admin", "CITY"));
    const QCommandLineOption settingsOption = MatchSettingsOption::option();
    const QCommandLineOption noSaveOption(
        QStringLiteral("no-save"),
        QCoreApplication::translate("luotsi-admin",
                                    "Do not store the groups for review (a trial run)."));
    parser.addOptions({minScoreOption, outOption, evaluateOption, kindOption, cityOption,
                       settingsOption, noSaveOption});
    if (const auto done = parseCommandLine(parser, arguments, console))
        return *done;

    FinderOptions options;
    options.save = !parser.isSet(noSaveOption);
    if (parser.isSet(minScoreOption)) {
        bool ok = false;
        const double minScore = parser.value(minScoreOption).toDouble(&ok);
        if (!ok || minScore < 0.0 || minScore > 1.0) {
            console.err << QCoreApplication::translate("luotsi-admin",
                                                       "--min-score needs a number from 0 to 1.")
                        << Qt::endl;
            return 2;
        }
        options.minScore = minScore;
    }
    if (parser.isSet(kindOption)) {
        options.filter.kind = vocabulary::fromCode<CustomerKind>(parser.value(kindOption));
        if (!options.filter.kind) {
            console.err << QCoreApplication::translate("luotsi-admin", "Unknown kind: %1")
                               .arg(parser.value(kindOption))
                        << Qt::endl;
            return 2;
        }
    }
    options.filter.city = parser.value(cityOption);
    std::optional<DuplicateTruth> truth;
    if (parser.isSet(evaluateOption)) {
        auto loaded = DuplicateTruth::load(parser.value(evaluateOption));
        if (!loaded) {
            console.err << loaded.error().text() << Qt::endl;
            return 1;
        }
        truth = std::move(loaded).value();
    }
    const auto workspace = DatabaseOption::openWorkspace(parser, console);
    if (!workspace)
        return 1;
    const auto matchSettings = MatchSettingsOption::settings(parser, *workspace, console);
    if (!matchSettings)
        return 1;
    options.settings = *matchSettings;

    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = -10000;
    auto result = DuplicateFinder(*workspace, options).run([&](const FinderProgress& p) {
        if (clock.elapsed() - lastReport >= 5000) {
            lastReport = clock.elapsed();
            console.err << QCoreApplication::translate("luotsi-admin", "%1 s  %2: %3 / %4")
                               .arg(clock.elapsed() / 1000)
                               .arg(phaseName(p.phase))
                               .arg(p.done)
                               .arg(p.total)
                        << Qt::endl;
        }
        return true;
    });
    if (!result) {
        console.err << result.error().text() << Qt::endl;
        return 1;
    }
    const DuplicateRun& run = result->run;
    qint64 members = 0;
    for (const DuplicateGroup& group : std::as_const(result->groups))
        members += group.customerIds.size();
    console.out << QCoreApplication::translate(
                       "luotsi-admin",
                       "Customers %1, pairs compared %2, groups %3 (%4 customers), %5 s.")
                       .arg(run.customers)
                       .arg(run.comparisons)
                       .arg(run.groups)
                       .arg(members)
                       .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                << "\n";
    if (options.save)
        console.out << QCoreApplication::translate("luotsi-admin",
                                                   "Run %1 saved for review in the app.")
                           .arg(run.id)
                    << "\n";
    if (parser.isSet(outOption)) {
        if (auto status = writeGroups(parser.value(outOption), result->groups, *workspace);
            !status) {
            console.err << status.error().text() << Qt::endl;
            return 1;
        }
    } else if (!truth) {
        printTop(result->groups, *workspace, 20, console.out);
    }
    if (truth) {
        auto quality = truth->evaluate(*workspace, result->groups);
        if (!quality) {
            console.err << quality.error().text() << Qt::endl;
            return 1;
        }
        console.out << QCoreApplication::translate(
                           "luotsi-admin", "Truth items %1; pairs: true %2, found %3, correct %4")
                           .arg(quality->items)
                           .arg(quality->truePairs)
                           .arg(quality->foundPairs)
                           .arg(quality->correctPairs)
                    << "\n"
                    << QCoreApplication::translate("luotsi-admin", "Precision %1  recall %2  F1 %3")
                           .arg(quality->precision(), 0, 'f', 4)
                           .arg(quality->recall(), 0, 'f', 4)
                           .arg(quality->f1(), 0, 'f', 4)
                    << "\n";
    }
    console.out.flush();
    return 0;
}

} // namespace luotsi::admin
