#pragma once

#include "core/register/Customer.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace luotsi::core::merging {

// The fields an admin picks a surviving value for, by code: what each means in a Customer, how
// its value compares, and where its provenance is kept in field_sources.
class MergeFields final
{
public:
    // In display order.
    static QStringList codes();
    static bool isKnown(const QString& code);
    static QString title(const QString& code);
    // The address kind of an address field ("visiting_address"), nothing for other fields.
    static std::optional<AddressKind> addressKind(const QString& code);
    // The field's value as comparable text (ids as numbers, an address as its parts), empty
    // when the customer has none.
    static QString value(const Customer& customer, const QString& code);
    // The value as the card shows it (kind, language and status by their translated names;
    // owner and parent still as ids: naming them takes the register, see MergeService).
    static QString displayValue(const Customer& customer, const QString& code);
    // The field_sources code the field's provenance is kept under ("owner", "addresses").
    static QString provenanceField(const QString& code);
    // Copies a scalar field's value from source to target; address fields are left to the
    // merge's address list (see MergeBuilder).
    static void copy(const QString& code, const Customer& source, Customer& target);
};

} // namespace luotsi::core::merging
