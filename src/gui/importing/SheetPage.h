#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace luotsi::gui {

class ImportSession;

// Page 2: the sheet and its header row. Legacy sheets often have a title, a date or blank rows
// above the header; the page shows the first rows with their numbers as Excel shows them and
// suggests the header row, which the admin changes by clicking a row or with the spin box.
class SheetPage final : public QWizardPage
{
    Q_OBJECT
public:
    // How many rows the preview shows.
    static constexpr int previewRows = 30;

    SheetPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showSheets();
    void chooseSheet(int index);
    void fillPreview();
    void setHeaderRow(int row);
    void markHeaderRow();

    ImportSession& m_session;
    QListWidget* m_sheets = nullptr;
    QTableWidget* m_preview = nullptr;
    QSpinBox* m_headerRow = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QString m_shownFile; // the file whose sheets are listed
    bool m_updating = false;
};

} // namespace luotsi::gui
