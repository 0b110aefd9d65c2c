#include "SalesFactsParticipant.h"

#include "core/storage/SqlValues.h"

#include <QCoreApplication>

#include <cmath>

namespace luotsi::core::segments {

using storage::StoredPotential;
using storage::StoredSalesFact;
namespace sv = storage::sqlvalues;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SalesFactsParticipant)
};

const QChar separator = u':';

// Revenue in 1/10,000 euros: sums and differences of amounts with up to four decimals (cents,
// in practice) are exact, whatever order members are merged and undone in.
qint64 units(double euros)
{
    return std::llround(euros * 10000.0);
}

double euros(qint64 units)
{
    return double(units) / 10000.0;
}

QString number(double value)
{
    return QString::number(value, 'g', 17); // reads back to the same double
}

QString monthText(const QDate& month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDate monthDate(const QString& text)
{
    return QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
}

// The survivor's row after a member's row joined it (or the member's row alone).
StoredSalesFact joined(const std::optional<StoredSalesFact>& survivor,
                       const StoredSalesFact& member, qint64 survivorId)
{
    StoredSalesFact row = member;
    row.fact.customerId = survivorId;
    if (survivor) {
        row.fact.revenue = euros(units(survivor->fact.revenue) + units(member.fact.revenue));
        row.fact.orders = survivor->fact.orders + member.fact.orders;
        row.batchId = survivor->batchId;
    }
    return row;
}

Error unreadable(const QString& key)
{
    return {Texts::tr("A merge's record of moved sales data is unreadable: %1").arg(key), {}};
}

} // namespace

SalesFactsParticipant::SalesFactsParticipant(storage::Database& database)
    : m_facts(database)
{}

Result<QStringList> SalesFactsParticipant::moveRows(qint64 fromCustomer, qint64 toCustomer)
{
    QStringList keys;
    if (auto status = moveFacts(fromCustomer, toCustomer, keys); !status)
        return status.error();
    if (auto status = moveTags(fromCustomer, toCustomer, keys); !status)
        return status.error();
    if (auto status = movePotential(fromCustomer, toCustomer, keys); !status)
        return status.error();
    return keys;
}

// "f:member:company:month:revenue:orders:batch:survivor:had:revenue:orders:batch", the last
// three the survivor's row before (had 0: none).
Status SalesFactsParticipant::moveFacts(qint64 fromCustomer, qint64 toCustomer, QStringList& keys)
{
    auto facts = m_facts.storedFacts(fromCustomer);
    if (!facts)
        return facts.error();
    for (const StoredSalesFact& member : std::as_const(*facts)) {
        auto survivor = m_facts.storedFact(toCustomer, member.fact.companyId, member.fact.month);
        if (!survivor)
            return survivor.error();
        if (auto status = m_facts.putStored(joined(*survivor, member, toCustomer)); !status)
            return status;
        const StoredSalesFact before = survivor->value_or(StoredSalesFact{});
        keys.append(
            QStringList{QStringLiteral("f"), QString::number(fromCustomer),
                        QString::number(member.fact.companyId), monthText(member.fact.month),
                        number(member.fact.revenue), QString::number(member.fact.orders),
                        QString::number(member.batchId), QString::number(toCustomer),
                        QString::number(survivor->has_value() ? 1 : 0), number(before.fact.revenue),
                        QString::number(before.fact.orders), QString::number(before.batchId)}
                .join(separator));
    }
    return m_facts.removeFacts(fromCustomer);
}

// "t:member:survivor:had:tag" (had 1: the survivor had it already, in some spelling).
Status SalesFactsParticipant::moveTags(qint64 fromCustomer, qint64 toCustomer, QStringList& keys)
{
    auto memberTags = m_facts.tags(fromCustomer);
    if (!memberTags)
        return memberTags.error();
    if (memberTags->isEmpty())
        return {};
    auto survivorRead = m_facts.tags(toCustomer);
    if (!survivorRead)
        return survivorRead.error();
    QStringList survivorTags = *survivorRead;
    for (const QString& tag : std::as_const(*memberTags)) {
        const bool had = survivorTags.contains(tag, Qt::CaseInsensitive);
        if (!had) {
            if (auto status = m_facts.addTag(toCustomer, tag); !status)
                return status;
            survivorTags.append(tag);
        }
        keys.append(QStringList{QStringLiteral("t"), QString::number(fromCustomer),
                                QString::number(toCustomer), QString::number(had ? 1 : 0), tag}
                        .join(separator));
    }
    return m_facts.setTags(fromCustomer, {});
}

// "p:member:survivor:adopted:euros:user:changed_at" (adopted 1: the survivor took it).
Status SalesFactsParticipant::movePotential(qint64 fromCustomer, qint64 toCustomer,
                                            QStringList& keys)
{
    auto member = m_facts.storedPotential(fromCustomer);
    if (!member)
        return member.error();
    if (!member->has_value())
        return {};
    auto survivor = m_facts.storedPotential(toCustomer);
    if (!survivor)
        return survivor.error();
    // The members not yet moved still hold theirs: only the largest one is taken.
    auto largest = m_facts.largestPotentialOfMergeMembers(toCustomer);
    if (!largest)
        return largest.error();
    const StoredPotential& potential = **member;
    const bool adopted =
        !survivor->has_value() && (!largest->has_value() || potential.euros >= **largest);
    if (adopted) {
        if (auto status = m_facts.putPotential(toCustomer, potential); !status)
            return status;
    }
    keys.append(QStringList{QStringLiteral("p"), QString::number(fromCustomer),
                            QString::number(toCustomer), QString::number(adopted ? 1 : 0),
                            number(potential.euros), QString::number(potential.userId),
                            sv::fromTimestamp(potential.changedAt)}
                    .join(separator));
    return m_facts.setPotential(fromCustomer, std::nullopt, 0);
}

Status SalesFactsParticipant::moveBack(const QStringList& rowKeys, qint64 toCustomer)
{
    for (const QString& key : rowKeys) {
        const QStringList parts = key.split(separator);
        Status status;
        if (parts.constFirst() == u"f" && parts.size() == 12)
            status = factBack(parts, toCustomer);
        else if (parts.constFirst() == u"t" && parts.size() >= 5)
            status = tagBack(parts, toCustomer);
        else if (parts.constFirst() == u"p" && parts.size() >= 7)
            status = potentialBack(parts, toCustomer);
        else
            status = unreadable(key);
        if (!status)
            return status;
    }
    return {};
}

Status SalesFactsParticipant::factBack(const QStringList& parts, qint64 toCustomer)
{
    StoredSalesFact member;
    member.fact.customerId = toCustomer;
    member.fact.companyId = parts.at(2).toLongLong();
    member.fact.month = monthDate(parts.at(3));
    member.fact.revenue = parts.at(4).toDouble();
    member.fact.orders = parts.at(5).toInt();
    member.batchId = parts.at(6).toLongLong();
    const qint64 survivorId = parts.at(7).toLongLong();
    std::optional<StoredSalesFact> before;
    if (parts.at(8) == u"1") {
        StoredSalesFact row = member;
        row.fact.customerId = survivorId;
        row.fact.revenue = parts.at(9).toDouble();
        row.fact.orders = parts.at(10).toInt();
        row.batchId = parts.at(11).toLongLong();
        before = row;
    }
    if (!member.fact.month.isValid())
        return unreadable(parts.join(separator));
    if (auto status = m_facts.putStored(member); !status)
        return status;

    auto current = m_facts.storedFact(survivorId, member.fact.companyId, member.fact.month);
    if (!current)
        return current.error();
    if (!current->has_value())
        return {}; // removed since the merge: nothing of the member's is left there
    const StoredSalesFact& now = **current;
    const StoredSalesFact merged = joined(before, member, survivorId);
    if (now.fact.revenue == merged.fact.revenue && now.fact.orders == merged.fact.orders) {
        if (before)
            return m_facts.putStored(*before);
        return m_facts.removeFact(survivorId, member.fact.companyId, member.fact.month);
    }
    StoredSalesFact rest = now;
    rest.fact.revenue = euros(units(now.fact.revenue) - units(member.fact.revenue));
    rest.fact.orders = now.fact.orders - member.fact.orders;
    // Nothing left: the row came with the members (an earlier member's undo took its part).
    if (units(rest.fact.revenue) == 0 && rest.fact.orders == 0)
        return m_facts.removeFact(survivorId, member.fact.companyId, member.fact.month);
    return m_facts.putStored(rest);
}

Status SalesFactsParticipant::tagBack(const QStringList& parts, qint64 toCustomer)
{
    const qint64 survivorId = parts.at(2).toLongLong();
    const bool had = parts.at(3) == u"1";
    const QString tag = parts.mid(4).join(separator);
    if (auto status = m_facts.addTag(toCustomer, tag); !status)
        return status;
    return had ? Status{} : m_facts.removeTag(survivorId, tag);
}

Status SalesFactsParticipant::potentialBack(const QStringList& parts, qint64 toCustomer)
{
    const qint64 survivorId = parts.at(2).toLongLong();
    const bool adopted = parts.at(3) == u"1";
    const StoredPotential potential{parts.at(4).toDouble(), parts.at(5).toLongLong(),
                                    sv::toTimestamp(parts.mid(6).join(separator))};
    if (auto status = m_facts.putPotential(toCustomer, potential); !status)
        return status;
    if (!adopted)
        return {};
    auto current = m_facts.storedPotential(survivorId);
    if (!current)
        return current.error();
    // Changed by hand since the merge: that is someone's later work, kept.
    if (!current->has_value() || **current != potential)
        return {};
    return m_facts.setPotential(survivorId, std::nullopt, 0);
}

} // namespace luotsi::core::segments
