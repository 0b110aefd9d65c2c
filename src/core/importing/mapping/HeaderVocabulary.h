#pragma once

#include "core/importing/mapping/TargetField.h"

#include <QList>
#include <QString>

namespace luotsi::core::importing {

// What column headers mean, in Finnish, Swedish and English, as legacy exports write them:
// "Y-tunnus", "Ytunnus", "Y-tun.", "FO-nummer", "VAT", "Postinro", "Zip", "Postnummer",
// "Yhteyshenkilö", "CustNo", "SRK_ID", "Päivitetty", "Laskutettu €"...
class HeaderVocabulary final
{
public:
    struct Match
    {
        TargetField field = TargetField::Ignore;
        double confidence = 0.0; // 0.95 for a known header, less for a partial one
    };

    // The header's candidate fields, best first; empty when nothing is known of it.
    static QList<Match> candidates(const QString& header);
    // The header as compared: lower case, diacritics folded, only letters and digits
    // ("Y-tunnus" → "ytunnus", "Sähköposti" → "sahkoposti").
    static QString compact(const QString& header);
    // A job title used as the header of a name column ("Kirkkoherra", "Talousjohtaja"): the
    // column holds that person, and the header is their title.
    static bool isRoleTitle(const QString& header);
};

} // namespace luotsi::core::importing
