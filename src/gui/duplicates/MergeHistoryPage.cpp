#include "MergeHistoryPage.h"

#include "MergeHistoryModel.h"
#include "core/merging/MergeService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::merging;

MergeHistoryPage::MergeHistoryPage(MergeService& merges, std::function<void(qint64)> openCustomer,
                                   QWidget* parent)
    : QWidget(parent)
    , m_merges(merges)
    , m_openCustomer(std::move(openCustomer))
{
    setObjectName(QStringLiteral("mergeHistoryPage"));
    m_model = new MergeHistoryModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("mergeHistoryTableView"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(MergeHistoryModel::MembersColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(MergeHistoryModel::TimeColumn, 130);
    m_table->setColumnWidth(MergeHistoryModel::UserColumn, 140);
    m_table->setColumnWidth(MergeHistoryModel::SurvivorColumn, 300);
    m_table->setColumnWidth(MergeHistoryModel::StatusColumn, 160);

    m_undo = new QPushButton(tr("&Undo merge…"), this);
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));
    m_undo->setToolTip(tr("Bring the merged records back as they were and restore the "
                          "survivor."));
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshMergesButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mergeHistoryStatusLabel"));
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_undo);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(refresh, &QPushButton::clicked, this, &MergeHistoryPage::reload);
    connect(m_undo, &QPushButton::clicked, this, &MergeHistoryPage::undoSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MergeHistoryPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && m_openCustomer && !m_model->record(index.row()).undone)
            m_openCustomer(m_model->record(index.row()).survivorId);
    });
    reload();
}

void MergeHistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

int MergeHistoryPage::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MergeHistoryPage::reload()
{
    const int row = selectedRow();
    const qint64 chosen = row >= 0 ? m_model->record(row).id : 0;
    auto records = m_merges.history();
    if (!records) {
        m_status->setText(tr("The merges cannot be read: %1").arg(records.error().text()));
        return;
    }
    m_model->setRecords(std::move(records).value());
    const int again = chosen != 0 ? m_model->rowOf(chosen) : -1;
    if (again >= 0 || m_model->rowCount() > 0)
        m_table->selectRow(qMax(0, again));
    m_status->setText(m_model->rowCount() == 0
                          ? tr("No merges yet. Merges made on the Duplicates tab are listed here "
                               "and can be undone.")
                          : tr("Double-click a merge to open the surviving customer."));
    updateButtons();
}

void MergeHistoryPage::updateButtons()
{
    const int row = selectedRow();
    m_undo->setEnabled(row >= 0 && !m_model->record(row).undone);
}

void MergeHistoryPage::undoSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->record(row).undone)
        return;
    const MergeRecord record = m_model->record(row);
    const QString title = tr("Undo merge");
    if (!m_prompts.confirm(
            this, title,
            tr("Undo the merge of %1?\n\n\"%2\" gets back the data it had before the merge, and "
               "these records return with their own ids:\n%3")
                .arg(m_model
                         ->data(m_model->index(row, MergeHistoryModel::TimeColumn), Qt::DisplayRole)
                         .toString(),
                     record.survivorName,
                     m_model
                         ->data(m_model->index(row, MergeHistoryModel::MembersColumn),
                                Qt::ToolTipRole)
                         .toString())))
        return;
    if (const core::Status undone = m_merges.undo(record.id); !undone) {
        m_status->setText(tr("The merge was not undone: %1").arg(undone.error().text()));
        m_prompts.warn(this, title,
                       tr("The merge was not undone.\n\n%1").arg(undone.error().text()));
        return;
    }
    reload();
    m_status->setText(tr("The merge into \"%1\" was undone.").arg(record.survivorName));
    emit mergeUndone(record.id);
}

} // namespace luotsi::gui
