#pragma once

#include "duplicates/Prompts.h"

#include <QWidget>

#include <functional>

class QTabWidget;

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

class CareModelPage;
class SegmentDefinitionsPage;
class SegmentFlowsPage;
class SegmentRunsPage;
class TargetsPage;

// The Segments module's page: the segment definitions with their rules, re-segmentation runs
// with their preview, the care model, managers' targets and the changes per segment over a
// period, each on a tab of its own that reads its data when first shown.
class SegmentsPage final : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        SegmentsTab,
        RunsTab,
        CareTab,
        TargetsTab,
        ChangesTab
    };

    SegmentsPage(core::Workspace& workspace, std::function<void(qint64)> openCustomer,
                 QWidget* parent = nullptr);
    ~SegmentsPage() override;

    // Questions and warnings of the runs (tests answer them in advance).
    void setPrompts(const Prompts& prompts);

    QTabWidget* tabs() const { return m_tabs; }
    SegmentDefinitionsPage* definitions() const { return m_definitions; }
    SegmentRunsPage* runs() const { return m_runs; }
    CareModelPage* careModel() const { return m_care; }
    TargetsPage* targets() const { return m_targets; }
    SegmentFlowsPage* flows() const { return m_flows; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTabWidget* m_tabs = nullptr;
    SegmentDefinitionsPage* m_definitions = nullptr;
    SegmentRunsPage* m_runs = nullptr;
    CareModelPage* m_care = nullptr;
    TargetsPage* m_targets = nullptr;
    SegmentFlowsPage* m_flows = nullptr;
    bool m_previewAsked = false;
};

} // namespace luotsi::gui
