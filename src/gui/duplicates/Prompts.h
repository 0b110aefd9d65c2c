#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace luotsi::gui {

// The questions and warnings the data-quality pages put to the admin, as functions: message
// boxes in the application, answers given in advance in tests.
struct Prompts
{
    // True when the admin agrees.
    std::function<bool(QWidget* parent, const QString& title, const QString& text)> confirm;
    std::function<void(QWidget* parent, const QString& title, const QString& text)> warn;

    static Prompts messageBoxes();
};

} // namespace luotsi::gui
