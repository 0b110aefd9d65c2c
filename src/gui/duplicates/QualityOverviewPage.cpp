#include "QualityOverviewPage.h"

#include "core/Workspace.h"
#include "core/provenance/DataQuality.h"
#include "shell/BackgroundJob.h"

#include <QCommandLinkButton>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <climits>

namespace luotsi::gui {

using namespace luotsi::core;

QualityOverviewPage::QualityOverviewPage(Workspace& workspace,
                                         std::function<void(const CustomerQuery&)> openCustomerList,
                                         QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_openCustomerList(std::move(openCustomerList))
{
    setObjectName(QStringLiteral("qualityOverviewPage"));
    auto* title = new QLabel(tr("<b>Data quality of the register</b>"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("qualitySummaryLabel"));
    m_summary->setWordWrap(true);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshQualityButton"));
    m_refresh->setToolTip(tr("Count again"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_refresh);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    int position = 0;
    for (const QualityIssue issue : allQualityIssues) {
        auto* button = new QCommandLinkButton(this);
        button->setObjectName(issueCode(issue) + QStringLiteral("Button"));
        button->setDescription(issueDescription(issue));
        button->setMinimumWidth(360);
        m_buttons.insert(int(issue), button);
        grid->addWidget(button, position / 2, position % 2);
        ++position;
        connect(button, &QCommandLinkButton::clicked, this, [this, issue] {
            CustomerQuery query;
            query.quality = issue;
            if (m_openCustomerList)
                m_openCustomerList(query);
        });
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addStretch(1);

    connect(m_refresh, &QPushButton::clicked, this, &QualityOverviewPage::refresh);
    showCounts();
}

QualityOverviewPage::~QualityOverviewPage() = default;

QString QualityOverviewPage::issueCode(QualityIssue issue)
{
    switch (issue) {
    case QualityIssue::MissingBusinessId:
        return QStringLiteral("missingBusinessId");
    case QualityIssue::InvalidEmail:
        return QStringLiteral("invalidEmail");
    case QualityIssue::InvalidPhone:
        return QStringLiteral("invalidPhone");
    case QualityIssue::MissingOwner:
        return QStringLiteral("missingOwner");
    case QualityIssue::PendingDuplicate:
        return QStringLiteral("pendingDuplicate");
    }
    return {};
}

QString QualityOverviewPage::issueTitle(QualityIssue issue, qint64 count)
{
    const int n = int(qMin<qint64>(count, INT_MAX));
    switch (issue) {
    case QualityIssue::MissingBusinessId:
        return tr("%Ln organisation(s) without a business ID", nullptr, n);
    case QualityIssue::InvalidEmail:
        return tr("%Ln customer(s) with an invalid email", nullptr, n);
    case QualityIssue::InvalidPhone:
        return tr("%Ln customer(s) with an invalid phone number", nullptr, n);
    case QualityIssue::MissingOwner:
        return tr("%Ln customer(s) without an owner", nullptr, n);
    case QualityIssue::PendingDuplicate:
        return tr("%Ln customer(s) in duplicate groups", nullptr, n);
    }
    return {};
}

QString QualityOverviewPage::issueDescription(QualityIssue issue)
{
    switch (issue) {
    case QualityIssue::MissingBusinessId:
        return tr("Companies, parishes, associations and public bodies with no business ID. "
                  "Persons are not counted.");
    case QualityIssue::InvalidEmail:
        return tr("An own email address or a contact person's that is not an address.");
    case QualityIssue::InvalidPhone:
        return tr("An own phone number or a contact person's that could not be read as a "
                  "number.");
    case QualityIssue::MissingOwner:
        return tr("Nobody in the group is responsible for the customer.");
    case QualityIssue::PendingDuplicate:
        return tr("Possible duplicates waiting for a decision on the Duplicates tab.");
    }
    return {};
}

QCommandLinkButton* QualityOverviewPage::issueButton(QualityIssue issue) const
{
    return m_buttons.value(int(issue));
}

void QualityOverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void QualityOverviewPage::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void QualityOverviewPage::refresh()
{
    if (m_job)
        return;
    m_stale = false;
    const QString path = m_workspace.path();
    const User user = m_workspace.currentUser();
    auto result = std::make_shared<QualityCounts>();
    m_result = result;
    m_job = new BackgroundJob(
        [path, user, result](const BackgroundJob::Progress&) -> Status {
            // A database connection belongs to the thread that opened it.
            auto workspace = Workspace::open(path, user.login, user.displayName);
            if (!workspace)
                return workspace.error();
            auto counts = DataQuality((*workspace)->database()).counts();
            if (!counts)
                return counts.error();
            *result = counts.value();
            return {};
        },
        this);
    connect(m_job, &BackgroundJob::finished, this, &QualityOverviewPage::countDone);
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Counting…"));
    m_job->start();
}

void QualityOverviewPage::countDone(bool ok, const QString& error)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_refresh->setEnabled(true);
    if (!ok) {
        m_summary->setText(tr("The register could not be counted: %1").arg(error));
        emit countsReady(false);
        return;
    }
    m_counts = *m_result;
    m_counted = true;
    showCounts();
    const QLocale locale;
    m_summary->setText(
        tr("%Ln customer(s) in the register, counted at %1. Click a line to list the customers.",
           nullptr, int(qMin<qint64>(m_counts.customers, INT_MAX)))
            .arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit countsReady(true);
}

void QualityOverviewPage::showCounts()
{
    for (const QualityIssue issue : allQualityIssues) {
        QCommandLinkButton* button = m_buttons.value(int(issue));
        if (!m_counted) {
            button->setText(issueTitle(issue, 0).replace(QLatin1Char('0'), QStringLiteral("…")));
            button->setEnabled(false);
            continue;
        }
        const qint64 count = m_counts.of(issue);
        button->setText(issueTitle(issue, count));
        button->setEnabled(count > 0);
    }
}

} // namespace luotsi::gui
