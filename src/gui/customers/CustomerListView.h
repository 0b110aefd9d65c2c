#pragma once

#include "core/register/CustomerQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace luotsi::core {
class CustomerService;
class Workspace;
} // namespace luotsi::core

namespace luotsi::gui {

class CustomerTableModel;

// The register as a list: filters above, the lazily fetched table below. The search text comes
// from the main window's global search box.
class CustomerListView final : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerListView(core::Workspace& workspace, QWidget* parent = nullptr);

    void setSearchText(const QString& text);
    CustomerTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Moves keyboard focus to the table, on the first row if none is current.
    void focusTable();
    // Re-reads the filter choices (users, group companies, cities, segments).
    void reloadFilterChoices();

signals:
    void openCustomerRequested(qint64 id);
    // "Export…": the list as it is filtered now, to a file.
    void exportRequested(const core::CustomerQuery& query);
    void statusMessage(const QString& message);

private:
    void applyFilters();
    void openCurrent();
    void reloadSegmentChoices();

    core::Workspace& m_workspace;
    core::CustomerService& m_service;
    CustomerTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QComboBox* m_ownerCombo = nullptr;
    QComboBox* m_companyCombo = nullptr;
    QComboBox* m_cityCombo = nullptr;
    QComboBox* m_segmentCombo = nullptr;
    QLabel* m_countLabel = nullptr;
    QString m_searchText;
};

} // namespace luotsi::gui
