#include "AddressCleaner.h"

#include "core/importing/cleaning/TextCase.h"
#include "core/register/PostalCode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(AddressCleaner)
};

using Level = CleaningFinding::Level;

// "katu" and "tie" as legacy files shorten them: "Linnank. 30", "Järvit. 32".
QString expandStreetAbbreviations(const QString& street)
{
    QStringList words = street.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& w : words) {
        if (w.size() < 4 || !w.endsWith(QLatin1Char('.')) || !w.at(w.size() - 3).isLetter())
            continue;
        const QChar abbreviation = w.at(w.size() - 2).toLower();
        const bool upper = TextCase::isAllUpper(w);
        if (abbreviation == QLatin1Char('k'))
            w = w.left(w.size() - 2) + (upper ? QStringLiteral("KATU") : QStringLiteral("katu"));
        else if (abbreviation == QLatin1Char('t'))
            w = w.left(w.size() - 2) + (upper ? QStringLiteral("TIE") : QStringLiteral("tie"));
    }
    return words.join(QLatin1Char(' '));
}

QString titleCaseStreet(const QString& street)
{
    QStringList words = street.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& w : words) {
        // Staircase letters stand alone and upper case ("43 A 1"); a letter after the house
        // number is lower case ("58a").
        if (w.size() == 1)
            w = w.toUpper();
        else if (w.at(0).isDigit())
            w = w.toLower();
        else
            w = TextCase::capitalizeWord(w);
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

AddressCleaner::AddressCleaner(const PlaceIndex& places)
    : m_places(places)
{}

QString AddressCleaner::countryCode(const QString& text)
{
    static const QList<std::pair<QString, QStringList>> countries{
        {QStringLiteral("FI"),
         {QStringLiteral("fi"), QStringLiteral("fin"), QStringLiteral("finland"),
          QStringLiteral("suomi"), QStringLiteral("finnland"), QStringLiteral("finlande")}},
        {QStringLiteral("SE"),
         {QStringLiteral("se"), QStringLiteral("swe"), QStringLiteral("sweden"),
          QStringLiteral("ruotsi"), QStringLiteral("sverige")}},
        {QStringLiteral("NO"),
         {QStringLiteral("no"), QStringLiteral("nor"), QStringLiteral("norway"),
          QStringLiteral("norja"), QStringLiteral("norge")}},
        {QStringLiteral("DK"),
         {QStringLiteral("dk"), QStringLiteral("denmark"), QStringLiteral("tanska"),
          QStringLiteral("danmark")}},
        {QStringLiteral("EE"),
         {QStringLiteral("ee"), QStringLiteral("est"), QStringLiteral("estonia"),
          QStringLiteral("viro"), QStringLiteral("eesti")}},
        {QStringLiteral("DE"),
         {QStringLiteral("de"), QStringLiteral("germany"), QStringLiteral("saksa"),
          QStringLiteral("deutschland"), QStringLiteral("tyskland")}},
        {QStringLiteral("RU"),
         {QStringLiteral("ru"), QStringLiteral("russia"), QStringLiteral("venäjä"),
          QStringLiteral("ryssland")}},
    };
    const QString key = text.simplified().toLower();
    for (const auto& [code, names] : countries) {
        if (names.contains(key))
            return code;
    }
    return {};
}

QString AddressCleaner::cleanStreet(const QString& input, bool* poBox, CleaningFindings& findings)
{
    QString street = input.simplified();
    if (street != input && !street.isEmpty())
        findings.append(
            {TargetField::Street, Level::Fixed, Texts::tr("Extra spaces removed."), input, street});
    *poBox = false;
    if (street.isEmpty())
        return street;

    // One spelling for PO boxes, the one Posti uses: "PL 56".
    static const QRegularExpression box(
        QStringLiteral(
            R"(^(?:p\.?\s?l\.?|postilokero|p\.?\s?o\.?\s?box|postbox|box|pb|postfack)\s*(\d+)\s*(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = box.match(street); m.hasMatch()) {
        *poBox = true;
        const QString normalized =
            QStringLiteral("PL ") + m.captured(1) + QLatin1Char(' ') + m.captured(2);
        return normalized.trimmed();
    }

    const QString expanded = expandStreetAbbreviations(street);
    if (expanded != street) {
        findings.append({TargetField::Street, Level::Fixed,
                         Texts::tr("Street abbreviation written out."), street, expanded});
        street = expanded;
    }
    if (TextCase::isSingleCase(street)) {
        const QString cased = titleCaseStreet(street);
        if (cased != street)
            street = cased;
    }
    return street;
}

AddressCleaner::Address AddressCleaner::clean(const QString& street, const QString& postalCode,
                                              const QString& city, const QString& country,
                                              CleaningFindings& findings) const
{
    Address address;
    address.street = cleanStreet(street, &address.poBox, findings);

    const QString countryText = country.simplified();
    address.country = countryText.isEmpty() ? QStringLiteral("FI") : countryCode(countryText);
    if (address.country.isEmpty()) {
        address.country = countryText.size() == 2 ? countryText.toUpper() : countryText;
        if (countryText.size() != 2)
            findings.append({TargetField::Country, Level::Warning,
                             Texts::tr("Unknown country; kept as written."), country,
                             address.country});
    }
    const bool finnish = address.country == QLatin1String("FI");

    QString cityText = city.simplified();
    if (finnish && TextCase::isSingleCase(cityText))
        cityText = PostalCodeTable::titleCase(cityText);
    address.city = cityText;

    const QString codeText = postalCode.simplified();
    if (!codeText.isEmpty()) {
        const auto code = PostalCode::normalized(codeText, address.country);
        if (!code) {
            findings.append({TargetField::PostalCode, Level::Warning,
                             Texts::tr("Not a Finnish postal code; left out."), postalCode,
                             QString()});
        } else {
            address.postalCode = *code;
            QString digits = codeText;
            digits.remove(QLatin1String("FI-"), Qt::CaseInsensitive);
            if (digits.endsWith(QLatin1String(".0")))
                digits.chop(2);
            if (finnish && digits.size() < 5) {
                const bool fits = !cityText.isEmpty() && m_places.codeFitsCity(*code, cityText);
                findings.append(
                    {TargetField::PostalCode, fits ? Level::Fixed : Level::Warning,
                     fits ? Texts::tr("Lost leading zeros restored.")
                          : Texts::tr("Lost leading zeros restored, but the city does not "
                                      "confirm the code; please check."),
                     postalCode, *code});
            }
        }
    }

    if (!finnish || cityText.isEmpty())
        return address;
    // The proper spelling of the city, in the language the file used: the postal code's own
    // names first, then any Finnish place of that name.
    PlaceIndex::Place place;
    if (!address.postalCode.isEmpty())
        place = m_places.findForCode(address.postalCode, cityText);
    if (place.name.isEmpty())
        place = m_places.find(cityText);
    if (place.name.isEmpty())
        return address;
    if (place.name != cityText && PostalCodeTable::titleCase(place.name.toUpper()) !=
                                      PostalCodeTable::titleCase(cityText.toUpper()))
        findings.append({TargetField::City, Level::Fixed, Texts::tr("City name spelled out."), city,
                         place.name});
    address.city = place.name;
    address.municipality = place.municipality;
    if (!address.postalCode.isEmpty() && m_places.table().find(address.postalCode) &&
        !m_places.codeFitsCity(address.postalCode, address.city))
        findings.append({TargetField::PostalCode, Level::Warning,
                         Texts::tr("The postal code belongs to another city; please check."),
                         address.postalCode + QLatin1Char(' ') + city, address.postalCode});
    return address;
}

} // namespace luotsi::core::importing
