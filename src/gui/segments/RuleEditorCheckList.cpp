#include "RuleEditorCheckList.h"

#include <QEvent>
#include <QMenu>
#include <QMouseEvent>

namespace luotsi::gui {

RuleEditorCheckList::RuleEditorCheckList(QWidget* parent)
    : QToolButton(parent)
{
    m_menu = new QMenu(this);
    m_menu->installEventFilter(this);
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateText();
}

void RuleEditorCheckList::setChoices(const QList<std::pair<QString, QString>>& choices)
{
    const QStringList checked = checkedCodes();
    m_menu->clear();
    for (const auto& [code, title] : choices)
        addChoice(code, title);
    setCheckedCodes(checked);
}

QAction* RuleEditorCheckList::addChoice(const QString& code, const QString& title)
{
    QAction* action = m_menu->addAction(title);
    action->setCheckable(true);
    action->setData(code);
    connect(action, &QAction::toggled, this, [this] {
        updateText();
        emit changed();
    });
    return action;
}

void RuleEditorCheckList::setCheckedCodes(const QStringList& codes)
{
    QStringList unknown;
    for (const QString& code : codes) {
        if (!code.trimmed().isEmpty())
            unknown.append(code);
    }
    for (QAction* action : m_menu->actions()) {
        const QString code = action->data().toString();
        const bool checked = codes.contains(code, Qt::CaseInsensitive);
        unknown.removeIf([&code](const QString& other) {
            return other.compare(code, Qt::CaseInsensitive) == 0;
        });
        if (action->isChecked() != checked) {
            const QSignalBlocker actionBlocker(action);
            action->setChecked(checked);
        }
    }
    for (const QString& code : std::as_const(unknown)) {
        QAction* action = addChoice(code, code);
        const QSignalBlocker actionBlocker(action);
        action->setChecked(true);
    }
    updateText();
}

QStringList RuleEditorCheckList::checkedCodes() const
{
    QStringList codes;
    for (const QAction* action : m_menu->actions()) {
        if (action->isChecked())
            codes.append(action->data().toString());
    }
    return codes;
}

void RuleEditorCheckList::setCodeChecked(const QString& code, bool checked)
{
    for (QAction* action : m_menu->actions()) {
        if (action->data().toString() == code)
            action->setChecked(checked);
    }
}

bool RuleEditorCheckList::eventFilter(QObject* watched, QEvent* event)
{
    // A click ticks the choice without closing the menu, so that several can be chosen at once.
    if (watched == m_menu && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (QAction* action = m_menu->actionAt(mouse->position().toPoint());
            action && action->isCheckable()) {
            action->toggle();
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

void RuleEditorCheckList::updateText()
{
    QStringList titles;
    for (const QAction* action : m_menu->actions()) {
        if (action->isChecked())
            titles.append(action->text());
    }
    setText(titles.isEmpty() ? tr("(choose)") : titles.join(QStringLiteral(", ")));
    setToolTip(titles.join(QLatin1Char('\n')));
}

} // namespace luotsi::gui
