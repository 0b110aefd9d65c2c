#pragma once

#include "core/duplicates/DuplicateFinder.h"
#include "shell/BackgroundJob.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

// The bar above the duplicate groups: which part of the register to search (kind, city), the
// minimum score and "Find duplicates", which runs the finder on a worker thread with a
// workspace of its own, shows its phase and progress, and can be cancelled.
class DuplicateSearchBar final : public QWidget
{
    Q_OBJECT
public:
    explicit DuplicateSearchBar(core::Workspace& workspace, QWidget* parent = nullptr);
    ~DuplicateSearchBar() override;

    core::duplicates::FinderOptions options() const;
    bool isRunning() const { return m_job != nullptr; }
    // Re-reads the cities for the filter.
    void reloadCities();

    void start();
    void cancel();

    static QString phaseText(core::duplicates::FinderProgress::Phase phase);

signals:
    // A run ended; ok false when it failed or was cancelled (message says which). The groups
    // are saved by then: read them from DuplicateReview.
    void finished(bool ok, const QString& message);

private:
    void showProgress(qint64 done, qint64 total);
    void jobDone(bool ok, const QString& error);

    core::Workspace& m_workspace;
    QComboBox* m_kind = nullptr;
    QComboBox* m_city = nullptr;
    QDoubleSpinBox* m_minScore = nullptr;
    QPushButton* m_find = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPointer<BackgroundJob> m_job;
    // Written by the worker, read when its progress signal arrives: BackgroundJob reports
    // only done/total.
    std::shared_ptr<std::atomic<int>> m_phase = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<core::duplicates::FinderResult> m_result;
};

} // namespace luotsi::gui
