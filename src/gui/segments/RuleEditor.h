#pragma once

#include "RuleEditorChoices.h"
#include "core/segments/Rule.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace luotsi::gui {

class RuleEditorCriterionRow;

// A segment's rule as a tree an admin edits without SQL: the rule and its nested groups, each
// holding when all or any of its lines hold, and the criteria under them as rows of combos and
// value editors. An empty rule says that it takes every customer (the catch-all).
class RuleEditor final : public QWidget
{
    Q_OBJECT
public:
    enum ItemType
    {
        GroupItem = 1001,
        CriterionItem
    };

    explicit RuleEditor(QWidget* parent = nullptr);

    // Group companies and account managers offered by new rows; set before setRule().
    void setChoices(const RuleEditorChoices& choices);
    void setRule(const core::segments::Rule& rule);
    // The edited rule; groups left without lines are dropped.
    core::segments::Rule rule() const;

    // A condition under the selected group (or the selected condition's group); returns its row.
    RuleEditorCriterionRow* addCondition();
    // A group with one condition under the selected group; returns the group's item.
    QTreeWidgetItem* addGroup();
    // Removes the selected condition or group (never the rule itself).
    void removeSelected();

    QTreeWidget* tree() const { return m_tree; }
    QTreeWidgetItem* rootItem() const;
    RuleEditorCriterionRow* criterionRow(QTreeWidgetItem* item) const;
    QComboBox* combineComboBox(QTreeWidgetItem* item) const;
    QPushButton* addConditionButton() const { return m_addCondition; }
    QPushButton* addGroupButton() const { return m_addGroup; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* catchAllLabel() const { return m_catchAll; }

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTreeWidgetItem* addGroupItem(QTreeWidgetItem* parent, const core::segments::Rule& group);
    QTreeWidgetItem* addCriterionItem(QTreeWidgetItem* parent,
                                      const core::segments::Criterion& criterion);
    void setRowWidget(QTreeWidgetItem* item, QWidget* widget);
    core::segments::Rule groupRule(QTreeWidgetItem* item) const;
    QTreeWidgetItem* targetGroup() const;
    void updateState();

    RuleEditorChoices m_choices;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_catchAll = nullptr;
    QPushButton* m_addCondition = nullptr;
    QPushButton* m_addGroup = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace luotsi::gui
