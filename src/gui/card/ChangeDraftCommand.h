#pragma once

#include "core/register/Customer.h"

#include <QUndoCommand>

namespace luotsi::gui {

class CustomerCardDocument;

// The one undo command of the card: the draft before and after an edit. A whole customer is a
// few kilobytes, so snapshots are simpler and safer than per-field inverse operations.
class ChangeDraftCommand final : public QUndoCommand
{
public:
    ChangeDraftCommand(CustomerCardDocument& document, const QString& description,
                       core::Customer before, core::Customer after, const QString& mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    CustomerCardDocument& m_document;
    core::Customer m_before;
    core::Customer m_after;
    QString m_mergeKey;
    int m_mergeId;
};

} // namespace luotsi::gui
