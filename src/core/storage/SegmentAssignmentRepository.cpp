#include "SegmentAssignmentRepository.h"

#include "SegmentCodes.h"
#include "SqlStatement.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace luotsi::storage {

using namespace luotsi::core;
using namespace luotsi::core::segments;
namespace sv = sqlvalues;

namespace {

QString purpose(const char* text)
{
    return QCoreApplication::translate("SegmentAssignmentRepository", text);
}

} // namespace

SegmentAssignmentRepository::SegmentAssignmentRepository(Database& database)
    : m_database(database)
{}

Result<std::vector<std::pair<qint64, qint64>>>
SegmentAssignmentRepository::assignments(qint64 segmentationId)
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT customer_id, segment_id FROM customer_segments "
                                       "WHERE segmentation_id = ? ORDER BY customer_id"),
                        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository",
                                                  "reading the customers' segments")));
    if (auto status = select.exec({segmentationId}); !status)
        return status.error();
    std::vector<std::pair<qint64, qint64>> rows;
    while (select.next())
        rows.emplace_back(select.value(0).toLongLong(), select.value(1).toLongLong());
    return rows;
}

Result<QList<SegmentOverride>> SegmentAssignmentRepository::overrides(qint64 segmentationId)
{
    SqlStatement select(
        m_database.connection(),
        QStringLiteral("SELECT customer_id, segment_id, reason, expires_on, "
                       "user_id, created_at FROM segment_overrides "
                       "WHERE segmentation_id = ? ORDER BY customer_id"),
        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository", "reading the segment overrides")));
    if (auto status = select.exec({segmentationId}); !status)
        return status.error();
    QList<SegmentOverride> overrides;
    while (select.next()) {
        SegmentOverride o;
        o.customerId = select.value(0).toLongLong();
        o.segmentationId = segmentationId;
        o.segmentId = select.value(1).toLongLong();
        o.reason = select.value(2).toString();
        o.expiresOn = sv::toDate(select.value(3));
        o.userId = select.value(4).toLongLong();
        o.createdAt = sv::toTimestamp(select.value(5));
        overrides.append(o);
    }
    return overrides;
}

Result<CustomerSegment> SegmentAssignmentRepository::segmentOf(qint64 customerId,
                                                               qint64 segmentationId)
{
    CustomerSegment segment;
    segment.customerId = customerId;
    segment.segmentationId = segmentationId;
    SqlStatement current(
        m_database.connection(),
        QStringLiteral("SELECT segment_id, since, run_id FROM customer_segments "
                       "WHERE customer_id = ? AND segmentation_id = ?"),
        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository", "reading a customer's segment")));
    if (auto status = current.exec({customerId, segmentationId}); !status)
        return status.error();
    if (current.next()) {
        segment.segmentId = current.value(0).toLongLong();
        segment.since = sv::toTimestamp(current.value(1));
        segment.runId = current.value(2).toLongLong();
    }
    SqlStatement pinned(
        m_database.connection(),
        QStringLiteral("SELECT o.segment_id, o.reason, o.expires_on, o.user_id, u.display_name, "
                       "o.created_at FROM segment_overrides o LEFT JOIN users u ON u.id = "
                       "o.user_id WHERE o.customer_id = ? AND o.segmentation_id = ?"),
        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository",
                                  "reading a customer's segment override")));
    if (auto status = pinned.exec({customerId, segmentationId}); !status)
        return status.error();
    if (pinned.next()) {
        SegmentOverride o;
        o.customerId = customerId;
        o.segmentationId = segmentationId;
        o.segmentId = pinned.value(0).toLongLong();
        o.reason = pinned.value(1).toString();
        o.expiresOn = sv::toDate(pinned.value(2));
        o.userId = pinned.value(3).toLongLong();
        o.userName = pinned.value(4).toString();
        o.createdAt = sv::toTimestamp(pinned.value(5));
        segment.override = o;
    }
    return segment;
}

Status SegmentAssignmentRepository::setSegment(qint64 customerId, qint64 segmentationId,
                                               qint64 segmentId, const QDateTime& since,
                                               qint64 runId)
{
    if (segmentId == 0) {
        SqlStatement remove(m_database.connection(),
                            QStringLiteral("DELETE FROM customer_segments WHERE customer_id = ? "
                                           "AND segmentation_id = ?"),
                            purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository",
                                                      "removing a customer's segment")));
        return remove.exec({customerId, segmentationId});
    }
    SqlStatement upsert(
        m_database.connection(),
        QStringLiteral("INSERT INTO customer_segments (customer_id, segmentation_id, segment_id, "
                       "since, run_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id, "
                       "segmentation_id) DO UPDATE SET segment_id = excluded.segment_id, "
                       "since = excluded.since, run_id = excluded.run_id"),
        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository", "setting a customer's segment")));
    return upsert.exec(
        {customerId, segmentationId, segmentId, sv::fromTimestamp(since), sv::fromId(runId)});
}

Status SegmentAssignmentRepository::saveOverride(const SegmentOverride& o)
{
    SqlStatement upsert(
        m_database.connection(),
        QStringLiteral("INSERT INTO segment_overrides (customer_id, segmentation_id, segment_id, "
                       "reason, expires_on, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (customer_id, segmentation_id) DO UPDATE SET segment_id = "
                       "excluded.segment_id, reason = excluded.reason, expires_on = "
                       "excluded.expires_on, user_id = excluded.user_id, created_at = "
                       "excluded.created_at"),
        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository", "saving a segment override")));
    return upsert.exec({o.customerId, o.segmentationId, o.segmentId, o.reason,
                        sv::fromDate(o.expiresOn), sv::fromId(o.userId),
                        sv::fromTimestamp(o.createdAt)});
}

Status SegmentAssignmentRepository::removeOverride(qint64 customerId, qint64 segmentationId)
{
    SqlStatement remove(
        m_database.connection(),
        QStringLiteral("DELETE FROM segment_overrides WHERE customer_id = ? AND "
                       "segmentation_id = ?"),
        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository", "removing a segment override")));
    return remove.exec({customerId, segmentationId});
}

Result<int> SegmentAssignmentRepository::removeOverridesExpiredBefore(qint64 segmentationId,
                                                                      const QDate& day)
{
    SqlStatement remove(m_database.connection(),
                        QStringLiteral("DELETE FROM segment_overrides WHERE segmentation_id = ? "
                                       "AND expires_on <> '' AND expires_on < ?"),
                        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository",
                                                  "removing expired segment overrides")));
    if (auto status = remove.exec({segmentationId, sv::fromDate(day)}); !status)
        return status.error();
    return remove.rowsAffected();
}

Status SegmentAssignmentRepository::addChange(SegmentChange& change)
{
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO segment_history (customer_id, segmentation_id, "
                       "from_segment_id, to_segment_id, changed_at, reason, run_id, user_id, "
                       "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository", "recording a segment change")));
    if (auto status = insert.exec({change.customerId, change.segmentationId, change.fromSegmentId,
                                   change.toSegmentId, sv::fromTimestamp(change.changedAt),
                                   segmentcodes::code(change.reason), sv::fromId(change.runId),
                                   sv::fromId(change.userId), change.note});
        !status)
        return status;
    change.id = insert.lastInsertId();
    return {};
}

Result<QList<SegmentChange>> SegmentAssignmentRepository::history(qint64 customerId,
                                                                  qint64 segmentationId)
{
    SqlStatement select(
        m_database.connection(),
        QStringLiteral("SELECT h.id, h.segmentation_id, h.from_segment_id, h.to_segment_id, "
                       "h.changed_at, h.reason, h.run_id, h.user_id, u.display_name, h.note "
                       "FROM segment_history h LEFT JOIN users u ON u.id = h.user_id "
                       "WHERE h.customer_id = ? AND (? = 0 OR h.segmentation_id = ?) "
                       "ORDER BY h.id DESC"),
        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository",
                                  "reading a customer's segment history")));
    if (auto status = select.exec({customerId, segmentationId, segmentationId}); !status)
        return status.error();
    QList<SegmentChange> changes;
    while (select.next()) {
        SegmentChange c;
        c.id = select.value(0).toLongLong();
        c.customerId = customerId;
        c.segmentationId = select.value(1).toLongLong();
        c.fromSegmentId = select.value(2).toLongLong();
        c.toSegmentId = select.value(3).toLongLong();
        c.changedAt = sv::toTimestamp(select.value(4));
        c.reason = segmentcodes::reasonFromCode(select.value(5).toString());
        c.runId = select.value(6).toLongLong();
        c.userId = select.value(7).toLongLong();
        c.userName = select.value(8).toString();
        c.note = select.value(9).toString();
        changes.append(c);
    }
    return changes;
}

Result<QList<SegmentFlow>> SegmentAssignmentRepository::flows(qint64 segmentationId,
                                                              const QDateTime& from,
                                                              const QDateTime& until)
{
    // A customer's changes form a chain (each starts where the one before ended), so entries
    // minus exits before a moment telescope to the members at that moment: one pass over the
    // history instead of finding every customer's last change.
    const QString part = QStringLiteral(
        "SELECT %1 AS segment_id, CASE WHEN changed_at < ? THEN %2 ELSE 0 END AS prior, %3, %4 "
        "FROM segment_history WHERE segmentation_id = ? AND changed_at < ? "
        "AND from_segment_id <> to_segment_id");
    const QString inPeriod = QStringLiteral("CASE WHEN changed_at >= ? THEN 1 ELSE 0 END");
    SqlStatement select(
        m_database.connection(),
        QStringLiteral("SELECT segment_id, sum(prior), sum(entered), sum(exited) FROM (") +
            part.arg(QStringLiteral("to_segment_id"), QStringLiteral("1"),
                     inPeriod + QStringLiteral(" AS entered"), QStringLiteral("0 AS exited")) +
            QStringLiteral(" UNION ALL ") +
            part.arg(QStringLiteral("from_segment_id"), QStringLiteral("-1"), QStringLiteral("0"),
                     inPeriod) +
            QStringLiteral(") GROUP BY segment_id ORDER BY segment_id"),
        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository",
                                  "counting segment entries and exits")));
    const QString start = sv::fromTimestamp(from);
    const QString end = sv::fromTimestamp(until);
    // Placeholders in text order: the first part's two period bounds, its segmentation and end,
    // then the second part's.
    if (auto status =
            select.exec({start, start, segmentationId, end, start, start, segmentationId, end});
        !status)
        return status.error();
    QList<SegmentFlow> flows;
    while (select.next()) {
        SegmentFlow flow;
        flow.segmentId = select.value(0).toLongLong();
        flow.atStart = select.value(1).toInt();
        flow.entered = select.value(2).toInt();
        flow.left = select.value(3).toInt();
        flow.atEnd = flow.atStart + flow.entered - flow.left;
        flows.append(flow);
    }
    return flows;
}

Result<QList<std::pair<qint64, int>>>
SegmentAssignmentRepository::distribution(qint64 segmentationId)
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT segment_id, count(*) FROM customer_segments "
                                       "WHERE segmentation_id = ? GROUP BY segment_id "
                                       "ORDER BY segment_id"),
                        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository",
                                                  "counting customers per segment")));
    if (auto status = select.exec({segmentationId}); !status)
        return status.error();
    QList<std::pair<qint64, int>> counts;
    qint64 assigned = 0;
    while (select.next()) {
        counts.append({select.value(0).toLongLong(), select.value(1).toInt()});
        assigned += counts.last().second;
    }
    SqlStatement customers(
        m_database.connection(), QStringLiteral("SELECT count(*) FROM customers"),
        purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository", "counting customers")));
    if (auto status = customers.exec(); !status)
        return status.error();
    const qint64 all = customers.next() ? customers.value(0).toLongLong() : 0;
    counts.prepend({0, int(all - assigned)});
    return counts;
}

Status
SegmentAssignmentRepository::forEachAssignment(qint64 segmentationId,
                                               const std::function<bool(const ExportRow&)>& visit)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.name, s.segment_id, s.since, s.run_id, r.as_of, "
        "o.customer_id IS NOT NULL, o.reason, o.expires_on FROM customers c "
        "LEFT JOIN customer_segments s ON s.customer_id = c.id AND s.segmentation_id = ? "
        "LEFT JOIN segment_runs r ON r.id = s.run_id "
        "LEFT JOIN segment_overrides o ON o.customer_id = c.id AND o.segmentation_id = ? "
        "ORDER BY c.id"));
    query.addBindValue(segmentationId);
    query.addBindValue(segmentationId);
    const auto failed = [&query] {
        return Error{purpose(QT_TRANSLATE_NOOP("SegmentAssignmentRepository",
                                               "Reading the customers' segments failed: %1"))
                         .arg(query.lastError().text()),
                     {}};
    };
    if (!query.exec())
        return failed();
    ExportRow row;
    while (query.next()) {
        row.customerId = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.segmentId = query.value(2).toLongLong();
        row.since = row.segmentId != 0 ? sv::toTimestamp(query.value(3)) : QDateTime();
        row.runId = query.value(4).toLongLong();
        row.runAsOf = sv::toDate(query.value(5));
        row.overridden = query.value(6).toBool();
        row.overrideReason = query.value(7).toString();
        row.overrideExpiresOn = sv::toDate(query.value(8));
        if (!visit(row))
            return {};
    }
    if (query.lastError().isValid())
        return failed();
    return {};
}

} // namespace luotsi::storage
