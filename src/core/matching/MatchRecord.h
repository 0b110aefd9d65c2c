#pragma once

#include "core/register/Customer.h"

#include <QString>
#include <QStringList>

namespace luotsi::core::matching {

// What the matching engine compares: one customer of the register or one row of an import
// file, with the values cleaning left (the engine normalises names, streets and places itself,
// and is tolerant of phones and e-mails that cleaning could not fix).
struct MatchRecord
{
    qint64 id = 0; // the caller's: a customer id, or a row id within a file
    QString name;  // as written, legal form and all: "Kirjapaino Äijälä Tmi"
    CustomerKind kind = CustomerKind::Company;
    QString businessId; // canonical "NNNNNNN-C" or empty; anything else never vetoes
    QString street;
    QString postalCode; // five digits as cleaning restored them
    QString city;       // any spelling: "HELSINGFORS", "Helsinki", "Borgå"
    QStringList phones; // E.164 ("+358401234567"); national forms are tolerated
    QStringList emails;
    QString contactName; // the contact person, in any order: "Tuominen Sami", "S. Tuominen"
};

} // namespace luotsi::core::matching
