#pragma once

#include "core/Result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace luotsi::gui {

// Runs long work (generating a register, later imports and re-segmentation) on a thread of its
// own, so that the GUI never blocks. The work reports progress through a callback that also
// answers "go on?": false once cancel() was called. Work that needs the database opens its own
// connection on the worker thread.
class BackgroundJob final : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<core::Status(const Progress&)>;

    explicit BackgroundJob(Work work, QObject* parent = nullptr);
    ~BackgroundJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

signals:
    void progressed(qint64 done, qint64 total);
    void finished(bool ok, const QString& errorText);

private:
    Work m_work;
    QThread m_thread;
    std::atomic<bool> m_cancelled = false;
};

} // namespace luotsi::gui
