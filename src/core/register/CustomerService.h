#pragma once

#include "Customer.h"
#include "CustomerQuery.h"
#include "CustomerValidator.h"
#include "core/Result.h"
#include "core/provenance/ChangeOrigin.h"
#include "core/provenance/FieldSource.h"

#include <QObject>

#include <memory>
#include <optional>

namespace luotsi::storage {
class Database;
class SearchIndex;
class CustomerRepository;
class CustomerListRepository;
class AuditRepository;
class TimelineRepository;
class DirectoryRepository;
class MatchKeyRepository;
class FieldSourceRepository;
} // namespace luotsi::storage

namespace luotsi::core {

// The register's rules around the repositories: every write normalises and validates, runs in
// one transaction with its audit-log entries and search-index update, and either happens whole or
// not at all. Signals tell views which customer changed.
class CustomerService final : public QObject
{
    Q_OBJECT
public:
    CustomerService(storage::Database& database, storage::SearchIndex& searchIndex,
                    qint64 currentUserId, QObject* parent = nullptr);
    ~CustomerService() override;

    Result<Customer> load(qint64 id);
    Result<Customer> create(const Customer& customer);
    Result<Customer> save(const Customer& customer);
    Status remove(qint64 id);

    Result<TimelineEntry> addTimelineEntry(const TimelineEntry& entry);
    Result<QList<TimelineEntry>> timeline(qint64 customerId);
    Result<QList<AuditEntry>> history(qint64 customerId);
    // Where each field's current value came from (an import, a user's edit, a merge).
    Result<QList<FieldSource>> fieldSources(qint64 customerId);
    Result<QList<CustomerRef>> children(qint64 customerId);
    Result<CustomerRef> ref(qint64 id);
    Result<QList<CustomerRef>> quickSearch(const QString& text, int limit);

    Result<qint64> count(const CustomerQuery& query);
    Result<QList<CustomerRow>> fetchAfter(const CustomerQuery& query,
                                          const std::optional<RowKey>& after, int limit);
    Result<QList<CustomerRow>> fetchBefore(const CustomerQuery& query, const RowKey& before,
                                           int limit);
    Result<QList<CustomerRow>> fetchAt(const CustomerQuery& query, qint64 offset, int limit);
    Result<QStringList> cities();

    // Recomputes every customer's matching keys in one transaction (after an upgrade).
    Status rebuildMatchKeys();

    Result<QList<User>> users();
    Result<QList<GroupCompany>> groupCompanies();
    qint64 currentUserId() const { return m_currentUserId; }

    // Whose writes follow: an import batch's, until reset to std::nullopt (the signed-in user's
    // own edits). create() and save() record it as the origin of every field they change.
    void setChangeOrigin(std::optional<ChangeOrigin> origin) { m_origin = std::move(origin); }
    const std::optional<ChangeOrigin>& changeOrigin() const { return m_origin; }

signals:
    void customerCreated(qint64 id);
    void customerSaved(qint64 id);
    void customerRemoved(qint64 id);
    void timelineChanged(qint64 customerId);

public:
    // Normalises and validates as every write does; an Error lists every blocking finding.
    // A bulk import runs it on its reading thread, before the customer reaches the writer.
    static Result<Customer> prepare(const Customer& customer);

private:
    Status checkHierarchy(const Customer& customer);
    // The matching engine's blocking keys follow every write, so that an import finds the
    // customer entered by hand a minute ago.
    Status refreshMatchKeys(const Customer& customer);
    // Records the change origin as the source of these fields of the customer.
    Status recordSources(qint64 customerId, const QStringList& fields);

    storage::Database& m_database;
    storage::SearchIndex& m_searchIndex;
    qint64 m_currentUserId;
    std::unique_ptr<storage::CustomerRepository> m_customers;
    std::unique_ptr<storage::CustomerListRepository> m_list;
    std::unique_ptr<storage::AuditRepository> m_audit;
    std::unique_ptr<storage::TimelineRepository> m_timeline;
    std::unique_ptr<storage::DirectoryRepository> m_directory;
    std::unique_ptr<storage::MatchKeyRepository> m_matchKeys;
    std::unique_ptr<storage::FieldSourceRepository> m_fieldSources;
    std::optional<ChangeOrigin> m_origin;
};

} // namespace luotsi::core
