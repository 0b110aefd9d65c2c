#pragma once

#include "ListOrder.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace luotsi::storage {

// The customers a search matches, as a set of their ranks in a ListOrder (one bit a customer of
// the register). The full-text index marks its matches into it in one pass
// (SearchIndex::markMatches, through the SQL aggregate registered here); any page of the matches
// in list order is then found in the bits — a two-letter prefix matching a quarter of a million
// customers costs that one pass (about 15 ms) instead of a walk of the sort index that asks the
// index about each customer it passes (40 ms), and the pages after it cost nothing more.
class RankedMatches final
{
public:
    // The type name of the pointer bound for the SQL aggregate (sqlite3_bind_pointer).
    static constexpr const char* pointerType = "luotsi::RankedMatches";

    RankedMatches(std::shared_ptr<const ListOrder> order, QString matchValue);

    // Registers search_rank_set(rowid, matches): marks each row's customer in the RankedMatches
    // bound as its second argument and returns how many rows it saw.
    static bool registerSqlFunction(void* sqliteHandle);

    void mark(qint64 customerId);
    const ListOrder& order() const { return *m_order; }
    const QString& matchValue() const { return m_matchValue; }
    // Matching customers of the order (a row of the index without its customer is not one).
    qint64 count() const { return m_count; }
    bool contains(quint32 rank) const
    {
        return rank < m_order->size() && (m_bits[rank / 64] >> (rank % 64) & 1U) != 0;
    }

    // Up to `limit` matching ranks in list order (descending: from the last rank down), after
    // the rank `after` (none: from the start), skipping the first `skip` of them.
    std::vector<quint32> ranks(std::optional<quint32> after, qint64 skip, bool descending,
                               int limit) const;

private:
    std::shared_ptr<const ListOrder> m_order;
    QString m_matchValue;
    std::vector<quint64> m_bits;
    qint64 m_count = 0;
};

} // namespace luotsi::storage
