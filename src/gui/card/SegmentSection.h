#pragma once

#include "CardSection.h"
#include "core/segments/Segment.h"
#include "core/segments/SegmentAssignment.h"

#include <QHash>
#include <QIcon>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace luotsi::gui {

class SalesFactsPanel;
class SegmentCarePanel;

// The card's answer to "how do I serve this customer?": the customer's segment in the primary
// segmentation (since when and why) and in the others, setting it by hand, why the rules put it
// there, the care model of that segment, the sales facts the rules read, and the history.
class SegmentSection final : public CardSection
{
    Q_OBJECT
public:
    explicit SegmentSection(CardContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Segment"); }
    void refresh() override;

    // The card header's line: "Segment: ● VIP", rich text in the segment's colour.
    static QString headerText(core::Workspace& workspace, qint64 customerId);
    // A small square in the segment's colour, for lists and combo boxes.
    static QIcon chipIcon(const QString& colour, int side = 12);
    static QString chipHtml(const QString& colour);
    // Why a history entry happened: "Run 12", "By hand: key account", "Manual segment ended".
    static QString reasonText(const core::segments::SegmentChange& change);

private:
    void reload();
    bool readCatalog();
    void showCurrent();
    void showCare();
    void showHistory();
    void showExplanation();
    void setByHand();
    void removeOverride();
    void showError(const QString& text);
    QString segmentName(qint64 segmentId) const;
    QString currentReason() const;

    qint64 m_shownCustomer = -1; // -1: nothing read yet, or a change made it stale
    // The definitions, read on each reload (a few rows).
    QList<core::segments::Segmentation> m_segmentations;
    QHash<qint64, QList<core::segments::Segment>> m_segmentsOf; // by segmentation, display order
    QHash<qint64, core::segments::Segment> m_segmentById;
    qint64 m_primaryId = 0;
    // The customer's segments, by segmentation.
    QHash<qint64, core::segments::CustomerSegment> m_current;

    QLabel* m_currentLabel = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLabel* m_otherLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_setButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPushButton* m_explainButton = nullptr;
    QTreeWidget* m_explanation = nullptr;
    SegmentCarePanel* m_care = nullptr;
    SalesFactsPanel* m_sales = nullptr;
    QTreeWidget* m_history = nullptr;
};

} // namespace luotsi::gui
