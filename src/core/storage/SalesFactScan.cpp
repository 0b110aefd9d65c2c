#include "SalesFactScan.h"

#include "core/register/RegisterVocabulary.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;
using segments::CustomerFacts;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SalesFactRepository)
};

QString monthText(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

// 'YYYY-MM' as the first day of the month; invalid for anything else.
QDate monthDate(const QString& text)
{
    if (text.size() != 7 || text.at(4) != u'-')
        return {};
    return QDate(QStringView(text).left(4).toInt(), QStringView(text).mid(5, 2).toInt(), 1);
}

} // namespace

SalesFactScan::SalesFactScan(Database& database, const QDate& asOf)
    : m_database(database)
    , m_windowStart(monthText(asOf.addMonths(-11)))
    , m_previousStart(monthText(asOf.addMonths(-23)))
    , m_windowEnd(monthText(asOf))
    , m_windowStartDate(monthDate(m_windowStart))
    , m_customers{SqlStatement(
          database.connection(),
          QStringLiteral("SELECT id, name, kind, status, owner_id, city "
                         "FROM customers WHERE id BETWEEN ? AND ? ORDER BY id"),
          Texts::tr("reading the customers' facts"))}
    // Per customer and group company: the window's revenue and orders, the previous window's
    // revenue and the last month with a purchase (any time up to the window's end). In the
    // primary key's order, so the grouping needs no sort.
    , m_sales{SqlStatement(
          database.connection(),
          QStringLiteral("SELECT customer_id, company_id, "
                         "total(CASE WHEN month >= ? THEN revenue END), "
                         "coalesce(sum(CASE WHEN month >= ? THEN order_count END), 0), "
                         "total(CASE WHEN month < ? AND month >= ? THEN revenue END), "
                         "max(CASE WHEN revenue > 0 OR order_count > 0 THEN month END) "
                         "FROM sales_facts WHERE customer_id BETWEEN ? AND ? AND month <= ? "
                         "GROUP BY customer_id, company_id ORDER BY customer_id, company_id"),
          Texts::tr("summing the customers' sales"))}
    , m_tags{SqlStatement(database.connection(),
                          QStringLiteral("SELECT customer_id, tag FROM customer_tags "
                                         "WHERE customer_id BETWEEN ? AND ? "
                                         "ORDER BY customer_id, tag"),
                          Texts::tr("reading the customers' tags"))}
    , m_potentials{SqlStatement(database.connection(),
                                QStringLiteral("SELECT customer_id, potential "
                                               "FROM customer_potential "
                                               "WHERE customer_id BETWEEN ? AND ? "
                                               "ORDER BY customer_id"),
                                Texts::tr("reading the customers' potentials"))}
{}

Status SalesFactScan::start(qint64 firstId, qint64 lastId)
{
    m_logins.clear();
    {
        SqlStatement users(m_database.connection(), QStringLiteral("SELECT id, login FROM users"),
                           Texts::tr("reading the account managers"));
        if (auto status = users.exec(); !status)
            return m_status = status;
        while (users.next())
            m_logins.insert(users.value(0).toLongLong(), users.value(1).toString());
    }
    if (auto status = m_customers.statement.exec({firstId, lastId}); !status)
        return m_status = status;
    if (auto status = m_sales.statement.exec({m_windowStart, m_windowStart, m_windowStart,
                                              m_previousStart, firstId, lastId, m_windowEnd});
        !status)
        return m_status = status;
    if (auto status = m_tags.statement.exec({firstId, lastId}); !status)
        return m_status = status;
    if (auto status = m_potentials.statement.exec({firstId, lastId}); !status)
        return m_status = status;
    for (Cursor* cursor : {&m_customers, &m_sales, &m_tags, &m_potentials})
        advance(*cursor);
    return m_status = {};
}

void SalesFactScan::advance(Cursor& cursor)
{
    cursor.customerId = cursor.statement.next() ? cursor.statement.value(0).toLongLong() : 0;
}

bool SalesFactScan::next(CustomerFacts& facts)
{
    if (!m_status || m_customers.customerId == 0)
        return false;
    const SqlStatement& row = m_customers.statement;
    const qint64 id = m_customers.customerId;
    facts.customerId = id;
    facts.name = row.value(1).toString();
    facts.kind =
        vocabulary::fromCode<CustomerKind>(row.value(2).toString()).value_or(CustomerKind::Company);
    facts.status = vocabulary::fromCode<CustomerStatus>(row.value(3).toString())
                       .value_or(CustomerStatus::Active);
    facts.ownerId = row.value(4).toLongLong();
    facts.ownerLogin = facts.ownerId != 0 ? m_logins.value(facts.ownerId) : QString();
    facts.city = row.value(5).toString();

    // The other cursors may hold rows of customers outside the first one's range (none, with the
    // foreign keys on): skip them.
    facts.tags.clear();
    while (m_tags.customerId != 0 && m_tags.customerId < id)
        advance(m_tags);
    while (m_tags.customerId == id) {
        facts.tags.append(m_tags.statement.value(1).toString());
        advance(m_tags);
    }

    facts.potential.reset();
    while (m_potentials.customerId != 0 && m_potentials.customerId < id)
        advance(m_potentials);
    if (m_potentials.customerId == id) {
        facts.potential = m_potentials.statement.value(1).toDouble();
        advance(m_potentials);
    }

    readSales(id, facts);
    advance(m_customers);
    return true;
}

void SalesFactScan::readSales(qint64 customerId, CustomerFacts& facts)
{
    facts.revenue12m = 0;
    facts.revenuePrevious12m = 0;
    facts.orders12m = 0;
    facts.companies12m = 0;
    facts.companyRevenue12m.clear();
    facts.lastPurchaseMonth = QDate();
    while (m_sales.customerId != 0 && m_sales.customerId < customerId)
        advance(m_sales);
    while (m_sales.customerId == customerId) {
        const SqlStatement& row = m_sales.statement;
        const double revenue = row.value(2).toDouble();
        facts.revenue12m += revenue;
        facts.orders12m += row.value(3).toInt();
        facts.revenuePrevious12m += row.value(4).toDouble();
        const QVariant last = row.value(5);
        if (!last.isNull()) {
            const QDate month = monthDate(last.toString());
            if (month.isValid() &&
                (!facts.lastPurchaseMonth.isValid() || month > facts.lastPurchaseMonth))
                facts.lastPurchaseMonth = month;
            // Bought from this company within the window: a purchase month inside it.
            if (month >= m_windowStartDate) {
                ++facts.companies12m;
                facts.companyRevenue12m.append({row.value(1).toLongLong(), revenue});
            }
        }
        advance(m_sales);
    }
}

} // namespace luotsi::storage
