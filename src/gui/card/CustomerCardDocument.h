#pragma once

#include "core/Result.h"
#include "core/register/Customer.h"
#include "core/register/CustomerValidator.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace luotsi::core {
class CustomerService;
}

namespace luotsi::gui {

// One customer open on a card: the saved record, the draft being edited, and the undo stack of
// the edits between them. Every edit goes through edit(), so undo/redo, the unsaved-changes
// guard and live validation see the same draft. save() writes the whole draft in one transaction;
// if it fails, draft and database stay as they were.
class CustomerCardDocument final : public QObject
{
    Q_OBJECT
public:
    explicit CustomerCardDocument(core::CustomerService& service, QObject* parent = nullptr);

    core::Status load(qint64 id);
    void startNew(const core::Customer& initial = {});

    const core::Customer& draft() const { return m_draft; }
    const core::Customer& saved() const { return m_saved; }
    bool isNew() const { return m_saved.id == 0; }
    bool isModified() const { return m_draft != m_saved; }
    QUndoStack* undoStack() { return &m_undoStack; }
    core::CustomerService& service() { return m_service; }

    // Applies change to a copy of the draft as one undoable step. Consecutive edits with the same
    // non-empty mergeKey (typing into one field) merge into one step.
    void edit(const QString& description, const std::function<void(core::Customer&)>& change,
              const QString& mergeKey = {});
    // Replaces the draft without an undo step; for the undo commands themselves.
    void setDraft(const core::Customer& draft);

    // Findings of the validator on the normalised draft; errors block save().
    const QList<core::ValidationIssue>& issues() const { return m_issues; }
    bool hasIssue(const QString& field) const;
    core::Status save();
    // Reloads from the database, dropping the draft (after another window changed the record).
    core::Status revert();

signals:
    void draftChanged();
    void modifiedChanged(bool modified);
    void savedTo(qint64 id);

private:
    void updateIssues();

    core::CustomerService& m_service;
    core::Customer m_saved;
    core::Customer m_draft;
    QList<core::ValidationIssue> m_issues;
    QUndoStack m_undoStack;
    bool m_wasModified = false;
};

} // namespace luotsi::gui
