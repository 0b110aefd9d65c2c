#pragma once

#include "CardSection.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace luotsi::gui {

// The customer's place in the hierarchy: its parent (a parish union, a corporation) and its
// children (parishes, units); both open their own card.
class HierarchySection final : public CardSection
{
    Q_OBJECT
public:
    explicit HierarchySection(CardContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Hierarchy"); }
    void refresh() override;

private:
    void chooseParent();

    QLabel* m_parentLabel = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QListWidget* m_children = nullptr;
    qint64 m_shownParent = -1;
    qint64 m_shownChildrenOf = -1;
};

} // namespace luotsi::gui
