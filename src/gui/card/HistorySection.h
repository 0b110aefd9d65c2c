#pragma once

#include "CardSection.h"

#include <QDateTime>

class QTreeWidget;

namespace luotsi::gui {

// The customer's change history from the audit log: who changed what, when, from what to what.
class HistorySection final : public CardSection
{
    Q_OBJECT
public:
    explicit HistorySection(CardContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Change history"); }
    void refresh() override;

    // The readable name of an audit-log entity and field ("contact", "email" → "Contact: email").
    static QString describe(const QString& entity, const QString& field);

private:
    QTreeWidget* m_entries = nullptr;
    qint64 m_shownCustomer = -1;
    QDateTime m_shownChange;
};

} // namespace luotsi::gui
