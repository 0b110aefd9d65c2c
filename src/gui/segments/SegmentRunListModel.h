#pragma once

#include "core/segments/SegmentAssignment.h"

#include <QAbstractTableModel>
#include <QList>

namespace luotsi::gui {

// The runs of a segmentation, newest first: when, which kind, as of which day, their status,
// how many customers they evaluated and moved, and who ran them.
class SegmentRunListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CreatedColumn,
        KindColumn,
        AsOfColumn,
        StatusColumn,
        CustomersColumn,
        MovedColumn,
        UserColumn,
        ColumnCount
    };

    explicit SegmentRunListModel(QObject* parent = nullptr);

    void setRuns(QList<core::segments::SegmentRun> runs);
    const core::segments::SegmentRun& run(int row) const { return m_runs.at(row); }
    // The row of a run, or -1.
    int rowOf(qint64 runId) const;

    static QString kindText(core::segments::RunKind kind);
    static QString statusText(core::segments::RunStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::segments::SegmentRun> m_runs;
};

} // namespace luotsi::gui
