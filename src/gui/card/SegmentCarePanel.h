#pragma once

#include <QGroupBox>

class QLabel;

namespace luotsi::core {
class Workspace;
namespace segments {
struct Segment;
}
} // namespace luotsi::core

namespace luotsi::gui {

// "How to serve this customer": the care model of the customer's segment, i.e. which channels
// serve it, in what role and how often, and whether an account plan is required.
class SegmentCarePanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit SegmentCarePanel(core::Workspace& workspace, QWidget* parent = nullptr);

    // The care model of this segment; none: the customer has no segment. Returns an error text
    // when the care model could not be read, else an empty one.
    QString show(const core::segments::Segment* segment);

private:
    core::Workspace& m_workspace;
    QLabel* m_description = nullptr;
    QWidget* m_table = nullptr; // channel, role and rhythm per row
    QLabel* m_accountPlanLabel = nullptr;
};

} // namespace luotsi::gui
