#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace luotsi::gui {

class ImportSession;

// Page 7: what the batch did: counts per outcome and the batch number, and the rows that did
// not reach the register (rejected, skipped, undecided) saved to .xlsx or .csv with the
// reason per row, to fix and import again.
class ReportPage final : public QWizardPage
{
    Q_OBJECT
public:
    ReportPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    // Writes the rows that did not reach the register to path (.xlsx or .csv by its suffix).
    bool saveRowsTo(const QString& path);

private:
    void saveRows();

    ImportSession& m_session;
    QLabel* m_batch = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_leftOut = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_saved = nullptr;
};

} // namespace luotsi::gui
