#include "ChangeDraftCommand.h"

#include "CustomerCardDocument.h"

#include <QHash>

namespace luotsi::gui {

ChangeDraftCommand::ChangeDraftCommand(CustomerCardDocument& document, const QString& description,
                                       core::Customer before, core::Customer after,
                                       const QString& mergeKey)
    : QUndoCommand(description)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
    // QUndoStack merges only commands with equal non-negative ids; -1 never merges.
    , m_mergeId(mergeKey.isEmpty() ? -1 : int(qHash(mergeKey) & 0x7fffffff))
{}

void ChangeDraftCommand::undo()
{
    m_document.setDraft(m_before);
}

void ChangeDraftCommand::redo()
{
    m_document.setDraft(m_after);
}

bool ChangeDraftCommand::mergeWith(const QUndoCommand* other)
{
    const auto* command = static_cast<const ChangeDraftCommand*>(other);
    if (command->m_mergeKey != m_mergeKey)
        return false;
    m_after = command->m_after;
    return true;
}

} // namespace luotsi::gui
