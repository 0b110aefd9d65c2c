#pragma once

#include "core/importing/ImportBatch.h"

#include <QAbstractTableModel>
#include <QList>

namespace luotsi::gui {

// The import history's batches, newest first: file, sheet, source system, profile, user,
// time, counts per outcome and whether the batch was undone.
class BatchTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        TimeColumn,
        StatusColumn,
        FileColumn, // file / sheet
        SourceColumn,
        ProfileColumn,
        UserColumn,
        RowsColumn,
        NewColumn,
        UpdatedColumn,
        UnchangedColumn,
        DuplicatesColumn,
        RejectedColumn,
        SkippedColumn,
        ColumnCount
    };

    explicit BatchTableModel(QObject* parent = nullptr);

    void setBatches(QList<core::importing::ImportBatch> batches);
    const core::importing::ImportBatch& batch(int row) const { return m_batches.at(row); }
    // The row of a batch, or -1.
    int rowOf(qint64 batchId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::importing::ImportBatch> m_batches;
};

} // namespace luotsi::gui
