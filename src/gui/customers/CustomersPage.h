#pragma once

#include "core/register/CustomerQuery.h"

#include <QWidget>

class QFrame;
class QLabel;
class QTabWidget;

namespace luotsi::core {
class CustomerService;
class Settings;
class Workspace;
} // namespace luotsi::core

namespace luotsi::gui {

class CustomerCard;
class CustomerListView;
class ModuleRegistry;

// The customer module's page: the register list in the first tab, each open card in a tab of
// its own.
class CustomersPage final : public QWidget
{
    Q_OBJECT
public:
    CustomersPage(core::Workspace& workspace, core::Settings& settings,
                  const ModuleRegistry& registry, QWidget* parent = nullptr);

    CustomerListView* listView() const { return m_list; }
    CustomerCard* currentCard() const;
    CustomerCard* cardFor(qint64 customerId) const;

    void openCustomer(qint64 id);
    void newCustomer();
    void showList();
    void setSearchText(const QString& text);
    // Shows the list with the query's filters (e.g. one data-quality issue, from another
    // module) and a banner naming the filter the list's own choices cannot show, with ✕ to
    // remove it.
    void showQuery(const core::CustomerQuery& query);
    // Removes the banner's filter: the list shows its own filters only.
    void clearQueryFilter();
    static QString qualityFilterText(core::QualityIssue issue);
    // Asks about every card with unsaved changes; false if the user cancelled.
    bool maybeCloseAll();

signals:
    void statusMessage(const QString& message);
    void recentCustomersChanged();

public:
    // Asks for a file and writes the customers of the query to it on a worker thread.
    void exportList(const core::CustomerQuery& query);

private:
    CustomerCard* createCard();
    bool closeCard(int tabIndex);
    void resetListFilters(const core::CustomerQuery& query);
    void updateFilterBanner();

    core::Workspace& m_workspace;
    core::CustomerService& m_service;
    QString m_registerPath; // whose recent customers these are
    core::Settings& m_settings;
    const ModuleRegistry& m_registry;
    QTabWidget* m_tabs = nullptr;
    CustomerListView* m_list = nullptr;
    QFrame* m_filterBanner = nullptr;
    QLabel* m_filterLabel = nullptr;
};

} // namespace luotsi::gui
