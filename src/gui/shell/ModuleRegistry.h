#pragma once

#include <QIcon>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace luotsi::core {
class Settings;
class Workspace;
struct CustomerQuery;
} // namespace luotsi::core

namespace luotsi::gui {

class CardSection;
struct CardContext;

// What a module's main-window page may use.
class ModuleRegistry;

struct ModuleContext
{
    core::Workspace& workspace;
    core::Settings& settings;
    const ModuleRegistry* registry;
    // Opens a customer's card in the customer module, the one shared card of the application.
    std::function<void(qint64 customerId)> openCustomer;
    // Shows the customer module's list filtered by the query (e.g. the customers with one
    // data-quality issue), with a way back to the whole list.
    std::function<void(const core::CustomerQuery& query)> openCustomerList;
};

// The one place where modules plug into the application: a page in the main window's sidebar
// and sections on the customer card. Built-in and later modules register the same way, at
// start-up, before the main window is built; nothing else needs editing.
class ModuleRegistry final
{
public:
    struct Module
    {
        QString id;
        std::function<QString()> title; // translated when asked, so a language switch shows
        QIcon icon;
        int order = 100;
        std::function<QWidget*(ModuleContext&, QWidget* parent)> createPage;
    };
    struct CardSectionEntry
    {
        QString id;
        int order = 100;
        std::function<CardSection*(CardContext&, QWidget* parent)> create;
    };

    void addModule(Module module);
    void addCardSection(CardSectionEntry section);
    // In order.
    QList<Module> modules() const;
    QList<CardSectionEntry> cardSections() const;

private:
    QList<Module> m_modules;
    QList<CardSectionEntry> m_cardSections;
};

} // namespace luotsi::gui
