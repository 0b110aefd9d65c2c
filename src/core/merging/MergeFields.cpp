#include "MergeFields.h"

#include "core/register/RegisterVocabulary.h"

#include <QCoreApplication>

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

} // namespace

QStringList MergeFields::codes()
{
    return {QStringLiteral("name"),
            QStringLiteral("business_id"),
            QStringLiteral("kind"),
            QStringLiteral("language"),
            QStringLiteral("status"),
            QStringLiteral("owner"),
            QStringLiteral("parent"),
            QStringLiteral("notes"),
            QStringLiteral("visiting_address"),
            QStringLiteral("postal_address"),
            QStringLiteral("billing_address")};
}

bool MergeFields::isKnown(const QString& code)
{
    return codes().contains(code);
}

QString MergeFields::title(const QString& code)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("MergeFields", "Name")},
        {QStringLiteral("business_id"), QT_TRANSLATE_NOOP("MergeFields", "Business ID")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("MergeFields", "Kind")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("MergeFields", "Language")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("MergeFields", "Status")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("MergeFields", "Account manager")},
        {QStringLiteral("parent"), QT_TRANSLATE_NOOP("MergeFields", "Parent organisation")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("MergeFields", "Notes")},
        {QStringLiteral("visiting_address"), QT_TRANSLATE_NOOP("MergeFields", "Visiting address")},
        {QStringLiteral("postal_address"), QT_TRANSLATE_NOOP("MergeFields", "Postal address")},
        {QStringLiteral("billing_address"), QT_TRANSLATE_NOOP("MergeFields", "Billing address")},
    };
    const char* title = titles.value(code);
    return title ? Texts::tr(title) : code;
}

std::optional<AddressKind> MergeFields::addressKind(const QString& code)
{
    if (code == QLatin1String("visiting_address"))
        return AddressKind::Visiting;
    if (code == QLatin1String("postal_address"))
        return AddressKind::Postal;
    if (code == QLatin1String("billing_address"))
        return AddressKind::Billing;
    return std::nullopt;
}

QString MergeFields::value(const Customer& c, const QString& code)
{
    if (const auto kind = addressKind(code)) {
        for (const Address& address : c.addresses) {
            if (address.kind == *kind)
                return addressText(address);
        }
        return {};
    }
    if (code == QLatin1String("name"))
        return c.name;
    if (code == QLatin1String("business_id"))
        return c.businessId;
    if (code == QLatin1String("kind"))
        return vocabulary::code(c.kind);
    if (code == QLatin1String("language"))
        return vocabulary::code(c.language);
    if (code == QLatin1String("status"))
        return vocabulary::code(c.status);
    if (code == QLatin1String("owner"))
        return idText(c.ownerId);
    if (code == QLatin1String("parent"))
        return idText(c.parentId);
    if (code == QLatin1String("notes"))
        return c.notes;
    return {};
}

QString MergeFields::provenanceField(const QString& code)
{
    return addressKind(code) ? QStringLiteral("addresses") : code;
}

void MergeFields::copy(const QString& code, const Customer& source, Customer& target)
{
    if (code == QLatin1String("name"))
        target.name = source.name;
    else if (code == QLatin1String("business_id"))
        target.businessId = source.businessId;
    else if (code == QLatin1String("kind"))
        target.kind = source.kind;
    else if (code == QLatin1String("language"))
        target.language = source.language;
    else if (code == QLatin1String("status"))
        target.status = source.status;
    else if (code == QLatin1String("owner"))
        target.ownerId = source.ownerId;
    else if (code == QLatin1String("parent"))
        target.parentId = source.parentId;
    else if (code == QLatin1String("notes"))
        target.notes = source.notes;
}

} // namespace luotsi::core::merging
