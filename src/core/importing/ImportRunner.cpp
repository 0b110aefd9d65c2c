#include "ImportRunner.h"

#include "core/Workspace.h"
#include "core/importing/BatchRowApplier.h"
#include "core/importing/ImportDraft.h"
#include "core/importing/PreparedRowStream.h"
#include "core/importing/RegisterExport.h"
#include "core/importing/RowPreparer.h"
#include "core/importing/SalesFactImporter.h"
#include "core/importing/readers/ReaderErrors.h"
#include "core/register/CustomerService.h"
#include "core/storage/BatchConnectionSettings.h"
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
#include <QLoggingCategory>

#include <ctime>

Q_LOGGING_CATEGORY(lcImportRunner, "luotsi.importing.runner", QtWarningMsg)

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)
};

// Rows between progress reports: often enough for a smooth bar, rare enough to cost nothing.
constexpr qint64 progressEvery = 256;

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

    // A bounded page cache, no memory-mapped reads, no row-by-row foreign key checks while the
    // batch runs; the connection's usual settings come back when it ends.
    const storage::BatchConnectionSettings batchSettings(m_workspace.database());

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
        // A cancel made while the batch was being saved is honoured here, before the commit.
        if (progress && !progress(batch.counts.rowsRead, 1.0)) {
            report.cancelled = true;
            report.seconds = timer.elapsed() / 1000.0;
            return report;
        }
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

    const DraftContext context{batch.sourceSystem, batch.id, groupCompanyId};
    // The batch is the origin of every field its rows write; whatever way run() ends, the
    // service's writes are again whoever's they were before (the user's own, normally).
    CustomerService& customers = m_workspace.customers();
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

    // Reading and cleaning run a few hundred rows ahead on a thread of their own; this thread
    // matches and writes. The stream goes before the transaction guard does.
    RowPreparer preparer(options.mapping, context);
    PreparedRowStream stream(reader, preparer);
    BatchRowApplier applier(m_workspace, options, batch, batches, versionColumn);
    for (;;) {
        auto chunk = stream.next();
        if (!chunk) {
            Error error = chunk.error();
            if (error.where.isEmpty())
                error.where = batch.fileName;
            return error;
        }
        if (chunk->rows.empty())
            break;
        for (PreparedRow& row : chunk.value().rows) {
            if (row.isHeader) {
                if (row.rowNumber == options.mapping.headerRow)
                    report.headers = row.cells;
                continue;
            }
            auto detail = applier.apply(row, report.headers);
            if (!detail) {
                return Error{detail.error().message,
                             readerErrors::location(batch.fileName, batch.sheet, row.rowNumber)};
            }
            const RowOutcome outcome = detail->result.outcome;
            batch.counts.add(outcome);
            const bool toLookAt = outcome == RowOutcome::Rejected ||
                                  outcome == RowOutcome::Skipped ||
                                  outcome == RowOutcome::PossibleDuplicate;
            if (!options.keepAllRowDetails && !toLookAt)
                ; // counted in the batch, kept in import_rows, not needed in memory
            else if (report.rows.size() < options.rowDetailLimit)
                report.rows.append(std::move(detail).value());
            else
                ++report.rowsNotKept;

            if (progress && batch.counts.rowsRead % progressEvery == 0 &&
                !progress(batch.counts.rowsRead, chunk->fraction)) {
                report.cancelled = true;
                report.seconds = timer.elapsed() / 1000.0;
                return report; // the guard rolls everything back
            }
        }
        stream.recycle(std::move(chunk).value());
    }
    // Every row is read: what is left (the new customers' search entries and keys, most of a
    // minute at a million rows) shows as saving the batch, and can still be cancelled.
    if (progress && !progress(batch.counts.rowsRead, 1.0)) {
        report.cancelled = true;
        report.seconds = timer.elapsed() / 1000.0;
        return report;
    }
    if (auto status = applier.finish(); !status)
        return Error{status.error().message, batch.fileName};
    timespec cpu{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    qCInfo(lcImportRunner) << "batch" << batch.id << batch.counts.rowsRead << "rows in"
                           << timer.elapsed() / 1000.0 << "s; CPU: reading and cleaning"
                           << stream.threadSeconds() << "s, matching and writing"
                           << double(cpu.tv_sec) + double(cpu.tv_nsec) / 1e9 << "s";

    return finish();
}

} // namespace luotsi::core::importing
