#pragma once

#include <QDialog>

class QRadioButton;

namespace luotsi::gui {

// Shown when the register file does not exist yet: start with an empty register, or with a
// demo register of realistic Finnish customers to try things out.
class FirstStartDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FirstStartDialog(const QString& databasePath, QWidget* parent = nullptr);

    bool demoChosen() const;
    static constexpr int demoCustomers = 2000;

private:
    QRadioButton* m_empty = nullptr;
    QRadioButton* m_demo = nullptr;
};

} // namespace luotsi::gui
