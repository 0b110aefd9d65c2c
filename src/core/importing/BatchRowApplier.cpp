#include "BatchRowApplier.h"

#include "core/Workspace.h"
#include "core/importing/CustomerMerger.h"
#include "core/importing/RegisterExport.h"
#include "core/importing/RowCells.h"
#include "core/register/CustomerJson.h"
#include "core/register/CustomerService.h"
#include "core/storage/ImportBatchRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBatchRowApplier, "luotsi.importing.applier", QtWarningMsg)

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)
};

} // namespace

BatchRowApplier::BatchRowApplier(Workspace& workspace, const ImportOptions& options,
                                 const ImportBatch& batch, storage::ImportBatchRepository& batches,
                                 int versionColumn)
    : m_workspace(workspace)
    , m_options(options)
    , m_batch(batch)
    , m_batches(batches)
    , m_versionColumn(versionColumn)
    , m_matcher(workspace.database(), options.matchSettings)
    , m_writer(workspace.database(), workspace.searchIndex(), workspace.currentUser().id,
               ChangeOrigin{batch.sourceSystem, batch.id})
    , m_keys(workspace.database())
{}

BatchRowApplier::~BatchRowApplier() = default;

Status BatchRowApplier::finish()
{
    QElapsedTimer timer;
    timer.start();
    if (auto status = m_writer.finish(); !status)
        return status;
    const qint64 written = timer.restart();
    const qsizetype keys = m_batchKeys.size();
    // Entries in key order go into the key index as one ordered pass; its index by customer would
    // take them at random places, so for many it is made again afterwards.
    const bool remakeIndex = keys >= 100000;
    if (remakeIndex) {
        if (auto status = m_keys.dropCustomerIndex(); !status)
            return status;
    }
    Status status;
    m_batchKeys.forEachSorted([&](qint64 keyHash, qint64 customerId) {
        status = m_keys.insert(keyHash, customerId);
        return status.ok();
    });
    if (status && remakeIndex)
        status = m_keys.createCustomerIndex();
    qCInfo(lcBatchRowApplier) << "last customers and search entries" << written << "ms;" << keys
                              << "matching keys" << timer.elapsed() << "ms;"
                              << m_matcher.candidatesScored() << "candidates scored,"
                              << m_matcher.recordsRead() << "read from the register";
    return status;
}

Result<ImportRowDetail> BatchRowApplier::apply(PreparedRow& row, const QStringList& headers)
{
    ImportRowDetail detail;
    ImportRowResult& result = detail.result;
    result.rowNumber = row.rowNumber;
    result.sourceKey = row.sourceKey;
    detail.cells = row.cells;
    detail.findings = row.findings;
    detail.name = row.name;

    if (row.isRejected()) {
        result.outcome = RowOutcome::Rejected;
        result.reason = row.rejectReason;
        result.cells = row.rejectedCells;
    } else {
        // The writer's newest customers are not in the tables yet: a lookup by source key that
        // would meet one of them (a file's row repeated) writes them first. Their matching keys
        // are in the batch's key index.
        if (m_writer.hasPending() &&
            (m_batch.sourceSystem == RegisterExport::luotsiSourceSystem() ||
             m_writer.pendingSourceKey(m_batch.sourceSystem, row.sourceKey))) {
            if (auto status = m_writer.flush(); !status)
                return status.error();
        }
        auto found = m_options.matchAgainstRegister
                         ? m_matcher.find(row.record, row.strongKeys, row.weakKeys,
                                          m_batch.sourceSystem, row.sourceKey, &m_batchKeys)
                         : m_matcher.findSameRecord(m_batch.sourceSystem, row.sourceKey);
        if (!found)
            return found.error();
        MatchFinding& match = found.value();
        if (match.customerId != 0 && match.customerName.isEmpty()) {
            if (m_writer.isPending(match.customerId)) {
                if (auto status = m_writer.flush(); !status)
                    return status.error();
            }
            auto name = m_matcher.nameOf(match.customerId);
            if (!name)
                return name.error();
            match.customerName = *name;
        }
        result.score = match.score.score;
        result.matchedBy = match.score.agreed.join(QStringLiteral(", "));
        detail.candidateId = match.customerId;
        detail.matchedName = match.customerName;

        ReviewDecision decision = ReviewDecision::Merge;
        if (match.kind == MatchFinding::Kind::PossibleDuplicate)
            decision = m_options.decisions.value(row.rowNumber, m_options.possibleDuplicates);
        else if (match.kind == MatchFinding::Kind::None)
            decision = ReviewDecision::CreateNew;

        switch (decision) {
        case ReviewDecision::Leave:
            result.outcome = RowOutcome::PossibleDuplicate;
            result.reason = Texts::tr("Resembles customer %1 \"%2\" (score %3). %4")
                                .arg(match.customerId)
                                .arg(match.customerName)
                                .arg(match.score.score, 0, 'f', 2)
                                .arg(match.score.explanation());
            break;
        case ReviewDecision::Skip:
            result.outcome = RowOutcome::Skipped;
            result.reason = Texts::tr("Skipped by the admin.");
            break;
        case ReviewDecision::CreateNew:
            if (auto status = createNew(row, result); !status)
                return status.error();
            break;
        case ReviewDecision::Merge:
            if (auto status = mergeInto(row, match, result); !status)
                return status.error();
            break;
        }
        if (result.outcome == RowOutcome::Rejected || result.outcome == RowOutcome::Skipped ||
            result.outcome == RowOutcome::PossibleDuplicate)
            result.cells = cellsJson(headers, row.cells);
    }
    if (auto status = m_batches.addRow(m_batch.id, result); !status)
        return status.error();
    return detail;
}

Status BatchRowApplier::createNew(PreparedRow& row, ImportRowResult& result)
{
    if (!row.createError.isEmpty()) {
        result.outcome = RowOutcome::Rejected;
        result.reason = row.createError;
        return {};
    }
    auto created = m_writer.create(row.created);
    if (!created)
        return created.error();
    for (qint64 key : std::as_const(row.createdKeys))
        m_batchKeys.add(key, created->id);
    result.outcome = RowOutcome::New;
    result.customerId = created->id;
    m_matcher.remember(created->id, row.createdRecord);
    const ImportChange change{0,           m_batch.id,
                              created->id, ImportChange::Action::Create,
                              {},          CustomerJson::fingerprint(*created)};
    return m_batches.addChange(change);
}

Status BatchRowApplier::mergeInto(PreparedRow& row, const MatchFinding& match,
                                  ImportRowResult& result)
{
    // The service writes and reads the tables directly: the writer's rows go first, and its next
    // ids come after whatever the save adds.
    if (auto status = m_writer.flush(); !status)
        return status;
    CustomerService& customers = m_workspace.customers();
    auto existing = customers.load(match.customerId);
    if (!existing)
        return existing.error();
    const bool fromExport = match.kind == MatchFinding::Kind::SameSourceRecord &&
                            m_batch.sourceSystem == RegisterExport::luotsiSourceSystem();
    const auto merged =
        fromExport ? CustomerMerger::overwrite(*existing, row.draft)
                   : CustomerMerger::merge(*existing, row.draft,
                                           match.kind == MatchFinding::Kind::SameSourceRecord);
    result.customerId = existing->id;
    if (merged.changes.isEmpty()) {
        result.outcome = RowOutcome::Unchanged;
        return {};
    }
    // An exported row whose customer changed in Luotsi since the export would overwrite that
    // change: it is a conflict for the admin, never a silent update.
    if (fromExport && m_versionColumn >= 0 &&
        row.cells.value(m_versionColumn).toLatin1() != CustomerJson::fingerprint(*existing)) {
        result.outcome = RowOutcome::Rejected;
        result.reason = Texts::tr("Conflict: the customer was changed in Luotsi after the export; "
                                  "the row would overwrite %1.")
                            .arg(merged.changes.join(QStringLiteral(", ")));
        return {};
    }
    auto saved = customers.save(merged.merged);
    if (!saved) {
        result.outcome = RowOutcome::Rejected;
        result.reason = saved.error().message;
        result.customerId = 0;
        return {};
    }
    if (auto status = m_writer.refreshIds(); !status)
        return status;
    // The save wrote the customer's keys to the register; any the batch kept are out of date.
    m_batchKeys.forget(saved->id);
    result.outcome = RowOutcome::Update;
    result.reason = merged.changes.join(QStringLiteral(", "));
    m_matcher.remember(*saved);
    const ImportChange change{0,
                              m_batch.id,
                              saved->id,
                              ImportChange::Action::Update,
                              CustomerJson::toBytes(*existing),
                              CustomerJson::fingerprint(*saved)};
    return m_batches.addChange(change);
}

} // namespace luotsi::core::importing
