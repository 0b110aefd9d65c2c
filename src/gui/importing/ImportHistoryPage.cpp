#include "ImportHistoryPage.h"

#include "BatchRowsModel.h"
#include "BatchTableModel.h"
#include "ImportJob.h"
#include "ImportWizard.h"
#include "UndoConflictsDialog.h"
#include "core/Workspace.h"
#include "core/importing/ImportHistory.h"
#include "core/register/CustomerService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::importing;

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(22);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

ImportHistoryPage::ImportHistoryPage(core::Workspace& workspace,
                                     std::function<void(qint64)> openCustomer,
                                     QString profileFolder, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_openCustomer(std::move(openCustomer))
    , m_profileFolder(std::move(profileFolder))
{
    setObjectName(QStringLiteral("importPage"));

    auto* title = new QLabel(tr("<b>Import history</b>"), this);
    m_newImport = new QPushButton(tr("&New import…"), this);
    m_newImport->setObjectName(QStringLiteral("newImportButton"));
    m_newImport->setToolTip(tr("Import customers from an Excel or CSV file of a legacy system."));
    m_undo = new QPushButton(tr("&Undo batch…"), this);
    m_undo->setObjectName(QStringLiteral("undoBatchButton"));
    m_undo->setToolTip(tr("Remove the customers the batch created and restore the ones it "
                          "changed."));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshHistoryButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatusLabel"));
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_undo);
    bar->addWidget(m_newImport);

    m_batchModel = new BatchTableModel(this);
    m_batches = makeTable(m_batchModel, QStringLiteral("batchesTableView"), this);
    m_batches->setColumnWidth(BatchTableModel::IdColumn, 50);
    m_batches->setColumnWidth(BatchTableModel::TimeColumn, 120);
    m_batches->setColumnWidth(BatchTableModel::StatusColumn, 175);
    m_batches->setColumnWidth(BatchTableModel::FileColumn, 260);
    m_batches->setColumnWidth(BatchTableModel::SourceColumn, 110);
    m_batches->setColumnWidth(BatchTableModel::ProfileColumn, 90);
    m_batches->setColumnWidth(BatchTableModel::UserColumn, 90);
    // The counts as wide as their headers: the outcome names say what they count.
    for (int c = BatchTableModel::RowsColumn; c <= BatchTableModel::SkippedColumn; ++c)
        m_batches->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_batches->horizontalHeader()->setStretchLastSection(false);
    m_rowModel = new BatchRowsModel(workspace.customers(), this);
    m_rows = makeTable(m_rowModel, QStringLiteral("batchRowsTableView"), this);
    m_rows->setColumnWidth(BatchRowsModel::RowColumn, 60);
    m_rows->setColumnWidth(BatchRowsModel::OutcomeColumn, 200);
    m_rows->setColumnWidth(BatchRowsModel::CustomerColumn, 300);
    m_rows->setColumnWidth(BatchRowsModel::SourceKeyColumn, 100);
    m_rowsNote = new QLabel(this);
    m_rowsNote->setObjectName(QStringLiteral("batchRowsNoteLabel"));
    m_rowsNote->setEnabled(false);

    auto* rowsBox = new QWidget(this);
    auto* rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_rowsNote);
    rowsLayout->addWidget(m_rows, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_batches);
    splitter->addWidget(rowsBox);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_newImport, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_refresh, &QPushButton::clicked, this, &ImportHistoryPage::reload);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryPage::undoSelected);
    connect(m_batches->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportHistoryPage::showRows);
    connect(m_rows, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 id = m_rowModel->customerId(index.row());
        if (id != 0 && m_openCustomer && m_workspace.customers().ref(id))
            m_openCustomer(id);
    });
    reload();
}

ImportHistoryPage::~ImportHistoryPage() = default;

void ImportHistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_undoJob)
        reload();
}

ImportWizard* ImportHistoryPage::wizard() const
{
    return m_wizard;
}

ImportWizard* ImportHistoryPage::openWizard(const QString& file)
{
    if (!m_wizard) {
        m_wizard = new ImportWizard(m_workspace, m_profileFolder, this);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_wizard->setWindowModality(Qt::WindowModal);
        connect(m_wizard, &ImportWizard::batchImported, this, [this](qint64 batchId) {
            reload();
            selectBatch(batchId);
            registerChanged();
        });
    }
    if (!file.isEmpty())
        m_wizard->setFile(file);
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

void ImportHistoryPage::reload()
{
    const qint64 chosen = selectedBatchId();
    auto batches = ImportHistory(m_workspace).batches();
    if (!batches) {
        m_status->setText(tr("The history cannot be read: %1").arg(batches.error().text()));
        return;
    }
    m_batchModel->setBatches(std::move(batches).value());
    if (m_batchModel->rowCount() == 0) {
        m_status->setText(tr("No imports yet. \"New import…\" starts the conversion wizard."));
        m_rowModel->setRows({}, false);
    } else if (chosen != 0 && m_batchModel->rowOf(chosen) >= 0) {
        selectBatch(chosen);
    } else {
        selectBatch(m_batchModel->batch(0).id);
    }
    if (m_batchModel->rowCount() == 0)
        m_undo->setEnabled(false); // else showRows() decided by the chosen batch's status
}

void ImportHistoryPage::selectBatch(qint64 batchId)
{
    const int row = m_batchModel->rowOf(batchId);
    if (row < 0)
        return;
    m_batches->setCurrentIndex(m_batchModel->index(row, 0));
    m_batches->selectRow(row);
    showRows();
}

qint64 ImportHistoryPage::selectedBatchId() const
{
    const QModelIndex current = m_batches->currentIndex();
    return current.isValid() ? m_batchModel->batch(current.row()).id : 0;
}

void ImportHistoryPage::showRows()
{
    const qint64 batchId = selectedBatchId();
    QList<ImportRowResult> rows;
    bool truncated = false;
    if (batchId != 0) {
        const auto status = ImportHistory(m_workspace).visitRows(batchId, [&](const auto& row) {
            if (rows.size() >= BatchRowsModel::rowLimit) {
                truncated = true;
                return false;
            }
            rows.append(row);
            return true;
        });
        if (!status)
            m_status->setText(tr("The rows cannot be read: %1").arg(status.error().text()));
    }
    m_rowModel->setRows(std::move(rows), truncated);
    const QLocale locale;
    m_rowsNote->setText(
        batchId == 0 ? QString()
        : truncated
            ? tr("Rows of batch %1: the first %2. \"luotsi-admin batches --show %1 --csv FILE\" "
                 "writes them all.")
                  .arg(batchId)
                  .arg(locale.toString(BatchRowsModel::rowLimit))
            : tr("Rows of batch %1. Double-click a row to open its customer.").arg(batchId));
    const int row = m_batchModel->rowOf(batchId);
    m_undo->setEnabled(row >= 0 && m_batchModel->batch(row).status == BatchStatus::Applied &&
                       !m_undoJob);
}

void ImportHistoryPage::undoSelected()
{
    const int row = m_batchModel->rowOf(selectedBatchId());
    if (row < 0 || m_undoJob)
        return;
    const ImportBatch& batch = m_batchModel->batch(row);
    const QLocale locale;
    const bool sales = ImportHistory(m_workspace).isSalesFactBatch(batch.id).value_or(false);
    const auto answer = QMessageBox::question(
        this, tr("Undo batch"),
        sales ? tr("Undo batch %1 (%2)?\n\nThe sales facts it added are removed and the ones it "
                   "changed are restored as they were before it. If a later batch changed any "
                   "of them, nothing is changed and you get the list.")
                    .arg(batch.id)
                    .arg(batch.fileName)
              : tr("Undo batch %1 (%2)?\n\nThe %3 customer(s) it created are removed and the %4 "
                   "it changed are restored as they were before it. If any of them was edited "
                   "after the batch, nothing is changed and you get the list.")
                    .arg(batch.id)
                    .arg(batch.fileName, locale.toString(batch.counts.created),
                         locale.toString(batch.counts.updated)));
    if (answer != QMessageBox::Yes)
        return;
    m_undo->setEnabled(false);
    m_status->setText(tr("Undoing batch %1…").arg(batch.id));
    m_undoJob = ImportJob::undo(ImportJob::of(m_workspace), batch.id, this);
    connect(m_undoJob, &ImportJob::finished, this, &ImportHistoryPage::undoDone);
    m_undoJob->start();
}

void ImportHistoryPage::undoDone(bool ok, const QString& error)
{
    ImportJob* job = m_undoJob;
    m_undoJob = nullptr;
    job->deleteLater();
    if (!ok || !job->undoReport()) {
        m_status->setText(tr("The batch was not undone: %1").arg(error));
        QMessageBox::warning(this, tr("Undo batch"),
                             tr("The batch was not undone.\n\n%1").arg(error));
        reload();
        emit undoFinished(false);
        return;
    }
    const UndoReport& report = *job->undoReport();
    if (!report.conflicts.isEmpty()) {
        m_status->setText(tr("Batch %1 was not undone: later edits conflict.").arg(report.batchId));
        auto* dialog = new UndoConflictsDialog(report, m_openCustomer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        reload();
        emit undoFinished(false);
        return;
    }
    m_status->setText(report.salesFacts
                          ? tr("Batch %1 undone: %2 sales fact(s) removed, %3 restored.")
                                .arg(report.batchId)
                                .arg(report.removed)
                                .arg(report.restored)
                          : tr("Batch %1 undone: %2 customer(s) removed, %3 restored.")
                                .arg(report.batchId)
                                .arg(report.removed)
                                .arg(report.restored));
    reload();
    registerChanged();
    emit undoFinished(true);
}

void ImportHistoryPage::registerChanged()
{
    // The batch was written through the worker's own connection, so the GUI's services heard
    // nothing: tell the customer list to read its count and pages again.
    emit m_workspace.customers().customerCreated(0);
}

} // namespace luotsi::gui
