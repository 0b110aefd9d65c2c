#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

class TargetsModel;

// The "Targets" tab: a manager sets per segment the target number of customers and revenue for
// a period (a year "2027" or a quarter "2027-Q1", next year at first) and a scope (the whole
// group, one group company or one business area), with today's customers per segment beside
// them. Every edit is saved at once; a refusal is shown above the table.
class TargetsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsPage(core::Workspace& workspace, QWidget* parent = nullptr);
    ~TargetsPage() override;

    void reload();
    // The period typed, when it is valid; empty otherwise.
    QString period() const;

    QComboBox* segmentationCombo() const { return m_segmentation; }
    QComboBox* periodCombo() const { return m_period; }
    QComboBox* scopeCombo() const { return m_scope; }
    TargetsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillPeriods();
    void fillScopes();
    void loadModel();
    void showMessage(const QString& text, bool error);

    core::Workspace& m_workspace;
    bool m_loaded = false;
    QComboBox* m_segmentation = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_scope = nullptr;
    TargetsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace luotsi::gui
