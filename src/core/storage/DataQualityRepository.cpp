#include "DataQualityRepository.h"

#include "SqlStatement.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DataQualityRepository)
};

// The conditions below must stay term for term those of the partial indexes in
// migrations/0005_quality.sql: a database uses a partial index only for a query whose condition
// contains the index's, and without those indexes the list would scan every channel and contact
// for each page. Portable SQL (LIKE, replace, substr, length) for SQLite and PostgreSQL alike.

// Stored addresses are trimmed with the domain lower-cased (EmailAddress::normalized), so these
// catch what EmailAddress::isValid rejects for the usual reasons: a space, no "x@y.z" shape, two
// "@" or two dots in a row. Every address flagged here is one the validator rejects.
QString badEmail(const QString& column)
{
    return QStringLiteral("(%1 LIKE '% %' OR %1 NOT LIKE '_%@_%._%' OR %1 LIKE '%@%@%' "
                          "OR %1 LIKE '%..%')")
        .arg(column);
}

// Valid numbers are stored in E.164 (CustomerValidator normalises them with libphonenumber):
// "+" and 7 to 15 digits. Anything else is a number libphonenumber could not read. Removing
// each digit in turn leaves nothing of an all-digit text: SQL without regular expressions.
QString badPhone(const QString& column)
{
    QString digitsRemoved = QStringLiteral("substr(%1, 2)").arg(column);
    for (char digit = '0'; digit <= '9'; ++digit)
        digitsRemoved = QStringLiteral("replace(%1, '%2', '')")
                            .arg(digitsRemoved)
                            .arg(QChar::fromLatin1(digit));
    return QStringLiteral("NOT (%1 LIKE '+%' AND length(%1) BETWEEN 8 AND 16 AND %2 = '')")
        .arg(column, digitsRemoved);
}

} // namespace

DataQualityRepository::DataQualityRepository(Database& database)
    : m_database(database)
{}

QString DataQualityRepository::condition(QualityIssue issue)
{
    switch (issue) {
    case QualityIssue::MissingBusinessId:
        return QStringLiteral("(c.kind <> 'person' AND c.business_id = '')");
    case QualityIssue::MissingOwner:
        return QStringLiteral("c.owner_id IS NULL");
    case QualityIssue::InvalidEmail:
        // A channel must have a value; a contact's empty email just means none.
        return QStringLiteral("c.id IN (SELECT customer_id FROM channels WHERE kind = 'email' "
                              "AND %1 UNION ALL SELECT customer_id FROM contacts "
                              "WHERE email <> '' AND %2)")
            .arg(badEmail(QStringLiteral("value")), badEmail(QStringLiteral("email")));
    case QualityIssue::InvalidPhone:
        return QStringLiteral("c.id IN (SELECT customer_id FROM channels WHERE kind = 'phone' "
                              "AND %1 UNION ALL SELECT customer_id FROM contacts "
                              "WHERE phone <> '' AND %2)")
            .arg(badPhone(QStringLiteral("value")), badPhone(QStringLiteral("phone")));
    case QualityIssue::PendingDuplicate:
        return QStringLiteral("c.id IN (SELECT m.customer_id FROM duplicate_groups g "
                              "JOIN duplicate_group_members m ON m.group_id = g.id "
                              "WHERE g.status IN ('pending', 'later'))");
    }
    return QStringLiteral("0");
}

Result<QualityCounts> DataQualityRepository::counts()
{
    QualityCounts counts;
    SqlStatement total(m_database.connection(), QStringLiteral("SELECT count(*) FROM customers"),
                       Texts::tr("counting customers"));
    if (auto status = total.exec(); !status)
        return status.error();
    counts.customers = total.next() ? total.value(0).toLongLong() : 0;
    total.finish();
    for (const QualityIssue issue : allQualityIssues) {
        SqlStatement count(m_database.connection(),
                           QStringLiteral("SELECT count(*) FROM customers c WHERE ") +
                               condition(issue),
                           Texts::tr("counting data-quality issues"));
        if (auto status = count.exec(); !status)
            return status.error();
        counts.of(issue) = count.next() ? count.value(0).toLongLong() : 0;
        count.finish();
    }
    return counts;
}

} // namespace luotsi::storage
