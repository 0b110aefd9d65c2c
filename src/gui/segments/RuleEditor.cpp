#include "RuleEditor.h"

#include "RuleEditorCriterionRow.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::segments;

RuleEditor::RuleEditor(QWidget* parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("ruleTreeWidget"));
    m_tree->setColumnCount(1);
    m_tree->header()->hide();
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setIndentation(24);
    m_tree->setMinimumHeight(160);
    m_catchAll = new QLabel(tr("Every customer (catch-all): a rule without conditions holds for "
                               "everyone that a segment before this one did not take."),
                            this);
    m_catchAll->setObjectName(QStringLiteral("catchAllLabel"));
    m_catchAll->setWordWrap(true);
    m_addCondition = new QPushButton(tr("Add &condition"), this);
    m_addCondition->setObjectName(QStringLiteral("addConditionButton"));
    m_addGroup = new QPushButton(tr("Add &group"), this);
    m_addGroup->setObjectName(QStringLiteral("addGroupButton"));
    m_addGroup->setToolTip(tr("A group combines its own conditions with all or any, e.g. "
                              "\"revenue ≥ 50 000 € or buys from three companies\"."));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeRuleLineButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addCondition);
    buttons->addWidget(m_addGroup);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_catchAll);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_addCondition, &QPushButton::clicked, this, [this] { addCondition(); });
    connect(m_addGroup, &QPushButton::clicked, this, [this] { addGroup(); });
    connect(m_remove, &QPushButton::clicked, this, &RuleEditor::removeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RuleEditor::updateState);

    setRule(Rule{});
}

void RuleEditor::setChoices(const RuleEditorChoices& choices)
{
    m_choices = choices;
}

void RuleEditor::setRule(const Rule& rule)
{
    m_tree->clear();
    QTreeWidgetItem* root = addGroupItem(nullptr, rule);
    m_tree->expandAll();
    m_tree->setCurrentItem(root);
    updateState();
}

Rule RuleEditor::rule() const
{
    QTreeWidgetItem* root = rootItem();
    return root ? groupRule(root) : Rule{};
}

QTreeWidgetItem* RuleEditor::rootItem() const
{
    return m_tree->topLevelItem(0);
}

RuleEditorCriterionRow* RuleEditor::criterionRow(QTreeWidgetItem* item) const
{
    if (!item || item->type() != CriterionItem)
        return nullptr;
    return qobject_cast<RuleEditorCriterionRow*>(m_tree->itemWidget(item, 0));
}

QComboBox* RuleEditor::combineComboBox(QTreeWidgetItem* item) const
{
    if (!item || item->type() != GroupItem)
        return nullptr;
    QWidget* widget = m_tree->itemWidget(item, 0);
    return widget ? widget->findChild<QComboBox*>(QStringLiteral("combineComboBox")) : nullptr;
}

RuleEditorCriterionRow* RuleEditor::addCondition()
{
    QTreeWidgetItem* item = addCriterionItem(targetGroup(), Criterion{});
    m_tree->setCurrentItem(item);
    updateState();
    emit changed();
    return criterionRow(item);
}

QTreeWidgetItem* RuleEditor::addGroup()
{
    Rule group;
    // The opposite of the enclosing group's way, which is why one adds a group at all.
    const QComboBox* enclosing = combineComboBox(targetGroup());
    group.combine = enclosing && enclosing->currentIndex() == int(Rule::Combine::Any)
                        ? Rule::Combine::All
                        : Rule::Combine::Any;
    group.criteria.append(Criterion{});
    QTreeWidgetItem* item = addGroupItem(targetGroup(), group);
    item->setExpanded(true);
    m_tree->setCurrentItem(item->child(0));
    updateState();
    emit changed();
    return item;
}

void RuleEditor::removeSelected()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item == rootItem())
        return;
    QTreeWidgetItem* parent = item->parent();
    delete item;
    m_tree->setCurrentItem(parent);
    updateState();
    emit changed();
}

QTreeWidgetItem* RuleEditor::addGroupItem(QTreeWidgetItem* parent, const Rule& group)
{
    auto* item =
        parent ? new QTreeWidgetItem(parent, GroupItem) : new QTreeWidgetItem(m_tree, GroupItem);
    auto* row = new QWidget;
    auto* label = new QLabel(parent ? tr("Group:") : tr("Customers for whom"), row);
    auto* combine = new QComboBox(row);
    combine->setObjectName(QStringLiteral("combineComboBox"));
    // Indices follow Rule::Combine.
    combine->addItem(tr("all of the following hold"));
    combine->addItem(tr("any of the following holds"));
    combine->setCurrentIndex(int(group.combine));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(label);
    layout->addWidget(combine);
    layout->addStretch(1);
    connect(combine, &QComboBox::currentIndexChanged, this, &RuleEditor::changed);
    setRowWidget(item, row);

    for (const Criterion& criterion : group.criteria)
        addCriterionItem(item, criterion);
    for (const Rule& nested : group.groups)
        addGroupItem(item, nested);
    item->setExpanded(true);
    return item;
}

QTreeWidgetItem* RuleEditor::addCriterionItem(QTreeWidgetItem* parent, const Criterion& criterion)
{
    // Conditions come before nested groups, as in the stored rule.
    int index = 0;
    while (index < parent->childCount() && parent->child(index)->type() == CriterionItem)
        ++index;
    auto* item = new QTreeWidgetItem(CriterionItem);
    parent->insertChild(index, item);
    auto* row = new RuleEditorCriterionRow(m_choices);
    row->setCriterion(criterion);
    connect(row, &RuleEditorCriterionRow::changed, this, &RuleEditor::changed);
    setRowWidget(item, row);
    return item;
}

void RuleEditor::setRowWidget(QTreeWidgetItem* item, QWidget* widget)
{
    m_tree->setItemWidget(item, 0, widget);
    item->setSizeHint(0, widget->sizeHint());
    // The row's combos cover the item: using one of them selects the line for Remove and Add.
    widget->installEventFilter(this);
    for (QWidget* child : widget->findChildren<QWidget*>())
        child->installEventFilter(this);
}

bool RuleEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) {
        if (auto* widget = qobject_cast<QWidget*>(watched)) {
            for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
                QWidget* row = m_tree->itemWidget(*it, 0);
                if (row && (row == widget || row->isAncestorOf(widget))) {
                    if (m_tree->currentItem() != *it)
                        m_tree->setCurrentItem(*it);
                    break;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

Rule RuleEditor::groupRule(QTreeWidgetItem* item) const
{
    Rule rule;
    if (const QComboBox* combine = combineComboBox(item))
        rule.combine = Rule::Combine(combine->currentIndex());
    for (int i = 0; i < item->childCount(); ++i) {
        QTreeWidgetItem* child = item->child(i);
        if (const RuleEditorCriterionRow* row = criterionRow(child)) {
            rule.criteria.append(row->criterion());
        } else if (child->type() == GroupItem) {
            Rule nested = groupRule(child);
            if (!nested.isEmpty())
                rule.groups.append(nested);
        }
    }
    return rule;
}

QTreeWidgetItem* RuleEditor::targetGroup() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return rootItem();
    return item->type() == GroupItem ? item : item->parent();
}

void RuleEditor::updateState()
{
    QTreeWidgetItem* root = rootItem();
    // Groups left without conditions do not count: the rule then takes everyone.
    m_catchAll->setVisible(rule().isEmpty());
    QTreeWidgetItem* current = m_tree->currentItem();
    m_remove->setEnabled(current && current != root);
}

} // namespace luotsi::gui
