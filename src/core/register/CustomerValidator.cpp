#include "CustomerValidator.h"

#include "BusinessId.h"
#include "EmailAddress.h"
#include "PhoneNumber.h"
#include "PostalCode.h"

#include <QCoreApplication>

namespace luotsi::core {

namespace {

// User-visible texts of this file, in the "CustomerValidator" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(CustomerValidator)
};

QString indexed(const char* list, qsizetype index, const char* field)
{
    return QStringLiteral("%1[%2].%3")
        .arg(QLatin1String(list))
        .arg(index)
        .arg(QLatin1String(field));
}

QString normalizedPhone(const QString& text)
{
    return PhoneNumber::toE164(text).value_or(text.trimmed());
}

} // namespace

Customer CustomerValidator::normalized(Customer customer)
{
    customer.name = customer.name.simplified();
    customer.businessId =
        BusinessId::normalized(customer.businessId).value_or(customer.businessId.trimmed());
    for (Contact& contact : customer.contacts) {
        contact.firstName = contact.firstName.simplified();
        contact.lastName = contact.lastName.simplified();
        contact.title = contact.title.simplified();
        contact.role = contact.role.simplified();
        contact.phone = normalizedPhone(contact.phone);
        contact.email = EmailAddress::normalized(contact.email);
    }
    for (Address& address : customer.addresses) {
        address.street = address.street.simplified();
        address.city = address.city.simplified();
        address.country = address.country.trimmed().toUpper();
        address.postalCode = PostalCode::normalized(address.postalCode, address.country)
                                 .value_or(address.postalCode.trimmed());
    }
    for (ContactChannel& channel : customer.channels) {
        if (channel.kind == ChannelKind::Phone)
            channel.value = normalizedPhone(channel.value);
        else if (channel.kind == ChannelKind::Email)
            channel.value = EmailAddress::normalized(channel.value);
        else
            channel.value = channel.value.trimmed();
    }
    for (Relationship& relationship : customer.relationships)
        relationship.customerNumber = relationship.customerNumber.trimmed();
    return customer;
}

QList<ValidationIssue> CustomerValidator::validate(const Customer& customer)
{
    using Severity = ValidationIssue::Severity;
    QList<ValidationIssue> issues;
    auto add = [&issues](Severity severity, QString field, QString message) {
        issues.append({severity, std::move(field), std::move(message)});
    };

    if (customer.name.trimmed().isEmpty())
        add(Severity::Error, QStringLiteral("name"), Texts::tr("The name is missing."));
    if (!customer.businessId.isEmpty() && !BusinessId::isValid(customer.businessId)) {
        add(Severity::Error, QStringLiteral("businessId"),
            Texts::tr(
                "Business ID \"%1\" is not valid: expected 1234567-8 with a correct check digit.")
                .arg(customer.businessId));
    }
    if (customer.businessId.isEmpty() && customer.isOrganisation() &&
        customer.kind == CustomerKind::Company) {
        add(Severity::Warning, QStringLiteral("businessId"),
            Texts::tr("A company has no business ID."));
    }
    if (customer.parentId != 0 && customer.parentId == customer.id)
        add(Severity::Error, QStringLiteral("parentId"),
            Texts::tr("A customer cannot be its own parent."));

    for (qsizetype i = 0; i < customer.contacts.size(); ++i) {
        const Contact& contact = customer.contacts.at(i);
        if (contact.fullName().isEmpty())
            add(Severity::Error, indexed("contacts", i, "lastName"),
                Texts::tr("Contact %1 has no name.").arg(i + 1));
        if (!contact.email.isEmpty() && !EmailAddress::isValid(contact.email))
            add(Severity::Error, indexed("contacts", i, "email"),
                Texts::tr("Email \"%1\" of %2 is not a valid address.")
                    .arg(contact.email, contact.fullName()));
        if (!contact.phone.isEmpty() && !PhoneNumber::toE164(contact.phone))
            add(Severity::Error, indexed("contacts", i, "phone"),
                Texts::tr("Phone \"%1\" of %2 is not a valid number.")
                    .arg(contact.phone, contact.fullName()));
    }
    for (qsizetype i = 0; i < customer.addresses.size(); ++i) {
        const Address& address = customer.addresses.at(i);
        if (!address.postalCode.isEmpty() &&
            !PostalCode::isValid(address.postalCode, address.country))
            add(Severity::Error, indexed("addresses", i, "postalCode"),
                Texts::tr("Postal code \"%1\" is not valid: a Finnish postal code has five digits.")
                    .arg(address.postalCode));
        if (address.street.isEmpty() && address.postalCode.isEmpty() && address.city.isEmpty())
            add(Severity::Error, indexed("addresses", i, "street"),
                Texts::tr("Address %1 is empty.").arg(i + 1));
    }
    for (qsizetype i = 0; i < customer.channels.size(); ++i) {
        const ContactChannel& channel = customer.channels.at(i);
        const QString field = indexed("channels", i, "value");
        if (channel.value.isEmpty())
            add(Severity::Error, field, Texts::tr("Contact detail %1 is empty.").arg(i + 1));
        else if (channel.kind == ChannelKind::Email && !EmailAddress::isValid(channel.value))
            add(Severity::Error, field,
                Texts::tr("Email \"%1\" is not a valid address.").arg(channel.value));
        else if (channel.kind == ChannelKind::Phone && !PhoneNumber::toE164(channel.value))
            add(Severity::Error, field,
                Texts::tr("Phone \"%1\" is not a valid number.").arg(channel.value));
    }
    for (qsizetype i = 0; i < customer.relationships.size(); ++i) {
        const Relationship& relationship = customer.relationships.at(i);
        if (relationship.companyId == 0)
            add(Severity::Error, indexed("relationships", i, "companyId"),
                Texts::tr("Relationship %1 has no group company.").arg(i + 1));
        for (qsizetype j = 0; j < i; ++j) {
            if (relationship.companyId != 0 &&
                customer.relationships.at(j).companyId == relationship.companyId)
                add(Severity::Error, indexed("relationships", i, "companyId"),
                    Texts::tr("The customer has two relationships with the same group company."));
        }
    }
    return issues;
}

bool CustomerValidator::hasErrors(const QList<ValidationIssue>& issues)
{
    for (const ValidationIssue& issue : issues) {
        if (issue.severity == ValidationIssue::Severity::Error)
            return true;
    }
    return false;
}

} // namespace luotsi::core
