#include "MergeParticipants.h"

#include "ChildCustomersParticipant.h"
#include "LinkedRowsParticipant.h"
#include "core/segments/SalesFactsParticipant.h"

namespace luotsi::core::merging {

MergeParticipants::MergeParticipants(storage::Database& database, qint64 userId)
    : m_database(database)
{
    addTable({QStringLiteral("timeline_entries"),
              {QStringLiteral("id")},
              QStringLiteral("customer_id")});
    add(std::make_unique<ChildCustomersParticipant>(database, userId));
    // Import lineage: the rows a batch sent to a member now point at the survivor, so that the
    // batch report and the provenance of the survivor's fields find it. import_changes stay:
    // they describe what a batch did to that record, and a batch undo must see it gone.
    addTable({QStringLiteral("import_rows"),
              {QStringLiteral("batch_id"), QStringLiteral("row_number")},
              QStringLiteral("customer_id")});
    // Sales facts, tags and potential: combined on the survivor, not only moved.
    add(std::make_unique<segments::SalesFactsParticipant>(database));
}

MergeParticipants::~MergeParticipants() = default;

void MergeParticipants::add(std::unique_ptr<MergeParticipant> participant)
{
    m_participants.push_back(std::move(participant));
}

void MergeParticipants::addTable(const storage::CustomerLinkTable& table)
{
    add(std::make_unique<LinkedRowsParticipant>(m_database, table));
}

QList<MergeParticipant*> MergeParticipants::all() const
{
    QList<MergeParticipant*> list;
    for (const auto& participant : m_participants)
        list.append(participant.get());
    return list;
}

MergeParticipant* MergeParticipants::find(const QString& id) const
{
    for (const auto& participant : m_participants) {
        if (participant->id() == id)
            return participant.get();
    }
    return nullptr;
}

} // namespace luotsi::core::merging
