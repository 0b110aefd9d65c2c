#include "DuplicateRepository.h"

#include "SqlStatement.h"
#include "SqlValues.h"
#include "core/register/RegisterVocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace luotsi::storage {

using namespace luotsi::core;
using namespace luotsi::core::duplicates;
namespace sv = sqlvalues;

namespace {

QString purpose(const char* text)
{
    return QCoreApplication::translate("DuplicateRepository", text);
}

// The WHERE clause (with its values) a filter puts on the customers table.
struct FilterSql
{
    QString where;
    QVariantList values;
};

FilterSql filterSql(const DuplicateFilter& filter)
{
    QStringList terms;
    FilterSql sql;
    if (filter.kind) {
        terms.append(QStringLiteral("kind = ?"));
        sql.values.append(vocabulary::code(*filter.kind));
    }
    if (!filter.city.isEmpty()) {
        terms.append(QStringLiteral("city = ?"));
        sql.values.append(filter.city);
    }
    if (filter.ownerId != 0) {
        terms.append(QStringLiteral("owner_id = ?"));
        sql.values.append(filter.ownerId);
    }
    if (!terms.isEmpty())
        sql.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return sql;
}

Error queryError(const QSqlQuery& query, const char* what)
{
    return Error{
        purpose(QT_TRANSLATE_NOOP("DuplicateRepository",
                                  "Reading the register for the duplicate finder failed (%1): %2"))
            .arg(purpose(what), query.lastError().text()),
        {}};
}

// A forward-only scan of one child table, ordered by customer id, read alongside the customers.
class ChildScan
{
public:
    ChildScan(const QSqlDatabase& db, const QString& sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.exec(sql);
        m_valid = m_ok && m_query.next();
    }
    bool ok() const { return m_ok; }
    const QSqlQuery& query() const { return m_query; }
    // Skips the rows of customers before id; true while the current row belongs to id.
    bool at(qint64 id)
    {
        while (m_valid && m_query.value(0).toLongLong() < id)
            m_valid = m_query.next();
        return m_valid && m_query.value(0).toLongLong() == id;
    }
    void next() { m_valid = m_query.next(); }

private:
    QSqlQuery m_query;
    bool m_ok = false;
    bool m_valid = false;
};

QList<qint64> idsFrom(const QString& text)
{
    QList<qint64> ids;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

} // namespace

DuplicateRepository::DuplicateRepository(Database& database)
    : m_database(database)
{}

Result<qint64> DuplicateRepository::countCustomers(const DuplicateFilter& filter)
{
    const FilterSql sql = filterSql(filter);
    SqlStatement count(m_database.connection(),
                       QStringLiteral("SELECT count(*) FROM customers") + sql.where,
                       purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "counting customers")));
    if (auto status = count.exec(sql.values); !status)
        return status.error();
    return count.next() ? count.value(0).toLongLong() : 0;
}

Status DuplicateRepository::forEachMatchSource(const DuplicateFilter& filter,
                                               const std::function<bool(const Customer&)>& visit)
{
    const QSqlDatabase db = m_database.connection();
    const FilterSql sql = filterSql(filter);
    QSqlQuery customers(db);
    customers.setForwardOnly(true);
    customers.prepare(QStringLiteral("SELECT id, name, kind, business_id FROM customers") +
                      sql.where + QStringLiteral(" ORDER BY id"));
    for (const QVariant& value : sql.values)
        customers.addBindValue(value);
    if (!customers.exec())
        return queryError(customers, "customers");
    ChildScan addresses(db, QStringLiteral("SELECT customer_id, kind, street, postal_code, city "
                                           "FROM addresses ORDER BY customer_id, id"));
    if (!addresses.ok())
        return queryError(addresses.query(), "addresses");
    ChildScan channels(db, QStringLiteral("SELECT customer_id, kind, value FROM channels "
                                          "WHERE kind <> 'web' ORDER BY customer_id, id"));
    if (!channels.ok())
        return queryError(channels.query(), "channels");
    ChildScan contacts(db, QStringLiteral("SELECT customer_id, first_name, last_name, phone, "
                                          "email FROM contacts ORDER BY customer_id, id"));
    if (!contacts.ok())
        return queryError(contacts.query(), "contacts");

    const QString phoneCode = vocabulary::code(ChannelKind::Phone);
    Customer c;
    while (customers.next()) {
        c = Customer{};
        c.id = customers.value(0).toLongLong();
        c.name = customers.value(1).toString();
        c.kind = vocabulary::fromCode<CustomerKind>(customers.value(2).toString())
                     .value_or(CustomerKind::Company);
        c.businessId = customers.value(3).toString();
        for (; addresses.at(c.id); addresses.next()) {
            const QSqlQuery& q = addresses.query();
            Address a;
            a.kind = vocabulary::fromCode<AddressKind>(q.value(1).toString())
                         .value_or(AddressKind::Visiting);
            a.street = q.value(2).toString();
            a.postalCode = q.value(3).toString();
            a.city = q.value(4).toString();
            c.addresses.append(a);
        }
        for (; channels.at(c.id); channels.next()) {
            const QSqlQuery& q = channels.query();
            ContactChannel channel;
            channel.kind =
                q.value(1).toString() == phoneCode ? ChannelKind::Phone : ChannelKind::Email;
            channel.value = q.value(2).toString();
            c.channels.append(channel);
        }
        for (; contacts.at(c.id); contacts.next()) {
            const QSqlQuery& q = contacts.query();
            Contact contact;
            contact.firstName = q.value(1).toString();
            contact.lastName = q.value(2).toString();
            contact.phone = q.value(3).toString();
            contact.email = q.value(4).toString();
            c.contacts.append(contact);
        }
        if (!visit(c))
            return {};
    }
    if (customers.lastError().isValid())
        return queryError(customers, "customers");
    return {};
}

Result<QList<std::pair<qint64, qint64>>> DuplicateRepository::notDuplicates()
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT customer_a, customer_b FROM not_duplicates"),
                        purpose(QT_TRANSLATE_NOOP("DuplicateRepository",
                                                  "reading the pairs that are not duplicates")));
    if (auto status = select.exec(); !status)
        return status.error();
    QList<std::pair<qint64, qint64>> pairs;
    while (select.next())
        pairs.append({select.value(0).toLongLong(), select.value(1).toLongLong()});
    return pairs;
}

Status DuplicateRepository::addNotDuplicates(const QList<std::pair<qint64, qint64>>& pairs,
                                             qint64 userId)
{
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO not_duplicates (customer_a, customer_b, "
                       "decided_by, decided_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (customer_a, customer_b) DO NOTHING"),
        purpose(QT_TRANSLATE_NOOP("DuplicateRepository",
                                  "remembering customers that are not duplicates")));
    const QString now = sv::fromTimestamp(sv::now());
    for (const auto& [first, second] : pairs) {
        if (first == second)
            continue;
        if (auto status = insert.exec(
                {std::min(first, second), std::max(first, second), sv::fromId(userId), now});
            !status)
            return status;
    }
    return {};
}

Status DuplicateRepository::saveRun(DuplicateRun& run, QList<DuplicateGroup>& groups, qint64 userId)
{
    const QSqlDatabase db = m_database.connection();
    // Groups put off for later, by their members, so that the same group found again stays so.
    QSet<QString> later;
    {
        SqlStatement select(db,
                            QStringLiteral("SELECT group_concat(m.customer_id, ',') FROM "
                                           "duplicate_groups g JOIN (SELECT * FROM "
                                           "duplicate_group_members ORDER BY customer_id) m ON "
                                           "m.group_id = g.id WHERE g.status = 'later' "
                                           "GROUP BY g.id"),
                            purpose(QT_TRANSLATE_NOOP("DuplicateRepository",
                                                      "reading the groups put off for later")));
        if (auto status = select.exec(); !status)
            return status;
        while (select.next())
            later.insert(select.value(0).toString());
    }
    if (auto status =
            execSql(db,
                    QStringLiteral("UPDATE duplicate_groups SET status = 'obsolete' "
                                   "WHERE status IN ('pending', 'later')"),
                    purpose(QT_TRANSLATE_NOOP("DuplicateRepository",
                                              "retiring the open groups of earlier runs")));
        !status)
        return status;

    SqlStatement insertRun(
        db,
        QStringLiteral("INSERT INTO duplicate_runs (started_at, finished_at, "
                       "user_id, filter, min_score, customers, comparisons, "
                       "groups_found) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "recording a duplicate run")));
    if (auto status =
            insertRun.exec({sv::fromTimestamp(run.startedAt), sv::fromTimestamp(run.finishedAt),
                            sv::fromId(userId), run.filter, run.minScore, run.customers,
                            run.comparisons, qint64(groups.size())});
        !status)
        return status;
    run.id = insertRun.lastInsertId();
    run.groups = groups.size();

    SqlStatement insertGroup(
        db,
        QStringLiteral("INSERT INTO duplicate_groups (run_id, score, status) "
                       "VALUES (?, ?, ?)"),
        purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "recording a duplicate group")));
    SqlStatement insertMember(
        db,
        QStringLiteral("INSERT INTO duplicate_group_members (group_id, "
                       "customer_id) VALUES (?, ?)"),
        purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "recording a duplicate group's member")));
    SqlStatement insertPair(
        db,
        QStringLiteral("INSERT INTO duplicate_pairs (group_id, customer_a, "
                       "customer_b, score, agreed) VALUES (?, ?, ?, ?, ?)"),
        purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "recording a duplicate pair")));
    for (DuplicateGroup& group : groups) {
        QStringList memberText;
        for (qint64 id : std::as_const(group.customerIds))
            memberText.append(QString::number(id));
        group.runId = run.id;
        group.status = later.contains(memberText.join(QLatin1Char(',')))
                           ? DuplicateGroupStatus::Later
                           : DuplicateGroupStatus::Pending;
        if (auto status = insertGroup.exec({run.id, group.score, statusCode(group.status)});
            !status)
            return status;
        group.id = insertGroup.lastInsertId();
        for (qint64 id : std::as_const(group.customerIds)) {
            if (auto status = insertMember.exec({group.id, id}); !status)
                return status;
        }
        for (const DuplicatePair& pair : std::as_const(group.pairs)) {
            if (auto status = insertPair.exec(
                    {group.id, pair.a, pair.b, pair.score, pair.agreed.join(QStringLiteral(", "))});
                !status)
                return status;
        }
    }
    return {};
}

Result<std::optional<DuplicateRun>> DuplicateRepository::latestRun()
{
    SqlStatement select(
        m_database.connection(),
        QStringLiteral("SELECT id, started_at, finished_at, filter, min_score, "
                       "customers, comparisons, groups_found FROM duplicate_runs "
                       "ORDER BY id DESC LIMIT 1"),
        purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "reading the latest duplicate run")));
    if (auto status = select.exec(); !status)
        return status.error();
    if (!select.next())
        return std::optional<DuplicateRun>{};
    DuplicateRun run;
    run.id = select.value(0).toLongLong();
    run.startedAt = sv::toTimestamp(select.value(1));
    run.finishedAt = sv::toTimestamp(select.value(2));
    run.filter = select.value(3).toString();
    run.minScore = select.value(4).toDouble();
    run.customers = select.value(5).toLongLong();
    run.comparisons = select.value(6).toLongLong();
    run.groups = select.value(7).toLongLong();
    return std::optional<DuplicateRun>(run);
}

Result<QList<DuplicateGroup>> DuplicateRepository::openGroups(bool includeLater)
{
    SqlStatement select(
        m_database.connection(),
        QStringLiteral("SELECT id, run_id, score, status, merge_id FROM "
                       "duplicate_groups WHERE status IN ('pending', ?) "
                       "ORDER BY score DESC, id"),
        purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "reading the open duplicate groups")));
    if (auto status =
            select.exec({includeLater ? QStringLiteral("later") : QStringLiteral("pending")});
        !status)
        return status.error();
    QList<DuplicateGroup> groups;
    while (select.next()) {
        DuplicateGroup group;
        group.id = select.value(0).toLongLong();
        group.runId = select.value(1).toLongLong();
        group.score = select.value(2).toDouble();
        group.status =
            statusFromCode(select.value(3).toString()).value_or(DuplicateGroupStatus::Pending);
        group.mergeId = select.value(4).toLongLong();
        groups.append(group);
    }
    if (auto status = loadMembersAndPairs(groups); !status)
        return status.error();
    return groups;
}

Result<DuplicateGroup> DuplicateRepository::group(qint64 groupId)
{
    SqlStatement select(
        m_database.connection(),
        QStringLiteral("SELECT id, run_id, score, status, merge_id FROM "
                       "duplicate_groups WHERE id = ?"),
        purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "reading a duplicate group")));
    if (auto status = select.exec({groupId}); !status)
        return status.error();
    if (!select.next())
        return Error{
            purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "There is no duplicate group %1."))
                .arg(groupId),
            {}};
    QList<DuplicateGroup> groups(1);
    DuplicateGroup& group = groups.first();
    group.id = select.value(0).toLongLong();
    group.runId = select.value(1).toLongLong();
    group.score = select.value(2).toDouble();
    group.status =
        statusFromCode(select.value(3).toString()).value_or(DuplicateGroupStatus::Pending);
    group.mergeId = select.value(4).toLongLong();
    if (auto status = loadMembersAndPairs(groups); !status)
        return status.error();
    return groups.first();
}

Status DuplicateRepository::loadMembersAndPairs(QList<DuplicateGroup>& groups)
{
    if (groups.isEmpty())
        return {};
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < groups.size(); ++i)
        position.insert(groups[i].id, i);
    // One group by id, or every open group: read the members of the same set in one scan.
    const bool single = groups.size() == 1;
    const QString where =
        single ? QStringLiteral("g.id = ?") : QStringLiteral("g.status IN ('pending', 'later')");
    const QVariantList values = single ? QVariantList{groups.first().id} : QVariantList{};
    SqlStatement members(m_database.connection(),
                         QStringLiteral("SELECT m.group_id, group_concat(m.customer_id, ',') "
                                        "FROM duplicate_groups g JOIN duplicate_group_members m "
                                        "ON m.group_id = g.id WHERE ") +
                             where + QStringLiteral(" GROUP BY m.group_id"),
                         purpose(QT_TRANSLATE_NOOP("DuplicateRepository",
                                                   "reading the members of duplicate groups")));
    if (auto status = members.exec(values); !status)
        return status;
    while (members.next()) {
        const auto it = position.constFind(members.value(0).toLongLong());
        if (it == position.cend())
            continue;
        QList<qint64> ids = idsFrom(members.value(1).toString());
        std::sort(ids.begin(), ids.end());
        groups[*it].customerIds = ids;
    }
    SqlStatement pairs(
        m_database.connection(),
        QStringLiteral("SELECT p.group_id, p.customer_a, p.customer_b, p.score, "
                       "p.agreed FROM duplicate_groups g JOIN duplicate_pairs p "
                       "ON p.group_id = g.id WHERE ") +
            where + QStringLiteral(" ORDER BY p.group_id, p.score DESC"),
        purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "reading the pairs of duplicate groups")));
    if (auto status = pairs.exec(values); !status)
        return status;
    while (pairs.next()) {
        const auto it = position.constFind(pairs.value(0).toLongLong());
        if (it == position.cend())
            continue;
        DuplicatePair pair;
        pair.a = pairs.value(1).toLongLong();
        pair.b = pairs.value(2).toLongLong();
        pair.score = pairs.value(3).toDouble();
        pair.agreed = pairs.value(4).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
        groups[*it].pairs.append(pair);
    }
    return {};
}

Result<qint64> DuplicateRepository::openGroupCount()
{
    SqlStatement count(
        m_database.connection(),
        QStringLiteral("SELECT count(*) FROM duplicate_groups WHERE status IN "
                       "('pending', 'later')"),
        purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "counting the open duplicate groups")));
    if (auto status = count.exec(); !status)
        return status.error();
    return count.next() ? count.value(0).toLongLong() : 0;
}

Status DuplicateRepository::setStatus(qint64 groupId, DuplicateGroupStatus status, qint64 userId,
                                      qint64 mergeId)
{
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE duplicate_groups SET status = ?, decided_by = ?, "
                                       "decided_at = ?, merge_id = ? WHERE id = ?"),
                        purpose(QT_TRANSLATE_NOOP("DuplicateRepository",
                                                  "recording a decision on a duplicate group")));
    if (auto result = update.exec({statusCode(status), sv::fromId(userId),
                                   sv::fromTimestamp(sv::now()), sv::fromId(mergeId), groupId});
        !result)
        return result;
    if (update.rowsAffected() == 0)
        return Error{
            purpose(QT_TRANSLATE_NOOP("DuplicateRepository", "There is no duplicate group %1."))
                .arg(groupId),
            {}};
    return {};
}

} // namespace luotsi::storage
