#pragma once

#include <QWidget>

#include <functional>

namespace luotsi::core {
class CustomerService;
class Workspace;
} // namespace luotsi::core

namespace luotsi::gui {

class CustomerCardDocument;

// What a card section may use: the open customer, the services, and a way to open another
// customer's card (for hierarchy links and the like). Modules reach their own services (segments,
// plans) through the workspace.
struct CardContext
{
    CustomerCardDocument& document;
    core::CustomerService& service;
    core::Workspace& workspace;
    std::function<void(qint64 customerId)> openCustomer;
};

// One section (tab) of the customer card. Modules add their own through
// ModuleRegistry::addCardSection(); see docs/architecture.md.
class CardSection : public QWidget
{
    Q_OBJECT
public:
    explicit CardSection(CardContext& context, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_context(context)
    {}

    virtual QString title() const = 0;
    // Shows the document's current draft; called after every load, edit, undo and save.
    virtual void refresh() = 0;

protected:
    CardContext& m_context;
};

} // namespace luotsi::gui
