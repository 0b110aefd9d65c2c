#pragma once

#include "Prompts.h"
#include "core/register/CustomerQuery.h"

#include <QWidget>

#include <functional>
#include <memory>

class QTabWidget;

namespace luotsi::core {
class Workspace;
}
namespace luotsi::core::merging {
class MergeService;
}

namespace luotsi::gui {

class DuplicatesPage;
class MergeHistoryPage;
class QualityOverviewPage;

// The "Data quality" module's page for admins: the overview of the register's quality
// problems, the duplicate groups with their side-by-side merge, and the merge history with
// undo. The tabs share one MergeService and tell each other when the register changed.
class DataQualityPage final : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        OverviewTab,
        DuplicatesTab,
        MergesTab
    };

    DataQualityPage(core::Workspace& workspace, std::function<void(qint64)> openCustomer,
                    std::function<void(const core::CustomerQuery&)> openCustomerList,
                    QWidget* parent = nullptr);
    ~DataQualityPage() override;

    // Questions and warnings of every tab (tests answer them in advance).
    void setPrompts(const Prompts& prompts);
    QTabWidget* tabs() const { return m_tabs; }
    QualityOverviewPage* overview() const { return m_overview; }
    DuplicatesPage* duplicates() const { return m_duplicates; }
    MergeHistoryPage* merges() const { return m_merges; }
    core::merging::MergeService& mergeService() { return *m_mergeService; }

private:
    // Merges bypass the customer service's own writes: tell the open lists and cards.
    void announceMerge(qint64 survivorId, const QList<qint64>& memberIds, bool undone);

    core::Workspace& m_workspace;
    std::unique_ptr<core::merging::MergeService> m_mergeService;
    QTabWidget* m_tabs = nullptr;
    QualityOverviewPage* m_overview = nullptr;
    DuplicatesPage* m_duplicates = nullptr;
    MergeHistoryPage* m_merges = nullptr;
};

} // namespace luotsi::gui
