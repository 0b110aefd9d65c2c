#pragma once

#include "CareModelCellDialog.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace luotsi::core::segments {
class SegmentCatalog;
}

namespace luotsi::gui {

class CareModelModel;

// The "Care model" tab (hoitomalli): per segment and channel the channel's role and contact
// rhythm, and whether the segment's customers need an account plan. A double-click edits a cell
// in a small dialog; the checkbox is saved when clicked.
class CareModelPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CareModelPage(core::segments::SegmentCatalog& catalog, QWidget* parent = nullptr);
    ~CareModelPage() override;

    void reload();
    // Opens the editor of a channel's cell; saveCell() is what its OK does.
    void editCell(const QModelIndex& index);
    bool saveCell(const QModelIndex& index, const QString& role, const QString& rhythm);

    QComboBox* segmentationCombo() const { return m_segmentation; }
    CareModelModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }
    CareModelCellDialog* cellDialog() const { return m_dialog; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadModel();
    void showError(const QString& text);

    core::segments::SegmentCatalog& m_catalog;
    bool m_loaded = false;
    QComboBox* m_segmentation = nullptr;
    CareModelModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_resizeRows = nullptr;
    QPointer<CareModelCellDialog> m_dialog;
};

} // namespace luotsi::gui
