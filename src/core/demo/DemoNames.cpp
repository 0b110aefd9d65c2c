#include "DemoNames.h"

#include "DemoPlaces.h"
#include "DemoRandom.h"
#include "DemoWords.h"
#include "FinnishInflection.h"

#include <QStringList>

#include <algorithm>

namespace luotsi::core::demo {

namespace {

using Noun = FinnishInflection::Noun;

// Letters that start Finnish given names and so make believable initials ("JM", "HKV").
constexpr QStringView initialLetters = u"AEHIJKLMNOPRSTUVY";

// Cathedral parishes are where the dioceses have their seats.
constexpr QStringView cathedralTowns[] = {u"Turku", u"Tampere",  u"Oulu",  u"Kuopio", u"Mikkeli",
                                          u"Lapua", u"Helsinki", u"Espoo", u"Porvoo"};

std::span<const QString> villages(const DemoPlace& place)
{
    return {place.villageGenitives.constData(), size_t(place.villageGenitives.size())};
}

QString finnishLegalForm(DemoRandom& random)
{
    static constexpr int weights[] = {86, 12, 2};
    static constexpr QStringView forms[] = {u"Oy", u"Ky", u"Oyj"};
    return forms[random.weighted(weights)].toString();
}

} // namespace

DemoNames::DemoNames(DemoRandom& random)
    : m_random(random)
{}

PersonName DemoNames::person(bool swedish)
{
    const bool female = m_random.chance(0.5);
    words::List firstNames =
        swedish ? (female ? words::femaleFirstNamesSv() : words::maleFirstNamesSv())
                : (female ? words::femaleFirstNames() : words::maleFirstNames());
    PersonName name{m_random.pick(firstNames).toString(), surname(swedish)};
    if (m_random.chance(0.04))
        name.last += u'-' + surname(swedish);
    return name;
}

QString DemoNames::surname(bool swedish)
{
    // A few Finnish speakers carry Swedish surnames and the other way round.
    const bool swedishName = swedish ? !m_random.chance(0.15) : m_random.chance(0.05);
    return m_random.pick(swedishName ? words::surnamesSv() : words::surnames()).toString();
}

QString DemoNames::surnameGenitive()
{
    for (;;) {
        const QString name = surname(false);
        if (auto genitive = FinnishInflection::genitive(name, Noun::Surname))
            return *genitive;
    }
}

QString DemoNames::placeGenitive(const DemoPlace& place, double villageShare)
{
    if (!place.villageGenitives.isEmpty() && m_random.chance(villageShare))
        return m_random.pick(villages(place));
    return place.genitive;
}

QString DemoNames::villageOrDistrict(const DemoPlace& place)
{
    // Towns without villages of their own in the postal-code table have neighbourhoods instead.
    const qsizetype villages = place.villageGenitives.size();
    const qsizetype districts = qsizetype(words::districts().size());
    const qsizetype index = qsizetype(m_random.below(quint64(villages + districts)));
    return index < villages ? place.villageGenitives.at(index)
                            : words::districts()[size_t(index - villages)].toString();
}

QString DemoNames::localGenitive(const DemoPlace& place)
{
    // Where a local association or institution belongs: a village or neighbourhood, the
    // municipality, a part of it ("Etelä-Espoon"), its surroundings or the region.
    static constexpr int weights[] = {50, 20, 20, 5, 5};
    static constexpr QStringView directions[] = {u"Etelä-", u"Pohjois-", u"Itä-", u"Länsi-",
                                                 u"Keski-"};
    switch (m_random.weighted(weights)) {
    case 0:
        return villageOrDistrict(place);
    case 2:
        if (!place.genitive.contains(u'-') && !place.genitive.contains(u' '))
            return m_random.pick(std::span<const QStringView>(directions)) + place.genitive;
        return place.genitive;
    case 3:
        return place.genitive + QStringLiteral(" seudun");
    case 4:
        return place.regionGenitive;
    default:
        return place.genitive;
    }
}

QString DemoNames::initials()
{
    QString letters;
    const int count = m_random.chance(0.6) ? 2 : 3;
    for (int i = 0; i < count; ++i)
        letters.append(
            initialLetters.at(qsizetype(m_random.below(quint64(initialLetters.size())))));
    return letters;
}

QString DemoNames::street(bool swedish)
{
    if (swedish)
        return m_random.pick(words::streetStemsSv()) + m_random.pick(words::streetEndingsSv());
    return m_random.pick(words::streetStems()) + m_random.pick(words::streetEndings());
}

QString DemoNames::company(const DemoPlace& place, bool swedish)
{
    return swedish ? companySwedish(place) : companyFinnish(place);
}

QString DemoNames::companyFinnish(const DemoPlace& place)
{
    const auto trade = [this] { return m_random.pick(words::trades()).toString(); };
    const auto brand = [this] { return m_random.pick(words::brands()).toString(); };
    const auto form = [this] { return finnishLegalForm(m_random); };
    static constexpr int weights[] = {10, 9, 12, 8, 12, 10, 3, 2, 8, 10, 4};
    switch (m_random.weighted(weights)) {
    case 0: // Rakennus Virtanen Oy
        return trade() + u' ' + surname(false) + u' ' + form();
    case 1: // Virtasen Sähkö Oy
        return surnameGenitive() + u' ' + trade() + u' ' + form();
    case 2: // Kämmenniemen Puutyö Oy
        return placeGenitive(place, 0.5) + u' ' + trade() + u' ' + form();
    case 3: { // Kide IT Oy, Sisu Solutions Oy
        const QString what =
            m_random.chance(0.7) ? trade() : m_random.pick(words::brandSuffixes()).toString();
        return brand() + u' ' + what + u' ' + form();
    }
    case 4: // JM-Rakennus Oy
        return initials() + u'-' + trade() + u' ' + form();
    case 5: // Sähköasennus J. Virtanen Ky
        return trade() + u' ' + initials().left(1) + QStringLiteral(". ") + surname(false) + u' ' +
               form();
    case 6: // Virtanen & Mäkinen Ky
        return surname(false) + QStringLiteral(" & ") + surname(false) + u' ' + form();
    case 7: // Konepaja Laine & Pojat Oy
        return trade() + u' ' + surname(false) +
               (m_random.chance(0.5) ? QStringLiteral(" & Pojat ")
                                     : QStringLiteral(" & Kumppanit ")) +
               form();
    case 8: { // Tmi Kirjapaino Äijälä, Talotekniikka Korhonen Tmi, Tmi Pirjo Laine
        QString owner;
        if (m_random.chance(0.4)) {
            const bool female = m_random.chance(0.5);
            owner = m_random.pick(female ? words::femaleFirstNames() : words::maleFirstNames()) +
                    u' ' + surname(false);
        } else {
            owner = trade() + u' ' + surname(false);
        }
        return m_random.chance(0.5) ? QStringLiteral("Tmi ") + owner
                                    : owner + QStringLiteral(" Tmi");
    }
    case 9:
        return housingCompany(place);
    default: // Sisu-Kone Oy
        return brand() + u'-' + trade() + u' ' + form();
    }
}

QString DemoNames::housingCompany(const DemoPlace& place)
{
    const int number = m_random.between(1, 90);
    switch (m_random.below(3)) {
    case 0: // Asunto Oy Tapiolan Helmi
        return QStringLiteral("Asunto Oy ") + placeGenitive(place, 0.6) + u' ' +
               m_random.pick(words::brands());
    case 1: // As Oy Espoon Koivukuja 5
        return QStringLiteral("As Oy ") + place.genitive + u' ' + street(false) + u' ' +
               QString::number(number);
    default: // Kiinteistö Oy Teollisuustie 12
        return QStringLiteral("Kiinteistö Oy ") + street(false) + u' ' + QString::number(number);
    }
}

QString DemoNames::companySwedish(const DemoPlace& place)
{
    const auto trade = [this] { return m_random.pick(words::tradesSv()).toString(); };
    switch (m_random.below(6)) {
    case 0: // Lindqvist Bygg Ab
        return surname(true) + u' ' + trade() + QStringLiteral(" Ab");
    case 1: // Borgå El Ab
        return place.nameSv + u' ' + trade() + QStringLiteral(" Ab");
    case 2: // Oy Nyström Ab
        return QStringLiteral("Oy ") + surname(true) + QStringLiteral(" Ab");
    case 3: // Kide Bygg Oy Ab
        return m_random.pick(words::brands()) + u' ' + trade() + QStringLiteral(" Oy Ab");
    case 4: // KV Transport Ab
        return initials() + u' ' + trade() + QStringLiteral(" Ab");
    default: // Bygg & Fastighet Sjöberg Ab
        return trade() + QStringLiteral(" & ") + trade() + u' ' + surname(true) +
               QStringLiteral(" Ab");
    }
}

QString DemoNames::association(const DemoPlace& place, bool swedish)
{
    if (swedish)
        return place.nameSv + u' ' + m_random.pick(words::associationTypesSv()) +
               QStringLiteral(" rf");
    return localGenitive(place) + u' ' + m_random.pick(words::associationTypes()) +
           QStringLiteral(" ry");
}

QString DemoNames::publicBody(const DemoPlace& place, bool swedish)
{
    QString municipality;
    if (swedish) {
        // "Borgå stad", "Närpes stad", "Jomala kommun".
        if (!place.town)
            municipality = place.nameSv + QStringLiteral(" kommun");
        else if (place.nameSv.endsWith(u's'))
            municipality = place.nameSv + QStringLiteral(" stad");
        else
            municipality = place.nameSv + QStringLiteral("s stad");
    } else {
        municipality =
            place.genitive + (place.town ? QStringLiteral(" kaupunki") : QStringLiteral(" kunta"));
    }
    static constexpr int weights[] = {2, 6, 4, 6, 1, 2};
    switch (m_random.weighted(weights)) {
    case 0: // Vantaan kaupunki
        return municipality;
    case 1: // Vantaan kaupunki, kirjastopalvelut
        return municipality + QStringLiteral(", ") + m_random.pick(words::municipalUnits());
    case 2: // Kämmenniemen koulu
        return placeGenitive(place, 0.9) + u' ' + m_random.pick(words::localInstitutions());
    case 3: // Espoon kaupunki, Koivikon päiväkoti
        return municipality + QStringLiteral(", ") + villageOrDistrict(place) + u' ' +
               m_random.pick(words::localInstitutions());
    case 4: // Pirkanmaan liitto
        return place.regionGenitive + u' ' + m_random.pick(words::regionAuthorities());
    default: // Tampereen seudun joukkoliikenne
        return place.genitive + QStringLiteral(" seudun ") +
               m_random.pick(words::townAuthorities());
    }
}

QString DemoNames::parishUnion(const DemoPlace& place, bool swedish)
{
    if (swedish)
        return place.nameSv + QStringLiteral(" kyrkliga samfällighet");
    return place.genitive + QStringLiteral(" seurakuntayhtymä");
}

QString DemoNames::unionParish(const DemoPlace& place, bool swedish, int ordinal)
{
    if (swedish)
        return place.nameSv + QStringLiteral(" svenska församling");
    const bool cathedralTown = std::find(std::begin(cathedralTowns), std::end(cathedralTowns),
                                         place.name) != std::end(cathedralTowns);
    if (ordinal == 0 && cathedralTown)
        return place.genitive + QStringLiteral(" Tuomiokirkkoseurakunta");
    if (m_random.chance(0.5))
        return villageOrDistrict(place) + QStringLiteral(" seurakunta");
    // Parishes named after a district stand alone ("Kallion seurakunta"); the others carry the
    // town ("Turun Mikaelin seurakunta", "Tampereen Eteläinen seurakunta").
    static constexpr QStringView districts[] = {u"Kallion", u"Harjun", u"Kalevan", u"Rannan"};
    const QString part = m_random.pick(words::parishNames()).toString();
    if (std::find(std::begin(districts), std::end(districts), part) != std::end(districts) &&
        m_random.chance(0.5))
        return part + QStringLiteral(" seurakunta");
    return place.genitive + u' ' + part + QStringLiteral(" seurakunta");
}

QString DemoNames::parish(const DemoPlace& place, bool swedish)
{
    if (swedish && place.language == PostalCodeEntry::MunicipalLanguage::Bilingual)
        return place.nameSv + QStringLiteral(" svenska församling");
    if (swedish)
        return place.nameSv + QStringLiteral(" församling");
    return placeGenitive(place, 0.25) + QStringLiteral(" seurakunta");
}

QString DemoNames::withoutLegalForm(const QString& name)
{
    static const QStringList forms{QStringLiteral("Oy"),     QStringLiteral("Oyj"),
                                   QStringLiteral("Ab"),     QStringLiteral("Ky"),
                                   QStringLiteral("Tmi"),    QStringLiteral("ry"),
                                   QStringLiteral("rf"),     QStringLiteral("As"),
                                   QStringLiteral("Asunto"), QStringLiteral("Kiinteistö")};
    QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    parts.removeIf([](const QString& part) { return forms.contains(part); });
    return parts.join(QLatin1Char(' '));
}

} // namespace luotsi::core::demo
