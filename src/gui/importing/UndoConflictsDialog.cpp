#include "UndoConflictsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace luotsi::gui {

UndoConflictsDialog::UndoConflictsDialog(const core::importing::UndoReport& report,
                                         std::function<void(qint64)> openCustomer, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("undoConflictsDialog"));
    setWindowTitle(tr("The batch cannot be undone"));
    auto* text = new QLabel(
        tr("Batch %1 was not undone, and nothing was changed: %Ln customer(s) were edited after "
           "the batch, by hand or by a later import. Undo the later batches first, or leave "
           "this batch in the register.",
           nullptr, int(report.conflicts.size()))
            .arg(report.batchId),
        this);
    text->setWordWrap(true);

    auto* table = new QTableWidget(int(report.conflicts.size()), 3, this);
    table->setObjectName(QStringLiteral("conflictsTableWidget"));
    table->setHorizontalHeaderLabels({tr("No."), tr("Customer"), tr("Why")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(1, 260);
    for (int row = 0; row < int(report.conflicts.size()); ++row) {
        const auto& conflict = report.conflicts.at(row);
        auto* id = new QTableWidgetItem(QString::number(conflict.customerId));
        id->setData(Qt::UserRole, conflict.customerId);
        table->setItem(row, 0, id);
        table->setItem(row, 1, new QTableWidgetItem(conflict.customerName));
        table->setItem(row, 2, new QTableWidgetItem(conflict.reason));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(760, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (openCustomer) {
        connect(table, &QTableWidget::cellDoubleClicked, this,
                [this, table, openCustomer](int row, int) {
                    openCustomer(table->item(row, 0)->data(Qt::UserRole).toLongLong());
                    accept();
                });
    }
}

} // namespace luotsi::gui
