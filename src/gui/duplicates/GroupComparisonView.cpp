#include "GroupComparisonView.h"

#include "GroupComparisonModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace luotsi::gui {

GroupComparisonView::GroupComparisonView(GroupComparisonModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("groupComparisonTableView"));
    setModel(model);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setIconSize(QSize(14, 14));
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setMinimumSectionSize(120);

    connect(this, &QAbstractItemView::clicked, m_model, &GroupComparisonModel::activate);
    connect(horizontalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int section) {
        if (const qint64 id = m_model->memberId(section))
            emit openCustomerRequested(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupComparisonView::fitColumns);
}

void GroupComparisonView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && currentIndex().isValid()) {
        m_model->activate(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

void GroupComparisonView::fitColumns()
{
    // A few members share the width; a group of many scrolls sideways rather than squeezing
    // the values.
    const int columns = m_model->columnCount();
    constexpr int maxShared = 4;
    horizontalHeader()->setSectionResizeMode(columns <= maxShared ? QHeaderView::Stretch
                                                                  : QHeaderView::Interactive);
    if (columns > maxShared) {
        for (int c = 0; c < columns; ++c)
            setColumnWidth(c, 240);
    }
}

} // namespace luotsi::gui
