#include "ImportBatchRepository.h"

#include "SqlValues.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;
using namespace luotsi::core::importing;
namespace sv = sqlvalues;

namespace {

QString purpose(const char* text)
{
    return QCoreApplication::translate("ImportBatchRepository", text);
}

const QString batchColumns = QStringLiteral(
    "b.id, b.file_name, b.file_path, b.file_hash, b.sheet, b.source_system, b.profile, "
    "b.user_id, coalesce(u.display_name, ''), b.started_at, b.finished_at, b.status, "
    "b.undone_at, b.rows_read, b.created, b.updated, b.unchanged, b.possible_duplicates, "
    "b.rejected, b.skipped");

ImportBatch batchFrom(const SqlStatement& q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.fileName = q.value(1).toString();
    b.filePath = q.value(2).toString();
    b.fileHash = q.value(3).toString();
    b.sheet = q.value(4).toString();
    b.sourceSystem = q.value(5).toString();
    b.profile = q.value(6).toString();
    b.userId = q.value(7).toLongLong();
    b.userName = q.value(8).toString();
    b.startedAt = sv::toTimestamp(q.value(9));
    b.finishedAt = sv::toTimestamp(q.value(10));
    b.status = q.value(11).toString() == QLatin1String("undone") ? BatchStatus::Undone
                                                                 : BatchStatus::Applied;
    b.undoneAt = sv::toTimestamp(q.value(12));
    b.counts.rowsRead = q.value(13).toLongLong();
    b.counts.created = q.value(14).toLongLong();
    b.counts.updated = q.value(15).toLongLong();
    b.counts.unchanged = q.value(16).toLongLong();
    b.counts.possibleDuplicates = q.value(17).toLongLong();
    b.counts.rejected = q.value(18).toLongLong();
    b.counts.skipped = q.value(19).toLongLong();
    return b;
}

} // namespace

ImportBatchRepository::ImportBatchRepository(Database& database)
    : m_database(database)
    , m_insertRow(database,
                  "INSERT INTO import_rows (batch_id, row_number, outcome, customer_id, "
                  "source_key, score, matched_by, reason, cells) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  purpose(QT_TRANSLATE_NOOP("ImportBatchRepository", "recording an imported row")))
    , m_insertChange(
          database,
          "INSERT INTO import_changes (batch_id, customer_id, action, before_json, after_json) "
          "VALUES (?, ?, ?, ?, ?)",
          purpose(QT_TRANSLATE_NOOP("ImportBatchRepository", "recording an import's change")))
{}

Result<qint64> ImportBatchRepository::create(const ImportBatch& b)
{
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO import_batches (file_name, file_path, "
                       "file_hash, sheet, source_system, profile, user_id, "
                       "started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        purpose(QT_TRANSLATE_NOOP("ImportBatchRepository", "starting an import batch")));
    if (auto status =
            insert.exec({b.fileName, b.filePath, b.fileHash, b.sheet, b.sourceSystem, b.profile,
                         sv::fromId(b.userId), sv::fromTimestamp(b.startedAt)});
        !status)
        return status.error();
    return insert.lastInsertId();
}

Status ImportBatchRepository::finish(const ImportBatch& b)
{
    SqlStatement update(
        m_database.connection(),
        QStringLiteral("UPDATE import_batches SET finished_at = ?, rows_read = ?, "
                       "created = ?, updated = ?, unchanged = ?, "
                       "possible_duplicates = ?, rejected = ?, skipped = ? "
                       "WHERE id = ?"),
        purpose(QT_TRANSLATE_NOOP("ImportBatchRepository", "finishing an import batch")));
    const OutcomeCounts& c = b.counts;
    return update.exec({sv::fromTimestamp(b.finishedAt), c.rowsRead, c.created, c.updated,
                        c.unchanged, c.possibleDuplicates, c.rejected, c.skipped, b.id});
}

Status ImportBatchRepository::addRow(qint64 batchId, const ImportRowResult& row)
{
    const QString outcome = outcomeCode(row.outcome);
    return m_insertRow.bind(1, batchId)
        .bind(2, row.rowNumber)
        .bind(3, outcome)
        .bindId(4, row.customerId)
        .bind(5, row.sourceKey)
        .bind(6, row.score)
        .bind(7, row.matchedBy)
        .bind(8, row.reason)
        .bind(9, row.cells)
        .run();
}

Status ImportBatchRepository::addChange(const ImportChange& change)
{
    const QString action = change.action == ImportChange::Action::Create ? QStringLiteral("create")
                                                                         : QStringLiteral("update");
    return m_insertChange.bind(1, change.batchId)
        .bind(2, change.customerId)
        .bind(3, action)
        .bind(4, change.before)
        .bind(5, change.after)
        .run();
}

Status ImportBatchRepository::markUndone(qint64 batchId)
{
    SqlStatement update(
        m_database.connection(),
        QStringLiteral("UPDATE import_batches SET status = 'undone', "
                       "undone_at = ? WHERE id = ?"),
        purpose(QT_TRANSLATE_NOOP("ImportBatchRepository", "marking a batch undone")));
    return update.exec({sv::fromTimestamp(sv::now()), batchId});
}

Result<QList<ImportBatch>> ImportBatchRepository::list(int limit)
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT ") + batchColumns +
            QStringLiteral(" FROM import_batches b LEFT JOIN users u ON "
                           "u.id = b.user_id ORDER BY b.id DESC LIMIT ?"),
        purpose(QT_TRANSLATE_NOOP("ImportBatchRepository", "reading the import history")));
    if (auto status = query.exec({limit}); !status)
        return status.error();
    QList<ImportBatch> batches;
    while (query.next())
        batches.append(batchFrom(query));
    return batches;
}

Result<ImportBatch> ImportBatchRepository::load(qint64 batchId)
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT ") + batchColumns +
            QStringLiteral(" FROM import_batches b LEFT JOIN users u ON "
                           "u.id = b.user_id WHERE b.id = ?"),
        purpose(QT_TRANSLATE_NOOP("ImportBatchRepository", "reading an import batch")));
    if (auto status = query.exec({batchId}); !status)
        return status.error();
    if (!query.next()) {
        return Error{
            QCoreApplication::translate("ImportBatchRepository", "There is no import batch %1.")
                .arg(batchId),
            {}};
    }
    return batchFrom(query);
}

Status ImportBatchRepository::visitRows(qint64 batchId,
                                        const std::function<bool(const ImportRowResult&)>& visit)
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT row_number, outcome, coalesce(customer_id, 0), "
                       "source_key, score, matched_by, reason, cells "
                       "FROM import_rows WHERE batch_id = ? ORDER BY row_number"),
        purpose(QT_TRANSLATE_NOOP("ImportBatchRepository", "reading an import batch's rows")));
    if (auto status = query.exec({batchId}); !status)
        return status;
    while (query.next()) {
        ImportRowResult row;
        row.rowNumber = query.value(0).toInt();
        row.outcome = outcomeFromCode(query.value(1).toString());
        row.customerId = query.value(2).toLongLong();
        row.sourceKey = query.value(3).toString();
        row.score = query.value(4).toDouble();
        row.matchedBy = query.value(5).toString();
        row.reason = query.value(6).toString();
        row.cells = query.value(7).toString().toUtf8();
        if (!visit(row))
            break;
    }
    return {};
}

Result<QList<ImportChange>> ImportBatchRepository::changesNewestFirst(qint64 batchId)
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT id, customer_id, action, before_json, after_json "
                       "FROM import_changes WHERE batch_id = ? ORDER BY id DESC"),
        purpose(QT_TRANSLATE_NOOP("ImportBatchRepository", "reading an import batch's changes")));
    if (auto status = query.exec({batchId}); !status)
        return status.error();
    QList<ImportChange> changes;
    while (query.next()) {
        ImportChange c;
        c.id = query.value(0).toLongLong();
        c.batchId = batchId;
        c.customerId = query.value(1).toLongLong();
        c.action = query.value(2).toString() == QLatin1String("create")
                       ? ImportChange::Action::Create
                       : ImportChange::Action::Update;
        c.before = query.value(3).toString().toUtf8();
        c.after = query.value(4).toString().toUtf8();
        changes.append(c);
    }
    return changes;
}

Result<QList<qint64>> ImportBatchRepository::laterBatchesTouching(qint64 batchId, qint64 customerId)
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT DISTINCT c.batch_id FROM import_changes c "
                       "JOIN import_batches b ON b.id = c.batch_id "
                       "WHERE c.customer_id = ? AND c.batch_id > ? "
                       "AND b.status = 'applied' ORDER BY c.batch_id"),
        purpose(QT_TRANSLATE_NOOP("ImportBatchRepository", "checking later imports")));
    if (auto status = query.exec({customerId, batchId}); !status)
        return status.error();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<std::optional<qint64>> ImportBatchRepository::findApplied(const QString& fileHash,
                                                                 const QString& sheet)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT id FROM import_batches WHERE file_hash = ? AND "
                                      "sheet = ? AND status = 'applied' ORDER BY id DESC LIMIT 1"),
                       purpose(QT_TRANSLATE_NOOP("ImportBatchRepository",
                                                 "looking for an earlier import of the file")));
    if (auto status = query.exec({fileHash, sheet}); !status)
        return status.error();
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<QList<RowLineage>> ImportBatchRepository::lineageOfAppliedBatches()
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT b.file_name, b.sheet, r.row_number, "
                       "coalesce(r.customer_id, 0) FROM import_rows r "
                       "JOIN import_batches b ON b.id = r.batch_id "
                       "WHERE b.status = 'applied'"),
        purpose(QT_TRANSLATE_NOOP("ImportBatchRepository", "reading the import lineage")));
    if (auto status = query.exec(); !status)
        return status.error();
    QList<RowLineage> lineage;
    while (query.next()) {
        lineage.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toInt(), query.value(3).toLongLong()});
    }
    return lineage;
}

} // namespace luotsi::storage
