#include "Prompts.h"

#include <QMessageBox>

namespace luotsi::gui {

Prompts Prompts::messageBoxes()
{
    return {[](QWidget* parent, const QString& title, const QString& text) {
                return QMessageBox::question(parent, title, text,
                                             QMessageBox::Yes | QMessageBox::No,
                                             QMessageBox::No) == QMessageBox::Yes;
            },
            [](QWidget* parent, const QString& title, const QString& text) {
                QMessageBox::warning(parent, title, text);
            }};
}

} // namespace luotsi::gui
