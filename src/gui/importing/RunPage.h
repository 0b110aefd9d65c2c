#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace luotsi::gui {

class ImportJob;
class ImportSession;

// Page 6: the real import, as one batch in one transaction on a worker thread, with progress,
// rows per second, the time left and cancel. Cancel (or an error) leaves the register exactly
// as it was; the run can then start again. The review page before it is the commit point, so
// there is no way back from here.
class RunPage final : public QWizardPage
{
    Q_OBJECT
public:
    RunPage(ImportSession& session, QWidget* parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;
    void cancel();

signals:
    void runFinished(bool ok);

private:
    void start();
    void showProgress(qint64 rows, qint64 estimated);
    void done(bool ok, const QString& error);

    ImportSession& m_session;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_speed = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_again = nullptr;
    QPointer<ImportJob> m_job;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace luotsi::gui
