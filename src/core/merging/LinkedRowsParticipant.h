#pragma once

#include "MergeParticipant.h"
#include "core/storage/MergeRepository.h"

namespace luotsi::core::merging {

// Rows of a table that belong to a customer through one column (timeline entries, import
// lineage, a later module's rows): a merge re-points them to the survivor, undo back.
class LinkedRowsParticipant : public MergeParticipant
{
public:
    LinkedRowsParticipant(storage::Database& database, storage::CustomerLinkTable table);

    QString id() const override { return m_table.table; }
    Result<QStringList> moveRows(qint64 fromCustomer, qint64 toCustomer) override;
    Status moveBack(const QStringList& rowKeys, qint64 toCustomer) override;

protected:
    storage::MergeRepository m_merges;
    storage::CustomerLinkTable m_table;
};

} // namespace luotsi::core::merging
