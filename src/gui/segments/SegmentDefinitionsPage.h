#pragma once

#include "core/segments/Segment.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

class RuleExplanationDialog;
class SegmentEditor;
class SegmentListModel;

// The Segments module's first tab: an admin picks a segmentation (and which one is primary),
// sees its segments in display order, and edits one at a time — names, colour, priority and the
// rule — saving through the segment catalog. "Test on a customer" explains the rule being edited
// and every segment's verdict for one customer.
class SegmentDefinitionsPage final : public QWidget
{
    Q_OBJECT
public:
    enum class UnsavedAnswer
    {
        Save,
        Discard,
        Cancel
    };
    // Asked before an edited segment is left; message boxes in the app, answers in tests.
    using UnsavedPrompt = std::function<UnsavedAnswer(QWidget* parent, const QString& segment)>;
    // Chooses the customer to test on; 0: cancelled.
    using CustomerPicker = std::function<qint64(QWidget* parent)>;

    SegmentDefinitionsPage(core::Workspace& workspace, std::function<void(qint64)> openCustomer,
                           QWidget* parent = nullptr);
    ~SegmentDefinitionsPage() override;

    void setUnsavedPrompt(UnsavedPrompt prompt);
    void setCustomerPicker(CustomerPicker picker);

    // Re-reads segmentations and segments; an edited draft stays as it is.
    void reload();
    // False when the user kept editing the current segment instead.
    bool selectSegmentation(qint64 segmentationId);
    bool selectSegment(qint64 segmentId);
    qint64 currentSegmentationId() const;
    qint64 currentSegmentId() const; // 0: none or a new one not saved yet

    void addSegment();
    // Saves the draft; on failure shows the catalog's message and keeps the draft.
    bool save();
    void revert();
    void moveCurrent(int steps);
    void makePrimary();
    // Opens the explanation of the draft and of every segment for a customer.
    RuleExplanationDialog* testOnCustomer(qint64 customerId);
    void chooseCustomerAndTest();

    SegmentEditor* editor() const { return m_editor; }
    SegmentListModel* model() const { return m_model; }
    QTableView* segmentsView() const { return m_view; }
    QComboBox* segmentationComboBox() const { return m_segmentations; }
    QPushButton* makePrimaryButton() const { return m_makePrimary; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* moveUpButton() const { return m_moveUp; }
    QPushButton* moveDownButton() const { return m_moveDown; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; }
    QPushButton* testButton() const { return m_test; }
    QLabel* errorLabel() const { return m_error; }
    RuleExplanationDialog* explanationDialog() const { return m_explanation; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Asks about unsaved changes; true when the page may show something else.
    bool confirmLeave();
    void segmentationChosen(int index);
    void segmentChosen(const QModelIndex& current, const QModelIndex& previous);
    void loadSegments();
    void selectRow(int row); // without asking: the caller has
    void showError(const QString& message);
    void updateButtons();

    core::Workspace& m_workspace;
    std::function<void(qint64)> m_openCustomer;
    UnsavedPrompt m_unsavedPrompt;
    CustomerPicker m_pickCustomer;
    QList<core::segments::Segmentation> m_segmentationList;
    qint64 m_segmentationId = 0;
    bool m_quiet = false; // selection changes made by the page itself
    bool m_shownOnce = false;

    QComboBox* m_segmentations = nullptr;
    QPushButton* m_makePrimary = nullptr;
    SegmentListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_moveUp = nullptr;
    QPushButton* m_moveDown = nullptr;
    SegmentEditor* m_editor = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_error = nullptr;
    QPointer<RuleExplanationDialog> m_explanation;
};

} // namespace luotsi::gui
