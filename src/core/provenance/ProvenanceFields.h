#pragma once

#include "core/register/Customer.h"
#include "core/register/CustomerDiff.h"

#include <QStringList>

namespace luotsi::core {

// Turns what changed in a customer into the field codes of field_sources (see FieldSource.h):
// the audit log speaks of entities and their fields, provenance of the customer's fields and
// child lists as the card shows them.
class ProvenanceFields final
{
public:
    // Every code, in the order the card lists them.
    static QStringList all();
    // The fields a new customer arrives with a value in (kind, language and status always have
    // one).
    static QStringList ofCreated(const Customer& customer);
    // The fields that `changes` (CustomerDiff::between(before, after)) touch. A channel that
    // changes kind touches both lists.
    static QStringList ofChanges(const Customer& before, const Customer& after,
                                 const QList<FieldChange>& changes);
    // The code of a channel kind's list: "phones", "emails" or "web".
    static QString ofChannelKind(ChannelKind kind);
};

} // namespace luotsi::core
