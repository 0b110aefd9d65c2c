#pragma once

#include "Customer.h"

#include <QList>
#include <QString>

namespace luotsi::core {

// One change to customer data as the audit log keeps it.
struct FieldChange
{
    enum class Action
    {
        Insert,
        Update,
        Delete
    };
    QString entity; // "customer", "contact", "address", "channel", "relationship", "source_key"
    qint64 entityId = 0;
    Action action = Action::Update;
    QString field; // empty for a whole-record insert or delete
    QString oldValue;
    QString newValue;

    bool operator==(const FieldChange&) const = default;
};

// What changed between two saved versions of one customer, field by field. Children are matched
// by id: an id only in `before` was deleted, only in `after` inserted.
class CustomerDiff final
{
public:
    static QList<FieldChange> between(const Customer& before, const Customer& after);
    static QList<FieldChange> created(const Customer& customer);
    static QList<FieldChange> deleted(const Customer& customer);
    static QString actionCode(FieldChange::Action action);
};

} // namespace luotsi::core
