#pragma once

#include "core/importing/BatchUndo.h"
#include "core/importing/ImportRunner.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

class BackgroundJob;

// Runs an import (the preview's dry run or the real one) or a batch undo on a worker thread
// with a workspace of its own on the same register file: a database connection belongs to the
// thread that opened it. The GUI only listens to progressed() and finished() and reads the
// report afterwards.
class ImportJob final : public QObject
{
    Q_OBJECT
public:
    struct Login
    {
        QString registerPath;
        QString login;
        QString displayName;
    };

    // The register and user of an open workspace, for the worker's own.
    static Login of(core::Workspace& workspace);

    static ImportJob* import(const Login& login, core::importing::ImportOptions options,
                             QObject* parent = nullptr);
    static ImportJob* undo(const Login& login, qint64 batchId, QObject* parent = nullptr);
    ~ImportJob() override;

    void start();
    // The runner stops at its next progress report and rolls back.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const;

    // After finished(true, ...).
    const std::optional<core::importing::ImportReport>& report() const { return m_result->report; }
    const std::optional<core::importing::UndoReport>& undoReport() const { return m_result->undo; }

signals:
    // rows done of about estimatedRows (from how far the file has been read; 0 when unknown).
    void progressed(qint64 rows, qint64 estimatedRows);
    void finished(bool ok, const QString& errorText);

private:
    struct Outcome
    {
        std::optional<core::importing::ImportReport> report;
        std::optional<core::importing::UndoReport> undo;
    };

    explicit ImportJob(QObject* parent);

    std::shared_ptr<Outcome> m_result = std::make_shared<Outcome>();
    std::unique_ptr<BackgroundJob> m_job;
    bool m_running = false;
};

} // namespace luotsi::gui
