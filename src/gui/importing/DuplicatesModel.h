#pragma once

#include "core/importing/ImportRunner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace luotsi::gui {

// The possible duplicates of the preview: rows that resemble a customer but not surely, with
// the score, the customer and the fields that agreed, and the admin's decision per row (kept
// in the session's decisions, by the row's number in the file).
class DuplicatesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        NameColumn,
        ScoreColumn,
        CustomerColumn,
        AgreedColumn,
        DecisionColumn,
        ColumnCount
    };

    DuplicatesModel(QHash<int, core::importing::ReviewDecision>& decisions,
                    QObject* parent = nullptr);

    void setRows(const QList<core::importing::ImportRowDetail>* rows);
    void setDecision(const QList<int>& modelRows, core::importing::ReviewDecision decision);
    core::importing::ReviewDecision decision(int modelRow) const;
    static QString decisionText(core::importing::ReviewDecision decision);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QHash<int, core::importing::ReviewDecision>& m_decisions;
    QList<const core::importing::ImportRowDetail*> m_rows;
};

} // namespace luotsi::gui
