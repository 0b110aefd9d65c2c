#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace luotsi::gui {

class ImportSession;

// Page 1: the file to import (.xlsx, .xls, .csv, .txt) and, for text files, the encoding and
// delimiter when the automatic detection guessed wrong. The file is opened as soon as it is
// chosen, so that a damaged or encrypted file is reported here, on this page, in plain words.
class FilePage final : public QWizardPage
{
    Q_OBJECT
public:
    FilePage(ImportSession& session, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    // Opens the file in the path field now (also what editing the field does after a pause).
    void openFile();

private:
    void browse();

    ImportSession& m_session;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_typingPause = nullptr;
    QString m_openedKey; // path and options of the file that opened; empty after an error
};

} // namespace luotsi::gui
