#pragma once

#include "SegmentsPageSupport.h"
#include "core/segments/SegmentAssignment.h"
#include "duplicates/Prompts.h"
#include "shell/BackgroundJob.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

class SegmentRunListModel;
class SegmentRunView;

// The "Runs" tab: re-segmentation of one segmentation. "New run" and "Yearly review" evaluate
// every customer on a worker thread (its own Workspace on the same file) with progress and
// cancel and show the preview's matrix; Apply writes it on a worker too, Discard drops it. The
// earlier runs are listed beside it and reopen their matrix when chosen.
class SegmentRunsPage final : public QWidget
{
    Q_OBJECT
public:
    SegmentRunsPage(core::Workspace& workspace, std::function<void(qint64)> openCustomer,
                    QWidget* parent = nullptr);
    ~SegmentRunsPage() override;

    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }
    // Reads the segmentations and the runs again.
    void reload();
    // Evaluates every customer as of the date chosen and shows the preview.
    void startPreview(core::segments::RunKind kind);
    // Asks, then applies the run shown on a worker.
    void applyShown();
    // Asks, then discards the run shown.
    void discardShown();
    void cancelJob();
    bool isBusy() const { return m_job != nullptr; }
    qint64 segmentationId() const;

    QComboBox* segmentationCombo() const { return m_segmentation; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    SegmentRunListModel* runsModel() const { return m_runsModel; }
    QTableView* runsView() const { return m_runs; }
    SegmentRunView* runView() const { return m_view; }
    QLabel* statusLabel() const { return m_status; }

signals:
    // A preview or apply ended (ok false: failed or cancelled), with what the status line says.
    void jobFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    using Done = std::function<void(bool ok, bool cancelled, const QString& error)>;
    void startJob(const BackgroundJob::Work& work, const QString& label, Done done);
    void showProgress(qint64 done, qint64 total);
    void reloadRuns(qint64 selectRunId);
    void showRunAt(int row);
    void reloadSegments();
    void setStatus(const QString& text);

    core::Workspace& m_workspace;
    Prompts m_prompts = Prompts::messageBoxes();
    SegmentIndex m_segments;
    bool m_loaded = false;
    QPointer<BackgroundJob> m_job;
    QString m_jobLabel;
    QComboBox* m_segmentation = nullptr;
    QDateEdit* m_asOf = nullptr;
    QPushButton* m_newRun = nullptr;
    QPushButton* m_review = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    SegmentRunListModel* m_runsModel = nullptr;
    QTableView* m_runs = nullptr;
    SegmentRunView* m_view = nullptr;
};

} // namespace luotsi::gui
