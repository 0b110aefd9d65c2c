#pragma once

#include "core/Result.h"
#include "core/demo/SalesFactGenerator.h"
#include "core/storage/BulkCustomerWriter.h"

#include <QString>

#include <functional>

namespace luotsi::core {

// Fills a register with generated Finnish customers: the demo register of the first start and
// luotsi-admin generate. Opens or creates the register (migrating it), adds the demo's group
// companies and users, then streams DemoDataGenerator into BulkCustomerWriter batch by batch.
// Runs without a window and on any thread: it opens its own connection.
class DemoRegisterBuilder final
{
public:
    // Called after every batch; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoRegisterBuilder(QString path, quint32 seed);

    // Customers per transaction; 0 (the default) picks one from the total: small enough for
    // smooth progress, large enough for speed (at most 5,000).
    void setBatchSize(int customers) { m_batchSize = customers; }
    // This share (0..0.5) of the customers written are second records of another customer
    // (demo::DuplicateInjector), for measuring the duplicate finder.
    void setDuplicateShare(double share) { m_duplicateShare = share; }
    // Writes "customer_id,entity" for every customer written: a second record names the
    // customer it copies, every other customer itself.
    void setTruthPath(const QString& path) { m_truthPath = path; }
    // Months (0..36) of sales history for the new customers, ending with the current month, with
    // potentials and tags (demo::SalesFactGenerator); 0: none. 24 by default.
    void setSalesMonths(int months) { m_salesMonths = months; }
    // After the sales, segments every customer as a year of use would have (a run a year ago and
    // one today, demo::segmentDemoRegister). On by default; off for benchmarks of a first run.
    void setSegment(bool segment) { m_segment = segment; }
    // Progress of the sales, written after the customers; returning false cancels.
    void setSalesProgress(Progress progress) { m_salesProgress = std::move(progress); }
    // Writes the customers. A cancelled build keeps the batches already committed (a consistent,
    // searchable register) and returns an error that says it was cancelled.
    Status run(qint64 customers, const Progress& progress);
    // Replaces the sales history of every customer already in the register (setSalesMonths()
    // months of it; 0 removes it): removes all sales facts, then writes new ones with potentials
    // and tags as run() does. For benchmarks on an existing register.
    Status replaceSales();
    // What run() wrote, also when it failed or was cancelled.
    const storage::BulkCustomerWriter::Totals& totals() const { return m_totals; }
    const demo::SalesFactGenerator::Totals& salesTotals() const { return m_salesTotals; }

    static Status build(const QString& path, qint64 customers, quint32 seed,
                        const Progress& progress);

private:
    Status writeSales(storage::Database& database, qint64 afterId);

    QString m_path;
    quint32 m_seed;
    int m_batchSize = 0;
    double m_duplicateShare = 0.0;
    QString m_truthPath;
    int m_salesMonths = 24;
    bool m_segment = true;
    Progress m_salesProgress;
    storage::BulkCustomerWriter::Totals m_totals;
    demo::SalesFactGenerator::Totals m_salesTotals;
};

} // namespace luotsi::core
