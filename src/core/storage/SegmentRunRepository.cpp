#include "SegmentRunRepository.h"

#include "SegmentCodes.h"
#include "SqlStatement.h"
#include "SqlValues.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;
using namespace luotsi::core::segments;
namespace sv = sqlvalues;

namespace {

QString purpose(const char* text)
{
    return QCoreApplication::translate("SegmentRunRepository", text);
}

// Moves per INSERT: four values each stays far below SQLite's 32,766 bound variables, and a
// million moves need a thousand statements instead of a million.
constexpr int movesPerInsert = 1000;

QString insertMovesSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO segment_run_moves (run_id, customer_id, "
                                 "from_segment_id, to_segment_id) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? QStringLiteral("(?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?)");
    return sql;
}

const QString runColumns = QStringLiteral(
    "SELECT r.id, r.segmentation_id, r.kind, r.status, r.as_of, r.created_at, r.applied_at, "
    "r.user_id, u.display_name, r.customers, r.moved FROM segment_runs r "
    "LEFT JOIN users u ON u.id = r.user_id ");

SegmentRun runFrom(const SqlStatement& q)
{
    SegmentRun run;
    run.id = q.value(0).toLongLong();
    run.segmentationId = q.value(1).toLongLong();
    run.kind = segmentcodes::runKindFromCode(q.value(2).toString());
    run.status = segmentcodes::runStatusFromCode(q.value(3).toString());
    run.asOf = sv::toDate(q.value(4));
    run.createdAt = sv::toTimestamp(q.value(5));
    if (!q.value(6).toString().isEmpty())
        run.appliedAt = sv::toTimestamp(q.value(6));
    run.userId = q.value(7).toLongLong();
    run.userName = q.value(8).toString();
    run.customers = q.value(9).toInt();
    run.moved = q.value(10).toInt();
    return run;
}

const QString moveColumns = QStringLiteral(
    "SELECT m.run_id, m.customer_id, c.name, c.owner_id, u.display_name, m.from_segment_id, "
    "m.to_segment_id, m.decision, m.decided_segment_id, m.decision_reason "
    "FROM segment_run_moves m JOIN customers c ON c.id = m.customer_id "
    "LEFT JOIN users u ON u.id = c.owner_id ");

RunMove moveFrom(const SqlStatement& q)
{
    RunMove move;
    move.runId = q.value(0).toLongLong();
    move.customerId = q.value(1).toLongLong();
    move.customerName = q.value(2).toString();
    move.ownerId = q.value(3).toLongLong();
    move.ownerName = q.value(4).toString();
    move.fromSegmentId = q.value(5).toLongLong();
    move.toSegmentId = q.value(6).toLongLong();
    move.decision = segmentcodes::decisionFromCode(q.value(7).toString());
    move.decidedSegmentId = q.value(8).toLongLong();
    move.decisionReason = q.value(9).toString();
    return move;
}

} // namespace

SegmentRunRepository::SegmentRunRepository(Database& database)
    : m_database(database)
{}

Status SegmentRunRepository::insertRun(SegmentRun& run, const std::vector<Move>& moves,
                                       const std::function<bool(qint64)>& keepGoing)
{
    const QSqlDatabase db = m_database.connection();
    SqlStatement insert(
        db,
        QStringLiteral("INSERT INTO segment_runs (segmentation_id, kind, status, "
                       "as_of, created_at, user_id, customers, moved) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?)"),
        purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "storing a segmentation run")));
    if (auto status = insert.exec({run.segmentationId, segmentcodes::code(run.kind),
                                   segmentcodes::code(run.status), sv::fromDate(run.asOf),
                                   sv::fromTimestamp(run.createdAt), sv::fromId(run.userId),
                                   run.customers, run.moved});
        !status)
        return status;
    run.id = insert.lastInsertId();

    SqlStatement count(
        db,
        QStringLiteral("INSERT INTO segment_run_counts (run_id, from_segment_id, "
                       "to_segment_id, customers) VALUES (?, ?, ?, ?)"),
        purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "storing a run's from-to matrix")));
    for (const TransitionCount& cell : std::as_const(run.matrix)) {
        if (auto status =
                count.exec({run.id, cell.fromSegmentId, cell.toSegmentId, cell.customers});
            !status)
            return status;
    }

    const qint64 total = qint64(moves.size());
    const QString fullBatch = insertMovesSql(movesPerInsert);
    QVariantList values;
    values.reserve(movesPerInsert * 4);
    for (qint64 begin = 0; begin < total; begin += movesPerInsert) {
        const int rows = int(std::min<qint64>(movesPerInsert, total - begin));
        values.clear();
        for (qint64 i = begin; i < begin + rows; ++i) {
            const Move& move = moves[size_t(i)];
            values << run.id << move.customerId << move.fromSegmentId << move.toSegmentId;
        }
        // Every full batch shares one prepared statement; only the last may need its own.
        SqlStatement batch(db, rows == movesPerInsert ? fullBatch : insertMovesSql(rows),
                           purpose(QT_TRANSLATE_NOOP("SegmentRunRepository",
                                                     "storing the customers a run moves")));
        if (auto status = batch.exec(values); !status)
            return status;
        if (keepGoing && !keepGoing(begin + rows))
            return Error{purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "cancelled")), {}};
    }
    return {};
}

Status SegmentRunRepository::loadMatrix(SegmentRun& run)
{
    SqlStatement select(
        m_database.connection(),
        QStringLiteral("SELECT from_segment_id, to_segment_id, customers FROM "
                       "segment_run_counts WHERE run_id = ? "
                       "ORDER BY from_segment_id, to_segment_id"),
        purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "reading a run's from-to matrix")));
    if (auto status = select.exec({run.id}); !status)
        return status;
    run.matrix.clear();
    while (select.next()) {
        run.matrix.append(
            {select.value(0).toLongLong(), select.value(1).toLongLong(), select.value(2).toInt()});
    }
    return {};
}

Result<SegmentRun> SegmentRunRepository::run(qint64 runId)
{
    SqlStatement select(
        m_database.connection(), runColumns + QStringLiteral("WHERE r.id = ?"),
        purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "reading a segmentation run")));
    if (auto status = select.exec({runId}); !status)
        return status.error();
    if (!select.next()) {
        return Error{
            QCoreApplication::translate("SegmentRunRepository", "There is no run %1.").arg(runId),
            {}};
    }
    SegmentRun run = runFrom(select);
    select.finish();
    if (auto status = loadMatrix(run); !status)
        return status.error();
    return run;
}

Result<QList<SegmentRun>> SegmentRunRepository::runs(qint64 segmentationId, int limit)
{
    SqlStatement select(
        m_database.connection(),
        runColumns + QStringLiteral("WHERE r.segmentation_id = ? ORDER BY r.id DESC "
                                    "LIMIT ?"),
        purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "reading the segmentation runs")));
    if (auto status = select.exec({segmentationId, limit}); !status)
        return status.error();
    QList<SegmentRun> runs;
    while (select.next())
        runs.append(runFrom(select));
    select.finish();
    for (SegmentRun& run : runs) {
        if (auto status = loadMatrix(run); !status)
            return status.error();
    }
    return runs;
}

Result<QList<RunMove>> SegmentRunRepository::moves(qint64 runId, qint64 fromSegmentId,
                                                   qint64 toSegmentId, int limit, int offset,
                                                   qint64 ownerId)
{
    // The cell's conditions only when asked for, so that the cell index serves them.
    QString sql = moveColumns + QStringLiteral("WHERE m.run_id = ?");
    QVariantList values{runId};
    if (fromSegmentId >= 0) {
        sql += QStringLiteral(" AND m.from_segment_id = ?");
        values << fromSegmentId;
    }
    if (toSegmentId >= 0) {
        sql += QStringLiteral(" AND m.to_segment_id = ?");
        values << toSegmentId;
    }
    if (ownerId > 0) {
        sql += QStringLiteral(" AND c.owner_id = ?");
        values << ownerId;
    }
    sql += QStringLiteral(" ORDER BY m.customer_id LIMIT ? OFFSET ?");
    values << limit << offset;
    SqlStatement select(
        m_database.connection(), sql,
        purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "reading the customers a run moves")));
    if (auto status = select.exec(values); !status)
        return status.error();
    QList<RunMove> moves;
    while (select.next())
        moves.append(moveFrom(select));
    return moves;
}

Result<QList<SegmentRunRepository::Override>> SegmentRunRepository::overriddenMoves(qint64 runId)
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT customer_id, from_segment_id, decided_segment_id, "
                                       "decision_reason, decided_by FROM segment_run_moves "
                                       "WHERE run_id = ? AND decision = 'overridden' "
                                       "ORDER BY customer_id"),
                        purpose(QT_TRANSLATE_NOOP("SegmentRunRepository",
                                                  "reading the overridden moves of a review")));
    if (auto status = select.exec({runId}); !status)
        return status.error();
    QList<Override> overrides;
    while (select.next()) {
        overrides.append({select.value(0).toLongLong(), select.value(1).toLongLong(),
                          select.value(2).toLongLong(), select.value(3).toString(),
                          select.value(4).toLongLong()});
    }
    return overrides;
}

Status SegmentRunRepository::decide(qint64 runId, const QList<qint64>& customerIds,
                                    MoveDecision decision, qint64 segmentId, const QString& reason,
                                    qint64 userId, const QDateTime& at)
{
    const bool pending = decision == MoveDecision::Pending;
    SqlStatement update(
        m_database.connection(),
        QStringLiteral("UPDATE segment_run_moves SET decision = ?, "
                       "decided_segment_id = ?, decision_reason = ?, "
                       "decided_by = ?, decided_at = ? "
                       "WHERE run_id = ? AND customer_id = ?"),
        purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "recording a decision on a move")));
    for (qint64 customerId : customerIds) {
        if (auto status = update.exec(
                {segmentcodes::code(decision), segmentId, reason, sv::fromId(pending ? 0 : userId),
                 pending ? QString() : sv::fromTimestamp(at), runId, customerId});
            !status)
            return status;
        if (update.rowsAffected() != 1) {
            return Error{QCoreApplication::translate("SegmentRunRepository",
                                                     "Run %1 does not move customer %2.")
                             .arg(runId)
                             .arg(customerId),
                         {}};
        }
    }
    return {};
}

Status SegmentRunRepository::setStatus(qint64 runId, RunStatus status, const QDateTime& appliedAt)
{
    SqlStatement update(
        m_database.connection(),
        QStringLiteral("UPDATE segment_runs SET status = ?, applied_at = ? "
                       "WHERE id = ?"),
        purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "changing a run's status")));
    return update.exec({segmentcodes::code(status), sv::fromTimestamp(appliedAt), runId});
}

Status SegmentRunRepository::removeMoves(qint64 runId)
{
    SqlStatement remove(
        m_database.connection(), QStringLiteral("DELETE FROM segment_run_moves WHERE run_id = ?"),
        purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "removing a run's moves")));
    return remove.exec({runId});
}

Result<SegmentRunRepository::Applied> SegmentRunRepository::applyMoves(const SegmentRun& run,
                                                                       ChangeReason reason,
                                                                       qint64 userId,
                                                                       const QDateTime& at)
{
    const QSqlDatabase db = m_database.connection();
    // The moves still valid, gathered once: history and assignments are then written from it
    // without each statement checking the customers' segments again.
    if (auto status =
            execSql(db,
                    QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS segment_apply ("
                                   "customer_id INTEGER PRIMARY KEY, "
                                   "from_segment_id INTEGER NOT NULL, "
                                   "to_segment_id INTEGER NOT NULL)"),
                    purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "preparing to apply a run")));
        !status)
        return status.error();
    const auto step = [&db](const QString& sql, const QVariantList& values, const char* what,
                            int* rows = nullptr) -> Status {
        SqlStatement statement(db, sql, purpose(what));
        if (auto status = statement.exec(values); !status)
            return status;
        if (rows)
            *rows = statement.rowsAffected();
        return {};
    };
    Applied applied;
    int pending = 0;
    Status status = step(QStringLiteral("DELETE FROM temp.segment_apply"), {},
                         QT_TRANSLATE_NOOP("SegmentRunRepository", "preparing to apply a run"));
    if (status)
        status = step(QStringLiteral("INSERT INTO temp.segment_apply (customer_id, "
                                     "from_segment_id, to_segment_id) SELECT m.customer_id, "
                                     "m.from_segment_id, m.to_segment_id FROM segment_run_moves m "
                                     "LEFT JOIN customer_segments s ON s.customer_id = "
                                     "m.customer_id AND s.segmentation_id = ? "
                                     "WHERE m.run_id = ? AND m.decision <> 'overridden' AND "
                                     "coalesce(s.segment_id, 0) = m.from_segment_id AND "
                                     "NOT EXISTS (SELECT 1 FROM segment_overrides o WHERE "
                                     "o.customer_id = m.customer_id AND o.segmentation_id = ? "
                                     "AND (o.expires_on = '' OR o.expires_on >= ?) AND "
                                     "o.segment_id <> m.to_segment_id) "
                                     "ORDER BY m.customer_id"),
                      {run.segmentationId, run.id, run.segmentationId, sv::fromDate(run.asOf)},
                      QT_TRANSLATE_NOOP("SegmentRunRepository", "finding the moves still valid"),
                      &applied.moved);
    if (status) {
        SqlStatement count(
            db,
            QStringLiteral("SELECT count(*) FROM segment_run_moves WHERE run_id = "
                           "? AND decision <> 'overridden'"),
            purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "counting a run's moves")));
        status = count.exec({run.id});
        if (status && count.next())
            pending = count.value(0).toInt();
    }
    if (status)
        status = step(QStringLiteral("INSERT INTO segment_history (customer_id, "
                                     "segmentation_id, from_segment_id, to_segment_id, "
                                     "changed_at, reason, run_id, user_id) SELECT customer_id, "
                                     "?, from_segment_id, to_segment_id, ?, ?, ?, ? "
                                     "FROM temp.segment_apply ORDER BY customer_id"),
                      {run.segmentationId, sv::fromTimestamp(at), segmentcodes::code(reason),
                       run.id, sv::fromId(userId)},
                      QT_TRANSLATE_NOOP("SegmentRunRepository",
                                        "recording the run's changes in the history"));
    if (status)
        status = step(QStringLiteral("INSERT INTO customer_segments (customer_id, "
                                     "segmentation_id, segment_id, since, run_id) SELECT "
                                     "customer_id, ?, to_segment_id, ?, ? FROM "
                                     "temp.segment_apply WHERE to_segment_id <> 0 "
                                     "ORDER BY customer_id ON CONFLICT (customer_id, "
                                     "segmentation_id) DO UPDATE SET segment_id = "
                                     "excluded.segment_id, since = excluded.since, "
                                     "run_id = excluded.run_id"),
                      {run.segmentationId, sv::fromTimestamp(at), run.id},
                      QT_TRANSLATE_NOOP("SegmentRunRepository",
                                        "moving the customers to their new segments"));
    if (status)
        status = step(
            QStringLiteral("DELETE FROM customer_segments WHERE segmentation_id = ? "
                           "AND customer_id IN (SELECT customer_id FROM "
                           "temp.segment_apply WHERE to_segment_id = 0)"),
            {run.segmentationId},
            QT_TRANSLATE_NOOP("SegmentRunRepository", "taking customers out of their segments"));
    if (status)
        status =
            step(QStringLiteral("DELETE FROM temp.segment_apply"), {},
                 QT_TRANSLATE_NOOP("SegmentRunRepository", "cleaning up after applying a run"));
    if (!status)
        return status.error();
    applied.skipped = pending - applied.moved;
    return applied;
}

Status SegmentRunRepository::backdate(qint64 runId, const QDateTime& when)
{
    const QString stamp = sqlvalues::fromTimestamp(when);
    const std::pair<QString, QString> updates[] = {
        {QStringLiteral("UPDATE segment_runs SET created_at = ?, applied_at = ? WHERE id = ?"),
         purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "dating a segmentation run"))},
        {QStringLiteral("UPDATE segment_history SET changed_at = ? WHERE run_id = ?"),
         purpose(QT_TRANSLATE_NOOP("SegmentRunRepository", "dating a segmentation run's history"))},
        {QStringLiteral("UPDATE customer_segments SET since = ? WHERE run_id = ?"),
         purpose(
             QT_TRANSLATE_NOOP("SegmentRunRepository", "dating a segmentation run's assignments"))},
    };
    for (const auto& [sql, what] : updates) {
        SqlStatement update(m_database.connection(), sql, what);
        const bool isRun = sql.startsWith(QLatin1String("UPDATE segment_runs"));
        if (auto status = isRun ? update.exec({stamp, stamp, runId}) : update.exec({stamp, runId});
            !status)
            return status;
    }
    return {};
}

} // namespace luotsi::storage
