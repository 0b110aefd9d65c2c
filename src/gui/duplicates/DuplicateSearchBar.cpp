#include "DuplicateSearchBar.h"

#include "DuplicateGroupsModel.h"
#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"
#include "shell/BackgroundJob.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <climits>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::duplicates;

DuplicateSearchBar::DuplicateSearchBar(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("findKindComboBox"));
    m_kind->addItem(tr("All kinds"));
    for (const CustomerKind kind : vocabulary::allValues<CustomerKind>())
        m_kind->addItem(vocabulary::displayName(kind), vocabulary::code(kind));
    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("findCityComboBox"));
    m_city->setEditable(true);
    m_city->setInsertPolicy(QComboBox::NoInsert);
    m_city->lineEdit()->setPlaceholderText(tr("All cities"));
    m_city->setMinimumContentsLength(14);
    m_minScore = new QDoubleSpinBox(this);
    m_minScore->setObjectName(QStringLiteral("minScoreSpinBox"));
    m_minScore->setRange(30.0, 100.0);
    m_minScore->setDecimals(0);
    m_minScore->setSingleStep(5.0);
    m_minScore->setSuffix(QStringLiteral(" %"));
    m_minScore->setValue(
        m_workspace.matchSettings().value_or(matching::MatchSettings{}).reviewAbove * 100.0);
    m_minScore->setToolTip(tr("Pairs scoring at least this are proposed as duplicates."));
    m_find = new QPushButton(tr("&Find duplicates"), this);
    m_find->setObjectName(QStringLiteral("findDuplicatesButton"));
    m_find->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelFindButton"));
    m_cancel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("findProgressBar"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide(); // until a search has something to say

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    const auto addLabelled = [this, bar](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        bar->addWidget(label);
        bar->addWidget(field);
    };
    addLabelled(tr("&Kind:"), m_kind);
    addLabelled(tr("C&ity:"), m_city);
    addLabelled(tr("Minimum &score:"), m_minScore);
    bar->addWidget(m_find);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    bar->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_status);

    connect(m_find, &QPushButton::clicked, this, &DuplicateSearchBar::start);
    connect(m_cancel, &QPushButton::clicked, this, &DuplicateSearchBar::cancel);
    reloadCities();
}

DuplicateSearchBar::~DuplicateSearchBar() = default;

void DuplicateSearchBar::reloadCities()
{
    const QString city = m_city->currentText();
    const QSignalBlocker block(m_city);
    m_city->clear();
    m_city->addItem(QString());
    if (const auto cities = m_workspace.customers().cities())
        m_city->addItems(*cities);
    m_city->setCurrentText(city);
}

FinderOptions DuplicateSearchBar::options() const
{
    FinderOptions options;
    // The register's tuned settings (matching.json beside it); start() refuses a broken file.
    options.settings = m_workspace.matchSettings().value_or(matching::MatchSettings{});
    options.minScore = m_minScore->value() / 100.0;
    options.filter.kind = vocabulary::fromCode<CustomerKind>(m_kind->currentData().toString());
    options.filter.city = m_city->currentText().trimmed();
    return options;
}

QString DuplicateSearchBar::phaseText(FinderProgress::Phase phase)
{
    switch (phase) {
    case FinderProgress::Phase::Loading:
        return tr("Reading customers");
    case FinderProgress::Phase::Comparing:
        return tr("Comparing");
    case FinderProgress::Phase::Grouping:
        return tr("Grouping");
    case FinderProgress::Phase::Saving:
        return tr("Saving");
    }
    return {};
}

void DuplicateSearchBar::start()
{
    if (m_job)
        return;
    if (const auto settings = m_workspace.matchSettings(); !settings) {
        emit finished(false, settings.error().text());
        return;
    }
    const QString path = m_workspace.path();
    const User user = m_workspace.currentUser();
    const FinderOptions options = this->options();
    auto result = std::make_shared<FinderResult>();
    m_result = result;
    m_phase->store(0);
    auto* job = new BackgroundJob(
        [path, user, options, result,
         phase = m_phase](const BackgroundJob::Progress& report) -> Status {
            // A database connection belongs to the thread that opened it.
            auto workspace = Workspace::open(path, user.login, user.displayName);
            if (!workspace)
                return workspace.error();
            DuplicateFinder finder(**workspace, options);
            auto found = finder.run([&](const FinderProgress& progress) {
                phase->store(int(progress.phase));
                return report(progress.done, progress.total);
            });
            if (!found)
                return found.error();
            *result = std::move(found).value();
            return {};
        },
        this);
    m_job = job;
    connect(job, &BackgroundJob::progressed, this, &DuplicateSearchBar::showProgress);
    connect(job, &BackgroundJob::finished, this, &DuplicateSearchBar::jobDone);
    m_find->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_progress->setRange(0, 0);
    m_progress->setFormat(phaseText(FinderProgress::Phase::Loading));
    m_progress->show();
    m_status->clear();
    job->start();
}

void DuplicateSearchBar::cancel()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_progress->setFormat(tr("Cancelling…"));
}

void DuplicateSearchBar::showProgress(qint64 done, qint64 total)
{
    if (!m_job || m_job->isCancelled())
        return;
    const auto phase = FinderProgress::Phase(m_phase->load());
    // Counts beyond int are scaled so the bar stays proportional.
    const qint64 scale = total > INT_MAX ? total / INT_MAX + 1 : 1;
    m_progress->setRange(0, int(total / scale));
    m_progress->setValue(int(qMin(done, total) / scale));
    const QLocale locale;
    m_progress->setFormat(
        total > 0
            ? tr("%1: %2 / %3").arg(phaseText(phase), locale.toString(done), locale.toString(total))
            : phaseText(phase));
}

void DuplicateSearchBar::jobDone(bool ok, const QString& error)
{
    BackgroundJob* job = m_job;
    m_job = nullptr;
    const bool cancelled = job->isCancelled();
    job->deleteLater();
    m_find->setEnabled(true);
    m_cancel->hide();
    m_progress->hide();
    QString message;
    if (cancelled) {
        message = tr("The search was cancelled; the earlier groups are kept.");
    } else if (!ok) {
        message = tr("The search failed: %1").arg(error);
    } else {
        const DuplicateRun& run = m_result->run;
        const QLocale locale;
        message = tr("%Ln group(s) found among %1 customer(s) (%2 comparisons, minimum score %3).",
                     nullptr, int(qMin<qint64>(run.groups, INT_MAX)))
                      .arg(locale.toString(run.customers), locale.toString(run.comparisons),
                           DuplicateGroupsModel::scoreText(run.minScore));
    }
    m_status->setText(message);
    m_status->show();
    emit finished(ok && !cancelled, message);
}

} // namespace luotsi::gui
