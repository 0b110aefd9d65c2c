#pragma once

#include "MatchRecord.h"
#include "NameNormalizer.h"
#include "StreetNormalizer.h"

#include <QString>
#include <QStringList>

namespace luotsi::core::matching {

// A MatchRecord with every comparison key computed once: the scorer and the blocking keys
// read only this, so that a record compared with many candidates is normalised once.
struct PreparedRecord
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Company;
    NormalizedName name;
    QString businessId; // canonical when businessIdValid, else the digits given
    bool businessIdValid = false;
    NormalizedStreet street;
    QString postalCode;   // five digits or empty
    QString municipality; // folded Finnish municipality (MunicipalityResolver), or empty
    bool municipalityFromPostalCode = false; // no city given: guessed from the postal code
    QStringList phones;                      // national significant numbers: "401234567"
    QStringList emails;                      // lower case, "mailto:" and spaces removed
    QStringList emailDomains;                // of organisations' own domains (not e-mail providers)
    QStringList contactWords;                // PersonName::sortedWords of the contact person

    bool isPerson() const { return kind == CustomerKind::Person; }

    static PreparedRecord prepare(const MatchRecord& record);
    // "+358401234567", "040-1234567" and "401234567" (a lost leading zero) → "401234567";
    // empty for text with fewer than six digits.
    static QString phoneKey(QStringView phone);
    // "MAILTO:Info@Firma.FI " → "info@firma.fi"; empty without "@" or a dot after it.
    static QString emailKey(QStringView email);
    // Whether a domain belongs to an e-mail provider or a shared church domain, where the same
    // domain says nothing about being the same customer.
    static bool isSharedDomain(QStringView domain);
};

} // namespace luotsi::core::matching
