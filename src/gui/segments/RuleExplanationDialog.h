#pragma once

#include "core/segments/Segment.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace luotsi::core {
class Workspace;
}
namespace luotsi::core::segments {
struct ExplanationLine;
}

namespace luotsi::gui {

// "Test on a customer": why the rule being edited holds or not for one customer, line by line
// (✓ green, ✗ red, nested groups indented), and what every saved segment of the segmentation
// says in priority order with the one that wins. Follows the draft while it is edited.
class RuleExplanationDialog final : public QDialog
{
    Q_OBJECT
public:
    RuleExplanationDialog(core::Workspace& workspace, const core::segments::Segment& draft,
                          qint64 customerId, std::function<void(qint64)> openCustomer,
                          QWidget* parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    // The rule being edited changed: explain it again.
    void setDraft(const core::segments::Segment& draft);
    void setAsOf(const QDate& asOf);
    void refresh();
    // The segment the saved rules put the customer in; 0: none holds.
    qint64 winningSegmentId() const { return m_winnerId; }

    QTreeWidget* ruleTree() const { return m_ruleTree; }
    QTreeWidget* segmentsTree() const { return m_segmentsTree; }
    QLabel* ruleLabel() const { return m_ruleLabel; }
    QLabel* winnerLabel() const { return m_winner; }
    QLabel* overrideLabel() const { return m_override; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* openCardButton() const { return m_openCard; }
    QDateEdit* asOfDateEdit() const { return m_asOf; }

private:
    void explainDraft(QStringList& errors);
    void explainSegments(QStringList& errors);
    void showOverride();
    // Lines under parent (or at the top of tree), nested by their depth.
    static void addLines(QTreeWidget* tree, QTreeWidgetItem* parent,
                         const QList<core::segments::ExplanationLine>& lines);
    static void expandAll(QTreeWidgetItem* item);
    static QTreeWidgetItem* lineItem(const core::segments::ExplanationLine& line);

    core::Workspace& m_workspace;
    core::segments::Segment m_draft;
    qint64 m_customerId;
    qint64 m_winnerId = 0;
    std::function<void(qint64)> m_openCustomer;

    QLabel* m_customer = nullptr;
    QDateEdit* m_asOf = nullptr;
    QPushButton* m_openCard = nullptr;
    QLabel* m_ruleLabel = nullptr;
    QTreeWidget* m_ruleTree = nullptr;
    QLabel* m_segmentsLabel = nullptr;
    QTreeWidget* m_segmentsTree = nullptr;
    QLabel* m_winner = nullptr;
    QLabel* m_override = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace luotsi::gui
