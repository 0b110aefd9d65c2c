#include "AppController.h"

#include "BackgroundJob.h"
#include "FirstStartDialog.h"
#include "MainWindow.h"
#include "core/Settings.h"
#include "core/Workspace.h"
#include "core/demo/DemoRegisterBuilder.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

namespace luotsi::gui {

AppController::AppController(core::Settings& settings, const ModuleRegistry& registry,
                             QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_registry(registry)
{}

AppController::~AppController()
{
    // The window's widgets hold references into the workspace.
    m_window.reset();
    m_workspace.reset();
}

bool AppController::start(const QString& databasePathArgument)
{
    QString path = databasePathArgument;
    if (path.isEmpty())
        path = m_settings.databasePath();
    if (path.isEmpty())
        path = core::Settings::defaultDatabasePath();

    if (!QFileInfo::exists(path)) {
        FirstStartDialog dialog(path);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        if (dialog.demoChosen()) {
            buildDemo(path);
            return true;
        }
    }
    return openWorkspace(path);
}

void AppController::buildDemo(const QString& path)
{
    m_progress = new QProgressDialog(tr("Creating the demo register…"), tr("Cancel"), 0,
                                     FirstStartDialog::demoCustomers);
    m_progress->setWindowTitle(tr("Luotsi"));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_job = std::make_unique<BackgroundJob>([path](const BackgroundJob::Progress& progress) {
        return core::DemoRegisterBuilder::build(path, FirstStartDialog::demoCustomers, 1, progress);
    });
    connect(m_job.get(), &BackgroundJob::progressed, m_progress, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(total));
        m_progress->setValue(int(done));
    });
    connect(m_progress, &QProgressDialog::canceled, m_job.get(), &BackgroundJob::cancel);
    connect(
        m_job.get(), &BackgroundJob::finished, this, [this, path](bool ok, const QString& error) {
            m_progress->deleteLater();
            m_progress = nullptr;
            if (!ok && !m_job->isCancelled())
                QMessageBox::warning(nullptr, tr("Demo register"),
                                     tr("The demo register could not be completed: %1").arg(error));
            // A cancelled demo keeps the whole batches written so far: still a usable register.
            if (!openWorkspace(path))
                emit failed();
        });
    m_progress->show();
    m_job->start();
}

bool AppController::openWorkspace(const QString& path)
{
    auto workspace =
        core::Workspace::open(path, core::Workspace::systemLogin(), core::Workspace::systemLogin());
    if (!workspace) {
        QMessageBox::critical(
            m_window.get(), tr("Luotsi"),
            tr("The register could not be opened.\n\n%1").arg(workspace.error().text()));
        return false;
    }
    auto window = std::make_unique<MainWindow>(**workspace, m_settings, m_registry);
    connect(window.get(), &MainWindow::openDatabaseRequested, this, [this](const QString& newPath) {
        // Opening the new register first keeps the old one on screen if the new one fails.
        auto next = core::Workspace::open(newPath, core::Workspace::systemLogin(),
                                          core::Workspace::systemLogin());
        if (!next) {
            QMessageBox::critical(
                m_window.get(), tr("Luotsi"),
                tr("The register could not be opened.\n\n%1").arg(next.error().text()));
            return;
        }
        m_settings.setDatabasePath(newPath);
        // Replace the window after this slot returns: it is the sender.
        QTimer::singleShot(0, this, [this, newPath] {
            m_window.reset();
            m_workspace.reset();
            openWorkspace(newPath);
        });
    });
    m_window = std::move(window);
    m_workspace = std::move(workspace).value();
    m_window->show();
    // Start where users start: typing a customer's name into the search box.
    m_window->activateWindow();
    m_window->searchBox()->setFocus(Qt::ActiveWindowFocusReason);
    return true;
}

} // namespace luotsi::gui
