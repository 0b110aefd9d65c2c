#pragma once

#include "Customer.h"

#include <QList>
#include <QString>

namespace luotsi::core {

// A finding about one field of a customer. Errors block a save; warnings are shown.
struct ValidationIssue
{
    enum class Severity
    {
        Warning,
        Error
    };
    Severity severity = Severity::Error;
    QString field;   // "businessId", "contacts[1].email", "addresses[0].postalCode"...
    QString message; // translated, says what is wrong and what is expected
};

// The register's rules for one customer record, shared by the card, import and luotsi-admin.
class CustomerValidator final
{
public:
    // Brings values to their canonical form: business ID "1234567-8", phones in E.164, postal
    // codes with leading zeros, trimmed text. Values that cannot be normalised stay as typed so
    // that validate() can say what is wrong with them.
    static Customer normalized(Customer customer);
    static QList<ValidationIssue> validate(const Customer& customer);
    static bool hasErrors(const QList<ValidationIssue>& issues);
};

} // namespace luotsi::core
