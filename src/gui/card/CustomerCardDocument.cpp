#include "CustomerCardDocument.h"

#include "ChangeDraftCommand.h"
#include "core/register/CustomerService.h"

namespace luotsi::gui {

using namespace luotsi::core;

CustomerCardDocument::CustomerCardDocument(CustomerService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{}

Status CustomerCardDocument::load(qint64 id)
{
    auto customer = m_service.load(id);
    if (!customer)
        return customer.error();
    m_saved = *customer;
    m_undoStack.clear();
    setDraft(m_saved);
    return {};
}

void CustomerCardDocument::startNew(const Customer& initial)
{
    m_saved = Customer{};
    m_undoStack.clear();
    setDraft(initial);
}

void CustomerCardDocument::edit(const QString& description,
                                const std::function<void(Customer&)>& change,
                                const QString& mergeKey)
{
    Customer after = m_draft;
    change(after);
    if (after == m_draft)
        return;
    m_undoStack.push(new ChangeDraftCommand(*this, description, m_draft, after, mergeKey));
}

void CustomerCardDocument::setDraft(const Customer& draft)
{
    m_draft = draft;
    updateIssues();
    emit draftChanged();
    if (isModified() != m_wasModified) {
        m_wasModified = isModified();
        emit modifiedChanged(m_wasModified);
    }
}

void CustomerCardDocument::updateIssues()
{
    m_issues = CustomerValidator::validate(CustomerValidator::normalized(m_draft));
}

bool CustomerCardDocument::hasIssue(const QString& field) const
{
    return std::any_of(m_issues.begin(), m_issues.end(),
                       [&](const ValidationIssue& issue) { return issue.field == field; });
}

Status CustomerCardDocument::save()
{
    auto stored = m_service.save(m_draft);
    if (!stored)
        return stored.error();
    m_saved = *stored;
    // Undo across a save would bring back children without their new ids: start afresh.
    m_undoStack.clear();
    setDraft(m_saved);
    emit savedTo(m_saved.id);
    return {};
}

Status CustomerCardDocument::revert()
{
    return isNew() ? (startNew(), Status{}) : load(m_saved.id);
}

} // namespace luotsi::gui
