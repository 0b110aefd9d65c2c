#pragma once

#include "core/register/Customer.h"

#include <QStringList>

namespace luotsi::core::importing {

// How an imported row adds to a customer the register already has. The register's values win
// where both have one — an import fills gaps and adds what is new (another phone, the contact
// person, the source key) — except that a row matched by its own system's key is that system's
// current word on the address, which it may update.
class CustomerMerger final
{
public:
    struct Result
    {
        Customer merged;
        QStringList changes; // what was added or changed, for the report: "phone +35840...", ...
    };

    static Result merge(const Customer& existing, const Customer& incoming, bool sameSourceRecord);
    // A row of Luotsi's own export edited in Excel: the row is the admin's word on every field
    // the export carries (name, business ID, kind, status, first address, first phone, e-mail
    // and web site, first contact's name and title, notes), so differing values replace the
    // register's; everything the export does not carry stays.
    static Result overwrite(const Customer& existing, const Customer& incoming);
};

} // namespace luotsi::core::importing
