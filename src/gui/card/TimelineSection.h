#pragma once

#include "CardSection.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace luotsi::gui {

// Notes, calls and meetings with the customer, newest first, and a form to add one. An entry is
// saved at once: it records what happened, it is not an edit of the customer's data.
class TimelineSection final : public CardSection
{
    Q_OBJECT
public:
    explicit TimelineSection(CardContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Timeline"); }
    void refresh() override;

private:
    void reload();
    void addEntry();

    QTreeWidget* m_entries = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QPushButton* m_addButton = nullptr;
    qint64 m_shownCustomer = -1;
};

} // namespace luotsi::gui
