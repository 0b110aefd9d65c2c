#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

class BatchRowsModel;
class BatchTableModel;
class ImportJob;
class ImportWizard;

// The "Import" module's page: the import history (every batch with its file, profile, user,
// time and counts; the rows of the chosen batch) with "New import…" for the conversion
// wizard and "Undo batch". A double-click on a row opens the customer it went to.
class ImportHistoryPage final : public QWidget
{
    Q_OBJECT
public:
    ImportHistoryPage(core::Workspace& workspace, std::function<void(qint64)> openCustomer,
                      QString profileFolder, QWidget* parent = nullptr);
    ~ImportHistoryPage() override;

    // Opens the conversion wizard (or raises the open one), on a file if one is given.
    ImportWizard* openWizard(const QString& file = {});
    ImportWizard* wizard() const;
    QTableView* batchesView() const { return m_batches; }
    QTableView* rowsView() const { return m_rows; }
    // Reads the batches again and keeps the chosen one chosen.
    void reload();
    void selectBatch(qint64 batchId);
    // Asks, then undoes the chosen batch on a worker thread.
    void undoSelected();

signals:
    // An undo ended: ok false when it failed or the conflicts stopped it.
    void undoFinished(bool ok);

protected:
    // Batches imported meanwhile with luotsi-admin show up when the page is opened.
    void showEvent(QShowEvent* event) override;

private:
    void showRows();
    void undoDone(bool ok, const QString& error);
    void registerChanged();
    qint64 selectedBatchId() const;

    core::Workspace& m_workspace;
    std::function<void(qint64)> m_openCustomer;
    QString m_profileFolder;
    BatchTableModel* m_batchModel = nullptr;
    BatchRowsModel* m_rowModel = nullptr;
    QTableView* m_batches = nullptr;
    QTableView* m_rows = nullptr;
    QPushButton* m_newImport = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_rowsNote = nullptr;
    QPointer<ImportWizard> m_wizard;
    QPointer<ImportJob> m_undoJob;
};

} // namespace luotsi::gui
