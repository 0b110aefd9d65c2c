#include "Workloads.h"

#include "core/Workspace.h"
#include "core/duplicates/DuplicateFinder.h"
#include "core/importing/ImportRunner.h"
#include "core/importing/MappingAdvisor.h"
#include "core/importing/mapping/MappingProfileStore.h"
#include "core/importing/readers/WorkbookReader.h"
#include "core/register/CustomerService.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"
#include "core/storage/TimelineRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QSet>

namespace luotsi::admin::bench::workloads {

using namespace luotsi::core;
using namespace luotsi::core::importing;

namespace {

constexpr int pageSize = 200; // the customer list's page

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Result<Outcome> readWorkbook(const QString& path)
{
    auto reader = WorkbookReader::open(path);
    if (!reader)
        return reader.error();
    Outcome outcome;
    SheetRow row;
    for (;;) {
        auto more = (*reader)->nextRow(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++outcome.items;
        outcome.cells += row.cells.size();
    }
    return outcome;
}

Result<Outcome> importFile(Workspace& workspace, const QString& path, bool dryRun)
{
    MappingProfileStore profiles;
    auto mapping = MappingAdvisor::suggest(path, {}, profiles);
    if (!mapping)
        return mapping.error();
    ImportOptions options;
    options.filePath = path;
    options.mapping = *mapping;
    options.mapping.sourceSystem = QStringLiteral("Bench");
    options.dryRun = dryRun;
    // As luotsi-admin import keeps it: the rows to look at, not a million rows' details.
    options.keepAllRowDetails = false;
    storage::WorkMeter meter(workspace.database());
    ImportRunner runner(workspace);
    auto report = runner.run(options);
    if (!report)
        return report.error();
    Outcome outcome;
    outcome.work = meter.elapsed();
    const OutcomeCounts& counts = report->batch.counts;
    outcome.items = counts.rowsRead;
    outcome.note =
        QCoreApplication::translate("luotsi-admin",
                                    "%1 new, %2 updated, %3 unchanged, %4 to review, %5 rejected")
            .arg(counts.created)
            .arg(counts.updated)
            .arg(counts.unchanged)
            .arg(counts.possibleDuplicates)
            .arg(counts.rejected);
    return outcome;
}

Result<Outcome> openList(Workspace& workspace)
{
    storage::WorkMeter meter(workspace.database());
    QElapsedTimer timer;
    timer.start();
    CustomerService& customers = workspace.customers();
    auto count = customers.count({});
    if (!count)
        return count.error();
    auto page = customers.fetchAfter({}, std::nullopt, pageSize);
    if (!page)
        return page.error();
    Outcome outcome;
    outcome.samplesMs.append(elapsedMs(timer));
    outcome.items = *count;
    outcome.work = meter.elapsed();
    return outcome;
}

Result<Outcome> search(Workspace& workspace, const QStringList& prefixes)
{
    CustomerService& customers = workspace.customers();
    Outcome outcome;
    storage::WorkMeter meter(workspace.database());
    qint64 matches = 0;
    for (const QString& prefix : prefixes) {
        CustomerQuery query;
        query.searchText = prefix;
        QElapsedTimer timer;
        timer.start();
        auto count = customers.count(query);
        if (!count)
            return count.error();
        auto rows = customers.fetchAfter(query, std::nullopt, pageSize);
        if (!rows)
            return rows.error();
        outcome.samplesMs.append(elapsedMs(timer));
        matches += *count;
        ++outcome.items;
    }
    outcome.work = meter.elapsed();
    outcome.note =
        QCoreApplication::translate("luotsi-admin", "%1 keystrokes, %2 matches on average")
            .arg(outcome.items)
            .arg(outcome.items > 0 ? matches / outcome.items : 0);
    return outcome;
}

Result<Outcome> loadCards(Workspace& workspace, const QList<qint64>& customerIds)
{
    CustomerService& customers = workspace.customers();
    auto primary = workspace.segmentCatalog().primarySegmentation();
    const qint64 segmentationId = primary ? primary->id : 0;
    Outcome outcome;
    storage::WorkMeter meter(workspace.database());
    qint64 entries = 0;
    for (qint64 id : customerIds) {
        QElapsedTimer timer;
        timer.start();
        auto customer = customers.load(id);
        if (!customer)
            return customer.error();
        auto timeline = customers.timeline(id);
        if (!timeline)
            return timeline.error();
        auto history = customers.history(id);
        if (!history)
            return history.error();
        auto children = customers.children(id);
        if (!children)
            return children.error();
        if (segmentationId != 0) {
            auto segment = workspace.segmentation().segmentOf(id, segmentationId);
            if (!segment)
                return segment.error();
            auto changes = workspace.segmentation().history(id);
            if (!changes)
                return changes.error();
        }
        auto facts = workspace.segmentation().facts(id);
        if (!facts)
            return facts.error();
        outcome.samplesMs.append(elapsedMs(timer));
        entries += timeline->size() + history->size();
        ++outcome.items;
    }
    outcome.work = meter.elapsed();
    outcome.note = QCoreApplication::translate(
                       "luotsi-admin", "%1 cards, %2 timeline and history entries on average")
                       .arg(outcome.items)
                       .arg(outcome.items > 0 ? entries / outcome.items : 0);
    return outcome;
}

Result<Outcome> segmentRun(Workspace& workspace)
{
    auto primary = workspace.segmentCatalog().primarySegmentation();
    if (!primary)
        return primary.error();
    storage::WorkMeter meter(workspace.database());
    segments::SegmentationService& service = workspace.segmentation();
    auto preview = service.preview(primary->id, segments::RunKind::Run, QDate::currentDate());
    if (!preview)
        return preview.error();
    auto applied = service.apply(preview->id);
    if (!applied)
        return applied.error();
    Outcome outcome;
    outcome.work = meter.elapsed();
    outcome.items = preview->customers;
    outcome.note = QCoreApplication::translate("luotsi-admin", "%1 customers, %2 moved")
                       .arg(preview->customers)
                       .arg(preview->moved);
    return outcome;
}

Result<Outcome> findDuplicates(Workspace& workspace)
{
    storage::WorkMeter meter(workspace.database());
    duplicates::DuplicateFinder finder(workspace);
    auto result = finder.run();
    if (!result)
        return result.error();
    Outcome outcome;
    outcome.work = meter.elapsed();
    outcome.items = result->run.customers;
    outcome.note = QCoreApplication::translate("luotsi-admin", "%1 customers, %2 groups")
                       .arg(result->run.customers)
                       .arg(result->groups.size());
    return outcome;
}

Result<QStringList> searchPrefixes(Workspace& workspace, int names)
{
    CustomerService& customers = workspace.customers();
    auto total = customers.count({});
    if (!total)
        return total.error();
    QStringList prefixes;
    if (*total == 0)
        return prefixes;
    QSet<QString> seen;
    // Evenly spread depths, not random ones: the same register gives the same prefixes.
    for (int i = 0; i < names * 2 && seen.size() < names; ++i) {
        const qint64 offset = (qint64(i) * 7919 * *total / (names * 2) + i) % *total;
        auto rows = customers.fetchAt({}, offset, 1);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            continue;
        const QString word = rows->constFirst().name.section(QLatin1Char(' '), 0, 0).toLower();
        if (word.size() < 2 || seen.contains(word))
            continue;
        seen.insert(word);
        for (qsizetype length = 2; length <= std::min<qsizetype>(6, word.size()); ++length)
            prefixes.append(word.left(length));
    }
    return prefixes;
}

Result<QList<qint64>> cardCustomers(Workspace& workspace, int count)
{
    storage::TimelineRepository timeline(workspace.database());
    auto busiest = timeline.busiestCustomers(count / 2);
    if (!busiest)
        return busiest.error();
    QList<qint64> ids = *busiest;
    CustomerService& customers = workspace.customers();
    auto total = customers.count({});
    if (!total)
        return total.error();
    const int spread = *total > 0 ? count - int(ids.size()) : 0;
    for (int i = 0; i < spread; ++i) {
        auto rows = customers.fetchAt({}, qint64(i) * *total / spread, 1);
        if (!rows)
            return rows.error();
        if (!rows->isEmpty() && !ids.contains(rows->constFirst().id))
            ids.append(rows->constFirst().id);
    }
    return ids;
}

} // namespace luotsi::admin::bench::workloads
