#pragma once

#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QTableView;
class QVBoxLayout;

namespace luotsi::gui {

class ImportJob;
class ImportSession;
class PreviewRowsModel;

// Page 4: the cleaning preview. A dry run of the whole import on a worker thread (everything
// is done, then rolled back) shows what the cleaner does to every row: fixed, doubtful or
// rejected. A date column whose values read both day-first and month-first must be decided
// here; the preview then runs again.
class CleaningPage final : public QWizardPage
{
    Q_OBJECT
public:
    CleaningPage(ImportSession& session, QWidget* parent = nullptr);
    ~CleaningPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;
    void cancel();

signals:
    // The dry run finished (ok or not): tests and the developer option wait for this.
    void previewFinished(bool ok);

private:
    void startPreview();
    void previewDone(bool ok, const QString& error);
    void showDateDecisions();
    void updateSummary();

    ImportSession& m_session;
    PreviewRowsModel* m_model = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QGroupBox* m_dates = nullptr;
    QVBoxLayout* m_datesLayout = nullptr;
    QPointer<ImportJob> m_job;
    bool m_ready = false;
};

} // namespace luotsi::gui
