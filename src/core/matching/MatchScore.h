#pragma once

#include <QString>
#include <QStringList>

namespace luotsi::core::matching {

// The verdict on one pair of records, with the reasons an admin reads in the review list.
struct MatchScore
{
    double score = 0.0;   // 0..1; compare with MatchSettings::sameAbove / reviewAbove
    double points = 0.0;  // the log-odds sum behind the score (for tuning and sorting)
    QStringList agreed;   // translated field names that spoke for a match: "name", "phone"...
    QStringList differed; // ... and against it: "municipality (Turku / Pori)"
    bool vetoed = false;  // a rule forbids the match whatever else agrees
    QString vetoReason;   // translated, e.g. "Different business IDs: 1234567-1 / 7654321-0"

    // One line for people: "Agreed: name, municipality, phone. Differed: legal form (Oy / Ky)."
    QString explanation() const;
};

} // namespace luotsi::core::matching
