#pragma once

#include "SegmentRunKeepDialog.h"
#include "SegmentsPageSupport.h"
#include "core/segments/SegmentAssignment.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace luotsi::core {
class Workspace;
}
namespace luotsi::core::segments {
class SegmentationService;
}

namespace luotsi::gui {

class RunMatrixModel;
class RunMovesModel;
class SegmentRunDecisions;

// One run as the admin reads it: a summary line, the from→to matrix, and the customers behind
// the cell clicked (a double-click opens the card). A preview can be applied or discarded (the
// page does the asking and the work); a yearly review's moves can be confirmed or overridden
// ("Keep in segment…") first, with a line counting pending, confirmed and overridden moves.
class SegmentRunView final : public QWidget
{
    Q_OBJECT
public:
    SegmentRunView(core::Workspace& workspace, std::function<void(qint64)> openCustomer,
                   QWidget* parent = nullptr);
    ~SegmentRunView() override;

    void showRun(const core::segments::SegmentRun& run, SegmentIndex segments);
    void clear();
    bool hasRun() const { return m_run.id != 0; }
    const core::segments::SegmentRun& run() const { return m_run; }
    // While a worker applies or previews, nothing here may change the run.
    void setBusy(bool busy);

    // Lists the customers behind a matrix cell (a total: a whole row or column).
    void showCell(const QModelIndex& matrixIndex);
    void confirmSelected();
    // Opens "Keep in segment…" for the chosen moves; keepSelectedIn() is what its OK does.
    void keepSelected();
    void keepSelectedIn(qint64 segmentId, const QString& reason);
    // Moves of a review nobody has decided yet: 0 for a plain run, -1 while being counted.
    int pendingMoves() const;
    SegmentRunDecisions* decisions() const { return m_decisions; }

    RunMatrixModel* matrixModel() const { return m_matrixModel; }
    QTableView* matrixView() const { return m_matrix; }
    RunMovesModel* movesModel() const { return m_movesModel; }
    QTableView* movesView() const { return m_moves; }
    QCheckBox* mineOnlyCheckBox() const { return m_mineOnly; }
    SegmentRunKeepDialog* keepDialog() const { return m_keepDialog; }

signals:
    void applyRequested();
    void discardRequested();
    // A decision could not be saved, or moves not read.
    void failed(const QString& message);

private:
    QWidget* buildMovesPanel();
    void updateSummary();
    void updateButtons();
    QList<qint64> selectedCustomers() const;
    // Saves the decision for the chosen moves and counts it in.
    void decide(core::segments::MoveDecision decision, qint64 segmentId, const QString& reason);

    core::segments::SegmentationService& m_service;
    std::function<void(qint64)> m_openCustomer;
    core::segments::SegmentRun m_run;
    SegmentIndex m_segments;
    bool m_busy = false;
    SegmentRunDecisions* m_decisions = nullptr;
    QLabel* m_summary = nullptr;
    RunMatrixModel* m_matrixModel = nullptr;
    QTableView* m_matrix = nullptr;
    QLabel* m_cell = nullptr;
    RunMovesModel* m_movesModel = nullptr;
    QTableView* m_moves = nullptr;
    QPushButton* m_more = nullptr;
    QLabel* m_decisionCounts = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_keep = nullptr;
    QCheckBox* m_mineOnly = nullptr;
    qint64 m_currentUserId = 0;
    QPushButton* m_apply = nullptr;
    QPushButton* m_discard = nullptr;
    QPointer<SegmentRunKeepDialog> m_keepDialog;
};

} // namespace luotsi::gui
