#include "CustomerListRepository.h"

#include "DataQualityRepository.h"
#include "SqlStatement.h"
#include "SqlValues.h"
#include "core/register/RegisterVocabulary.h"
#include "core/segments/Segment.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace luotsi::storage {

using namespace luotsi::core;

namespace {

// User-visible texts of this file, in the "CustomerListRepository" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(CustomerListRepository)
};

// Every sort column has an index on (column, id), see 0001_register.sql.
QString sortColumnSql(CustomerSortColumn column)
{
    switch (column) {
    case CustomerSortColumn::Name:
        return QStringLiteral("c.sort_name");
    case CustomerSortColumn::BusinessId:
        return QStringLiteral("c.business_id");
    case CustomerSortColumn::Kind:
        return QStringLiteral("c.kind");
    case CustomerSortColumn::Status:
        return QStringLiteral("c.status");
    case CustomerSortColumn::City:
        return QStringLiteral("c.city");
    case CustomerSortColumn::Changed:
        return QStringLiteral("c.changed_at");
    }
    return QStringLiteral("c.sort_name");
}

// Evaluated once per statement: an uncorrelated scalar subquery.
QString primarySegmentationSql()
{
    return QStringLiteral("(SELECT id FROM segmentations WHERE is_primary = 1 LIMIT 1)");
}

// The list row's columns, the sort key last. The segment comes by primary key for the page's
// rows only (LIMIT applies to the outer walk of the sort index), so it costs two probes a row
// whatever the register's size.
QString rowSelectSql(const QString& key)
{
    return QStringLiteral("SELECT c.id, c.name, c.business_id, c.kind, c.status, c.city, "
                          "coalesce(u.display_name, ''), c.changed_at, coalesce(sg.id, 0), "
                          "coalesce(sg.name_fi, ''), coalesce(sg.name_en, ''), "
                          "coalesce(sg.colour, ''), ") +
           key +
           QStringLiteral(" FROM customers c LEFT JOIN users u ON u.id = c.owner_id"
                          " LEFT JOIN customer_segments cs ON cs.customer_id = c.id"
                          " AND cs.segmentation_id = ") +
           primarySegmentationSql() +
           QStringLiteral(" LEFT JOIN segments sg ON sg.id = cs.segment_id");
}

CustomerRow readRow(const SqlStatement& statement)
{
    CustomerRow row;
    row.id = statement.value(0).toLongLong();
    row.name = statement.value(1).toString();
    row.businessId = statement.value(2).toString();
    row.kind = vocabulary::fromCode<CustomerKind>(statement.value(3).toString())
                   .value_or(CustomerKind::Company);
    row.status = vocabulary::fromCode<CustomerStatus>(statement.value(4).toString())
                     .value_or(CustomerStatus::Active);
    row.city = statement.value(5).toString();
    row.ownerName = statement.value(6).toString();
    row.changedAt = sqlvalues::toTimestamp(statement.value(7));
    row.segmentId = statement.value(8).toLongLong();
    const QString nameFi = statement.value(9).toString();
    const QString nameEn = statement.value(10).toString();
    row.segmentName = segments::preferFinnish() || nameEn.isEmpty() ? nameFi : nameEn;
    row.segmentColour = statement.value(11).toString();
    row.sortValue = statement.value(12);
    return row;
}

// A search with no other condition: the only queries the ranked matches answer.
bool searchAlone(const CustomerQuery& query)
{
    CustomerQuery plain;
    plain.searchText = query.searchText;
    plain.sortColumn = query.sortColumn;
    plain.descending = query.descending;
    return !query.searchText.trimmed().isEmpty() && query == plain;
}

} // namespace

CustomerListRepository::CustomerListRepository(Database& database, SearchIndex& searchIndex,
                                               qint64 manyMatches, SearchPaging paging)
    : m_database(database)
    , m_searchIndex(searchIndex)
    , m_manyMatches(manyMatches)
    , m_paging(paging)
{}

Result<const RankedMatches*> CustomerListRepository::rankedMatches(const CustomerQuery& query)
{
    if (m_paging != SearchPaging::Ranked || !searchAlone(query))
        return nullptr;
    const auto match = m_searchIndex.matchValue(query.searchText);
    const qint64 version = m_database.changeVersion();
    if (!match || version < 0)
        return nullptr;
    if (m_ranked && m_ranked->matchValue() == *match &&
        m_ranked->order().column() == query.sortColumn && m_ranked->order().version() == version)
        return m_ranked.get();
    if (!m_order || m_order->column() != query.sortColumn || m_order->version() != version) {
        m_ranked.reset();
        m_order.reset(); // its memory goes before the next one's comes
        auto order = ListOrder::read(m_database, query.sortColumn);
        if (!order)
            return order.error();
        m_order = std::make_shared<const ListOrder>(std::move(*order));
    }
    auto ranked = std::make_unique<RankedMatches>(m_order, *match);
    auto marked = m_searchIndex.markMatches(*match, *ranked);
    if (!marked)
        return marked.error();
    if (!*marked)
        return nullptr;
    m_ranked = std::move(ranked);
    return m_ranked.get();
}

Result<QList<CustomerRow>> CustomerListRepository::rowsOfRanks(const CustomerQuery& query,
                                                               const RankedMatches& matches,
                                                               const std::vector<quint32>& ranks)
{
    if (ranks.empty())
        return QList<CustomerRow>{};
    QByteArray ids = "[";
    for (const quint32 rank : ranks) {
        if (ids.size() > 1)
            ids += ',';
        ids += QByteArray::number(matches.order().idAt(rank));
    }
    ids += ']';
    SqlStatement statement(m_database.connection(),
                           rowSelectSql(sortColumnSql(query.sortColumn)) +
                               QStringLiteral(" WHERE c.id IN (SELECT value FROM json_each(?))"),
                           Texts::tr("reading the customer list"));
    if (auto status = statement.exec({QString::fromLatin1(ids)}); !status)
        return status.error();
    QHash<qint64, CustomerRow> byId;
    byId.reserve(qsizetype(ranks.size()));
    while (statement.next()) {
        CustomerRow row = readRow(statement);
        byId.insert(row.id, std::move(row));
    }
    QList<CustomerRow> rows;
    rows.reserve(qsizetype(ranks.size()));
    for (const quint32 rank : ranks) {
        // A customer deleted since the ranking is left out (the next page call ranks again).
        auto it = byId.find(matches.order().idAt(rank));
        if (it != byId.end())
            rows.append(std::move(*it));
    }
    return rows;
}

Result<SearchIndex::MatchPlan> CustomerListRepository::searchPlan(qint64 matches)
{
    if (matches < m_manyMatches)
        return SearchIndex::MatchPlan::FewMatches;
    // The largest id stands in for the register's size: exact enough to choose a plan, and
    // read from the primary key at once, where count(*) would read the whole table.
    SqlStatement size(m_database.connection(),
                      QStringLiteral("SELECT coalesce(max(id), 0) FROM customers"),
                      Texts::tr("reading the customer list"));
    if (auto status = size.exec(); !status)
        return status.error();
    const qint64 customers = size.next() ? size.value(0).toLongLong() : 0;
    return matches * 4 >= customers ? SearchIndex::MatchPlan::MostMatch
                                    : SearchIndex::MatchPlan::ManyMatches;
}

Result<qint64> CustomerListRepository::countMatches(const QString& matchValue)
{
    const qint64 version = m_database.changeVersion();
    if (version >= 0 && version == m_lastCount.registerVersion &&
        matchValue == m_lastCount.matchValue)
        return m_lastCount.matches;
    auto matches = m_searchIndex.countMatches(matchValue);
    if (!matches)
        return matches;
    m_lastCount = {matchValue, *matches, version};
    return matches;
}

Result<CustomerListRepository::Where> CustomerListRepository::where(const CustomerQuery& query)
{
    Where where;
    QStringList conditions;
    // A count keeps no order: it tests the search as one set of matches (the few-matches form)
    // rather than a full-text lookup per customer, 0.5 s instead of 8 s for "oy" with a filter.
    QString searchCountCondition;
    if (!query.searchText.trimmed().isEmpty()) {
        const auto match = m_searchIndex.matchValue(query.searchText);
        if (!match) {
            where.matchesNothing = true;
            return where;
        }
        // The index counts its matches in a few milliseconds; that number picks the plan.
        const auto matches = countMatches(*match);
        if (!matches)
            return matches.error();
        if (*matches == 0) {
            where.matchesNothing = true;
            return where;
        }
        const auto plan = searchPlan(*matches);
        if (!plan)
            return plan.error();
        conditions.append(m_searchIndex.matchCondition(*plan));
        searchCountCondition = m_searchIndex.matchCondition(SearchIndex::MatchPlan::FewMatches);
        where.values.append(*match);
        where.searchOnlyCount = *matches;
    }
    if (query.kind) {
        conditions.append(QStringLiteral("c.kind = ?"));
        where.values.append(vocabulary::code(*query.kind));
    }
    if (query.status) {
        conditions.append(QStringLiteral("c.status = ?"));
        where.values.append(vocabulary::code(*query.status));
    }
    if (query.ownerId != 0) {
        conditions.append(QStringLiteral("c.owner_id = ?"));
        where.values.append(query.ownerId);
    }
    if (query.companyId != 0) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM relationships r WHERE "
                                         "r.customer_id = c.id AND r.company_id = ?)"));
        where.values.append(query.companyId);
    }
    if (!query.city.isEmpty()) {
        conditions.append(QStringLiteral("c.city = ?"));
        where.values.append(query.city);
    }
    if (query.quality)
        conditions.append(DataQualityRepository::condition(*query.quality));
    if (conditions.size() > 1)
        where.searchOnlyCount.reset();
    QStringList countConditions = conditions;
    if (!searchCountCondition.isEmpty())
        countConditions.first() = searchCountCondition;
    if (query.segmentId != 0) {
        where.searchOnlyCount.reset();
        appendSegmentCondition(query.segmentId, conditions, countConditions, where);
    }
    where.sql = conditions.join(QStringLiteral(" AND "));
    where.countSql = countConditions.join(QStringLiteral(" AND "));
    return where;
}

void CustomerListRepository::appendSegmentCondition(qint64 segmentId, QStringList& conditions,
                                                    QStringList& countConditions, Where& where)
{
    // Pages walk a sort index and test each customer they pass; a probe of a primary key
    // or of customer_segments_segment (segment_id, customer_id) keeps that a few microseconds.
    // A count has no order to keep, so it lets the database start from the segment's customers
    // instead (IN), which reads 20,000 members instead of 1,000,000 customers for a small one.
    const bool alone = conditions.isEmpty();
    if (segmentId == CustomerQuery::noSegment) {
        const QString none = QStringLiteral("NOT EXISTS (SELECT 1 FROM customer_segments fs WHERE "
                                            "fs.customer_id = c.id AND fs.segmentation_id = ") +
                             primarySegmentationSql() + QLatin1Char(')');
        conditions.append(none);
        countConditions.append(none);
        // All customers less those with a primary segment: two counts the indexes answer.
        if (alone) {
            where.segmentOnlyCountSql =
                QStringLiteral("SELECT (SELECT count(*) FROM customers) - (SELECT count(*) FROM "
                               "customer_segments WHERE segment_id IN (SELECT id FROM segments "
                               "WHERE segmentation_id = ") +
                primarySegmentationSql() + QStringLiteral("))");
        }
        return;
    }
    conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM customer_segments fs WHERE "
                                     "fs.segment_id = ? AND fs.customer_id = c.id)"));
    countConditions.append(
        QStringLiteral("c.id IN (SELECT customer_id FROM customer_segments WHERE segment_id = ?)"));
    where.values.append(segmentId);
    if (alone) {
        // Every row of customer_segments has its customer (ON DELETE CASCADE).
        where.segmentOnlyCountSql =
            QStringLiteral("SELECT count(*) FROM customer_segments WHERE segment_id = ?");
        where.segmentOnlyCountValues = {segmentId};
    }
}

Result<qint64> CustomerListRepository::count(const CustomerQuery& query)
{
    const auto ranked = rankedMatches(query);
    if (!ranked)
        return ranked.error();
    if (*ranked)
        return (*ranked)->count();
    const auto found = where(query);
    if (!found)
        return found.error();
    const Where& w = *found;
    if (w.matchesNothing)
        return qint64(0);
    if (w.searchOnlyCount)
        return *w.searchOnlyCount;
    const bool segmentOnly = !w.segmentOnlyCountSql.isEmpty();
    SqlStatement select(
        m_database.connection(),
        segmentOnly
            ? w.segmentOnlyCountSql
            : QStringLiteral("SELECT count(*) FROM customers c") +
                  (w.countSql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.countSql),
        Texts::tr("counting customers"));
    if (auto status = select.exec(segmentOnly ? w.segmentOnlyCountValues : w.values); !status)
        return status.error();
    return select.next() ? select.value(0).toLongLong() : 0;
}

Result<QList<CustomerRow>> CustomerListRepository::select(const CustomerQuery& query,
                                                          const QString& extraCondition,
                                                          const QVariantList& extraValues,
                                                          bool reverse, int limit, qint64 offset)
{
    const auto found = where(query);
    if (!found)
        return found.error();
    const Where& w = *found;
    if (w.matchesNothing)
        return QList<CustomerRow>{};
    QStringList conditions;
    if (!w.sql.isEmpty())
        conditions.append(w.sql);
    if (!extraCondition.isEmpty())
        conditions.append(extraCondition);
    const QString key = sortColumnSql(query.sortColumn);
    const bool descending = query.descending != reverse;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString sql = rowSelectSql(key);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", c.id") + direction +
           QStringLiteral(" LIMIT ? OFFSET ?");

    SqlStatement statement(m_database.connection(), sql, Texts::tr("reading the customer list"));
    QVariantList values = w.values;
    values << extraValues << limit << offset;
    if (auto status = statement.exec(values); !status)
        return status.error();
    QList<CustomerRow> rows;
    rows.reserve(limit);
    while (statement.next())
        rows.append(readRow(statement));
    if (reverse)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<QList<CustomerRow>> CustomerListRepository::fetchAfter(const CustomerQuery& query,
                                                              const std::optional<RowKey>& after,
                                                              int limit)
{
    const auto ranked = rankedMatches(query);
    if (!ranked)
        return ranked.error();
    if (const RankedMatches* matches = *ranked) {
        if (!after)
            return rowsOfRanks(query, *matches,
                               matches->ranks(std::nullopt, 0, query.descending, limit));
        // A row no longer in the order (deleted since) is found by its key in SQL below.
        if (const quint32 from = matches->order().rankOf(after->id); from != ListOrder::noRank)
            return rowsOfRanks(query, *matches, matches->ranks(from, 0, query.descending, limit));
    }
    if (!after)
        return select(query, {}, {}, false, limit, 0);
    const QString key = sortColumnSql(query.sortColumn);
    const QString op = query.descending ? QStringLiteral("<") : QStringLiteral(">");
    // Row values compare (key, id) as a pair and let the (column, id) index seek straight there.
    return select(query, QStringLiteral("(%1, c.id) %2 (?, ?)").arg(key, op),
                  {after->sortValue, after->id}, false, limit, 0);
}

Result<QList<CustomerRow>> CustomerListRepository::fetchBefore(const CustomerQuery& query,
                                                               const RowKey& before, int limit)
{
    const auto ranked = rankedMatches(query);
    if (!ranked)
        return ranked.error();
    if (const RankedMatches* matches = *ranked) {
        if (const quint32 from = matches->order().rankOf(before.id); from != ListOrder::noRank) {
            std::vector<quint32> ranks = matches->ranks(from, 0, !query.descending, limit);
            std::reverse(ranks.begin(), ranks.end());
            return rowsOfRanks(query, *matches, ranks);
        }
    }
    const QString key = sortColumnSql(query.sortColumn);
    const QString op = query.descending ? QStringLiteral(">") : QStringLiteral("<");
    return select(query, QStringLiteral("(%1, c.id) %2 (?, ?)").arg(key, op),
                  {before.sortValue, before.id}, true, limit, 0);
}

Result<QList<CustomerRow>> CustomerListRepository::fetchAt(const CustomerQuery& query,
                                                           qint64 offset, int limit)
{
    const auto ranked = rankedMatches(query);
    if (!ranked)
        return ranked.error();
    if (const RankedMatches* matches = *ranked)
        return rowsOfRanks(
            query, *matches,
            matches->ranks(std::nullopt, std::max<qint64>(offset, 0), query.descending, limit));
    if (offset <= 0)
        return select(query, {}, {}, false, limit, 0);
    // OFFSET has to step over every row before it. Stepping over whole rows (name, owner...)
    // reads the table at each step: seconds at a million. So find only the key of the row at
    // offset, which the (column, id) index answers by itself, then page by keyset from there.
    const auto found = where(query);
    if (!found)
        return found.error();
    const Where& w = *found;
    if (w.matchesNothing)
        return QList<CustomerRow>{};
    const QString key = sortColumnSql(query.sortColumn);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    SqlStatement locate(
        m_database.connection(),
        QStringLiteral("SELECT %1, c.id FROM customers c%2 ORDER BY %1%3, c.id%3 "
                       "LIMIT 1 OFFSET ?")
            .arg(key, w.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.sql, direction),
        Texts::tr("reading the customer list"));
    QVariantList values = w.values;
    values << offset;
    if (auto status = locate.exec(values); !status)
        return status.error();
    if (!locate.next())
        return QList<CustomerRow>{};
    const QString op = query.descending ? QStringLiteral("<=") : QStringLiteral(">=");
    return select(query, QStringLiteral("(%1, c.id) %2 (?, ?)").arg(key, op),
                  {locate.value(0), locate.value(1)}, false, limit, 0);
}

Result<QStringList> CustomerListRepository::cities(int limit)
{
    // DISTINCT would read all million entries of the city index (0.4 s, on the GUI thread at
    // start); hopping from each city to the next one seeks the index once per city instead.
    SqlStatement select(
        m_database.connection(),
        QStringLiteral("WITH RECURSIVE next(city) AS ("
                       " SELECT min(city) FROM customers WHERE city <> ''"
                       " UNION ALL SELECT (SELECT min(c.city) FROM customers c"
                       " WHERE c.city > next.city) FROM next WHERE next.city IS NOT NULL)"
                       " SELECT city FROM next WHERE city IS NOT NULL LIMIT ?"),
        Texts::tr("reading cities"));
    if (auto status = select.exec({limit}); !status)
        return status.error();
    QStringList cities;
    while (select.next())
        cities.append(select.value(0).toString());
    return cities;
}

Result<QList<CustomerRef>> CustomerListRepository::refs(const QList<qint64>& ids)
{
    QList<CustomerRef> refs;
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT id, name, business_id, city, kind FROM customers "
                                       "WHERE id = ?"),
                        Texts::tr("reading customers"));
    for (const qint64 id : ids) {
        if (auto status = select.exec({id}); !status)
            return status.error();
        if (select.next()) {
            refs.append({select.value(0).toLongLong(), select.value(1).toString(),
                         select.value(2).toString(), select.value(3).toString(),
                         vocabulary::fromCode<CustomerKind>(select.value(4).toString())
                             .value_or(CustomerKind::Company)});
        }
        select.finish();
    }
    return refs;
}

} // namespace luotsi::storage
