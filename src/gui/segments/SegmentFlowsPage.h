#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

class SegmentFlowsModel;

// The "Changes" tab: per segment, how many customers it had at the start of a period, how many
// entered and left it, and how many it had at the end, counted from the segment history. This
// year at first.
class SegmentFlowsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentFlowsPage(core::Workspace& workspace, QWidget* parent = nullptr);
    ~SegmentFlowsPage() override;

    void reload();

    QComboBox* segmentationCombo() const { return m_segmentation; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    SegmentFlowsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadModel();
    void showError(const QString& text);

    core::Workspace& m_workspace;
    bool m_loaded = false;
    bool m_stale = false;
    QComboBox* m_segmentation = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    SegmentFlowsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace luotsi::gui
