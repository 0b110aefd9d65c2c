#pragma once

#include "Database.h"
#include "SqlStatement.h"
#include "core/Result.h"
#include "core/segments/CustomerFacts.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace luotsi::storage {

// Reads the derived facts of the customers with ids in a range, in id order: four forward-only
// queries (customers, sales summed per customer and group company, tags, potentials), each in
// its primary key's order so that SQLite sorts nothing, merged in memory. One customer's card and
// a run over a million customers read through the same code, so they agree to the cent.
class SalesFactScan final
{
public:
    SalesFactScan(Database& database, const QDate& asOf);
    SalesFactScan(const SalesFactScan&) = delete;
    SalesFactScan& operator=(const SalesFactScan&) = delete;

    core::Status start(qint64 firstId, qint64 lastId);
    // Fills facts with the next customer (reusing its lists' memory); false at the end or when a
    // query failed (then status() says why).
    bool next(core::segments::CustomerFacts& facts);
    const core::Status& status() const { return m_status; }

private:
    // A cursor's current row belongs to a customer; 0 once it has no more rows.
    struct Cursor
    {
        SqlStatement statement;
        qint64 customerId = 0;
    };
    void advance(Cursor& cursor);
    void readSales(qint64 customerId, core::segments::CustomerFacts& facts);

    Database& m_database;
    QHash<qint64, QString> m_logins;
    QString m_windowStart; // 'YYYY-MM'
    QString m_previousStart;
    QString m_windowEnd;
    QDate m_windowStartDate;
    Cursor m_customers;
    Cursor m_sales;
    Cursor m_tags;
    Cursor m_potentials;
    core::Status m_status;
};

} // namespace luotsi::storage
