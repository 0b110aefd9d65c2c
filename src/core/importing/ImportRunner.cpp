#include "ImportRunner.h"

#include "core/Workspace.h"
#include "core/importing/CustomerMerger.h"
#include "core/importing/ImportDraft.h"
#include "core/importing/ImportMatcher.h"
#include "core/importing/RegisterExport.h"
#include "core/importing/RowCells.h"
#include "core/importing/SalesFactImporter.h"
#include "core/importing/cleaning/RecordCleaner.h"
#include "core/importing/mapping/RecordMapper.h"
#include "core/register/CustomerJson.h"
#include "core/register/CustomerService.h"
#include "core/storage/Database.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/ImportBatchRepository.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)
};

// Rows between progress reports: often enough for a smooth bar, rare enough to cost nothing.
constexpr qint64 progressEvery = 256;
// The page cache while a batch runs (KiB): a million-row batch touches about this much of the
// register's indexes again and again.
constexpr int batchCacheKiB = 512 * 1024;

Result<QString> fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Texts::tr("Cannot read the file: %1").arg(file.errorString()), path};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{Texts::tr("Cannot read the file: %1").arg(file.errorString()), path};
    return QString::fromLatin1(hash.result().toHex());
}

QString findingsText(const CleaningFindings& findings, CleaningFinding::Level level)
{
    QStringList texts;
    for (const CleaningFinding& f : findings) {
        if (f.level == level)
            texts.append(f.message);
    }
    return texts.join(QStringLiteral("; "));
}

// Which row of the sheet the mapping's sheet name means.
Result<int> sheetIndex(const WorkbookReader& reader, const QString& name, const QString& path)
{
    const QList<SheetInfo> sheets = reader.sheets();
    if (sheets.isEmpty())
        return Error{Texts::tr("The file has no sheets."), path};
    if (name.isEmpty())
        return 0;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (sheets.at(i).name == name)
            return int(i);
    }
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (sheets.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return Error{Texts::tr("The file has no sheet \"%1\".").arg(name), path};
}

} // namespace

ImportRunner::ImportRunner(Workspace& workspace)
    : m_workspace(workspace)
{}

Result<ImportReport> ImportRunner::run(const ImportOptions& options, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = options.filePath;
    auto opened = WorkbookReader::open(path, options.reader);
    if (!opened)
        return opened.error();
    WorkbookReader& reader = **opened;
    auto sheet = sheetIndex(reader, options.mapping.sheetName, path);
    if (!sheet)
        return sheet.error();
    if (auto status = reader.selectSheet(*sheet); !status)
        return status.error();
    auto hash = fileHash(path);
    if (!hash)
        return hash.error();

    ImportReport report;
    report.dryRun = options.dryRun;
    ImportBatch& batch = report.batch;
    batch.fileName = QFileInfo(path).fileName();
    batch.filePath = QFileInfo(path).absoluteFilePath();
    batch.fileHash = *hash;
    batch.sheet = reader.sheets().at(*sheet).name;
    batch.sourceSystem = options.mapping.sourceSystem.isEmpty() ? QFileInfo(path).completeBaseName()
                                                                : options.mapping.sourceSystem;
    batch.profile = options.mapping.profileName;
    batch.userId = m_workspace.currentUser().id;
    batch.userName = m_workspace.currentUser().displayName;
    batch.startedAt = storage::sqlvalues::now();

    storage::ImportBatchRepository batches(m_workspace.database());
    if (auto earlier = batches.findApplied(batch.fileHash, batch.sheet); !earlier)
        return earlier.error();
    else if (earlier->has_value())
        report.earlierBatchOfSameFile = **earlier;

    qint64 groupCompanyId = 0;
    if (!options.mapping.groupCompanyCode.isEmpty()) {
        auto companies = storage::DirectoryRepository(m_workspace.database()).groupCompanies();
        if (!companies)
            return companies.error();
        for (const GroupCompany& company : std::as_const(*companies)) {
            if (company.code.compare(options.mapping.groupCompanyCode, Qt::CaseInsensitive) == 0)
                groupCompanyId = company.id;
        }
        if (groupCompanyId == 0) {
            return Error{Texts::tr("There is no group company with the code \"%1\".")
                             .arg(options.mapping.groupCompanyCode),
                         path};
        }
    }

    // A batch of a million rows is one transaction; a larger page cache keeps what it wrote in
    // memory (bounded: memory stays flat), and the usual size comes back when it ends.
    struct CacheSize
    {
        storage::Database& database;
        int previous;
        ~CacheSize()
        {
            if (previous > 0)
                database.setCacheSizeKiB(previous);
        }
    } cacheSize{m_workspace.database(), m_workspace.database().cacheSizeKiB().ok()
                                            ? *m_workspace.database().cacheSizeKiB()
                                            : 0};
    if (cacheSize.previous > 0 && cacheSize.previous < batchCacheKiB)
        m_workspace.database().setCacheSizeKiB(batchCacheKiB);

    // Everything from here is one transaction: the batch is all or nothing.
    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    auto batchId = batches.create(batch);
    if (!batchId)
        return batchId.error();
    batch.id = *batchId;

    // The batch's end is the same whatever its rows became.
    const auto finish = [&]() -> Result<ImportReport> {
        batch.finishedAt = storage::sqlvalues::now();
        if (auto status = batches.finish(batch); !status)
            return status.error();
        if (progress)
            progress(batch.counts.rowsRead, 1.0);
        if (!options.dryRun) {
            if (auto status = transaction.commit(); !status)
                return status.error();
        } else {
            batch.id = 0;
        }
        report.seconds = timer.elapsed() / 1000.0;
        return report;
    };

    if (options.mapping.target == ImportTarget::SalesFacts) {
        SalesFactImporter sales(m_workspace, batches);
        if (auto status = sales.importRows(options, reader, groupCompanyId, report, progress);
            !status)
            return status.error();
        if (report.cancelled) {
            report.seconds = timer.elapsed() / 1000.0;
            return report; // the guard rolls everything back
        }
        return finish();
    }

    const RecordMapper mapper(options.mapping);
    const RecordCleaner cleaner(options.mapping);
    ImportMatcher matcher(m_workspace.database(), options.matchSettings);
    CustomerService& customers = m_workspace.customers();
    const DraftContext context{batch.sourceSystem, batch.id, groupCompanyId};
    // The batch is the origin of every field its rows write; whatever way run() ends, the
    // service's writes are again whoever's they were before (the user's own, normally).
    struct OriginScope
    {
        CustomerService& service;
        std::optional<ChangeOrigin> previous;
        ~OriginScope() { service.setChangeOrigin(previous); }
    } originScope{customers, customers.changeOrigin()};
    customers.setChangeOrigin(ChangeOrigin{batch.sourceSystem, batch.id});

    // Luotsi's own export carries each customer's version in its last column.
    int versionColumn = -1;
    for (const MappedColumn& column : options.mapping.columns) {
        if (column.header == RegisterExport::headers().constLast() ||
            column.header == QLatin1String("Version") || column.header == QLatin1String("Versio"))
            versionColumn = column.column;
    }

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

        ImportRowDetail detail;
        ImportRowResult& result = detail.result;
        result.rowNumber = row.number;
        detail.cells = cells;

        const RawRecord raw = mapper.map(row);
        const CleanRecord clean = cleaner.clean(raw);
        detail.findings = clean.findings;
        detail.name = clean.name;
        result.sourceKey = clean.sourceKey;

        const Customer draft = draftOf(clean, options.mapping, context);
        if (!clean.junkReason.isEmpty() || draft.name.trimmed().isEmpty()) {
            result.outcome = RowOutcome::Rejected;
            result.reason =
                clean.junkReason.isEmpty() ? Texts::tr("The row has no name.") : clean.junkReason;
            const QString rejected = findingsText(clean.findings, CleaningFinding::Level::Rejected);
            if (!rejected.isEmpty() && !result.reason.contains(rejected))
                result.reason += QStringLiteral("; ") + rejected;
        } else {
            MatchFinding match;
            auto found = options.matchAgainstRegister
                             ? matcher.find(draft, batch.sourceSystem, clean.sourceKey)
                             : matcher.findSameRecord(batch.sourceSystem, clean.sourceKey);
            if (!found)
                return found.error();
            match = *found;
            result.score = match.score.score;
            result.matchedBy = match.score.agreed.join(QStringLiteral(", "));
            detail.candidateId = match.customerId;
            detail.matchedName = match.customerName;

            ReviewDecision decision = ReviewDecision::Merge;
            if (match.kind == MatchFinding::Kind::PossibleDuplicate)
                decision = options.decisions.value(row.number, options.possibleDuplicates);
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
            case ReviewDecision::CreateNew: {
                auto created = customers.create(draft);
                if (!created) {
                    result.outcome = RowOutcome::Rejected;
                    result.reason = created.error().message;
                    break;
                }
                result.outcome = RowOutcome::New;
                result.customerId = created->id;
                matcher.remember(*created);
                const ImportChange change{0,           batch.id,
                                          created->id, ImportChange::Action::Create,
                                          {},          CustomerJson::fingerprint(*created)};
                if (auto status = batches.addChange(change); !status)
                    return status.error();
                break;
            }
            case ReviewDecision::Merge: {
                auto existing = customers.load(match.customerId);
                if (!existing)
                    return existing.error();
                const bool fromExport = match.kind == MatchFinding::Kind::SameSourceRecord &&
                                        batch.sourceSystem == RegisterExport::luotsiSourceSystem();
                const auto merged =
                    fromExport
                        ? CustomerMerger::overwrite(*existing, draft)
                        : CustomerMerger::merge(*existing, draft,
                                                match.kind == MatchFinding::Kind::SameSourceRecord);
                result.customerId = existing->id;
                if (merged.changes.isEmpty()) {
                    result.outcome = RowOutcome::Unchanged;
                    break;
                }
                // An exported row whose customer changed in Luotsi since the export would
                // overwrite that change: it is a conflict for the admin, never a silent update.
                if (fromExport && versionColumn >= 0 &&
                    cells.value(versionColumn).toLatin1() != CustomerJson::fingerprint(*existing)) {
                    result.outcome = RowOutcome::Rejected;
                    result.reason = Texts::tr("Conflict: the customer was changed in Luotsi after "
                                              "the export; the row would overwrite %1.")
                                        .arg(merged.changes.join(QStringLiteral(", ")));
                    break;
                }
                auto saved = customers.save(merged.merged);
                if (!saved) {
                    result.outcome = RowOutcome::Rejected;
                    result.reason = saved.error().message;
                    result.customerId = 0;
                    break;
                }
                result.outcome = RowOutcome::Update;
                result.reason = merged.changes.join(QStringLiteral(", "));
                matcher.remember(*saved);
                const ImportChange change{0,
                                          batch.id,
                                          saved->id,
                                          ImportChange::Action::Update,
                                          CustomerJson::toBytes(*existing),
                                          CustomerJson::fingerprint(*saved)};
                if (auto status = batches.addChange(change); !status)
                    return status.error();
                break;
            }
            }
        }
        if (result.outcome == RowOutcome::Rejected || result.outcome == RowOutcome::Skipped ||
            result.outcome == RowOutcome::PossibleDuplicate)
            result.cells = cellsJson(report.headers, cells);
        if (auto status = batches.addRow(batch.id, result); !status)
            return status.error();
        batch.counts.add(result.outcome);
        const bool toLookAt = result.outcome == RowOutcome::Rejected ||
                              result.outcome == RowOutcome::Skipped ||
                              result.outcome == RowOutcome::PossibleDuplicate;
        if (!options.keepAllRowDetails && !toLookAt)
            ; // counted in the batch, kept in import_rows, not needed in memory
        else if (report.rows.size() < options.rowDetailLimit)
            report.rows.append(std::move(detail));
        else
            ++report.rowsNotKept;

        if (progress && batch.counts.rowsRead % progressEvery == 0 &&
            !progress(batch.counts.rowsRead, reader.progress())) {
            report.cancelled = true;
            report.seconds = timer.elapsed() / 1000.0;
            return report; // the guard rolls everything back
        }
    }

    return finish();
}

} // namespace luotsi::core::importing
