#include "BatchKeyIndex.h"

#include <algorithm>
#include <queue>

namespace luotsi::core::importing {

namespace {

size_t bucketOf(quint64 hash, size_t buckets)
{
    // The low bits of an FNV hash are well mixed; buckets are a power of two.
    return size_t(hash ^ (hash >> 29)) & (buckets - 1);
}

} // namespace

BatchKeyIndex::BatchKeyIndex()
{
    m_heads.assign(size_t(1) << 16, 0);
}

BatchKeyIndex::~BatchKeyIndex() = default;

void BatchKeyIndex::rehash(size_t buckets)
{
    m_heads.assign(buckets, 0);
    for (quint32 n = 0; n < quint32(m_count); ++n) {
        Entry& e = entry(n);
        quint32& head = m_heads[bucketOf(e.hash, buckets)];
        e.next = head;
        head = n + 1;
    }
}

void BatchKeyIndex::add(qint64 keyHash, qint64 customerId)
{
    if (m_count % blockSize == 0 && qsizetype(m_blocks.size()) * blockSize == m_count)
        m_blocks.push_back(std::make_unique_for_overwrite<Entry[]>(size_t(blockSize)));
    // About two entries a bucket at most: a lookup follows a short chain.
    if (size_t(m_count) >= 2 * m_heads.size())
        rehash(m_heads.size() * 2);
    const quint32 number = quint32(m_count++);
    Entry& e = entry(number);
    e.hash = quint64(keyHash);
    e.customer = quint32(customerId);
    quint32& head = m_heads[bucketOf(e.hash, m_heads.size())];
    e.next = head;
    head = number + 1;
}

void BatchKeyIndex::appendIds(qint64 keyHash, QList<qint64>& ids, int limit) const
{
    const quint64 hash = quint64(keyHash);
    for (quint32 n = m_heads[bucketOf(hash, m_heads.size())]; n != 0 && ids.size() < limit;) {
        const Entry& e = entry(n - 1);
        if (e.hash == hash && !m_forgotten.contains(e.customer) && !ids.contains(e.customer))
            ids.append(e.customer);
        n = e.next;
    }
}

bool BatchKeyIndex::forEachSorted(const std::function<bool(qint64, qint64)>& visit)
{
    // Each block sorted in place, then merged: no second copy of the entries.
    const auto less = [](const Entry& a, const Entry& b) {
        return qint64(a.hash) != qint64(b.hash) ? qint64(a.hash) < qint64(b.hash)
                                                : a.customer < b.customer;
    };
    std::vector<std::pair<Entry*, Entry*>> runs;
    for (size_t b = 0; b < m_blocks.size(); ++b) {
        Entry* begin = m_blocks[b].get();
        const qsizetype used = std::min<qsizetype>(blockSize, m_count - qsizetype(b) * blockSize);
        std::sort(begin, begin + used, less);
        runs.emplace_back(begin, begin + used);
    }
    const auto later = [&less](const std::pair<Entry*, Entry*>& a,
                               const std::pair<Entry*, Entry*>& b) {
        return less(*b.first, *a.first);
    };
    std::priority_queue<std::pair<Entry*, Entry*>, std::vector<std::pair<Entry*, Entry*>>,
                        decltype(later)>
        heads(later);
    for (const auto& run : runs) {
        if (run.first != run.second)
            heads.push(run);
    }
    bool completed = true;
    while (!heads.empty() && completed) {
        auto run = heads.top();
        heads.pop();
        const Entry& e = *run.first;
        if (!m_forgotten.contains(e.customer))
            completed = visit(qint64(e.hash), e.customer);
        if (++run.first != run.second)
            heads.push(run);
    }
    m_blocks.clear();
    m_heads.assign(size_t(1) << 16, 0);
    m_count = 0;
    return completed;
}

} // namespace luotsi::core::importing
