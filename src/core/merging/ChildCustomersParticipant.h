#pragma once

#include "LinkedRowsParticipant.h"
#include "core/storage/AuditRepository.h"

namespace luotsi::core::merging {

// The members' child customers (parishes of a merged parish union) move under the survivor.
// Their parent link is customer data, so each move is in the child's audit log too. The
// survivor itself never moves under itself; the merge decides its own parent (MergeService).
class ChildCustomersParticipant final : public LinkedRowsParticipant
{
public:
    ChildCustomersParticipant(storage::Database& database, qint64 userId);

    QString id() const override { return QStringLiteral("child_customers"); }
    Result<QStringList> moveRows(qint64 fromCustomer, qint64 toCustomer) override;
    Status moveBack(const QStringList& rowKeys, qint64 toCustomer) override;

private:
    Status audit(const QStringList& rowKeys, qint64 fromCustomer, qint64 toCustomer);

    storage::AuditRepository m_audit;
    qint64 m_userId;
};

} // namespace luotsi::core::merging
