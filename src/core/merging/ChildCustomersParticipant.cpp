#include "ChildCustomersParticipant.h"

namespace luotsi::core::merging {

ChildCustomersParticipant::ChildCustomersParticipant(storage::Database& database, qint64 userId)
    : LinkedRowsParticipant(
          database,
          {QStringLiteral("customers"), {QStringLiteral("id")}, QStringLiteral("parent_id"), true})
    , m_audit(database)
    , m_userId(userId)
{}

Result<QStringList> ChildCustomersParticipant::moveRows(qint64 fromCustomer, qint64 toCustomer)
{
    auto keys = LinkedRowsParticipant::moveRows(fromCustomer, toCustomer);
    if (!keys)
        return keys;
    if (auto status = audit(*keys, fromCustomer, toCustomer); !status)
        return status.error();
    return keys;
}

Status ChildCustomersParticipant::moveBack(const QStringList& rowKeys, qint64 toCustomer)
{
    // The rows do not say where they were moved to; the audit row is what matters here.
    QHash<qint64, qint64> currentParent;
    for (const QString& key : rowKeys) {
        auto chain = m_merges.ancestors(key.toLongLong());
        if (!chain)
            return chain.error();
        currentParent.insert(key.toLongLong(), chain->value(0));
    }
    if (auto status = LinkedRowsParticipant::moveBack(rowKeys, toCustomer); !status)
        return status;
    for (auto it = currentParent.cbegin(); it != currentParent.cend(); ++it) {
        if (auto status = audit({QString::number(it.key())}, it.value(), toCustomer); !status)
            return status;
    }
    return {};
}

Status ChildCustomersParticipant::audit(const QStringList& rowKeys, qint64 fromCustomer,
                                        qint64 toCustomer)
{
    for (const QString& key : rowKeys) {
        const qint64 child = key.toLongLong();
        const FieldChange change{QStringLiteral("customer"),    child,
                                 FieldChange::Action::Update,   QStringLiteral("parentId"),
                                 QString::number(fromCustomer), QString::number(toCustomer)};
        if (auto status = m_audit.record(m_userId, child, {change}); !status)
            return status;
    }
    return {};
}

} // namespace luotsi::core::merging
