#pragma once

#include "core/importing/mapping/TargetField.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace luotsi::gui {

class ConstantsEditor;
class ImportSession;
class ProfileBar;

// Page 3: what every column becomes. One line per column with its header, a few values and
// the register field (suggested from the header and the values, with the suggester's
// certainty shown quietly); values for fields the file lacks; the source system the batch's
// keys belong to and what the rows become. A saved profile whose headers match is applied
// automatically; profiles are saved, loaded, exported and imported here.
class MappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    MappingPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillColumns();
    void fillBatchSettings();
    void setField(int column, core::importing::TargetField field);
    void updateProblems();
    QComboBox* fieldCombo(int column) const;

    ImportSession& m_session;
    ProfileBar* m_profileBar = nullptr;
    QTableWidget* m_columns = nullptr;
    ConstantsEditor* m_constants = nullptr;
    QLineEdit* m_sourceSystem = nullptr;
    QComboBox* m_target = nullptr;
    QComboBox* m_groupCompany = nullptr;
    QComboBox* m_personOrder = nullptr;
    QCheckBox* m_personWhenNoOrganisation = nullptr;
    QLabel* m_remarks = nullptr;
    QLabel* m_problem = nullptr;
    bool m_updating = false;
};

} // namespace luotsi::gui
