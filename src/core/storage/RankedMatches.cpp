#include "RankedMatches.h"

#include <sqlite3.h>

#include <bit>

namespace luotsi::storage {

namespace {

struct Tally
{
    qint64 rows = 0;
};

void markStep(sqlite3_context* context, int, sqlite3_value** values)
{
    auto* matches =
        static_cast<RankedMatches*>(sqlite3_value_pointer(values[1], RankedMatches::pointerType));
    auto* tally = static_cast<Tally*>(sqlite3_aggregate_context(context, sizeof(Tally)));
    if (matches == nullptr || tally == nullptr) {
        sqlite3_result_error(context, "search_rank_set() needs a bound RankedMatches", -1);
        return;
    }
    matches->mark(sqlite3_value_int64(values[0]));
    ++tally->rows;
}

void markFinal(sqlite3_context* context)
{
    auto* tally = static_cast<Tally*>(sqlite3_aggregate_context(context, 0));
    sqlite3_result_int64(context, tally == nullptr ? 0 : tally->rows);
}

} // namespace

RankedMatches::RankedMatches(std::shared_ptr<const ListOrder> order, QString matchValue)
    : m_order(std::move(order))
    , m_matchValue(std::move(matchValue))
    , m_bits((size_t(m_order->size()) + 63) / 64, 0)
{}

bool RankedMatches::registerSqlFunction(void* sqliteHandle)
{
    return sqlite3_create_function_v2(static_cast<sqlite3*>(sqliteHandle), "search_rank_set", 2,
                                      SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, nullptr, &markStep,
                                      &markFinal, nullptr) == SQLITE_OK;
}

void RankedMatches::mark(qint64 customerId)
{
    const quint32 rank = m_order->rankOf(customerId);
    if (rank == ListOrder::noRank)
        return;
    quint64& word = m_bits[rank / 64];
    const quint64 bit = quint64(1) << (rank % 64);
    if ((word & bit) == 0) {
        word |= bit;
        ++m_count;
    }
}

std::vector<quint32> RankedMatches::ranks(std::optional<quint32> after, qint64 skip,
                                          bool descending, int limit) const
{
    std::vector<quint32> found;
    const quint32 size = m_order->size();
    if (limit <= 0 || size == 0 || (after && *after == ListOrder::noRank))
        return found;
    found.reserve(size_t(limit));
    // Takes the matches of one word lowest (or highest) first; true when the page is full.
    // Whole words of matches to skip are counted, not walked bit by bit.
    const auto take = [&](quint64 word, size_t index) {
        const int inWord = std::popcount(word);
        if (skip >= inWord) {
            skip -= inWord;
            return false;
        }
        while (word != 0) {
            const int bit = descending ? 63 - std::countl_zero(word) : std::countr_zero(word);
            word &= ~(quint64(1) << bit);
            if (skip > 0) {
                --skip;
                continue;
            }
            found.push_back(quint32(index * 64 + size_t(bit)));
            if (int(found.size()) == limit)
                return true;
        }
        return false;
    };
    if (!descending) {
        const quint32 first = after ? *after + 1 : 0;
        if (first >= size)
            return found;
        quint64 word = m_bits[first / 64] & (~quint64(0) << (first % 64));
        for (size_t index = first / 64; !take(word, index) && ++index < m_bits.size();)
            word = m_bits[index];
        return found;
    }
    if (after && *after == 0)
        return found;
    const quint32 last = after ? std::min(*after, size) - 1 : size - 1;
    quint64 word = m_bits[last / 64] & (~quint64(0) >> (63 - last % 64));
    for (size_t index = last / 64; !take(word, index) && index-- > 0;)
        word = m_bits[index];
    return found;
}

} // namespace luotsi::storage
