#include "LinkedRowsParticipant.h"

namespace luotsi::core::merging {

LinkedRowsParticipant::LinkedRowsParticipant(storage::Database& database,
                                             storage::CustomerLinkTable table)
    : m_merges(database)
    , m_table(std::move(table))
{}

Result<QStringList> LinkedRowsParticipant::moveRows(qint64 fromCustomer, qint64 toCustomer)
{
    return m_merges.moveLinks(m_table, fromCustomer, toCustomer);
}

Status LinkedRowsParticipant::moveBack(const QStringList& rowKeys, qint64 toCustomer)
{
    return m_merges.moveLinksBack(m_table, rowKeys, toCustomer);
}

} // namespace luotsi::core::merging
