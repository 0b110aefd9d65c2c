#include "Fts5SearchIndex.h"

#include "RankedMatches.h"
#include "SqlStatement.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace luotsi::storage {

using namespace luotsi::core;

namespace {

// User-visible texts of this file, in the "SearchIndex" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
};

// The document of each customer. Business IDs go in with and without the dash and phones in
// E.164 and in the national form, so that "0401234" and "1234567" find what people type.
const QString documentSelect = QStringLiteral(R"(
SELECT c.id, c.name,
       c.business_id || ' ' || replace(c.business_id, '-', ''),
       (SELECT group_concat(a.city || ' ' || a.postal_code, ' ') FROM addresses a
         WHERE a.customer_id = c.id),
       (SELECT group_concat(p.first_name || ' ' || p.last_name, ' ') FROM contacts p
         WHERE p.customer_id = c.id),
       (SELECT group_concat(CASE WHEN n.value LIKE '+358%' THEN n.value || ' 0' || substr(n.value, 5)
                                 ELSE n.value END, ' ')
          FROM (SELECT value FROM channels WHERE customer_id = c.id AND kind = 'phone'
                UNION ALL SELECT phone FROM contacts WHERE customer_id = c.id AND phone <> '') n),
       (SELECT group_concat(m.value, ' ')
          FROM (SELECT value FROM channels WHERE customer_id = c.id AND kind = 'email'
                UNION ALL SELECT email FROM contacts WHERE customer_id = c.id AND email <> '') m)
  FROM customers c)");

const QString insertDocument = QStringLiteral(
    "INSERT INTO customer_search (rowid, name, business_id, city, contacts, phones, emails) ");

} // namespace

Fts5SearchIndex::Fts5SearchIndex(Database& database)
    : m_database(database)
{}

Status Fts5SearchIndex::reindex(qint64 customerId)
{
    if (auto status = remove(customerId); !status)
        return status;
    SqlStatement insert(m_database.connection(),
                        insertDocument + documentSelect + QStringLiteral(" WHERE c.id = ?"),
                        Texts::tr("updating the search index"));
    return insert.exec({customerId});
}

Status Fts5SearchIndex::indexNew(qint64 firstId, qint64 lastId)
{
    SqlStatement insert(m_database.connection(),
                        insertDocument + documentSelect +
                            QStringLiteral(" WHERE c.id BETWEEN ? AND ? AND c.id NOT IN "
                                           "(SELECT rowid FROM customer_search WHERE rowid "
                                           "BETWEEN ? AND ?) ORDER BY c.id"),
                        Texts::tr("updating the search index"));
    // A customer saved since it was written (a merge into it) is in the index already.
    return insert.exec({firstId, lastId, firstId, lastId});
}

Status Fts5SearchIndex::remove(qint64 customerId)
{
    SqlStatement remove(m_database.connection(),
                        QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"),
                        Texts::tr("updating the search index"));
    return remove.exec({customerId});
}

Status Fts5SearchIndex::rebuild()
{
    auto db = m_database.connection();
    if (auto status = execSql(db, QStringLiteral("DELETE FROM customer_search"),
                              Texts::tr("clearing the search index"));
        !status)
        return status;
    if (auto status =
            execSql(db, insertDocument + documentSelect, Texts::tr("building the search index"));
        !status)
        return status;
    // Merge the segments the bulk insert wrote, so that the first searches are fast.
    return execSql(
        db, QStringLiteral("INSERT INTO customer_search (customer_search) VALUES ('optimize')"),
        Texts::tr("optimising the search index"));
}

QString Fts5SearchIndex::matchCondition(MatchPlan plan) const
{
    switch (plan) {
    case MatchPlan::FewMatches:
        return QStringLiteral(
            "c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)");
    case MatchPlan::ManyMatches:
        // The unary + keeps SQLite from looking the matches up by id, so it walks the list's
        // (sort column, id) index and tests each customer against the set of matches.
        return QStringLiteral(
            "+c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)");
    case MatchPlan::MostMatch:
        return QStringLiteral("EXISTS (SELECT 1 FROM customer_search s WHERE s.rowid = c.id AND "
                              "customer_search MATCH ?)");
    }
    return {};
}

Result<qint64> Fts5SearchIndex::countMatches(const QString& matchValue)
{
    SqlStatement count(
        m_database.connection(),
        QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search MATCH ?"),
        Texts::tr("searching"));
    if (auto status = count.exec({matchValue}); !status)
        return status.error();
    return count.next() ? count.value(0).toLongLong() : 0;
}

Result<bool> Fts5SearchIndex::markMatches(const QString& matchValue, RankedMatches& into)
{
    if (m_database.sqliteHandle() == nullptr)
        return false;
    if (!m_markMatches) {
        m_markMatches = std::make_unique<SqliteStatement>(
            m_database,
            "SELECT search_rank_set(rowid, ?2) FROM customer_search WHERE customer_search MATCH ?1",
            Texts::tr("searching"));
    }
    m_markMatches->bind(1, matchValue).bindPointer(2, &into, RankedMatches::pointerType);
    auto row = m_markMatches->step();
    m_markMatches->reset();
    if (!row)
        return row.error();
    return true;
}

std::optional<QString> Fts5SearchIndex::matchValue(const QString& text) const
{
    return toFtsQuery(text);
}

std::optional<QString> Fts5SearchIndex::toFtsQuery(const QString& text)
{
    // A number as people type it — a phone ("040 123 4567", "+358 40-123") or a business ID
    // ("0112038-9") — is one term: its digits, which prefix-match the E.164 and national phone
    // forms and the business ID without its dash that the index holds.
    static const QRegularExpression phoneLike(QStringLiteral(R"(^\s*\+?[\d\s\-()]+$)"));
    if (phoneLike.match(text).hasMatch()) {
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit())
                digits.append(c);
        }
        if (!digits.isEmpty())
            return QLatin1Char('"') + digits + QStringLiteral("\"*");
    }
    QStringList terms;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString term;
        bool hasWordCharacter = false;
        for (const QChar c : word) {
            if (c == QLatin1Char('"'))
                continue;
            term.append(c);
            hasWordCharacter = hasWordCharacter || c.isLetterOrNumber();
        }
        // A word of punctuation only ("-", "&") has no token to look for.
        if (hasWordCharacter)
            terms.append(QLatin1Char('"') + term + QStringLiteral("\"*"));
    }
    if (terms.isEmpty())
        return std::nullopt;
    return terms.join(QLatin1Char(' '));
}

Result<QList<qint64>> Fts5SearchIndex::search(const QString& text, int limit)
{
    const auto query = toFtsQuery(text);
    if (!query)
        return QList<qint64>{};
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search "
                                       "MATCH ? LIMIT ?"),
                        Texts::tr("searching"));
    if (auto status = select.exec({*query, limit}); !status)
        return status.error();
    QList<qint64> ids;
    while (select.next())
        ids.append(select.value(0).toLongLong());
    return ids;
}

std::unique_ptr<SearchIndex> createSearchIndex(Database& database)
{
    // PostgreSQL gets its own index class when the shared-server issue lands.
    return std::make_unique<Fts5SearchIndex>(database);
}

} // namespace luotsi::storage
