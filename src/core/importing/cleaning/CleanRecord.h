#pragma once

#include "core/importing/cleaning/CleaningFinding.h"
#include "core/register/Customer.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace luotsi::core::importing {

// Why a row is not a customer at all.
enum class JunkKind
{
    None,
    Blank,  // every cell empty
    Total,  // "Yhteensä", "YHTEENSÄ", "Summa", "Total": a sum row under the data
    Test,   // "TESTI ASIAKAS", "Test", "ÄLÄ KÄYTÄ"
    NoName, // data but no name: nothing to call the customer
};

// The contact person a row names.
struct CleanContact
{
    QString firstName;
    QString lastName;
    QString title;
    QString phone; // E.164
    QString email;

    bool isEmpty() const
    {
        return firstName.isEmpty() && lastName.isEmpty() && title.isEmpty() && phone.isEmpty() &&
               email.isEmpty();
    }
    QString fullName() const;
    bool operator==(const CleanContact&) const = default;
};

// One row after cleaning: canonical values ready for matching and for the register, and what
// was repaired or doubted on the way (findings).
struct CleanRecord
{
    int row = 0; // the row number as Excel shows it
    QString sourceKey;
    QString name;          // "Rakennus Virtanen Oy"; a person's "Matti Virtanen"
    QString auxiliaryName; // Name2 / Lisänimi that did not continue the name: "Ostot"
    CustomerKind kind = CustomerKind::Company;
    QString firstName;  // persons only
    QString lastName;   // persons only
    QString businessId; // "1234567-8" or empty

    QString street;
    QString postalCode;   // five digits for Finland
    QString city;         // as the file named it, properly spelled ("Helsingfors" stays)
    QString municipality; // the Finnish municipality of the city ("Helsinki"), when known
    QString country = QStringLiteral("FI");
    bool poBox = false; // street is a "PL 12": a postal address, not a visiting address

    QStringList phones; // E.164
    QStringList emails; // lower case
    QString web;
    CleanContact contact;

    QString parentName; // free text: the parish union a parish belongs to
    QString notes;
    QDate createdDate;
    QDate updatedDate;
    QDate lastOrderDate;
    QDate endDate;
    std::optional<qint64> revenueCents;
    std::optional<CustomerStatus> status;
    QString statusText; // the status as the file wrote it ("Soita syksyllä")
    std::optional<Language> language;

    JunkKind junk = JunkKind::None;
    QString junkReason; // translated; empty unless junk
    CleaningFindings findings;

    bool isJunk() const { return junk != JunkKind::None; }
    bool hasWarnings() const;
};

} // namespace luotsi::core::importing
