#pragma once

#include <QObject>

#include <memory>

class QProgressDialog;

namespace luotsi::core {
class Settings;
class Workspace;
} // namespace luotsi::core

namespace luotsi::gui {

class BackgroundJob;
class MainWindow;
class ModuleRegistry;

// Takes the application from start to a main window: chooses the database, offers an empty or
// demo register on first start (built off the GUI thread with progress and cancel), opens and
// migrates it, and reopens everything when the user picks another database.
class AppController final : public QObject
{
    Q_OBJECT
public:
    AppController(core::Settings& settings, const ModuleRegistry& registry,
                  QObject* parent = nullptr);
    ~AppController() override;

    // False when start-up cannot go on (the user cancelled, or the database cannot be opened).
    bool start(const QString& databasePathArgument);
    MainWindow* mainWindow() const { return m_window.get(); }

signals:
    void failed();

private:
    void buildDemo(const QString& path);
    bool openWorkspace(const QString& path);

    core::Settings& m_settings;
    const ModuleRegistry& m_registry;
    std::unique_ptr<core::Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<BackgroundJob> m_job;
    QProgressDialog* m_progress = nullptr;
};

} // namespace luotsi::gui
