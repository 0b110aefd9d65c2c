#pragma once

#include <QStringList>
#include <QToolButton>

#include <utility>

class QMenu;

namespace luotsi::gui {

// A drop-down list of checkable choices (kinds, statuses, account managers) for a rule's "is one
// of" criterion: compact enough for a tree row, and the menu stays open while the user ticks.
// Each choice is a stored code with a translated title; the button shows the ticked titles.
class RuleEditorCheckList final : public QToolButton
{
    Q_OBJECT
public:
    explicit RuleEditorCheckList(QWidget* parent = nullptr);

    // (code, title) pairs in display order. Ticked codes not among them are kept as extra
    // choices, so that a rule naming e.g. a removed user's login survives an edit.
    void setChoices(const QList<std::pair<QString, QString>>& choices);
    void setCheckedCodes(const QStringList& codes);
    QStringList checkedCodes() const;
    // Ticks or unticks one code as a click would (tests, keyboard users).
    void setCodeChecked(const QString& code, bool checked);

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* addChoice(const QString& code, const QString& title);
    void updateText();

    QMenu* m_menu = nullptr;
};

} // namespace luotsi::gui
