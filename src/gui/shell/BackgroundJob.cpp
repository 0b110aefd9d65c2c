#include "BackgroundJob.h"

namespace luotsi::gui {

BackgroundJob::BackgroundJob(Work work, QObject* parent)
    : QObject(parent)
    , m_work(std::move(work))
{}

BackgroundJob::~BackgroundJob()
{
    m_cancelled = true;
    m_thread.quit();
    m_thread.wait();
}

void BackgroundJob::start()
{
    // The work runs in a helper object living on the worker thread; signals cross back to the
    // GUI thread queued.
    auto* runner = new QObject;
    runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, runner, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, runner, [this] {
        const Progress progress = [this](qint64 done, qint64 total) {
            emit progressed(done, total);
            return !m_cancelled.load();
        };
        const core::Status status = m_work(progress);
        emit finished(status.ok(), status.ok() ? QString() : status.error().text());
        m_thread.quit();
    });
    m_thread.start();
}

} // namespace luotsi::gui
