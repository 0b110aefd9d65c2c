#include "ImportJob.h"

#include "core/Workspace.h"
#include "core/importing/ImportHistory.h"
#include "shell/BackgroundJob.h"

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::importing;

namespace {

Result<std::unique_ptr<Workspace>> openWorkspace(const ImportJob::Login& login)
{
    return Workspace::open(login.registerPath, login.login, login.displayName);
}

} // namespace

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
{}

ImportJob::~ImportJob() = default;

ImportJob::Login ImportJob::of(Workspace& workspace)
{
    return {workspace.path(), workspace.currentUser().login, workspace.currentUser().displayName};
}

ImportJob* ImportJob::import(const Login& login, ImportOptions options, QObject* parent)
{
    auto* job = new ImportJob(parent);
    job->m_job = std::make_unique<BackgroundJob>(
        [login, options = std::move(options),
         result = job->m_result](const BackgroundJob::Progress& progress) -> Status {
            auto workspace = openWorkspace(login);
            if (!workspace)
                return workspace.error();
            ImportRunner runner(**workspace);
            // The runner knows how far into the file it is; the bar wants rows of rows.
            auto report = runner.run(options, [&progress](qint64 rows, double fraction) {
                const qint64 estimate = fraction > 0.0 ? qRound64(double(rows) / fraction) : 0;
                return progress(rows, qMax(rows, estimate));
            });
            if (!report)
                return report.error();
            result->report = std::move(report).value();
            return {};
        });
    return job;
}

ImportJob* ImportJob::undo(const Login& login, qint64 batchId, QObject* parent)
{
    auto* job = new ImportJob(parent);
    job->m_job = std::make_unique<BackgroundJob>(
        [login, batchId, result = job->m_result](const BackgroundJob::Progress&) -> Status {
            auto workspace = openWorkspace(login);
            if (!workspace)
                return workspace.error();
            auto report = ImportHistory(**workspace).undo(batchId);
            if (!report)
                return report.error();
            result->undo = std::move(report).value();
            return {};
        });
    return job;
}

void ImportJob::start()
{
    connect(m_job.get(), &BackgroundJob::progressed, this, &ImportJob::progressed);
    connect(m_job.get(), &BackgroundJob::finished, this, [this](bool ok, const QString& error) {
        m_running = false;
        emit finished(ok, error);
    });
    m_running = true;
    m_job->start();
}

void ImportJob::cancel()
{
    m_job->cancel();
}

bool ImportJob::wasCancelled() const
{
    return m_result->report && m_result->report->cancelled;
}

} // namespace luotsi::gui
