#pragma once

#include "core/provenance/QualityIssue.h"
#include "core/register/CustomerQuery.h"
#include "shell/BackgroundJob.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCommandLinkButton;
class QLabel;
class QPushButton;

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

// The "Overview" tab: how many customers miss a business ID or an owner, have an email or a
// phone that is not one, or wait in a duplicate group, each as a large button that opens the
// customer list filtered to those customers. Counting a million customers takes a while, so it
// runs on a worker thread with a workspace of its own.
class QualityOverviewPage final : public QWidget
{
    Q_OBJECT
public:
    QualityOverviewPage(core::Workspace& workspace,
                        std::function<void(const core::CustomerQuery&)> openCustomerList,
                        QWidget* parent = nullptr);
    ~QualityOverviewPage() override;

    // Counts again on a worker thread (ignored while a count runs).
    void refresh();
    // The counts are out of date (a merge, an import): counted again when next shown.
    void markStale();
    bool isCounting() const { return m_job != nullptr; }
    QCommandLinkButton* issueButton(core::QualityIssue issue) const;
    const core::QualityCounts& counts() const { return m_counts; }

    static QString issueTitle(core::QualityIssue issue, qint64 count);
    static QString issueDescription(core::QualityIssue issue);
    static QString issueCode(core::QualityIssue issue);

signals:
    // A count ended; ok false when it failed.
    void countsReady(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void countDone(bool ok, const QString& error);
    void showCounts();

    core::Workspace& m_workspace;
    std::function<void(const core::CustomerQuery&)> m_openCustomerList;
    QHash<int, QCommandLinkButton*> m_buttons;
    QLabel* m_summary = nullptr;
    QPushButton* m_refresh = nullptr;
    QPointer<BackgroundJob> m_job;
    std::shared_ptr<core::QualityCounts> m_result;
    core::QualityCounts m_counts;
    bool m_counted = false;
    bool m_stale = true;
};

} // namespace luotsi::gui
