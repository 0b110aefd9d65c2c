#include "SalesFactRepository.h"

#include "SalesFactScan.h"
#include "SqlStatement.h"
#include "SqlValues.h"
#include "core/register/RegisterVocabulary.h"

#include <QCoreApplication>
#include <QSet>

#include <limits>

namespace luotsi::storage {

using namespace luotsi::core;
using segments::CustomerFacts;
using segments::SalesFact;
namespace sv = sqlvalues;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SalesFactRepository)
};

// Months are stored as 'YYYY-MM'.
QString monthText(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QDate monthDate(const QString& text)
{
    return QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
}

const QString upsertSql = QStringLiteral(
    "INSERT INTO sales_facts (customer_id, company_id, month, revenue, order_count, batch_id) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id, company_id, month) DO UPDATE SET "
    "revenue = excluded.revenue, order_count = excluded.order_count, "
    "batch_id = excluded.batch_id");

const QString storedColumns =
    QStringLiteral("customer_id, company_id, month, revenue, order_count, batch_id");

StoredSalesFact storedOf(const SqlStatement& q)
{
    StoredSalesFact stored;
    stored.fact.customerId = q.value(0).toLongLong();
    stored.fact.companyId = q.value(1).toLongLong();
    stored.fact.month = monthDate(q.value(2).toString());
    stored.fact.revenue = q.value(3).toDouble();
    stored.fact.orders = q.value(4).toInt();
    stored.batchId = q.value(5).toLongLong();
    return stored;
}

// Trimmed, without empty ones, the first spelling of tags equal but for case.
QStringList cleanTags(const QStringList& tags)
{
    QStringList clean;
    QSet<QString> seen;
    for (const QString& tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed.toCaseFolded()))
            continue;
        seen.insert(trimmed.toCaseFolded());
        clean.append(trimmed);
    }
    return clean;
}

} // namespace

SalesFactRepository::SalesFactRepository(Database& database)
    : m_database(database)
{}

Status SalesFactRepository::upsert(const QList<SalesFact>& facts, qint64 batchId)
{
    SqlStatement insert(m_database.connection(), upsertSql, Texts::tr("writing sales facts"));
    for (const SalesFact& fact : facts) {
        if (!fact.month.isValid())
            return Error{Texts::tr("A sales fact has no month."),
                         Texts::tr("customer %1").arg(fact.customerId)};
        if (auto status = insert.exec({fact.customerId, fact.companyId, monthText(fact.month),
                                       fact.revenue, fact.orders, sv::fromId(batchId)});
            !status)
            return status;
    }
    return {};
}

Status SalesFactRepository::removeBatch(qint64 batchId)
{
    SqlStatement remove(m_database.connection(),
                        QStringLiteral("DELETE FROM sales_facts WHERE batch_id = ?"),
                        Texts::tr("removing the batch's sales facts"));
    return remove.exec({batchId});
}

Status SalesFactRepository::removeAllFacts()
{
    return execSql(m_database.connection(), QStringLiteral("DELETE FROM sales_facts"),
                   Texts::tr("removing the sales facts"));
}

Result<QList<SalesFact>> SalesFactRepository::forCustomer(qint64 customerId)
{
    auto stored = storedFacts(customerId);
    if (!stored)
        return stored.error();
    QList<SalesFact> facts;
    facts.reserve(stored->size());
    for (const StoredSalesFact& row : std::as_const(*stored))
        facts.append(row.fact);
    return facts;
}

Result<int> SalesFactRepository::monthsOfHistory()
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT count(DISTINCT month) FROM sales_facts"),
                       Texts::tr("counting the months of sales"));
    if (auto status = query.exec(); !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<CustomerFacts> SalesFactRepository::factsFor(qint64 customerId, const QDate& asOf)
{
    SalesFactScan scan(m_database, asOf);
    if (auto status = scan.start(customerId, customerId); !status)
        return status.error();
    CustomerFacts facts;
    if (!scan.next(facts)) {
        if (!scan.status())
            return scan.status().error();
        return Error{Texts::tr("Customer %1 is not in the register.").arg(customerId), {}};
    }
    return facts;
}

Status SalesFactRepository::forEachCustomerFacts(const QDate& asOf, const Visit& visit,
                                                 const Progress& progress)
{
    qint64 total = 0;
    if (progress) {
        auto count = customerCount();
        if (!count)
            return count.error();
        total = *count;
    }
    SalesFactScan scan(m_database, asOf);
    if (auto status =
            scan.start(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        !status)
        return status;
    constexpr qint64 progressEvery = 4096;
    CustomerFacts facts;
    qint64 done = 0;
    while (scan.next(facts)) {
        if (!visit(facts))
            return {};
        ++done;
        if (progress && done % progressEvery == 0 && !progress(done, total))
            return {};
    }
    if (!scan.status())
        return scan.status();
    if (progress && done % progressEvery != 0)
        progress(done, total);
    return {};
}

Result<qint64> SalesFactRepository::customerCount(qint64 afterId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT count(*) FROM customers WHERE id > ?"),
                       Texts::tr("counting the customers"));
    if (auto status = query.exec({afterId}); !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status SalesFactRepository::setPotential(qint64 customerId, std::optional<double> euros,
                                         qint64 userId)
{
    if (!euros) {
        SqlStatement remove(m_database.connection(),
                            QStringLiteral("DELETE FROM customer_potential WHERE customer_id = ?"),
                            Texts::tr("clearing the potential"));
        return remove.exec({customerId});
    }
    return putPotential(customerId, {*euros, userId, sv::now()});
}

Status SalesFactRepository::setTags(qint64 customerId, const QStringList& tags)
{
    SqlStatement remove(m_database.connection(),
                        QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"),
                        Texts::tr("replacing the tags"));
    if (auto status = remove.exec({customerId}); !status)
        return status;
    for (const QString& tag : cleanTags(tags)) {
        if (auto status = addTag(customerId, tag); !status)
            return status;
    }
    return {};
}

Result<QStringList> SalesFactRepository::tags(qint64 customerId)
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag"),
        Texts::tr("reading the tags"));
    if (auto status = query.exec({customerId}); !status)
        return status.error();
    QStringList tags;
    while (query.next())
        tags.append(query.value(0).toString());
    return tags;
}

Result<QStringList> SalesFactRepository::allTags()
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT DISTINCT tag FROM customer_tags ORDER BY tag"),
                       Texts::tr("reading the tags"));
    if (auto status = query.exec(); !status)
        return status.error();
    QStringList tags;
    while (query.next())
        tags.append(query.value(0).toString());
    tags = cleanTags(tags);
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

Result<QList<StoredSalesFact>> SalesFactRepository::storedFacts(qint64 customerId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT ") + storedColumns +
                           QStringLiteral(" FROM sales_facts WHERE customer_id = ? "
                                          "ORDER BY month DESC, company_id"),
                       Texts::tr("reading the customer's sales"));
    if (auto status = query.exec({customerId}); !status)
        return status.error();
    QList<StoredSalesFact> facts;
    while (query.next())
        facts.append(storedOf(query));
    return facts;
}

Result<std::optional<StoredSalesFact>>
SalesFactRepository::storedFact(qint64 customerId, qint64 companyId, const QDate& month)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT ") + storedColumns +
                           QStringLiteral(" FROM sales_facts WHERE customer_id = ? AND "
                                          "company_id = ? AND month = ?"),
                       Texts::tr("reading a sales fact"));
    if (auto status = query.exec({customerId, companyId, monthText(month)}); !status)
        return status.error();
    if (!query.next())
        return std::optional<StoredSalesFact>();
    return std::optional<StoredSalesFact>(storedOf(query));
}

Status SalesFactRepository::putStored(const StoredSalesFact& stored)
{
    return upsert({stored.fact}, stored.batchId);
}

Status SalesFactRepository::removeFact(qint64 customerId, qint64 companyId, const QDate& month)
{
    SqlStatement remove(m_database.connection(),
                        QStringLiteral("DELETE FROM sales_facts WHERE customer_id = ? AND "
                                       "company_id = ? AND month = ?"),
                        Texts::tr("removing a sales fact"));
    return remove.exec({customerId, companyId, monthText(month)});
}

Status SalesFactRepository::removeFacts(qint64 customerId)
{
    SqlStatement remove(m_database.connection(),
                        QStringLiteral("DELETE FROM sales_facts WHERE customer_id = ?"),
                        Texts::tr("removing the customer's sales"));
    return remove.exec({customerId});
}

Status SalesFactRepository::addTag(qint64 customerId, const QString& tag)
{
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?) "
                                       "ON CONFLICT (customer_id, tag) DO NOTHING"),
                        Texts::tr("adding a tag"));
    return insert.exec({customerId, tag});
}

Status SalesFactRepository::removeTag(qint64 customerId, const QString& tag)
{
    SqlStatement remove(
        m_database.connection(),
        QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND tag = ?"),
        Texts::tr("removing a tag"));
    return remove.exec({customerId, tag});
}

Result<std::optional<StoredPotential>> SalesFactRepository::storedPotential(qint64 customerId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT potential, user_id, changed_at FROM "
                                      "customer_potential WHERE customer_id = ?"),
                       Texts::tr("reading the potential"));
    if (auto status = query.exec({customerId}); !status)
        return status.error();
    if (!query.next())
        return std::optional<StoredPotential>();
    return std::optional<StoredPotential>(StoredPotential{
        query.value(0).toDouble(), query.value(1).toLongLong(), sv::toTimestamp(query.value(2))});
}

Status SalesFactRepository::putPotential(qint64 customerId, const StoredPotential& potential)
{
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO customer_potential (customer_id, potential, "
                                       "user_id, changed_at) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT (customer_id) DO UPDATE SET "
                                       "potential = excluded.potential, "
                                       "user_id = excluded.user_id, "
                                       "changed_at = excluded.changed_at"),
                        Texts::tr("saving the potential"));
    return insert.exec({customerId, potential.euros, sv::fromId(potential.userId),
                        sv::fromTimestamp(potential.changedAt)});
}

Result<std::optional<double>> SalesFactRepository::largestPotentialOfMergeMembers(qint64 survivorId)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT max(p.potential) FROM merge_members m "
                                      "JOIN customer_potential p ON p.customer_id = m.customer_id "
                                      "WHERE m.merge_id = (SELECT max(id) FROM merges "
                                      "WHERE survivor_id = ?)"),
                       Texts::tr("reading the merged customers' potentials"));
    if (auto status = query.exec({survivorId}); !status)
        return status.error();
    if (!query.next() || query.value(0).isNull())
        return std::optional<double>();
    return std::optional<double>(query.value(0).toDouble());
}

Result<QList<SalesSubject>> SalesFactRepository::salesSubjects(qint64 afterId, int limit)
{
    SqlStatement customers(m_database.connection(),
                           QStringLiteral("SELECT id, kind, status FROM customers WHERE id > ? "
                                          "ORDER BY id LIMIT ?"),
                           Texts::tr("reading the customers"));
    if (auto status = customers.exec({afterId, limit}); !status)
        return status.error();
    QList<SalesSubject> subjects;
    QHash<qint64, qsizetype> index;
    while (customers.next()) {
        SalesSubject subject;
        subject.customerId = customers.value(0).toLongLong();
        subject.kind = vocabulary::fromCode<CustomerKind>(customers.value(1).toString())
                           .value_or(CustomerKind::Company);
        subject.status = vocabulary::fromCode<CustomerStatus>(customers.value(2).toString())
                             .value_or(CustomerStatus::Active);
        index.insert(subject.customerId, subjects.size());
        subjects.append(subject);
    }
    if (subjects.isEmpty())
        return subjects;
    SqlStatement relationships(
        m_database.connection(),
        QStringLiteral("SELECT customer_id, company_id, status FROM relationships "
                       "WHERE customer_id BETWEEN ? AND ? ORDER BY customer_id, company_id"),
        Texts::tr("reading the customers' relationships"));
    if (auto status =
            relationships.exec({subjects.constFirst().customerId, subjects.constLast().customerId});
        !status)
        return status.error();
    while (relationships.next()) {
        const auto at = index.constFind(relationships.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        subjects[*at].relationships.append(
            {relationships.value(1).toLongLong(),
             vocabulary::fromCode<RelationshipStatus>(relationships.value(2).toString())
                 .value_or(RelationshipStatus::Active)});
    }
    return subjects;
}

} // namespace luotsi::storage
