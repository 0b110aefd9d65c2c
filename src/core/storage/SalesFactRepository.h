#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/register/Customer.h"
#include "core/segments/CustomerFacts.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace luotsi::storage {

// A sales fact as stored, with the import batch that wrote it (0: generated, or its batch undone).
struct StoredSalesFact
{
    core::segments::SalesFact fact;
    qint64 batchId = 0;

    bool operator==(const StoredSalesFact&) const = default;
};

// An estimated potential as stored: who set it and when.
struct StoredPotential
{
    double euros = 0;
    qint64 userId = 0;
    QDateTime changedAt;

    bool operator==(const StoredPotential&) const = default;
};

// A customer as the sales generator sees it: what it is and which group companies it deals with.
struct SalesSubject
{
    qint64 customerId = 0;
    core::CustomerKind kind = core::CustomerKind::Company;
    core::CustomerStatus status = core::CustomerStatus::Active;
    QList<std::pair<qint64, core::RelationshipStatus>> relationships; // (company id, status)
};

// What segment rules read about customers: sales per customer, group company and month
// (sales_facts), the estimated potential (customer_potential) and free tags (customer_tags),
// and the facts derived from them as of a month (see core/segments/CustomerFacts.h for the
// windows). Writers that change several rows expect the caller to hold the transaction.
class SalesFactRepository final
{
public:
    using Visit = std::function<bool(const core::segments::CustomerFacts&)>;
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit SalesFactRepository(Database& database);

    // Sales facts -------------------------------------------------------------------------------
    // Inserts each fact, or replaces the customer's row for its company and month.
    core::Status upsert(const QList<core::segments::SalesFact>& facts, qint64 batchId);
    // Removes the facts an import batch wrote.
    core::Status removeBatch(qint64 batchId);
    // Removes every sales fact of the register (generate --sales-only replaces the history).
    core::Status removeAllFacts();
    // Newest month first, then by company.
    core::Result<QList<core::segments::SalesFact>> forCustomer(qint64 customerId);
    // Distinct months with any sales fact.
    core::Result<int> monthsOfHistory();

    // Derived facts ---------------------------------------------------------------------------
    core::Result<core::segments::CustomerFacts> factsFor(qint64 customerId, const QDate& asOf);
    // Visits every customer in id order, also those without sales, with the same facts factsFor
    // gives. A few forward-only scans merged in memory: one pass over the register, no query per
    // customer. Progress is called every few thousand customers and at the end. When visit or
    // progress returns false the scan stops and the result is still ok: the caller knows it
    // stopped (its own flag), and nothing was written.
    core::Status forEachCustomerFacts(const QDate& asOf, const Visit& visit,
                                      const Progress& progress = {});
    // Customers with an id above afterId (all by default).
    core::Result<qint64> customerCount(qint64 afterId = 0);

    // Potential and tags ------------------------------------------------------------------------
    // Sets (euros) or clears (nullopt) the customer's estimated potential, as changed by userId
    // now.
    core::Status setPotential(qint64 customerId, std::optional<double> euros, qint64 userId);
    // Replaces the customer's tags: trimmed, empty ones dropped, the first spelling of tags equal
    // but for case kept.
    core::Status setTags(qint64 customerId, const QStringList& tags);
    core::Result<QStringList> tags(qint64 customerId);
    // Every tag in use, sorted, one spelling of tags equal but for case.
    core::Result<QStringList> allTags();

    // Rows as stored, for a merge and its undo -----------------------------------------------
    core::Result<QList<StoredSalesFact>> storedFacts(qint64 customerId);
    core::Result<std::optional<StoredSalesFact>> storedFact(qint64 customerId, qint64 companyId,
                                                            const QDate& month);
    core::Status putStored(const StoredSalesFact& stored); // insert or replace
    core::Status removeFact(qint64 customerId, qint64 companyId, const QDate& month);
    core::Status removeFacts(qint64 customerId);
    core::Status addTag(qint64 customerId, const QString& tag); // no-op when present
    core::Status removeTag(qint64 customerId, const QString& tag);
    core::Result<std::optional<StoredPotential>> storedPotential(qint64 customerId);
    core::Status putPotential(qint64 customerId, const StoredPotential& potential);
    // The largest potential still held by a member of the survivor's newest merge (the merge
    // being written: members are recorded before their rows move); empty when none holds one.
    core::Result<std::optional<double>> largestPotentialOfMergeMembers(qint64 survivorId);

    // For the generator -------------------------------------------------------------------------
    // Up to limit customers with an id above afterId, in id order, with their relationships.
    core::Result<QList<SalesSubject>> salesSubjects(qint64 afterId, int limit);

private:
    Database& m_database;
};

} // namespace luotsi::storage
