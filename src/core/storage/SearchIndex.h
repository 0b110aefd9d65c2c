#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace luotsi::storage {

class RankedMatches;

// The register's full-text index over name, business ID, city, contact names, phones and
// emails. The interface keeps dialect-specific search (SQLite FTS5, PostgreSQL tsvector) out of
// the repositories that use it.
class SearchIndex
{
public:
    // The schema version whose migration creates the index (empty); a register upgraded across
    // it has its index rebuilt once.
    static constexpr int introducedInSchema = 2;

    virtual ~SearchIndex() = default;

    // Brings one customer's entry up to date with its stored data (call inside the save's
    // transaction).
    virtual core::Status reindex(qint64 customerId) = 0;
    // Indexes the customers with ids from first to last that exist and are not in the index yet
    // (a save since indexes its customer): the bulk writers' path, one statement for a whole
    // batch of new customers.
    virtual core::Status indexNew(qint64 firstId, qint64 lastId) = 0;
    virtual core::Status remove(qint64 customerId) = 0;
    // Rebuilds the whole index, for bulk loads.
    virtual core::Status rebuild() = 0;

    // How a list query should use the index: look up the few matching customers and sort them;
    // or walk the list in its sort order and test each customer against the set of many
    // matches; or, when most customers match, test each one by asking the index about it alone
    // (the first page is then found after a few hundred questions, without building the set).
    enum class MatchPlan
    {
        FewMatches,
        ManyMatches,
        MostMatch
    };
    // An SQL condition on customers aliased "c" that holds for the customers matching the text
    // bound to its one placeholder; see matchValue().
    virtual QString matchCondition(MatchPlan plan) const = 0;
    // Marks the customers matching the value of matchValue() in `into`, in one pass over the
    // index; false when this index cannot (the caller then uses matchCondition()).
    virtual core::Result<bool> markMatches(const QString& matchValue, RankedMatches& into)
    {
        Q_UNUSED(matchValue);
        Q_UNUSED(into);
        return false;
    }
    // How many customers match the value of matchValue(), from the index alone.
    virtual core::Result<qint64> countMatches(const QString& matchValue) = 0;
    // The value to bind for the user's text, or nothing when the text has no searchable terms.
    virtual std::optional<QString> matchValue(const QString& text) const = 0;
    // The first customer ids matching the text, best first.
    virtual core::Result<QList<qint64>> search(const QString& text, int limit) = 0;
};

std::unique_ptr<SearchIndex> createSearchIndex(Database& database);

} // namespace luotsi::storage
