#include "SegmentRepository.h"

#include "SqlStatement.h"
#include "SqlValues.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

// User-visible texts of this file, in the "SegmentRepository" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRepository)
};

const QString segmentationColumns =
    QStringLiteral("id, code, name_fi, name_en, is_primary, position");

Segmentation readSegmentation(const SqlStatement& q)
{
    Segmentation s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.nameFi = q.value(2).toString();
    s.nameEn = q.value(3).toString();
    s.primary = q.value(4).toBool();
    s.position = q.value(5).toInt();
    return s;
}

const QString segmentColumns = QStringLiteral(
    "id, segmentation_id, code, name_fi, name_en, description_fi, description_en, colour, "
    "position, priority, active, account_plan_required, rule");

Result<Segment> readSegment(const SqlStatement& q)
{
    Segment s;
    s.id = q.value(0).toLongLong();
    s.segmentationId = q.value(1).toLongLong();
    s.code = q.value(2).toString();
    s.nameFi = q.value(3).toString();
    s.nameEn = q.value(4).toString();
    s.descriptionFi = q.value(5).toString();
    s.descriptionEn = q.value(6).toString();
    s.colour = q.value(7).toString();
    s.position = q.value(8).toInt();
    s.priority = q.value(9).toInt();
    s.active = q.value(10).toBool();
    s.accountPlanRequired = q.value(11).toBool();
    RuleParse parse = ruleFromJson(q.value(12).toString());
    if (!parse.error.isEmpty())
        return Error{
            Texts::tr("The rule of segment \"%1\" cannot be read: %2").arg(s.nameFi, parse.error),
            s.code};
    s.rule = std::move(parse.rule);
    return s;
}

QVariant optionalValue(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariant optionalValue(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace

SegmentRepository::SegmentRepository(Database& database)
    : m_database(database)
{}

Result<bool> SegmentRepository::exists(const QString& sql, const QVariantList& values,
                                       const QString& purpose)
{
    SqlStatement query(m_database.connection(), sql, purpose);
    if (auto status = query.exec(values); !status)
        return status.error();
    return query.next();
}

// Segmentations --------------------------------------------------------------------------------

Result<QList<Segmentation>> SegmentRepository::segmentations()
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT %1 FROM segmentations ORDER BY position, id")
                           .arg(segmentationColumns),
                       Texts::tr("reading segmentations"));
    if (auto status = query.exec(); !status)
        return status.error();
    QList<Segmentation> list;
    while (query.next())
        list.append(readSegmentation(query));
    return list;
}

Result<Segmentation> SegmentRepository::segmentation(qint64 id)
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM segmentations WHERE id = ?").arg(segmentationColumns),
        Texts::tr("reading a segmentation"));
    if (auto status = query.exec({id}); !status)
        return status.error();
    if (!query.next())
        return Error{Texts::tr("There is no segmentation with id %1.").arg(id), {}};
    return readSegmentation(query);
}

Result<bool> SegmentRepository::segmentationCodeTaken(const QString& code, qint64 exceptId)
{
    return exists(QStringLiteral("SELECT 1 FROM segmentations WHERE code = ? AND id <> ?"),
                  {code, exceptId}, Texts::tr("checking segmentation codes"));
}

Status SegmentRepository::insertSegmentation(Segmentation& segmentation)
{
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO segmentations (code, name_fi, name_en, is_primary, position) "
                       "VALUES (?, ?, ?, ?, CASE WHEN ? > 0 THEN ? ELSE "
                       "(SELECT coalesce(max(position), 0) + 1 FROM segmentations) END)"),
        Texts::tr("adding a segmentation"));
    if (auto status = insert.exec({segmentation.code, segmentation.nameFi, segmentation.nameEn,
                                   segmentation.primary ? 1 : 0, segmentation.position,
                                   segmentation.position});
        !status)
        return status;
    segmentation.id = insert.lastInsertId();
    if (segmentation.position <= 0) {
        auto stored = this->segmentation(segmentation.id);
        if (!stored)
            return stored.error();
        segmentation.position = stored->position;
    }
    return {};
}

Status SegmentRepository::updateSegmentation(const Segmentation& segmentation)
{
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE segmentations SET code = ?, name_fi = ?, "
                                       "name_en = ?, is_primary = ?, position = ? WHERE id = ?"),
                        Texts::tr("saving a segmentation"));
    return update.exec({segmentation.code, segmentation.nameFi, segmentation.nameEn,
                        segmentation.primary ? 1 : 0, segmentation.position, segmentation.id});
}

Status SegmentRepository::setPrimary(qint64 segmentationId)
{
    SqlStatement update(
        m_database.connection(),
        QStringLiteral("UPDATE segmentations SET is_primary = CASE WHEN id = ? THEN 1 ELSE 0 END"),
        Texts::tr("choosing the primary segmentation"));
    return update.exec({segmentationId});
}

// Segments -------------------------------------------------------------------------------------

Result<QList<Segment>> SegmentRepository::readSegments(const QString& where, qint64 id)
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM segments WHERE %2").arg(segmentColumns, where),
        Texts::tr("reading segments"));
    if (auto status = query.exec({id}); !status)
        return status.error();
    QList<Segment> list;
    while (query.next()) {
        auto segment = readSegment(query);
        if (!segment)
            return segment.error();
        list.append(std::move(segment).value());
    }
    return list;
}

Result<QList<Segment>> SegmentRepository::segments(qint64 segmentationId)
{
    return readSegments(QStringLiteral("segmentation_id = ? ORDER BY position, id"),
                        segmentationId);
}

Result<QList<Segment>> SegmentRepository::activeSegmentsByPriority(qint64 segmentationId)
{
    return readSegments(
        QStringLiteral("segmentation_id = ? AND active <> 0 ORDER BY priority, position, id"),
        segmentationId);
}

Result<Segment> SegmentRepository::segment(qint64 id)
{
    auto list = readSegments(QStringLiteral("id = ?"), id);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{Texts::tr("There is no segment with id %1.").arg(id), {}};
    return list->first();
}

Result<bool> SegmentRepository::segmentCodeTaken(qint64 segmentationId, const QString& code,
                                                 qint64 exceptId)
{
    return exists(
        QStringLiteral("SELECT 1 FROM segments WHERE segmentation_id = ? AND code = ? AND id <> ?"),
        {segmentationId, code, exceptId}, Texts::tr("checking segment codes"));
}

Status SegmentRepository::insertSegment(Segment& segment)
{
    // Position and priority 0: after the segmentation's last ones.
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral(
            "INSERT INTO segments (segmentation_id, code, name_fi, name_en, description_fi, "
            "description_en, colour, position, priority, active, account_plan_required, rule) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, CASE WHEN ? > 0 THEN ? ELSE (SELECT "
            "coalesce(max(position), 0) + 1 FROM segments WHERE segmentation_id = ?) END, "
            "CASE WHEN ? > 0 THEN ? ELSE (SELECT coalesce(max(priority), 0) + 1 FROM segments "
            "WHERE segmentation_id = ?) END, ?, ?, ?)"),
        Texts::tr("adding a segment"));
    if (auto status = insert.exec(
            {segment.segmentationId, segment.code, segment.nameFi, segment.nameEn,
             segment.descriptionFi, segment.descriptionEn, segment.colour, segment.position,
             segment.position, segment.segmentationId, segment.priority, segment.priority,
             segment.segmentationId, segment.active ? 1 : 0, segment.accountPlanRequired ? 1 : 0,
             ruleToJsonText(segment.rule)});
        !status)
        return status;
    segment.id = insert.lastInsertId();
    auto stored = this->segment(segment.id);
    if (!stored)
        return stored.error();
    segment.position = stored->position;
    segment.priority = stored->priority;
    return {};
}

Status SegmentRepository::updateSegment(const Segment& segment)
{
    SqlStatement update(
        m_database.connection(),
        QStringLiteral("UPDATE segments SET segmentation_id = ?, code = ?, name_fi = ?, "
                       "name_en = ?, description_fi = ?, description_en = ?, colour = ?, "
                       "position = ?, priority = ?, active = ?, account_plan_required = ?, "
                       "rule = ? WHERE id = ?"),
        Texts::tr("saving a segment"));
    return update.exec({segment.segmentationId, segment.code, segment.nameFi, segment.nameEn,
                        segment.descriptionFi, segment.descriptionEn, segment.colour,
                        segment.position, segment.priority, segment.active ? 1 : 0,
                        segment.accountPlanRequired ? 1 : 0, ruleToJsonText(segment.rule),
                        segment.id});
}

Status SegmentRepository::setPositions(const QList<qint64>& segmentIdsInOrder)
{
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE segments SET position = ? WHERE id = ?"),
                        Texts::tr("reordering segments"));
    for (qsizetype i = 0; i < segmentIdsInOrder.size(); ++i) {
        if (auto status = update.exec({static_cast<int>(i + 1), segmentIdsInOrder.at(i)}); !status)
            return status;
    }
    return {};
}

// Care model -----------------------------------------------------------------------------------

Result<QList<CareChannel>> SegmentRepository::channels()
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT id, code, name_fi, name_en, position "
                                      "FROM care_channels ORDER BY position, id"),
                       Texts::tr("reading care channels"));
    if (auto status = query.exec(); !status)
        return status.error();
    QList<CareChannel> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(), query.value(4).toInt()});
    }
    return list;
}

Result<bool> SegmentRepository::channelExists(qint64 channelId)
{
    return exists(QStringLiteral("SELECT 1 FROM care_channels WHERE id = ?"), {channelId},
                  Texts::tr("reading care channels"));
}

namespace {

Result<QList<CareCell>> readCells(SqlStatement& query, qint64 id)
{
    if (auto status = query.exec({id}); !status)
        return status.error();
    QList<CareCell> cells;
    while (query.next()) {
        cells.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                      query.value(2).toString(), query.value(3).toString()});
    }
    return cells;
}

} // namespace

Result<QList<CareCell>> SegmentRepository::careModel(qint64 segmentationId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT m.segment_id, m.channel_id, m.role, m.rhythm "
                                      "FROM care_model m JOIN segments s ON s.id = m.segment_id "
                                      "JOIN care_channels c ON c.id = m.channel_id "
                                      "WHERE s.segmentation_id = ? "
                                      "ORDER BY s.position, s.id, c.position, c.id"),
                       Texts::tr("reading the care model"));
    return readCells(query, segmentationId);
}

Result<QList<CareCell>> SegmentRepository::careFor(qint64 segmentId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT m.segment_id, m.channel_id, m.role, m.rhythm "
                                      "FROM care_model m "
                                      "JOIN care_channels c ON c.id = m.channel_id "
                                      "WHERE m.segment_id = ? ORDER BY c.position, c.id"),
                       Texts::tr("reading the care model"));
    return readCells(query, segmentId);
}

Status SegmentRepository::saveCareCell(const CareCell& cell)
{
    SqlStatement upsert(m_database.connection(),
                        QStringLiteral("INSERT INTO care_model (segment_id, channel_id, role, "
                                       "rhythm) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT (segment_id, channel_id) DO UPDATE SET "
                                       "role = excluded.role, rhythm = excluded.rhythm"),
                        Texts::tr("saving the care model"));
    return upsert.exec({cell.segmentId, cell.channelId, cell.role, cell.rhythm});
}

Status SegmentRepository::removeCareCell(qint64 segmentId, qint64 channelId)
{
    SqlStatement remove(
        m_database.connection(),
        QStringLiteral("DELETE FROM care_model WHERE segment_id = ? AND channel_id = ?"),
        Texts::tr("saving the care model"));
    return remove.exec({segmentId, channelId});
}

// Targets --------------------------------------------------------------------------------------

Result<QList<SegmentTarget>> SegmentRepository::targets(qint64 segmentationId,
                                                        const QString& period)
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT t.id, t.segment_id, t.period, t.company_id, t.business_area, "
                       "t.target_customers, t.target_revenue FROM segment_targets t "
                       "JOIN segments s ON s.id = t.segment_id "
                       "WHERE s.segmentation_id = ? AND t.period = ? "
                       "ORDER BY s.position, s.id, t.company_id, t.business_area"),
        Texts::tr("reading segment targets"));
    if (auto status = query.exec({segmentationId, period}); !status)
        return status.error();
    QList<SegmentTarget> list;
    while (query.next()) {
        SegmentTarget target;
        target.id = query.value(0).toLongLong();
        target.segmentId = query.value(1).toLongLong();
        target.period = query.value(2).toString();
        target.companyId = query.value(3).toLongLong();
        target.businessArea = query.value(4).toString();
        if (!query.value(5).isNull())
            target.customers = query.value(5).toInt();
        if (!query.value(6).isNull())
            target.revenue = query.value(6).toDouble();
        list.append(std::move(target));
    }
    return list;
}

Status SegmentRepository::upsertTarget(SegmentTarget& target, qint64 userId)
{
    SqlStatement upsert(
        m_database.connection(),
        QStringLiteral("INSERT INTO segment_targets (segment_id, period, company_id, "
                       "business_area, target_customers, target_revenue, changed_by, changed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (segment_id, period, company_id, business_area) DO UPDATE "
                       "SET target_customers = excluded.target_customers, "
                       "target_revenue = excluded.target_revenue, "
                       "changed_by = excluded.changed_by, changed_at = excluded.changed_at"),
        Texts::tr("saving a segment target"));
    if (auto status =
            upsert.exec({target.segmentId, target.period, target.companyId, target.businessArea,
                         optionalValue(target.customers), optionalValue(target.revenue),
                         sqlvalues::fromId(userId), sqlvalues::fromTimestamp(sqlvalues::now())});
        !status)
        return status;
    // lastInsertId is not the row's id when the conflict branch updated an existing row.
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT id FROM segment_targets WHERE segment_id = ? AND "
                                      "period = ? AND company_id = ? AND business_area = ?"),
                       Texts::tr("saving a segment target"));
    if (auto status =
            query.exec({target.segmentId, target.period, target.companyId, target.businessArea});
        !status)
        return status;
    target.id = query.next() ? query.value(0).toLongLong() : 0;
    return {};
}

Status SegmentRepository::removeTarget(const SegmentTarget& target)
{
    SqlStatement remove(m_database.connection(),
                        QStringLiteral("DELETE FROM segment_targets WHERE segment_id = ? AND "
                                       "period = ? AND company_id = ? AND business_area = ?"),
                        Texts::tr("removing a segment target"));
    return remove.exec({target.segmentId, target.period, target.companyId, target.businessArea});
}

Result<bool> SegmentRepository::groupCompanyExists(qint64 companyId)
{
    return exists(QStringLiteral("SELECT 1 FROM group_companies WHERE id = ?"), {companyId},
                  Texts::tr("reading group companies"));
}

} // namespace luotsi::storage
