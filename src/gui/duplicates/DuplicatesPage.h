#pragma once

#include "Prompts.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace luotsi::core {
class Workspace;
}
namespace luotsi::core::merging {
class MergeService;
}

namespace luotsi::gui {

class DuplicateGroupsModel;
class DuplicateSearchBar;
class GroupComparisonModel;
class GroupComparisonView;

// The "Duplicates" tab: the finder's bar, the groups waiting for a decision and, for the chosen
// group, its members side by side with Merge, Not a duplicate and Later. After a decision the
// next group is chosen, so that an admin can work down the list.
class DuplicatesPage final : public QWidget
{
    Q_OBJECT
public:
    DuplicatesPage(core::Workspace& workspace, core::merging::MergeService& merges,
                   std::function<void(qint64)> openCustomer, QWidget* parent = nullptr);
    ~DuplicatesPage() override;

    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }
    DuplicateSearchBar* searchBar() const { return m_search; }
    QTableView* groupsView() const { return m_groups; }
    DuplicateGroupsModel* groupsModel() const { return m_groupsModel; }
    GroupComparisonView* comparisonView() const { return m_comparison; }
    GroupComparisonModel* comparisonModel() const { return m_comparisonModel; }

    // Reads the open groups again, keeping the chosen one chosen.
    void reload();
    void selectGroup(qint64 groupId);
    qint64 selectedGroupId() const;

    // The decisions on the chosen group.
    void mergeSelected();
    void markNotDuplicate();
    void markLater();

signals:
    // Customers were merged or a decision changed the open groups: counts are out of date.
    void registerChanged();

private:
    void showGroup();
    void updateButtons();
    // Drops the decided group and chooses the one that took its place.
    void groupDecided(qint64 groupId, const QString& message);
    QString memberList(const QList<qint64>& ids) const;
    void setStatus(const QString& text);

    core::Workspace& m_workspace;
    core::merging::MergeService& m_merges;
    std::function<void(qint64)> m_openCustomer;
    Prompts m_prompts = Prompts::messageBoxes();
    DuplicateSearchBar* m_search = nullptr;
    DuplicateGroupsModel* m_groupsModel = nullptr;
    QTableView* m_groups = nullptr;
    QLabel* m_groupsNote = nullptr;
    GroupComparisonModel* m_comparisonModel = nullptr;
    GroupComparisonView* m_comparison = nullptr;
    QLabel* m_comparisonNote = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_notDuplicate = nullptr;
    QPushButton* m_later = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace luotsi::gui
