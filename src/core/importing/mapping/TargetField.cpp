#include "TargetField.h"

#include <QCoreApplication>

#include <array>

namespace luotsi::core::importing {

namespace {

struct FieldWord
{
    TargetField field;
    const char16_t* id;
    const char* display;
};

// The wizard's order: identity, address, channels, contact person, classification, the rest.
constexpr std::array fields{
    FieldWord{TargetField::Ignore, u"ignore", QT_TRANSLATE_NOOP("TargetField", "(ignore)")},
    FieldWord{TargetField::SourceKey, u"source_key",
              QT_TRANSLATE_NOOP("TargetField", "Key in the source system")},
    FieldWord{TargetField::Name, u"name", QT_TRANSLATE_NOOP("TargetField", "Name")},
    FieldWord{TargetField::NameContinuation, u"name_continuation",
              QT_TRANSLATE_NOOP("TargetField", "Name, continued / department")},
    FieldWord{TargetField::FirstName, u"first_name",
              QT_TRANSLATE_NOOP("TargetField", "First name (person)")},
    FieldWord{TargetField::LastName, u"last_name",
              QT_TRANSLATE_NOOP("TargetField", "Last name (person)")},
    FieldWord{TargetField::PersonName, u"person_name",
              QT_TRANSLATE_NOOP("TargetField", "Person's full name")},
    FieldWord{TargetField::BusinessId, u"business_id",
              QT_TRANSLATE_NOOP("TargetField", "Business ID")},
    FieldWord{TargetField::Street, u"street", QT_TRANSLATE_NOOP("TargetField", "Street address")},
    FieldWord{TargetField::PostalCode, u"postal_code",
              QT_TRANSLATE_NOOP("TargetField", "Postal code")},
    FieldWord{TargetField::City, u"city", QT_TRANSLATE_NOOP("TargetField", "City")},
    FieldWord{TargetField::CombinedAddress, u"combined_address",
              QT_TRANSLATE_NOOP("TargetField", "Address (street, postal code and city)")},
    FieldWord{TargetField::Country, u"country", QT_TRANSLATE_NOOP("TargetField", "Country")},
    FieldWord{TargetField::Phone, u"phone", QT_TRANSLATE_NOOP("TargetField", "Phone")},
    FieldWord{TargetField::Email, u"email", QT_TRANSLATE_NOOP("TargetField", "Email")},
    FieldWord{TargetField::Web, u"web", QT_TRANSLATE_NOOP("TargetField", "Web site")},
    FieldWord{TargetField::ContactName, u"contact_name",
              QT_TRANSLATE_NOOP("TargetField", "Contact person")},
    FieldWord{TargetField::ContactFirstName, u"contact_first_name",
              QT_TRANSLATE_NOOP("TargetField", "Contact's first name")},
    FieldWord{TargetField::ContactLastName, u"contact_last_name",
              QT_TRANSLATE_NOOP("TargetField", "Contact's last name")},
    FieldWord{TargetField::ContactTitle, u"contact_title",
              QT_TRANSLATE_NOOP("TargetField", "Contact's title")},
    FieldWord{TargetField::ContactPhone, u"contact_phone",
              QT_TRANSLATE_NOOP("TargetField", "Contact's phone")},
    FieldWord{TargetField::ContactEmail, u"contact_email",
              QT_TRANSLATE_NOOP("TargetField", "Contact's email")},
    FieldWord{TargetField::Kind, u"kind", QT_TRANSLATE_NOOP("TargetField", "Customer kind")},
    FieldWord{TargetField::Status, u"status", QT_TRANSLATE_NOOP("TargetField", "Status")},
    FieldWord{TargetField::ParentName, u"parent_name",
              QT_TRANSLATE_NOOP("TargetField", "Parent organisation")},
    FieldWord{TargetField::Notes, u"notes", QT_TRANSLATE_NOOP("TargetField", "Notes")},
    FieldWord{TargetField::CreatedDate, u"created_date",
              QT_TRANSLATE_NOOP("TargetField", "Customer since")},
    FieldWord{TargetField::UpdatedDate, u"updated_date",
              QT_TRANSLATE_NOOP("TargetField", "Last updated")},
    FieldWord{TargetField::LastOrderDate, u"last_order_date",
              QT_TRANSLATE_NOOP("TargetField", "Last order")},
    FieldWord{TargetField::EndDate, u"end_date",
              QT_TRANSLATE_NOOP("TargetField", "Customer until")},
    FieldWord{TargetField::Revenue, u"revenue", QT_TRANSLATE_NOOP("TargetField", "Revenue (€)")},
    FieldWord{TargetField::Language, u"language", QT_TRANSLATE_NOOP("TargetField", "Language")},
    FieldWord{TargetField::CustomerId, u"customer_id",
              QT_TRANSLATE_NOOP("TargetField", "Luotsi customer number")},
    FieldWord{TargetField::CustomerNumber, u"customer_number",
              QT_TRANSLATE_NOOP("TargetField", "Customer number at the group company")},
    FieldWord{TargetField::GroupCompany, u"group_company",
              QT_TRANSLATE_NOOP("TargetField", "Group company (code or name)")},
    FieldWord{TargetField::SalesMonth, u"month", QT_TRANSLATE_NOOP("TargetField", "Month")},
    FieldWord{TargetField::SalesYear, u"year", QT_TRANSLATE_NOOP("TargetField", "Year")},
    FieldWord{TargetField::OrderCount, u"order_count",
              QT_TRANSLATE_NOOP("TargetField", "Orders (count)")},
};

const FieldWord& wordOf(TargetField field)
{
    for (const FieldWord& w : fields) {
        if (w.field == field)
            return w;
    }
    return fields.front();
}

} // namespace

QString fieldName(TargetField field)
{
    return QString::fromUtf16(wordOf(field).id);
}

std::optional<TargetField> fieldFromName(const QString& name)
{
    for (const FieldWord& w : fields) {
        if (name == QStringView(w.id))
            return w.field;
    }
    return std::nullopt;
}

QString displayName(TargetField field)
{
    return QCoreApplication::translate("TargetField", wordOf(field).display);
}

QList<TargetField> allTargetFields()
{
    QList<TargetField> all;
    for (const FieldWord& w : fields)
        all.append(w.field);
    return all;
}

bool isDateField(TargetField field)
{
    return field == TargetField::CreatedDate || field == TargetField::UpdatedDate ||
           field == TargetField::LastOrderDate || field == TargetField::EndDate;
}

bool allowsSeveralColumns(TargetField field)
{
    switch (field) {
    case TargetField::Ignore:
    case TargetField::Notes:
    case TargetField::Phone:
    case TargetField::Email:
    case TargetField::Web:
    case TargetField::ContactPhone:
    case TargetField::ContactEmail:
        return true;
    default:
        return false;
    }
}

} // namespace luotsi::core::importing
