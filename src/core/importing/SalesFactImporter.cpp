#include "SalesFactImporter.h"

#include "core/Workspace.h"
#include "core/importing/RowCells.h"
#include "core/importing/SalesFactMapping.h"
#include "core/importing/SalesFactRecord.h"
#include "core/importing/SalesFactResolver.h"
#include "core/importing/SalesFactValues.h"
#include "core/importing/mapping/RecordMapper.h"
#include "core/storage/ImportBatchRepository.h"
#include "core/storage/SalesFactImportRepository.h"
#include "core/storage/SalesFactRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SalesFactImporter)
};

constexpr qint64 progressEvery = 256;

struct FactKey
{
    qint64 customerId = 0;
    qint64 companyId = 0;
    int month = 0; // year × 12 + month − 1

    bool operator==(const FactKey&) const = default;
};

size_t qHash(const FactKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.customerId, key.companyId, key.month);
}

// One fact of the file: its rows summed.
struct PendingFact
{
    segments::SalesFact fact;
    qint64 cents = 0;
    qint64 orders = 0;
    int firstRow = 0;
    int rows = 0;
    QString companyCode;
    RowOutcome outcome = RowOutcome::New;
    QString reason;
};

// An accepted row, written to import_rows when its fact's outcome is known.
struct PendingRow
{
    int rowNumber = 0;
    int fact = 0;
    int detail = -1; // its index in the report's rows, or -1 when not kept
    QString key;
    QString matchedBy;
};

QString euros(qint64 cents)
{
    return QLocale().toString(double(cents) / 100.0, 'f', 2) + QStringLiteral(" €");
}

// What one row says, read and looked up; problems name what is wrong with it.
struct RowCheck
{
    qint64 companyId = 0;
    QString companyCode;
    SalesFactResolver::Found customer;
    QString sourceKey;
    QDate month;
    qint64 cents = 0;
    int orders = 0;
    QStringList problems;
};

Result<RowCheck> checkRow(const RawRecord& raw, SalesFactResolver& resolver,
                          qint64 defaultCompanyId, const QString& defaultCompanyCode)
{
    RowCheck row;
    // The company first: a customer number belongs to one.
    if (const QString text = raw.text(TargetField::GroupCompany).trimmed(); !text.isEmpty()) {
        const SalesFactResolver::Found company = resolver.company(text);
        row.companyId = company.id;
        row.companyCode = company.key;
        if (company.id == 0)
            row.problems.append(company.error);
    } else if (defaultCompanyId != 0) {
        row.companyId = defaultCompanyId;
        row.companyCode = defaultCompanyCode;
    } else {
        row.problems.append(Texts::tr("Group company: the row has none."));
    }

    const SalesFactResolver::CustomerKeys keys{
        raw.text(TargetField::CustomerId), raw.text(TargetField::SourceKey),
        raw.text(TargetField::CustomerNumber), raw.text(TargetField::BusinessId)};
    row.sourceKey = keys.sourceKey.trimmed();
    // Without its company a customer number names no one; the company's problem says so.
    if (row.companyId != 0 || keys.customerNumber.trimmed().isEmpty()) {
        auto found = resolver.customer(keys, row.companyId);
        if (!found)
            return found.error();
        row.customer = *found;
        if (row.customer.id == 0)
            row.problems.append(row.customer.error);
    }

    const SalesFactValues::Month month =
        SalesFactValues::month(raw.text(TargetField::SalesMonth), raw.text(TargetField::SalesYear));
    row.month = month.month;
    if (!month.month.isValid())
        row.problems.append(Texts::tr("Month: %1").arg(month.error));
    const QString revenueText = raw.text(TargetField::Revenue).trimmed();
    const auto cents = SalesFactValues::revenueCents(revenueText);
    row.cents = cents.value_or(0);
    if (!cents)
        row.problems.append(
            revenueText.isEmpty()
                ? Texts::tr("Revenue: the row has none.")
                : Texts::tr("Revenue: \"%1\" is not an amount of money.").arg(revenueText));
    const QString ordersText = raw.text(TargetField::OrderCount).trimmed();
    const auto orders = SalesFactValues::orders(ordersText);
    row.orders = orders.value_or(0);
    if (!orders)
        row.problems.append(Texts::tr("Orders: \"%1\" is not a whole number.").arg(ordersText));
    return row;
}

// Keeps a row's details for the preview and the report: all of them, or (a real run of a long
// file) the rejected ones only. Its index in the report's rows, or -1.
int keep(const ImportOptions& options, ImportReport& report, ImportRowDetail&& detail)
{
    const bool toLookAt = detail.result.outcome == RowOutcome::Rejected;
    if (!options.keepAllRowDetails && !toLookAt)
        return -1;
    if (report.rows.size() >= options.rowDetailLimit) {
        ++report.rowsNotKept;
        return -1;
    }
    report.rows.append(std::move(detail));
    return int(report.rows.size() - 1);
}

} // namespace

struct SalesFactImporter::State
{
    QHash<FactKey, int> index;
    QList<PendingFact> facts;
    QList<PendingRow> rows;
    qint64 seen = 0;
    qint64 summedRows = 0;
};

SalesFactImporter::SalesFactImporter(Workspace& workspace, storage::ImportBatchRepository& batches)
    : m_workspace(workspace)
    , m_batches(batches)
{}

SalesFactImporter::~SalesFactImporter() = default;

Status SalesFactImporter::importRows(const ImportOptions& options, WorkbookReader& reader,
                                     qint64 defaultCompanyId, ImportReport& report,
                                     const ImportRunner::Progress& progress)
{
    if (const QString problem = SalesFactMapping::problem(options.mapping); !problem.isEmpty())
        return Error{problem, report.batch.fileName};
    // The rows are read and summed first, so that each fact is compared and written once.
    State state;
    if (auto status = readRows(options, reader, defaultCompanyId, report, progress, state);
        !status || report.cancelled)
        return status;
    if (auto status = settleFacts(report, progress, state); !status || report.cancelled)
        return status;
    return writeRows(report, state);
}

Status SalesFactImporter::readRows(const ImportOptions& options, WorkbookReader& reader,
                                   qint64 defaultCompanyId, ImportReport& report,
                                   const ImportRunner::Progress& progress, State& state)
{
    ImportBatch& batch = report.batch;
    SalesFactResolver resolver(m_workspace.database(), batch.sourceSystem);
    if (auto status = resolver.loadCompanies(); !status)
        return status;
    const RecordMapper mapper(options.mapping);
    SheetRow row;
    while (true) {
        auto more = reader.nextRow(row);
        if (!more) {
            Error error = more.error();
            if (error.where.isEmpty())
                error.where = batch.fileName;
            return error;
        }
        if (!*more)
            break;
        const QStringList cells = cellTexts(row);
        if (row.number <= options.mapping.headerRow) {
            if (row.number == options.mapping.headerRow)
                report.headers = cells;
            continue;
        }

        auto checked =
            checkRow(mapper.map(row), resolver, defaultCompanyId, options.mapping.groupCompanyCode);
        if (!checked)
            return checked.error();
        const RowCheck& check = *checked;
        ImportRowDetail detail;
        detail.result.rowNumber = row.number;
        detail.result.customerId = check.customer.id;
        detail.cells = cells;
        detail.name = check.customer.id != 0 ? check.customer.name : check.sourceKey;
        ++state.seen;
        if (!check.problems.isEmpty()) {
            ImportRowResult& result = detail.result;
            result.outcome = RowOutcome::Rejected;
            result.sourceKey = check.sourceKey;
            result.reason = check.problems.join(QStringLiteral("; "));
            result.cells = cellsJson(report.headers, cells);
            if (auto status = m_batches.addRow(batch.id, result); !status)
                return status;
            batch.counts.add(RowOutcome::Rejected);
            keep(options, report, std::move(detail));
        } else {
            const FactKey key{check.customer.id, check.companyId,
                              check.month.year() * 12 + check.month.month() - 1};
            int factIndex = state.index.value(key, -1);
            if (factIndex < 0) {
                factIndex = int(state.facts.size());
                state.index.insert(key, factIndex);
                PendingFact fact;
                fact.fact.customerId = check.customer.id;
                fact.fact.companyId = check.companyId;
                fact.fact.month = check.month;
                fact.firstRow = row.number;
                fact.companyCode = check.companyCode;
                state.facts.append(fact);
            } else {
                ++state.summedRows;
                detail.findings.append(
                    {TargetField::Revenue,
                     CleaningFinding::Level::Warning,
                     Texts::tr("Added to row %1: the same customer, group company and month.")
                         .arg(state.facts.at(factIndex).firstRow),
                     {},
                     {}});
            }
            PendingFact& fact = state.facts[factIndex];
            fact.cents += check.cents;
            fact.orders += check.orders;
            ++fact.rows;
            detail.result.matchedBy = check.customer.matchedBy;
            detail.matchedName = check.customer.name;
            detail.candidateId = check.customer.id;
            state.rows.append({row.number, factIndex, keep(options, report, std::move(detail)),
                               check.customer.key, check.customer.matchedBy});
        }

        if (progress && state.seen % progressEvery == 0 &&
            !progress(state.seen, reader.progress())) {
            report.cancelled = true;
            return {};
        }
    }
    return {};
}

Status SalesFactImporter::settleFacts(ImportReport& report, const ImportRunner::Progress& progress,
                                      State& state)
{
    // Each fact against the register: new, changed (keeping what it replaces) or unchanged.
    const qint64 batchId = report.batch.id;
    storage::SalesFactImportRepository stored(m_workspace.database());
    QList<segments::SalesFact> writes;
    for (qsizetype i = 0; i < state.facts.size(); ++i) {
        if (progress && i % 4096 == 4095 && !progress(state.seen, 1.0)) {
            report.cancelled = true;
            return {};
        }
        PendingFact& pending = state.facts[i];
        const QString summed = pending.rows > 1
                                   ? u' ' + Texts::tr("(%Ln row(s) summed)", nullptr, pending.rows)
                                   : QString();
        pending.fact.revenue = double(pending.cents) / 100.0;
        pending.fact.orders = int(pending.orders);
        auto existing =
            stored.fact(pending.fact.customerId, pending.fact.companyId, pending.fact.month);
        if (!existing)
            return existing.error();
        const QString what = QStringLiteral("%1 %2").arg(
            pending.companyCode, pending.fact.month.toString(QStringLiteral("yyyy-MM")));
        ImportChange change{0,
                            batchId,
                            pending.fact.customerId,
                            ImportChange::Action::Create,
                            {},
                            SalesFactRecord{pending.fact, batchId}.toJson()};
        if (!existing->has_value()) {
            pending.outcome = RowOutcome::New;
            pending.reason = Texts::tr("%1: %2, %Ln order(s)", nullptr, pending.fact.orders)
                                 .arg(what, euros(pending.cents));
        } else {
            const auto& before = **existing;
            const qint64 beforeCents = SalesFactRecord::cents(before.revenue);
            if (beforeCents == pending.cents && before.orders == pending.fact.orders) {
                pending.outcome = RowOutcome::Unchanged;
                pending.reason = Texts::tr("%1: as before").arg(what) + summed;
                continue;
            }
            pending.outcome = RowOutcome::Update;
            pending.reason = Texts::tr("%1: %2 → %3, orders %4 → %5")
                                 .arg(what, euros(beforeCents), euros(pending.cents))
                                 .arg(before.orders)
                                 .arg(pending.fact.orders);
            segments::SalesFact replaced = pending.fact;
            replaced.revenue = before.revenue;
            replaced.orders = before.orders;
            change.action = ImportChange::Action::Update;
            change.before = SalesFactRecord{replaced, before.batchId}.toJson();
        }
        pending.reason += summed;
        if (auto status = m_batches.addChange(change); !status)
            return status;
        writes.append(pending.fact);
    }
    if (writes.isEmpty())
        return {};
    return storage::SalesFactRepository(m_workspace.database()).upsert(writes, batchId);
}

Status SalesFactImporter::writeRows(ImportReport& report, const State& state)
{
    ImportBatch& batch = report.batch;
    for (const PendingRow& pending : state.rows) {
        const PendingFact& fact = state.facts.at(pending.fact);
        ImportRowResult result;
        result.rowNumber = pending.rowNumber;
        result.outcome = fact.outcome;
        result.customerId = fact.fact.customerId;
        result.sourceKey = pending.key;
        result.score = 1.0;
        result.matchedBy = pending.matchedBy;
        result.reason = fact.reason;
        if (auto status = m_batches.addRow(batch.id, result); !status)
            return status;
        batch.counts.add(fact.outcome);
        if (pending.detail >= 0)
            report.rows[pending.detail].result = result;
    }
    if (state.summedRows > 0)
        report.notes.append(
            Texts::tr("%Ln row(s) repeated the customer, group company and month of an earlier "
                      "row: their revenue and orders were added to that row's.",
                      nullptr, int(qMin<qint64>(state.summedRows, INT_MAX))));
    return {};
}

} // namespace luotsi::core::importing
