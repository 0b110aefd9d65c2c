#pragma once

#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace luotsi::core::importing {

// The blocking keys (as MatchKeyHash numbers) of the customers an import batch has created, in
// memory. The batch writes them to the register's match_keys only at its end, in key order, so
// that a million customers' seven or eight keys each go in as one ordered pass instead of
// millions of inserts at random places of a big index (which, in one transaction, made the
// import slower the longer it ran); until then the batch's own rows are found here. Sixteen
// bytes an entry, in blocks, so memory grows without copying.
class BatchKeyIndex final
{
public:
    BatchKeyIndex();
    ~BatchKeyIndex();

    void add(qint64 keyHash, qint64 customerId);
    // Leaves a customer's entries out of forEachSorted(): its keys went to the register another
    // way (a merge saved it through the service).
    void forget(qint64 customerId) { m_forgotten.insert(customerId); }
    // Appends the customers holding a key to ids until ids holds `limit`.
    void appendIds(qint64 keyHash, QList<qint64>& ids, int limit) const;
    qsizetype size() const { return m_count; }

    // Every remembered entry in (key, customer) order; the index is empty afterwards. Stops at
    // the first false the callback returns.
    bool forEachSorted(const std::function<bool(qint64 keyHash, qint64 customerId)>& visit);

private:
    struct Entry
    {
        quint64 hash;
        quint32 customer;
        quint32 next; // entry number + 1 of the next in the bucket, 0 at the end
    };
    static constexpr qsizetype blockSize = 1 << 16;

    Entry& entry(quint32 number) { return m_blocks[number >> 16][number & 0xFFFF]; }
    const Entry& entry(quint32 number) const { return m_blocks[number >> 16][number & 0xFFFF]; }
    void rehash(size_t buckets);

    std::vector<std::unique_ptr<Entry[]>> m_blocks;
    std::vector<quint32> m_heads; // per bucket: entry number + 1 of the first, 0 when empty
    qsizetype m_count = 0;
    QSet<qint64> m_forgotten;
};

} // namespace luotsi::core::importing
