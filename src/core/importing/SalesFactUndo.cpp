#include "SalesFactUndo.h"

#include "core/Workspace.h"
#include "core/importing/SalesFactRecord.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/SalesFactImportRepository.h"
#include "core/storage/SalesFactRepository.h"

#include <QCoreApplication>
#include <QMap>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SalesFactUndo)
};

} // namespace

SalesFactUndo::SalesFactUndo(Workspace& workspace)
    : m_workspace(workspace)
{}

bool SalesFactUndo::isSalesFactBatch(const QList<ImportChange>& changes)
{
    return !changes.isEmpty() && SalesFactRecord::isRecord(changes.constFirst().after);
}

Result<UndoReport> SalesFactUndo::undo(const ImportBatch& batch, const QList<ImportChange>& changes)
{
    storage::Database& database = m_workspace.database();
    storage::SalesFactImportRepository stored(database);
    UndoReport report;
    report.batchId = batch.id;
    report.salesFacts = true;
    QList<UndoConflict> conflicts;
    // The replaced facts, per the batch that had written them (0: none).
    QMap<qint64, QList<segments::SalesFact>> restore;
    int removed = 0;
    QHash<qint64, QString> companyCodes;
    if (auto companies = storage::DirectoryRepository(database).groupCompanies()) {
        for (const GroupCompany& company : *companies)
            companyCodes.insert(company.id, company.code);
    }
    const auto conflict = [&](const segments::SalesFact& fact, const QString& why) {
        auto name = stored.customerName(fact.customerId);
        const QString customer =
            name && name->has_value() ? **name : QString::number(fact.customerId);
        conflicts.append(
            {fact.customerId, customer,
             Texts::tr("sales of %1 in group company %2: %3")
                 .arg(fact.month.toString(QStringLiteral("yyyy-MM")))
                 .arg(companyCodes.value(fact.companyId, QString::number(fact.companyId)))
                 .arg(why)});
    };

    for (const ImportChange& change : changes) {
        const auto after = SalesFactRecord::fromJson(change.after, change.customerId);
        const auto before = change.action == ImportChange::Action::Update
                                ? SalesFactRecord::fromJson(change.before, change.customerId)
                                : std::optional<SalesFactRecord>(SalesFactRecord{});
        if (!after || !before)
            return Error{Texts::tr("The batch's record of a sales fact of customer %1 is "
                                   "unreadable.")
                             .arg(change.customerId),
                         batch.fileName};
        const segments::SalesFact& fact = after->fact;
        auto current = stored.fact(fact.customerId, fact.companyId, fact.month);
        if (!current)
            return current.error();
        if (!current->has_value()) {
            // A fact the batch created and something removed since: nothing left to remove.
            if (change.action == ImportChange::Action::Create)
                continue;
            conflict(fact, Texts::tr("the fact was removed after the import"));
            continue;
        }
        const auto& now = **current;
        if (now.batchId != batch.id) {
            conflict(fact, now.batchId > batch.id
                               ? Texts::tr("batch %1, imported later, changed it; undo that "
                                           "batch first")
                                     .arg(now.batchId)
                               : Texts::tr("it was changed after the import"));
            continue;
        }
        if (SalesFactRecord::cents(now.revenue) != SalesFactRecord::cents(fact.revenue) ||
            now.orders != fact.orders) {
            conflict(fact, Texts::tr("it was changed after the import"));
            continue;
        }
        if (change.action == ImportChange::Action::Create)
            ++removed;
        else
            restore[before->batchId].append(before->fact);
    }
    if (!conflicts.isEmpty()) {
        report.conflicts = conflicts;
        return report;
    }

    // The replaced facts first: they stop being the batch's, so that removing what is left of
    // the batch removes exactly the facts it created.
    storage::SalesFactRepository facts(database);
    for (auto it = restore.cbegin(); it != restore.cend(); ++it) {
        if (auto status = facts.upsert(it.value(), it.key()); !status)
            return status.error();
        report.restored += int(it.value().size());
    }
    if (auto status = facts.removeBatch(batch.id); !status)
        return status.error();
    report.removed = removed;
    return report;
}

} // namespace luotsi::core::importing
