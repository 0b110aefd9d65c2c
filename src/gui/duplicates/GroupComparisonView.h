#pragma once

#include <QTableView>

namespace luotsi::gui {

class GroupComparisonModel;

// The side-by-side table of a duplicate group: a click (or Space) on a cell makes that choice
// (survivor, included, the value that survives), a double-click on a member's header asks to
// open its card.
class GroupComparisonView final : public QTableView
{
    Q_OBJECT
public:
    explicit GroupComparisonView(GroupComparisonModel* model, QWidget* parent = nullptr);

    GroupComparisonModel* comparisonModel() const { return m_model; }

signals:
    void openCustomerRequested(qint64 customerId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void fitColumns();

    GroupComparisonModel* m_model;
};

} // namespace luotsi::gui
