#include "SalesFactImportRepository.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SalesFactImportRepository)
};

// Months are stored as 'YYYY-MM' text (migrations/0006_segments.sql).
QString monthText(const QDate& month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

SalesFactImportRepository::SalesFactImportRepository(Database& database)
    : m_database(database)
    , m_customerName(database.connection(),
                     QStringLiteral("SELECT name FROM customers WHERE id = ?"),
                     Texts::tr("looking up a customer"))
    , m_businessId(database.connection(),
                   QStringLiteral("SELECT id FROM customers WHERE business_id = ? ORDER BY id "
                                  "LIMIT ?"),
                   Texts::tr("looking up a business ID"))
    , m_fact(database.connection(),
             QStringLiteral("SELECT revenue, order_count, coalesce(batch_id, 0) FROM sales_facts "
                            "WHERE customer_id = ? AND company_id = ? AND month = ?"),
             Texts::tr("reading a sales fact"))
{}

Result<std::optional<QString>> SalesFactImportRepository::customerName(qint64 customerId)
{
    if (auto status = m_customerName.exec({customerId}); !status)
        return status.error();
    std::optional<QString> name;
    if (m_customerName.next())
        name = m_customerName.value(0).toString();
    m_customerName.finish();
    return name;
}

Result<QList<qint64>> SalesFactImportRepository::customersWithBusinessId(const QString& businessId,
                                                                         int limit)
{
    if (auto status = m_businessId.exec({businessId, limit}); !status)
        return status.error();
    QList<qint64> ids;
    while (m_businessId.next())
        ids.append(m_businessId.value(0).toLongLong());
    m_businessId.finish();
    return ids;
}

Result<QHash<QString, QList<qint64>>> SalesFactImportRepository::customerNumbers(qint64 companyId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT customer_number, customer_id FROM relationships "
                                      "WHERE company_id = ? AND customer_number <> ''"),
                       Texts::tr("reading the group company's customer numbers"));
    if (auto status = query.exec({companyId}); !status)
        return status.error();
    QHash<QString, QList<qint64>> numbers;
    while (query.next())
        numbers[query.value(0).toString().trimmed()].append(query.value(1).toLongLong());
    return numbers;
}

Result<std::optional<SalesFactImportRepository::StoredFact>>
SalesFactImportRepository::fact(qint64 customerId, qint64 companyId, const QDate& month)
{
    if (auto status = m_fact.exec({customerId, companyId, monthText(month)}); !status)
        return status.error();
    std::optional<StoredFact> found;
    if (m_fact.next())
        found = StoredFact{m_fact.value(0).toDouble(), m_fact.value(1).toInt(),
                           m_fact.value(2).toLongLong()};
    m_fact.finish();
    return found;
}

Result<QByteArray> SalesFactImportRepository::firstChangeOf(qint64 batchId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT after_json FROM import_changes WHERE batch_id = ? "
                                      "ORDER BY id LIMIT 1"),
                       Texts::tr("reading the changes of a batch"));
    if (auto status = query.exec({batchId}); !status)
        return status.error();
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

} // namespace luotsi::storage
