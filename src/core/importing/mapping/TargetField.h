#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace luotsi::core::importing {

// What a column of a legacy sheet means in the register. The conversion wizard shows
// displayName(); profiles and logs store fieldName(), which never changes once released.
enum class TargetField
{
    Ignore,
    SourceKey,        // the row's key in the legacy system (Tilaajanro, CustNo, SRK_ID)
    Name,             // the customer's name (organisation, or a person's whole name)
    NameContinuation, // Name2 / Lisänimi: the rest of a cut name, else a department
    FirstName,        // a private person's first name
    LastName,         // a private person's last name
    PersonName,       // one cell "Sukunimi Etunimi" or "Etunimi Sukunimi"
    BusinessId,       // Y-tunnus, FO-nummer, VAT number FI12345678
    Street,
    PostalCode,
    City,
    CombinedAddress, // "Katu 1, 00100 Helsinki" / "Katu 1 00100 HELSINKI" / two lines
    Country,
    Phone,
    Email,
    Web,
    ContactName, // a contact person's whole name
    ContactFirstName,
    ContactLastName,
    ContactTitle,
    ContactPhone,
    ContactEmail,
    Kind,       // company / parish / person ... as text
    Status,     // customer / prospect / former as text ("Asiakas", "Uusi")
    ParentName, // free-text parent, e.g. the parish union of a parish
    Notes,
    CreatedDate,
    UpdatedDate, // when the legacy system last changed the row (Päivitetty)
    LastOrderDate,
    EndDate, // when the customership or subscription ended (Tilaus päättyy)
    Revenue, // a euro amount ("1 234,56 €")
    Language,
    // Sales facts (the "sales" target): which customer, group company and month, and how much.
    CustomerId,     // Luotsi's own customer number
    CustomerNumber, // the customer's number at the row's group company (relationships)
    GroupCompany,   // a group company's code or name
    SalesMonth,     // "2026-11", "11/2026", "marraskuu 2026", a date, or 1-12 with SalesYear
    SalesYear,
    OrderCount,
};

// The stable JSON id of a field: "source_key", "business_id", "contact_first_name".
QString fieldName(TargetField field);
// The field of a JSON id, or nothing for an unknown id.
std::optional<TargetField> fieldFromName(const QString& name);
// The translated name the wizard shows: "Business ID", "Postal code".
QString displayName(TargetField field);
// Every field in the wizard's order, Ignore first.
QList<TargetField> allTargetFields();

// Fields whose values are dates (the mapping keeps a day/month order for them).
bool isDateField(TargetField field);
// Fields that one row can fill from several columns (notes, phones, emails); the others take
// one column each.
bool allowsSeveralColumns(TargetField field);

} // namespace luotsi::core::importing
