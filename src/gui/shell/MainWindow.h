#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace luotsi::core {
class Settings;
class Workspace;
} // namespace luotsi::core

namespace luotsi::gui {

class CustomersPage;
class ModuleRegistry;
struct ModuleContext;

// The application shell: module sidebar with recent customers, the global search box, the
// module pages, and a status bar naming the open database. Modules come from the registry; the
// shell knows only the customer module, whose card every module shares.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(core::Workspace& workspace, core::Settings& settings, const ModuleRegistry& registry,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    CustomersPage* customersPage() const { return m_customersPage; }
    QLineEdit* searchBox() const { return m_searchBox; }

signals:
    // The user chose another database; the application reopens on it.
    void openDatabaseRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createSidebar();
    void showModule(int row);
    void reloadRecentCustomers();
    void updateCustomerCount(qint64 count);
    void chooseDatabase();
    void chooseLanguage(const QString& language);
    void showAbout();

    core::Workspace& m_workspace;
    core::Settings& m_settings;
    const ModuleRegistry& m_registry;
    std::unique_ptr<ModuleContext> m_moduleContext;
    QListWidget* m_modules = nullptr;
    QListWidget* m_recent = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_searchBox = nullptr;
    QTimer* m_searchTimer = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    CustomersPage* m_customersPage = nullptr;
};

} // namespace luotsi::gui
