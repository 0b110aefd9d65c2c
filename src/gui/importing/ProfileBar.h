#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace luotsi::gui {

class ImportSession;

// The mapping page's profile row: choose a saved profile and load it, save the mapping as a
// profile, export it to a JSON file and import one from a file. A profile is a plain JSON
// file, so admins can mail, share and version them.
class ProfileBar final : public QWidget
{
    Q_OBJECT
public:
    ProfileBar(ImportSession& session, QWidget* parent = nullptr);

    // Lists the stored profiles again and selects the one the session applied, if any.
    void reload();

signals:
    // The session's mapping was replaced by a profile: the page shows it again.
    void mappingReplaced();

private:
    void load();
    void saveAs();
    void exportToFile();
    void importFromFile();
    void select(const QString& name);
    void showError(const QString& title, const QString& text);

    ImportSession& m_session;
    QComboBox* m_profiles = nullptr;
    QPushButton* m_load = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace luotsi::gui
