#include "ImportMatcher.h"

#include "core/importing/RegisterExport.h"
#include "core/matching/BlockingKeys.h"
#include "core/matching/PreparedRecord.h"
#include "core/register/CustomerMatchRecord.h"
#include "core/storage/CustomerRepository.h"
#include "core/storage/MatchKeyRepository.h"

namespace luotsi::core::importing {

using namespace luotsi::core::matching;

namespace {

// A strong key (business ID, phone, e-mail) shared by more customers than this is a switchboard
// or a shared mailbox, not an identity: looking at all of them would only slow the import.
constexpr int strongKeyLimit = 200;
// A weak key (name parts in a municipality) shared by more customers than this is a common name
// in a big town: the strong keys and the rarer name keys find such customers.
constexpr int weakKeyLimit = 100;
// How many prepared customers the matcher keeps; about 1 KiB each.
constexpr qsizetype preparedCacheSize = 50000;

} // namespace

ImportMatcher::ImportMatcher(storage::Database& database, const MatchSettings& settings)
    : m_scorer(settings)
    , m_customers(std::make_unique<storage::CustomerRepository>(database))
    , m_keys(std::make_unique<storage::MatchKeyRepository>(database))
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

Result<MatchFinding> ImportMatcher::find(const Customer& incoming, const QString& sourceSystem,
                                         const QString& sourceKey)
{
    const PreparedRecord record = PreparedRecord::prepare(matchRecordOf(incoming));
    QStringList strong;
    QStringList weak;
    for (const BlockingKey& key : BlockingKeys::keysFor(record))
        (key.strong ? strong : weak).append(key.key);
    return find(record, strong, weak, sourceSystem, sourceKey);
}

Result<MatchFinding> ImportMatcher::find(const PreparedRecord& record, const QStringList& strong,
                                         const QStringList& weak, const QString& sourceSystem,
                                         const QString& sourceKey)
{
    auto same = findSameRecord(sourceSystem, sourceKey);
    if (!same || same->kind != MatchFinding::Kind::None)
        return same;
    MatchFinding finding;
    auto ids = m_keys->candidates(strong, strongKeyLimit);
    if (!ids)
        return ids.error();
    auto weakIds =
        m_keys->candidates(weak, std::min(weakKeyLimit, m_scorer.settings().maxBlockSize));
    if (!weakIds)
        return weakIds.error();
    QList<qint64> candidates = *ids;
    for (qint64 id : std::as_const(*weakIds)) {
        if (!candidates.contains(id))
            candidates.append(id);
    }

    double best = -1.0;
    for (qint64 id : std::as_const(candidates)) {
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
    if (finding.customerId != 0) {
        auto ref = m_customers->ref(finding.customerId);
        if (!ref)
            return ref.error();
        finding.customerName = ref->name;
    }
    if (finding.customerId == 0)
        return finding;
    finding.kind = m_scorer.settings().outcome(finding.score.score) == MatchOutcome::Same
                       ? MatchFinding::Kind::Same
                       : MatchFinding::Kind::PossibleDuplicate;
    return finding;
}

void ImportMatcher::remember(const Customer& customer)
{
    remember(customer.id, PreparedRecord::prepare(matchRecordOf(customer)));
}

void ImportMatcher::remember(qint64 customerId, const PreparedRecord& record)
{
    if (m_prepared.size() >= preparedCacheSize)
        m_prepared.clear(); // crude but flat: the next rows refill what they need
    m_prepared.insert(customerId, record);
}

Result<const PreparedRecord*> ImportMatcher::prepared(qint64 customerId)
{
    auto found = m_prepared.constFind(customerId);
    if (found != m_prepared.constEnd())
        return &found.value();
    auto customer = m_customers->load(customerId);
    if (!customer)
        return customer.error();
    remember(*customer);
    return &m_prepared.find(customerId).value();
}

} // namespace luotsi::core::importing
