#pragma once

#include "Prompts.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace luotsi::core::merging {
class MergeService;
}

namespace luotsi::gui {

class MergeHistoryModel;

// The "Merges" tab: every merge with its time, user, survivor and the records merged into it,
// and "Undo merge…", which brings the records back unless the survivor was changed since (the
// refusal says what changed). A double-click opens the survivor's card.
class MergeHistoryPage final : public QWidget
{
    Q_OBJECT
public:
    MergeHistoryPage(core::merging::MergeService& merges, std::function<void(qint64)> openCustomer,
                     QWidget* parent = nullptr);

    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }
    QTableView* table() const { return m_table; }
    MergeHistoryModel* model() const { return m_model; }
    void reload();
    // Asks, then undoes the chosen merge.
    void undoSelected();

signals:
    // A merge was undone: its records are back in the register.
    void mergeUndone(qint64 mergeId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    int selectedRow() const;

    core::merging::MergeService& m_merges;
    std::function<void(qint64)> m_openCustomer;
    Prompts m_prompts = Prompts::messageBoxes();
    MergeHistoryModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace luotsi::gui
