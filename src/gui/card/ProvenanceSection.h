#pragma once

#include "CardSection.h"

#include "core/provenance/FieldSource.h"
#include "core/register/Customer.h"

#include <QHash>

#include <optional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace luotsi::gui {

// "Which system said this": every field of the customer with its current value and where that
// value came from (an import batch of a source system, a user's edit, a merge), and the
// customer's keys in its source systems. Double-clicking an import names its batch.
class ProvenanceSection final : public CardSection
{
    Q_OBJECT
public:
    explicit ProvenanceSection(CardContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Sources"); }
    void refresh() override;

    // The readable name of a field_sources code ("business_id" → "Business ID").
    static QString fieldTitle(const QString& field);
    // One line about a field's origin: "Import batch 12 · Enterprise · 20.11.2026 14.03".
    static QString describe(const core::FieldSource& source);

private:
    // The field's value on the stored customer, as one line.
    QString currentValue(const QString& field);
    void showBatch(QTreeWidgetItem* item);

    QTreeWidget* m_fields = nullptr;
    QTreeWidget* m_keys = nullptr;
    QLabel* m_batchLabel = nullptr;
    // The stored record last shown; timestamps have whole seconds, so compare all of it.
    std::optional<core::Customer> m_shown;
    QHash<qint64, QString> m_userNames; // read once per card, for the owner field
};

} // namespace luotsi::gui
