#include "PreparedRecord.h"

#include "MunicipalityResolver.h"
#include "PersonName.h"
#include "core/register/BusinessId.h"

#include <QSet>

namespace luotsi::core::matching {

namespace {

void appendUnique(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

} // namespace

PreparedRecord PreparedRecord::prepare(const MatchRecord& record)
{
    PreparedRecord prepared;
    prepared.id = record.id;
    prepared.kind = record.kind;
    prepared.name = NameNormalizer::normalize(record.name, record.kind == CustomerKind::Person);

    const QString businessId = record.businessId.trimmed();
    if (!businessId.isEmpty()) {
        if (const auto canonical = BusinessId::normalized(businessId)) {
            prepared.businessId = *canonical;
            prepared.businessIdValid = true;
        } else {
            for (const QChar c : businessId) {
                if (c.isDigit())
                    prepared.businessId.append(c);
            }
        }
    }

    prepared.street = StreetNormalizer::normalize(record.street);
    const QString postalCode = record.postalCode.trimmed();
    if (postalCode.size() == 5)
        prepared.postalCode = postalCode;
    const MunicipalityResolver& municipalities = MunicipalityResolver::builtIn();
    // The city as written wins over the postal code: the sample's street codes are plausible,
    // not real, and a known city name is what the customer's own files say.
    if (municipalities.knowsCity(record.city)) {
        prepared.municipality = municipalities.fromCity(record.city);
    } else {
        prepared.municipality = municipalities.fromPostalCode(prepared.postalCode);
        prepared.municipalityFromPostalCode = !prepared.municipality.isEmpty();
        if (prepared.municipality.isEmpty())
            prepared.municipality = municipalities.fromCity(record.city);
    }

    for (const QString& phone : record.phones)
        appendUnique(prepared.phones, phoneKey(phone));
    for (const QString& email : record.emails) {
        const QString key = emailKey(email);
        appendUnique(prepared.emails, key);
        const QStringView domain = QStringView(key).mid(key.indexOf(QLatin1Char('@')) + 1);
        if (!key.isEmpty() && !isSharedDomain(domain))
            appendUnique(prepared.emailDomains, domain.toString());
    }
    prepared.contactWords = PersonName::sortedWords(record.contactName);
    return prepared;
}

QString PreparedRecord::phoneKey(QStringView phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    // "+358 (0)9 ..." leaves "3580...": the country code, then the trunk zero.
    if (digits.startsWith(QLatin1String("00358")))
        digits.remove(0, 5);
    else if (digits.startsWith(QLatin1String("358")) && digits.size() >= 9)
        digits.remove(0, 3);
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    return digits.size() >= 6 ? digits : QString();
}

QString PreparedRecord::emailKey(QStringView email)
{
    QString key;
    key.reserve(email.size());
    for (const QChar c : email) {
        if (!c.isSpace())
            key.append(c.toLower());
    }
    if (key.startsWith(QLatin1String("mailto:")))
        key.remove(0, 7);
    while (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    const qsizetype at = key.indexOf(QLatin1Char('@'));
    if (at <= 0 || key.indexOf(QLatin1Char('.'), at) < 0)
        return {};
    return key;
}

bool PreparedRecord::isSharedDomain(QStringView domain)
{
    static const QSet<QString> shared = {
        QStringLiteral("gmail.com"),       QStringLiteral("hotmail.com"),
        QStringLiteral("hotmail.fi"),      QStringLiteral("outlook.com"),
        QStringLiteral("live.com"),        QStringLiteral("msn.com"),
        QStringLiteral("yahoo.com"),       QStringLiteral("icloud.com"),
        QStringLiteral("luukku.com"),      QStringLiteral("suomi24.fi"),
        QStringLiteral("elisanet.fi"),     QStringLiteral("kolumbus.fi"),
        QStringLiteral("welho.com"),       QStringLiteral("netti.fi"),
        QStringLiteral("pp.inet.fi"),      QStringLiteral("saunalahti.fi"),
        QStringLiteral("dnainternet.net"), QStringLiteral("mbnet.fi"),
        QStringLiteral("evl.fi"),          QStringLiteral("ort.fi"),
        QStringLiteral("anvianet.fi"),     QStringLiteral("phnet.fi"),
    };
    return shared.contains(domain.toString());
}

} // namespace luotsi::core::matching
