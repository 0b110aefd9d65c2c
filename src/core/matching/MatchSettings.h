#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace luotsi::core::matching {

// The evidence each field gives, in log-odds points: the scorer adds the points of every
// field that agrees or differs to the prior, and turns the sum into a 0..1 score with the
// logistic function (0 points = 0.5, +2.2 = 0.9, +4.6 = 0.99). Positive points speak for the
// same customer, negative ones against.
struct MatchWeights
{
    double prior = -4.0;          // two records that share a blocking key, before any field
    double businessIdEqual = 9.0; // equal valid business IDs
    double businessIdNear = 2.0;  // an invalid ID one digit off the other's
    double nameExact = 5.0;       // the same words, in any order, legal form aside
    double nameTypo = 4.5;        // one character off
    double nameSimilar = 2.5;     // every word paired, two or three characters off
    double nameNear = -4.0;       // extra or longer words on one side: a look-alike
    double nameDifferent = -6.0;  // other words
    double legalFormSame = 0.5;
    double legalFormConflict = -6.0; // Oy vs Ky: look-alikes in the same town
    // A private person vs an organisation: "Tmi Eija Manninen" and the person Eija Manninen in
    // one town are two customers (the trader and the consumer) unless a phone or e-mail joins them.
    double kindConflict = -3.5;
    double municipalitySame = 2.0;
    double municipalityDifferent = -5.0;      // same name in another town: another customer
    double municipalityGuessDifferent = -1.5; // one side's town known only from its postal code
    double postalCodeSame = 0.5;
    double postalAreaSame = 0.25;   // the PO box code of the same post office
    double streetSame = 1.0;        // same street and house number (or PO box)
    double phoneShared = 4.0;       // any phone number in common
    double emailShared = 4.0;       // any e-mail address in common
    double emailDomainShared = 0.5; // the organisation's own mail domain
    double contactSame = 0.5;       // the same contact person
    // Two private persons whose own phones (or e-mails) are all different: namesakes in the same
    // town, not one person. (An organisation's other number says nothing; a person's does.)
    double personPhoneDiffers = -3.0;
    double personEmailDiffers = -2.0;

    bool operator==(const MatchWeights&) const = default;
};

// What a score means for the caller.
enum class MatchOutcome
{
    Different,         // below reviewAbove: another customer
    PossibleDuplicate, // reviewAbove ≤ score < sameAbove: an admin decides
    Same,              // sameAbove ≤ score: the same customer, matched automatically
};

// The tunable settings of the matching engine, saved as JSON so that admins can adjust them:
// { "sameAbove": 0.9, "reviewAbove": 0.6, "maxBlockSize": 1000, "weights": { "prior": -4, ... } }
// Keys left out keep their defaults.
struct MatchSettings
{
    MatchWeights weights;
    double sameAbove = 0.9;   // auto match at or above
    double reviewAbove = 0.6; // possible duplicate at or above
    // A blocking key shared by more records than this says too little: weak keys (names) with
    // larger blocks are skipped when looking up candidates. Strong keys are never skipped.
    int maxBlockSize = 1000;

    MatchOutcome outcome(double score) const;

    QByteArray toJson() const;
    static Result<MatchSettings> fromJson(const QByteArray& json, const QString& where = {});
    static Result<MatchSettings> load(const QString& path);
    Status save(const QString& path) const;

    bool operator==(const MatchSettings&) const = default;
};

} // namespace luotsi::core::matching
