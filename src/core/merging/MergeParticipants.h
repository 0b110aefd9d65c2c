#pragma once

#include "MergeParticipant.h"
#include "core/storage/MergeRepository.h"

#include <QList>

#include <memory>
#include <vector>

namespace luotsi::core::merging {

// The data a merge carries from members to the survivor: the built-ins (timeline entries,
// child customers, import lineage) and whatever modules add (see MergeParticipant.h).
class MergeParticipants final
{
public:
    MergeParticipants(storage::Database& database, qint64 userId);
    ~MergeParticipants();

    void add(std::unique_ptr<MergeParticipant> participant);
    // Rows with a plain customer column.
    void addTable(const storage::CustomerLinkTable& table);

    // In the order added.
    QList<MergeParticipant*> all() const;
    MergeParticipant* find(const QString& id) const;

private:
    storage::Database& m_database;
    std::vector<std::unique_ptr<MergeParticipant>> m_participants;
};

} // namespace luotsi::core::merging
