#include "CustomerService.h"

#include "CustomerDiff.h"
#include "CustomerMatchRecord.h"
#include "core/matching/BlockingKeys.h"
#include "core/matching/PreparedRecord.h"
#include "core/provenance/ProvenanceFields.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/CustomerListRepository.h"
#include "core/storage/CustomerRepository.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/FieldSourceRepository.h"
#include "core/storage/MatchKeyRepository.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/TimelineRepository.h"
#include "core/storage/TransactionGuard.h"

namespace luotsi::core {

CustomerService::CustomerService(storage::Database& database, storage::SearchIndex& searchIndex,
                                 qint64 currentUserId, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_searchIndex(searchIndex)
    , m_currentUserId(currentUserId)
    , m_customers(std::make_unique<storage::CustomerRepository>(database))
    , m_list(std::make_unique<storage::CustomerListRepository>(database, searchIndex))
    , m_audit(std::make_unique<storage::AuditRepository>(database))
    , m_timeline(std::make_unique<storage::TimelineRepository>(database))
    , m_directory(std::make_unique<storage::DirectoryRepository>(database))
    , m_matchKeys(std::make_unique<storage::MatchKeyRepository>(database))
    , m_fieldSources(std::make_unique<storage::FieldSourceRepository>(database))
{}

Status CustomerService::refreshMatchKeys(const Customer& customer)
{
    return m_matchKeys->replace(customer.id,
                                matching::BlockingKeys::keyStrings(
                                    matching::PreparedRecord::prepare(matchRecordOf(customer))));
}

Status CustomerService::recordSources(qint64 customerId, const QStringList& fields)
{
    QList<FieldSource> sources;
    sources.reserve(fields.size());
    for (const QString& field : fields) {
        FieldSource source;
        source.field = field;
        if (m_origin) {
            source.sourceSystem = m_origin->sourceSystem;
            source.batchId = m_origin->batchId;
        } else {
            source.userId = m_currentUserId;
        }
        sources.append(std::move(source));
    }
    return m_fieldSources->record(customerId, sources);
}

CustomerService::~CustomerService() = default;

Result<Customer> CustomerService::load(qint64 id)
{
    return m_customers->load(id);
}

Result<Customer> CustomerService::prepare(const Customer& customer)
{
    const Customer normalized = CustomerValidator::normalized(customer);
    const auto issues = CustomerValidator::validate(normalized);
    if (CustomerValidator::hasErrors(issues)) {
        QStringList messages;
        for (const ValidationIssue& issue : issues) {
            if (issue.severity == ValidationIssue::Severity::Error)
                messages.append(issue.message);
        }
        return Error{tr("The customer was not saved: %1").arg(messages.join(QLatin1Char(' '))),
                     normalized.name};
    }
    return normalized;
}

Status CustomerService::checkHierarchy(const Customer& customer)
{
    if (customer.parentId == 0)
        return {};
    const auto cycle = m_customers->wouldCreateCycle(customer.id, customer.parentId);
    if (!cycle)
        return cycle.error();
    if (*cycle)
        return Error{tr("The chosen parent is already below this customer in the hierarchy."),
                     customer.name};
    return {};
}

Result<Customer> CustomerService::create(const Customer& customer)
{
    auto prepared = prepare(customer);
    if (!prepared)
        return prepared.error();
    Customer draft = std::move(prepared).value();
    draft.clearIds();

    storage::TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.beginError();
    auto stored = m_customers->insert(draft);
    if (!stored)
        return stored.error();
    if (auto status = m_audit->record(m_currentUserId, stored->id, CustomerDiff::created(*stored));
        !status)
        return status.error();
    if (auto status = recordSources(stored->id, ProvenanceFields::ofCreated(*stored)); !status)
        return status.error();
    if (auto status = m_searchIndex.reindex(stored->id); !status)
        return status.error();
    if (auto status = refreshMatchKeys(*stored); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    emit customerCreated(stored->id);
    return stored;
}

Result<Customer> CustomerService::save(const Customer& customer)
{
    if (customer.id == 0)
        return create(customer);
    auto prepared = prepare(customer);
    if (!prepared)
        return prepared.error();
    storage::TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto status = checkHierarchy(*prepared); !status)
        return status.error();
    auto before = m_customers->load(customer.id);
    if (!before)
        return before.error();
    if (auto changes = CustomerDiff::between(*before, *prepared); changes.isEmpty())
        return before;
    auto stored = m_customers->update(*before, *prepared);
    if (!stored)
        return stored.error();
    const QList<FieldChange> changes = CustomerDiff::between(*before, *stored);
    if (auto status = m_audit->record(m_currentUserId, stored->id, changes); !status)
        return status.error();
    if (auto status =
            recordSources(stored->id, ProvenanceFields::ofChanges(*before, *stored, changes));
        !status)
        return status.error();
    if (auto status = m_searchIndex.reindex(stored->id); !status)
        return status.error();
    if (auto status = refreshMatchKeys(*stored); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    emit customerSaved(stored->id);
    return stored;
}

Status CustomerService::remove(qint64 id)
{
    storage::TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.beginError();
    auto before = m_customers->load(id);
    if (!before)
        return before.error();
    if (auto status = m_customers->remove(id); !status)
        return status;
    if (auto status = m_audit->record(m_currentUserId, id, CustomerDiff::deleted(*before)); !status)
        return status;
    if (auto status = m_searchIndex.remove(id); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    emit customerRemoved(id);
    return {};
}

Status CustomerService::rebuildMatchKeys()
{
    storage::TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto status = m_matchKeys->clear(); !status)
        return status;
    auto ids = m_customers->allIds();
    if (!ids)
        return ids.error();
    for (qint64 id : std::as_const(*ids)) {
        auto customer = m_customers->load(id);
        if (!customer)
            return customer.error();
        if (auto status = refreshMatchKeys(*customer); !status)
            return status;
    }
    return transaction.commit();
}

Result<TimelineEntry> CustomerService::addTimelineEntry(const TimelineEntry& entry)
{
    if (entry.subject.trimmed().isEmpty() && entry.body.trimmed().isEmpty())
        return Error{tr("The entry is empty: write a subject or a text."), {}};
    TimelineEntry draft = entry;
    draft.authorId = draft.authorId == 0 ? m_currentUserId : draft.authorId;
    auto stored = m_timeline->add(draft);
    if (stored)
        emit timelineChanged(entry.customerId);
    return stored;
}

Result<QList<TimelineEntry>> CustomerService::timeline(qint64 customerId)
{
    return m_timeline->forCustomer(customerId);
}

Result<QList<AuditEntry>> CustomerService::history(qint64 customerId)
{
    return m_audit->forCustomer(customerId);
}

Result<QList<FieldSource>> CustomerService::fieldSources(qint64 customerId)
{
    return m_fieldSources->forCustomer(customerId);
}

Result<QList<CustomerRef>> CustomerService::children(qint64 customerId)
{
    return m_customers->children(customerId);
}

Result<CustomerRef> CustomerService::ref(qint64 id)
{
    return m_customers->ref(id);
}

Result<QList<CustomerRef>> CustomerService::quickSearch(const QString& text, int limit)
{
    auto ids = m_searchIndex.search(text, limit);
    if (!ids)
        return ids.error();
    return m_list->refs(*ids);
}

Result<qint64> CustomerService::count(const CustomerQuery& query)
{
    return m_list->count(query);
}

Result<QList<CustomerRow>> CustomerService::fetchAfter(const CustomerQuery& query,
                                                       const std::optional<RowKey>& after,
                                                       int limit)
{
    return m_list->fetchAfter(query, after, limit);
}

Result<QList<CustomerRow>> CustomerService::fetchBefore(const CustomerQuery& query,
                                                        const RowKey& before, int limit)
{
    return m_list->fetchBefore(query, before, limit);
}

Result<QList<CustomerRow>> CustomerService::fetchAt(const CustomerQuery& query, qint64 offset,
                                                    int limit)
{
    return m_list->fetchAt(query, offset, limit);
}

Result<QStringList> CustomerService::cities()
{
    return m_list->cities();
}

Result<QList<User>> CustomerService::users()
{
    return m_directory->users();
}

Result<QList<GroupCompany>> CustomerService::groupCompanies()
{
    return m_directory->groupCompanies();
}

} // namespace luotsi::core
