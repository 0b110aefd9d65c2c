#pragma once

#include "core/Result.h"
#include "core/register/CustomerQuery.h"

#include <QtGlobal>

#include <limits>
#include <vector>

namespace luotsi::storage {

class Database;

// The customer list's order by one sort column, as each customer's rank in it: read in one walk
// of the column's (column, id) index, 0.1 s at a million customers. With it a search's matches
// become a set of ranks (RankedMatches), whose first page in list order is found without walking
// the sort index and testing each customer it passes. Valid while the register is unchanged
// (version()).
class ListOrder final
{
public:
    static constexpr quint32 noRank = std::numeric_limits<quint32>::max();

    // The order of the whole register by the column (ascending; a descending list reads it
    // backwards: (column, id) descending is the exact reverse).
    static core::Result<ListOrder> read(Database& database, core::CustomerSortColumn column);

    core::CustomerSortColumn column() const { return m_column; }
    // Database::changeVersion() when read.
    qint64 version() const { return m_version; }
    quint32 size() const { return quint32(m_idByRank.size()); }
    quint32 rankOf(qint64 customerId) const
    {
        return customerId >= 0 && quint64(customerId) < m_rankById.size()
                   ? m_rankById[size_t(customerId)]
                   : noRank;
    }
    qint64 idAt(quint32 rank) const { return m_idByRank[rank]; }

private:
    core::CustomerSortColumn m_column = core::CustomerSortColumn::Name;
    qint64 m_version = -1;
    std::vector<quint32> m_rankById; // indexed by customer id; noRank for ids not in use
    std::vector<qint64> m_idByRank;
};

} // namespace luotsi::storage
