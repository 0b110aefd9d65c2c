#pragma once

#include "RuleEditorChoices.h"
#include "core/segments/Rule.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace luotsi::gui {

class RuleEditorCheckList;

// One criterion of a rule as a row of the rule editor: what fact, how it compares, and a value
// editor that fits the fact — a number with its unit, a group company, a drop-down of kinds,
// statuses or account managers, or comma-separated tags or cities. Only comparisons that make
// sense for the fact are offered.
class RuleEditorCriterionRow final : public QWidget
{
    Q_OBJECT
public:
    explicit RuleEditorCriterionRow(const RuleEditorChoices& choices, QWidget* parent = nullptr);

    void setCriterion(const core::segments::Criterion& criterion);
    core::segments::Criterion criterion() const;

    // The comparisons offered for a fact, in the order the combo shows them.
    static QList<core::segments::Comparison> comparisonsFor(core::segments::Fact fact);

    QComboBox* factComboBox() const { return m_fact; }
    QComboBox* comparisonComboBox() const { return m_comparison; }
    QDoubleSpinBox* valueSpinBox() const { return m_value; }
    QComboBox* companyComboBox() const { return m_company; }
    RuleEditorCheckList* checkList() const { return m_checkList; }
    QLineEdit* textLineEdit() const { return m_text; }

signals:
    void changed();

private:
    core::segments::Fact fact() const;
    core::segments::Comparison comparison() const;
    // The fact changed: offer its comparisons and value editor, clearing values of another kind.
    void applyFact(core::segments::Fact fact);
    // Offers the fact's comparisons and chooses wanted if offered (or, keepWanted, in any case).
    void fillComparisons(core::segments::Fact fact, core::segments::Comparison wanted,
                         bool keepWanted);
    void configureNumber(core::segments::Fact fact);
    void updateValueEditors();

    RuleEditorChoices m_choices;
    QComboBox* m_fact = nullptr;
    QComboBox* m_comparison = nullptr;
    QComboBox* m_company = nullptr;
    QDoubleSpinBox* m_value = nullptr;
    RuleEditorCheckList* m_checkList = nullptr;
    QLineEdit* m_text = nullptr;
};

} // namespace luotsi::gui
