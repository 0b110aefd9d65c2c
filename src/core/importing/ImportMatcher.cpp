#include "ImportMatcher.h"

#include "core/importing/BatchKeyIndex.h"
#include "core/importing/RegisterExport.h"
#include "core/matching/BlockingKeys.h"
#include "core/matching/PreparedRecord.h"
#include "core/register/CustomerMatchRecord.h"
#include "core/storage/CustomerRepository.h"
#include "core/storage/MatchKeyRepository.h"
#include "core/storage/MatchRecordReader.h"

namespace luotsi::core::importing {

using namespace luotsi::core::matching;

namespace {

// A strong key (business ID, phone, e-mail) shared by more customers than this is a switchboard
// or a shared mailbox, not an identity: looking at all of them would only slow the import.
constexpr int strongKeyLimit = 200;
// A weak key (name parts in a municipality) shared by more customers than this is a common name
// in a big town: the strong keys and the rarer name keys find such customers.
constexpr int weakKeyLimit = 100;
// How many prepared customers each generation of the matcher's cache keeps; about 1 KiB each.
constexpr qsizetype generationSize = 25000;

} // namespace

ImportMatcher::ImportMatcher(storage::Database& database, const MatchSettings& settings)
    : m_scorer(settings)
    , m_customers(std::make_unique<storage::CustomerRepository>(database))
    , m_keys(std::make_unique<storage::MatchKeyRepository>(database))
    , m_records(std::make_unique<storage::MatchRecordReader>(database))
{}

ImportMatcher::~ImportMatcher() = default;

Result<MatchFinding> ImportMatcher::findSameRecord(const QString& sourceSystem,
                                                   const QString& sourceKey)
{
    MatchFinding finding;
    if (!sourceKey.isEmpty() && sourceSystem == RegisterExport::luotsiSourceSystem()) {
        // A row of Luotsi's own export: its key is the customer's number.
        bool numeric = false;
        const qint64 id = sourceKey.toLongLong(&numeric);
        auto customer = numeric ? m_customers->load(id) : Result<Customer>(Error{});
        if (customer) {
            finding.kind = MatchFinding::Kind::SameSourceRecord;
            finding.customerId = customer->id;
            finding.customerName = customer->name;
            finding.score.score = 1.0;
            finding.score.agreed.append(QStringLiteral("Luotsi number"));
            return finding;
        }
    } else if (!sourceKey.isEmpty()) {
        auto owner = m_keys->bySourceKey(sourceSystem, sourceKey);
        if (!owner)
            return owner.error();
        if (*owner != 0) {
            auto customer = m_customers->load(*owner);
            if (!customer)
                return customer.error();
            finding.kind = MatchFinding::Kind::SameSourceRecord;
            finding.customerId = customer->id;
            finding.customerName = customer->name;
            finding.score.score = 1.0;
            finding.score.agreed.append(QStringLiteral("source key"));
            return finding;
        }
    }
    return finding;
}

Result<QList<qint64>> ImportMatcher::candidates(const QList<qint64>& keyHashes, int perKeyLimit,
                                                const BatchKeyIndex* batch)
{
    QList<qint64> ids;
    for (qint64 hash : keyHashes) {
        // The register's and the batch's customers holding the key; one more than the limit
        // tells an unspecific key from a full one.
        auto block = m_keys->idsFor(hash, perKeyLimit + 1);
        if (!block)
            return block.error();
        if (batch != nullptr)
            batch->appendIds(hash, block.value(), perKeyLimit + 1);
        if (block->size() > perKeyLimit)
            continue;
        for (qint64 id : std::as_const(*block)) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

Result<MatchFinding> ImportMatcher::find(const PreparedRecord& record,
                                         const QList<qint64>& strongKeys,
                                         const QList<qint64>& weakKeys, const QString& sourceSystem,
                                         const QString& sourceKey, const BatchKeyIndex* batch)
{
    auto same = findSameRecord(sourceSystem, sourceKey);
    if (!same || same->kind != MatchFinding::Kind::None)
        return same;
    MatchFinding finding;
    auto ids = candidates(strongKeys, strongKeyLimit, batch);
    if (!ids)
        return ids.error();
    auto weakIds =
        candidates(weakKeys, std::min(weakKeyLimit, m_scorer.settings().maxBlockSize), batch);
    if (!weakIds)
        return weakIds.error();
    QList<qint64> all = *ids;
    for (qint64 id : std::as_const(*weakIds)) {
        if (!all.contains(id))
            all.append(id);
    }

    double best = -1.0;
    m_scored += all.size();
    for (qint64 id : std::as_const(all)) {
        auto other = prepared(id);
        if (!other)
            return other.error();
        const double quick = m_scorer.quickScore(record, **other);
        if (quick <= best || quick < m_scorer.settings().reviewAbove)
            continue;
        MatchScore score = m_scorer.score(record, **other);
        if (score.vetoed)
            continue;
        best = score.score;
        finding.customerId = id;
        finding.score = score;
    }
    if (finding.customerId == 0)
        return finding;
    finding.kind = m_scorer.settings().outcome(finding.score.score) == MatchOutcome::Same
                       ? MatchFinding::Kind::Same
                       : MatchFinding::Kind::PossibleDuplicate;
    return finding;
}

Result<QString> ImportMatcher::nameOf(qint64 customerId)
{
    auto ref = m_customers->ref(customerId);
    if (!ref)
        return ref.error();
    return ref->name;
}

void ImportMatcher::remember(const Customer& customer)
{
    remember(customer.id, PreparedRecord::prepare(matchRecordOf(customer)));
}

void ImportMatcher::remember(qint64 customerId, const PreparedRecord& record)
{
    // Two generations, about the most recently used customers: when the newer is full, the
    // older goes. Memory stays flat and a candidate met again soon stays at hand.
    if (m_recent.size() >= generationSize) {
        m_older = std::move(m_recent);
        m_recent = {};
        m_recent.reserve(generationSize);
    }
    m_recent.insert(customerId, record);
}

Result<const PreparedRecord*> ImportMatcher::prepared(qint64 customerId)
{
    if (auto found = m_recent.find(customerId); found != m_recent.end())
        return &found.value();
    if (auto older = m_older.find(customerId); older != m_older.end()) {
        const PreparedRecord record = std::move(older.value());
        m_older.erase(older);
        remember(customerId, record);
        return &m_recent.find(customerId).value();
    }
    auto record = m_records->read(customerId);
    if (!record)
        return record.error();
    ++m_read;
    remember(customerId, PreparedRecord::prepare(*record));
    return &m_recent.find(customerId).value();
}

} // namespace luotsi::core::importing
