#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace luotsi::gui {

class DuplicatesModel;
class ImportSession;

// Page 5: what the preview matched. Counts per outcome, and the possible duplicates (rows
// that resemble a customer but not surely) with the score, the customer and the fields that
// agreed; the admin decides per row or for the selected rows: merge, create new or skip.
// Rows left undecided stay out of the register and are listed in the report.
class MatchingPage final : public QWizardPage
{
    Q_OBJECT
public:
    MatchingPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;

private:
    void decideSelected(int decision);
    void updateDecisionSummary();

    ImportSession& m_session;
    DuplicatesModel* m_model = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_duplicatesNote = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_createNew = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_later = nullptr;
};

} // namespace luotsi::gui
