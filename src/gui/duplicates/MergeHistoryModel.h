#pragma once

#include "core/merging/MergePlan.h"

#include <QAbstractTableModel>
#include <QList>

namespace luotsi::gui {

// The merges, newest first: when, who, the survivor, the records merged into it and whether
// the merge was undone.
class MergeHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        SurvivorColumn,
        MembersColumn,
        StatusColumn,
        ColumnCount
    };

    explicit MergeHistoryModel(QObject* parent = nullptr);

    void setRecords(QList<core::merging::MergeRecord> records);
    const core::merging::MergeRecord& record(int row) const { return m_records.at(row); }
    // The row of a merge, or -1.
    int rowOf(qint64 mergeId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static QString members(const core::merging::MergeRecord& record, const QString& separator);

    QList<core::merging::MergeRecord> m_records;
};

} // namespace luotsi::gui
