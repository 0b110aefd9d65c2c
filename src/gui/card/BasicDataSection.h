#pragma once

#include "CardSection.h"

#include <memory>

namespace Ui {
class BasicDataSection;
}

namespace luotsi::gui {

// Name, business ID, kind, language, status, owner and notes of the customer.
class BasicDataSection final : public CardSection
{
    Q_OBJECT
public:
    explicit BasicDataSection(CardContext& context, QWidget* parent = nullptr);
    ~BasicDataSection() override;

    QString title() const override { return tr("Basic data"); }
    void refresh() override;

private:
    void markIssues();

    std::unique_ptr<Ui::BasicDataSection> m_ui;
};

} // namespace luotsi::gui
