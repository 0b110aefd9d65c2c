#pragma once

#include "Database.h"
#include "ListOrder.h"
#include "RankedMatches.h"
#include "SearchIndex.h"
#include "core/Result.h"
#include "core/register/CustomerQuery.h"

#include <memory>
#include <optional>

namespace luotsi::storage {

// Pages of the customer list for a CustomerQuery. Neighbouring pages are fetched by keyset
// (after the last row's sort value and id), so scrolling costs the same at row 10 and at row
// 900,000; only a jump far into the list uses an offset.
class CustomerListRepository final
{
public:
    // A search alone is paged from its matches ranked in the list's order (RankedMatches) where
    // the index can rank them; a search with other filters, by SQL. From manyMatches search
    // matches on, that SQL walks the sort index instead of sorting the matches (see
    // SearchIndex::MatchPlan); tests lower it, and turn ranking off, to run every plan on small
    // data.
    static constexpr qint64 defaultManyMatches = 15000;
    enum class SearchPaging
    {
        Ranked,
        SqlOnly
    };
    CustomerListRepository(Database& database, SearchIndex& searchIndex,
                           qint64 manyMatches = defaultManyMatches,
                           SearchPaging paging = SearchPaging::Ranked);

    core::Result<qint64> count(const core::CustomerQuery& query);
    // The rows after `after` (or from the start) in the query's order.
    core::Result<QList<core::CustomerRow>> fetchAfter(const core::CustomerQuery& query,
                                                      const std::optional<core::RowKey>& after,
                                                      int limit);
    // The rows before `before`, returned in the query's order.
    core::Result<QList<core::CustomerRow>> fetchBefore(const core::CustomerQuery& query,
                                                       const core::RowKey& before, int limit);
    core::Result<QList<core::CustomerRow>> fetchAt(const core::CustomerQuery& query, qint64 offset,
                                                   int limit);
    // Distinct cities of the register, for the city filter.
    core::Result<QStringList> cities(int limit = 2000);
    core::Result<QList<core::CustomerRef>> refs(const QList<qint64>& ids);

private:
    struct Where
    {
        QString sql;
        QVariantList values;
        bool matchesNothing = false;
        // The number of customers the search text matches; set only when the search text is
        // the query's one condition, so that it is the count of the whole query.
        std::optional<qint64> searchOnlyCount;
        // The same conditions in the form that counts fastest (the segment filter differs).
        QString countSql;
        // Set when the segment filter is the query's one condition: its count from
        // customer_segments alone, with the values it takes.
        QString segmentOnlyCountSql;
        QVariantList segmentOnlyCountValues;
    };
    core::Result<Where> where(const core::CustomerQuery& query);
    static void appendSegmentCondition(qint64 segmentId, QStringList& conditions,
                                       QStringList& countConditions, Where& where);
    core::Result<SearchIndex::MatchPlan> searchPlan(qint64 matches);
    // The index's count of a search's matches: the list asks for the count and then a page of
    // the same query, each keystroke, and counting a two-letter prefix takes milliseconds. The
    // last count is kept while the register is unchanged (no commit by any connection, no
    // change by this one).
    core::Result<qint64> countMatches(const QString& matchValue);
    core::Result<QList<core::CustomerRow>> select(const core::CustomerQuery& query,
                                                  const QString& extraCondition,
                                                  const QVariantList& extraValues, bool reverse,
                                                  int limit, qint64 offset);
    // The query's matches ranked in its order when it is a search alone and the index can rank
    // (kept while the register and the search are unchanged); nullptr: page it by SQL.
    core::Result<const RankedMatches*> rankedMatches(const core::CustomerQuery& query);
    // The list rows of these ranks of the ranked matches' order, in the order given.
    core::Result<QList<core::CustomerRow>> rowsOfRanks(const core::CustomerQuery& query,
                                                       const RankedMatches& matches,
                                                       const std::vector<quint32>& ranks);

    Database& m_database;
    SearchIndex& m_searchIndex;
    qint64 m_manyMatches;
    SearchPaging m_paging;
    std::shared_ptr<const ListOrder> m_order;
    std::unique_ptr<RankedMatches> m_ranked;
    struct CountedMatches
    {
        QString matchValue;
        qint64 matches = 0;
        qint64 registerVersion = -1;
    };
    CountedMatches m_lastCount;
};

} // namespace luotsi::storage
