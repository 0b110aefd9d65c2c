#include "MergeFields.h"

#include "core/register/RegisterVocabulary.h"

#include <QCoreApplication>

#include <functional>

namespace luotsi::core::merging {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(MergeFields)
};

QString idText(qint64 id)
{
    return id == 0 ? QString() : QString::number(id);
}

QString addressText(const Address& address)
{
    const QString place = QStringList{address.postalCode, address.city}.join(QLatin1Char(' '));
    QStringList parts{address.street, place.trimmed()};
    if (!address.country.isEmpty() && address.country != QLatin1String("FI"))
        parts.append(address.country);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

// One field: its code, title, comparable value, display value (when it differs) and how it is
// copied. Address fields are not copied here: the merge orders the address list instead.
struct Field
{
    QString code;
    const char* title;
    std::function<QString(const Customer&)> value;
    std::function<void(const Customer&, Customer&)> copy;
    std::function<QString(const Customer&)> display;
    std::optional<AddressKind> addressKind;
};

Field addressField(const char* code, const char* title, AddressKind kind)
{
    const auto value = [kind](const Customer& c) {
        for (const Address& address : c.addresses) {
            if (address.kind == kind)
                return addressText(address);
        }
        return QString();
    };
    return {QLatin1String(code), title, value, {}, {}, kind};
}

template<typename Enum> Field enumField(const char* code, const char* title, Enum Customer::*member)
{
    return {QLatin1String(code),
            title,
            [member](const Customer& c) { return vocabulary::code(c.*member); },
            [member](const Customer& s, Customer& t) { t.*member = s.*member; },
            [member](const Customer& c) { return vocabulary::displayName(c.*member); },
            std::nullopt};
}

Field textField(const char* code, const char* title, QString Customer::*member)
{
    return {QLatin1String(code),
            title,
            [member](const Customer& c) { return c.*member; },
            [member](const Customer& s, Customer& t) { t.*member = s.*member; },
            {},
            std::nullopt};
}

Field idField(const char* code, const char* title, qint64 Customer::*member)
{
    return {QLatin1String(code),
            title,
            [member](const Customer& c) { return idText(c.*member); },
            [member](const Customer& s, Customer& t) { t.*member = s.*member; },
            {},
            std::nullopt};
}

const QList<Field>& fields()
{
    static const QList<Field> list{
        textField("name", QT_TRANSLATE_NOOP("MergeFields", "Name"), &Customer::name),
        textField("business_id", QT_TRANSLATE_NOOP("MergeFields", "Business ID"),
                  &Customer::businessId),
        enumField("kind", QT_TRANSLATE_NOOP("MergeFields", "Kind"), &Customer::kind),
        enumField("language", QT_TRANSLATE_NOOP("MergeFields", "Language"), &Customer::language),
        enumField("status", QT_TRANSLATE_NOOP("MergeFields", "Status"), &Customer::status),
        idField("owner", QT_TRANSLATE_NOOP("MergeFields", "Account manager"), &Customer::ownerId),
        idField("parent", QT_TRANSLATE_NOOP("MergeFields", "Parent organisation"),
                &Customer::parentId),
        textField("notes", QT_TRANSLATE_NOOP("MergeFields", "Notes"), &Customer::notes),
        addressField("visiting_address", QT_TRANSLATE_NOOP("MergeFields", "Visiting address"),
                     AddressKind::Visiting),
        addressField("postal_address", QT_TRANSLATE_NOOP("MergeFields", "Postal address"),
                     AddressKind::Postal),
        addressField("billing_address", QT_TRANSLATE_NOOP("MergeFields", "Billing address"),
                     AddressKind::Billing),
    };
    return list;
}

const Field* fieldOf(const QString& code)
{
    for (const Field& field : fields()) {
        if (field.code == code)
            return &field;
    }
    return nullptr;
}

} // namespace

QStringList MergeFields::codes()
{
    QStringList codes;
    for (const Field& field : fields())
        codes.append(field.code);
    return codes;
}

bool MergeFields::isKnown(const QString& code)
{
    return fieldOf(code) != nullptr;
}

QString MergeFields::title(const QString& code)
{
    const Field* field = fieldOf(code);
    return field ? Texts::tr(field->title) : code;
}

std::optional<AddressKind> MergeFields::addressKind(const QString& code)
{
    const Field* field = fieldOf(code);
    return field ? field->addressKind : std::nullopt;
}

QString MergeFields::value(const Customer& customer, const QString& code)
{
    const Field* field = fieldOf(code);
    return field ? field->value(customer) : QString();
}

QString MergeFields::displayValue(const Customer& customer, const QString& code)
{
    const Field* field = fieldOf(code);
    if (!field)
        return {};
    return field->display ? field->display(customer) : field->value(customer);
}

QString MergeFields::provenanceField(const QString& code)
{
    return addressKind(code) ? QStringLiteral("addresses") : code;
}

void MergeFields::copy(const QString& code, const Customer& source, Customer& target)
{
    const Field* field = fieldOf(code);
    if (field && field->copy)
        field->copy(source, target);
}

} // namespace luotsi::core::merging
