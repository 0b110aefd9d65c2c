#pragma once

#include "RuleEditorChoices.h"
#include "core/segments/Segment.h"

#include <QColor>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace luotsi::gui {

class RuleEditor;

// The form of one segment: names and descriptions in Finnish and English, colour, priority,
// active, whether its customers need an account plan, and its rule. It edits a draft; the page
// saves it through the catalog. Modified means the draft differs from what was loaded.
class SegmentEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentEditor(QWidget* parent = nullptr);

    void setChoices(const RuleEditorChoices& choices);
    // Loads a segment (id 0: a new one) and forgets earlier edits.
    void setSegment(const core::segments::Segment& segment);
    // The draft: the loaded segment with the form's values.
    core::segments::Segment segment() const;
    const core::segments::Segment& loadedSegment() const { return m_loaded; }
    bool isModified() const { return m_modified; }

    // The colour dialog, replaceable in tests; an invalid colour means cancelled.
    void setColourPicker(std::function<QColor(const QColor& initial, QWidget* parent)> picker);
    void setColour(const QColor& colour);

    // A code for a new segment from its name: lower-case ASCII words joined by '_', not among
    // taken ("Kehitä ja kasvata" → "kehita_ja_kasvata", then "kehita_ja_kasvata_2").
    static QString codeFor(const QString& name, const QStringList& taken);

    RuleEditor* ruleEditor() const { return m_rule; }
    QLineEdit* nameFiLineEdit() const { return m_nameFi; }
    QLineEdit* nameEnLineEdit() const { return m_nameEn; }
    QPlainTextEdit* descriptionFiEdit() const { return m_descriptionFi; }
    QPlainTextEdit* descriptionEnEdit() const { return m_descriptionEn; }
    QPushButton* colourButton() const { return m_colourButton; }
    QSpinBox* prioritySpinBox() const { return m_priority; }
    QCheckBox* activeCheckBox() const { return m_active; }
    QCheckBox* accountPlanCheckBox() const { return m_accountPlan; }

signals:
    void modifiedChanged(bool modified);
    // Any change of the form, e.g. for a live explanation of the rule being edited.
    void edited();

private:
    void pickColour();
    void showColour();
    void updateModified();

    core::segments::Segment m_loaded;
    // What the form showed right after loading: rounding in the spin boxes is not an edit.
    core::segments::Segment m_baseline;
    QColor m_colour;
    bool m_modified = false;
    bool m_loading = false;
    std::function<QColor(const QColor&, QWidget*)> m_pickColour;

    QLabel* m_title = nullptr;
    QLineEdit* m_nameFi = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QPlainTextEdit* m_descriptionFi = nullptr;
    QPlainTextEdit* m_descriptionEn = nullptr;
    QPushButton* m_colourButton = nullptr;
    QSpinBox* m_priority = nullptr;
    QCheckBox* m_active = nullptr;
    QCheckBox* m_accountPlan = nullptr;
    RuleEditor* m_rule = nullptr;
};

} // namespace luotsi::gui
