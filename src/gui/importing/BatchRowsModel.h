#pragma once

#include "core/importing/ImportBatch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace luotsi::core {
class CustomerService;
}

namespace luotsi::gui {

// The rows of one batch in file order: row number, outcome, the customer it went to (named
// from the register when shown) and the reason. A batch of a million rows is read only up to
// rowLimit; luotsi-admin batches --show N --csv FILE writes all of them.
class BatchRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int rowLimit = 50000;

    enum Column
    {
        RowColumn,
        OutcomeColumn,
        CustomerColumn,
        SourceKeyColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit BatchRowsModel(core::CustomerService& customers, QObject* parent = nullptr);

    // Rows as read; truncated tells that the batch had more than rowLimit.
    void setRows(QList<core::importing::ImportRowResult> rows, bool truncated);
    bool isTruncated() const { return m_truncated; }
    qint64 customerId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString customerName(qint64 id) const;

    core::CustomerService& m_customers;
    QList<core::importing::ImportRowResult> m_rows;
    bool m_truncated = false;
    mutable QHash<qint64, QString> m_names; // customers named so far; "" when gone
};

} // namespace luotsi::gui
