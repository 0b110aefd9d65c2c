#include "RunPage.h"

#include "ImportJob.h"
#include "ImportSession.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::importing;

namespace {

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return RunPage::tr("%Ln s", nullptr, int(seconds));
    return RunPage::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace

RunPage::RunPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are written to the register as one batch. Until the batch is "
                   "complete nothing is saved: cancelling leaves the register exactly as it "
                   "was."));
    setButtonText(QWizard::NextButton, tr("Show the &report"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgressBar"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatusLabel"));
    m_status->setWordWrap(true);
    m_speed = new QLabel(this);
    m_speed->setObjectName(QStringLiteral("runSpeedLabel"));
    m_cancel = new QPushButton(tr("&Cancel the import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_note = new QLabel(tr("Cancelling leaves the register untouched: no row of this file is "
                           "saved."),
                        this);
    m_note->setObjectName(QStringLiteral("cancelNoteLabel"));
    m_note->setEnabled(false);
    m_again = new QPushButton(tr("&Start again"), this);
    m_again->setObjectName(QStringLiteral("runAgainButton"));
    m_again->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addSpacing(12);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_speed);
    layout->addSpacing(12);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_note);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &RunPage::cancel);
    connect(m_again, &QPushButton::clicked, this, &RunPage::start);
}

RunPage::~RunPage() = default;

void RunPage::initializePage()
{
    start();
}

void RunPage::start()
{
    m_done = false;
    m_progress->setRange(0, 0);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Importing…"));
    m_speed->clear();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_note->show();
    m_again->hide();
    emit completeChanged();

    m_clock.start();
    m_job = ImportJob::import(ImportJob::of(m_session.workspace()), m_session.options(false), this);
    connect(m_job, &ImportJob::progressed, this, &RunPage::showProgress);
    connect(m_job, &ImportJob::finished, this, &RunPage::done);
    m_job->start();
}

void RunPage::showProgress(qint64 rows, qint64 estimated)
{
    const QLocale locale;
    const double seconds = m_clock.elapsed() / 1000.0;
    const double rate = seconds > 0.0 ? rows / seconds : 0.0;
    if (estimated > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * rows / estimated));
    }
    if (rows >= estimated && estimated > 0) {
        m_status->setText(tr("%1 rows read; saving the batch…").arg(locale.toString(rows)));
    } else {
        m_status->setText(
            tr("%1 of about %2 rows").arg(locale.toString(rows), locale.toString(estimated)));
    }
    if (rate > 0.0) {
        const qint64 left = qRound64(double(qMax<qint64>(0, estimated - rows)) / rate);
        m_speed->setText(tr("%1 rows per second, about %2 left")
                             .arg(locale.toString(qRound64(rate)), duration(left)));
    }
}

void RunPage::cancel()
{
    if (!m_job || !m_job->isRunning())
        return;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: the batch is being rolled back…"));
    m_job->cancel();
}

void RunPage::done(bool ok, const QString& error)
{
    ImportJob* job = m_job;
    m_job = nullptr;
    job->deleteLater();
    m_cancel->hide();
    m_note->hide();
    m_progress->setRange(0, 1);
    const QLocale locale;
    if (!ok || !job->report()) {
        m_progress->setValue(0);
        m_status->setStyleSheet(QStringLiteral("color: #a61b1b;"));
        m_status->setText(tr("The import failed and the register was not changed.\n%1").arg(error));
        m_speed->clear();
        m_again->show();
        emit runFinished(false);
        return;
    }
    const ImportReport& report = *job->report();
    if (report.cancelled) {
        m_progress->setValue(0);
        m_status->setText(tr("Cancelled. The register was not changed. Start again, or close "
                             "the wizard."));
        m_speed->clear();
        m_again->show();
        emit runFinished(false);
        return;
    }
    m_session.setResult(report);
    m_progress->setValue(1);
    const qint64 rows = report.batch.counts.rowsRead;
    m_status->setText(
        tr("Done: %1 rows imported as batch %2.").arg(locale.toString(rows)).arg(report.batch.id));
    m_speed->setText(
        tr("%1 s, %2 rows per second")
            .arg(locale.toString(report.seconds, 'f', 1),
                 locale.toString(report.seconds > 0 ? qRound64(double(rows) / report.seconds)
                                                    : rows)));
    m_done = true;
    emit completeChanged();
    emit runFinished(true);
}

bool RunPage::isComplete() const
{
    return m_done;
}

bool RunPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

} // namespace luotsi::gui
