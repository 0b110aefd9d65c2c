#include "HeaderVocabulary.h"

#include "core/importing/cleaning/FirstNames.h"

#include <QHash>

namespace luotsi::core::importing {

namespace {

using F = TargetField;

struct Entry
{
    F field;
    QList<QStringView> headers; // compact forms
};

// clang-format off
// Exact headers, compact (see HeaderVocabulary::compact). Finnish, Swedish, English.
const QList<Entry>& exactHeaders()
{
    static const QList<Entry> entries{
        {F::SourceKey, {u"id", u"srkid", u"yhtid", u"cirixid", u"tilaajanro", u"tilaajanumero",
                        u"tilaajatunnus", u"asiakasnro", u"asiakasnumero", u"asiakastunnus",
                        u"asiakasid", u"asnro", u"asiakkaannumero", u"custno", u"custnr",
                        u"customerno", u"customernumber", u"customerid", u"custid", u"kundnr",
                        u"kundnummer", u"kundid", u"avain", u"key", u"sourcekey", u"jasennro",
                        u"jasennumero", u"nro", u"numero", u"no", u"recordid"}},
        {F::Name, {u"nimi", u"name", u"name1", u"nimi1", u"asiakas", u"asiakasnimi",
                   u"asiakkaannimi", u"organisaatio", u"organisation", u"organization",
                   u"organisaationnimi", u"yritys", u"yrityksennimi", u"yritysnimi", u"firma",
                   u"firmannimi", u"company", u"companyname", u"customer", u"customername",
                   u"namn", u"namn1", u"foretag", u"foretagsnamn", u"kund", u"kundnamn",
                   u"toiminimi", u"seurakunta", u"seurakunnannimi", u"seurakuntayhtymannimi",
                   u"yhdistys", u"yhdistyksennimi", u"tilaaja", u"tilaajannimi"}},
        {F::NameContinuation, {u"name2", u"nimi2", u"lisanimi", u"nimenjatko", u"namn2",
                               u"tarkenne", u"osasto", u"department", u"avdelning",
                               u"aputoiminimi", u"nimitarkenne", u"name3", u"nimi3"}},
        {F::FirstName, {u"etunimi", u"etunimet", u"firstname", u"fornamn", u"givenname",
                        u"forename"}},
        {F::LastName, {u"sukunimi", u"lastname", u"surname", u"efternamn", u"familyname"}},
        {F::PersonName, {u"henkilo", u"henkilonnimi", u"sukunimietunimi", u"etunimisukunimi",
                         u"fullname", u"kokonimi", u"jasen", u"jasenennimi", u"personname"}},
        {F::BusinessId, {u"ytunnus", u"ytun", u"ytunn", u"yt", u"ytnro", u"ytunnusnro",
                         u"fonummer", u"fonr", u"foretagsid", u"organisationsnummer", u"orgnr",
                         u"businessid", u"vat", u"vatnumber", u"vatno", u"vatid", u"vatnr",
                         u"alv", u"alvnumero", u"alvnro", u"alvtunnus", u"momsnummer", u"momsnr",
                         u"yritystunnus", u"ytunnusalvnumero", u"companyid"}},
        {F::Street, {u"katuosoite", u"lahiosoite", u"katu", u"street", u"streetaddress",
                     u"address1", u"osoite1", u"gatuadress", u"utdelningsadress", u"kayntiosoite",
                     u"besoksadress", u"postiosoite", u"osoite", u"address", u"adress",
                     u"adressi", u"jakeluosoite", u"gata"}},
        {F::PostalCode, {u"postinro", u"postinumero", u"pnro", u"postnro", u"postnumero",
                         u"postnummer", u"postnr", u"zip", u"zipcode", u"postcode",
                         u"postalcode", u"plz", u"ponro"}},
        {F::City, {u"postitoimipaikka", u"toimipaikka", u"postitoimip", u"ptp", u"kunta",
                   u"kaupunki", u"paikkakunta", u"kotikunta", u"kotipaikka", u"city", u"town",
                   u"ort", u"postort", u"postanstalt", u"stad", u"kommun", u"municipality",
                   u"postitoimipaikkakunta"}},
        {F::CombinedAddress, {u"osoitetiedot", u"kokoosoite", u"fulladdress",
                              u"postiosoitekokonaan"}},
        {F::Country, {u"maa", u"country", u"land", u"valtio", u"maakoodi", u"countrycode"}},
        {F::Phone, {u"puhelin", u"puh", u"puhnro", u"puhelinnumero", u"puhelinnro", u"phone",
                    u"phonenumber", u"tel", u"telephone", u"telefon", u"telefonnummer", u"gsm",
                    u"matkapuhelin", u"matkapuh", u"mobile", u"mobiili", u"kannykka", u"vaihde",
                    u"puhelin1", u"puhelin2", u"phone1", u"phone2", u"telnr", u"tfn"}},
        {F::Email, {u"sahkoposti", u"sahkopostiosoite", u"sposti", u"email", u"emailaddress",
                    u"mail", u"epost", u"epostadress", u"meili", u"sahkoposti1", u"emailosoite"}},
        {F::Web, {u"www", u"web", u"website", u"kotisivu", u"kotisivut", u"verkkosivu",
                  u"verkkosivut", u"url", u"homepage", u"hemsida", u"webbsida", u"internet",
                  u"wwwosoite"}},
        {F::ContactName, {u"yhteyshenkilo", u"yhteyshlo", u"yhthlo", u"yhteyshenkilonnimi",
                          u"contact", u"contactperson", u"contactname", u"kontaktperson",
                          u"kontakt", u"vastuuhenkilo", u"yhteyshenkilo1", u"yhteyshenk"}},
        {F::ContactFirstName, {u"yhteyshenkilonetunimi", u"contactfirstname", u"yhtetunimi",
                               u"kontaktfornamn"}},
        {F::ContactLastName, {u"yhteyshenkilonsukunimi", u"contactlastname", u"yhtsukunimi",
                              u"kontaktefternamn"}},
        {F::ContactTitle, {u"titteli", u"tehtavanimike", u"nimike", u"asema", u"title",
                           u"jobtitle", u"titel", u"rooli", u"tehtava", u"ammattinimike",
                           u"position", u"befattning"}},
        {F::ContactPhone, {u"yhteyshenkilonpuhelin", u"contactphone", u"yhtpuh",
                           u"yhteyshenkilopuh", u"yhteyshenkilonpuh", u"kontakttelefon"}},
        {F::ContactEmail, {u"yhteyshenkilonsahkoposti", u"contactemail", u"yhtsposti",
                           u"kontaktepost"}},
        {F::Kind, {u"tyyppi", u"asiakastyyppi", u"asiakaslaji", u"laji", u"kind", u"type",
                   u"customertype", u"kundtyp", u"organisaatiotyyppi"}},
        {F::Status, {u"status", u"tila", u"asiakkuudentila", u"asiakkuus", u"vaihe", u"state",
                     u"stage", u"asiakasstatus"}},
        {F::ParentName, {u"emoyhtio", u"emo", u"konserni", u"parent", u"parentcompany",
                         u"yhtyma", u"paaorganisaatio", u"moderbolag", u"kuuluuyhtymaan"}},
        {F::Notes, {u"huomautukset", u"huomautus", u"huom", u"lisatieto", u"lisatiedot",
                    u"kommentti", u"kommentit", u"notes", u"note", u"comments", u"comment",
                    u"remarks", u"muistiinpanot", u"muistiinpano", u"anteckningar", u"info",
                    u"lahde", u"selite", u"kuvaus", u"memo", u"viesti"}},
        {F::CreatedDate, {u"luotu", u"luontipvm", u"luontipaiva", u"perustettu", u"created",
                          u"createdat", u"createddate", u"creationdate", u"tilausalkanut",
                          u"alkanut", u"alkupvm", u"alkaen", u"asiakasalkaen", u"since",
                          u"startdate", u"skapad", u"liittynyt", u"liittymispvm",
                          u"asiakkuusalkanut", u"rekisteroity", u"asiakkaaksi"}},
        {F::UpdatedDate, {u"paivitetty", u"paivityspvm", u"muutettu", u"muokattu", u"updated",
                          u"modified", u"lastmodified", u"changed", u"uppdaterad", u"andrad",
                          u"muutospvm"}},
        {F::LastOrderDate, {u"lastorder", u"lastorderdate", u"viimeisintilaus", u"viimtilaus",
                            u"viimeisinosto", u"viimeostopvm", u"lastpurchase", u"senasteorder",
                            u"viimeisintilauspvm"}},
        {F::EndDate, {u"tilauspaattyy", u"paattyy", u"paattynyt", u"loppupvm", u"loppuu",
                      u"enddate", u"ended", u"validuntil", u"upphor", u"asiakkuuspaattynyt"}},
        {F::Revenue, {u"liikevaihto", u"laskutettu", u"laskutus", u"myynti", u"myynnit",
                      u"sales", u"revenue", u"turnover", u"omsattning", u"forsaljning",
                      u"tilausarvo", u"ostot"}},
        {F::Language, {u"kieli", u"language", u"sprak", u"asiointikieli", u"aidinkieli"}},
        {F::Ignore, {u"jasenmaara", u"jasenseurakuntia", u"alennus", u"alennusprosentti",
                     u"rivi", u"row"}},
    };
    return entries;
}

// Job titles seen as the header of a name column.
constexpr QStringView roleTitles[] = {
    u"kirkkoherra", u"talousjohtaja", u"toimitusjohtaja", u"puheenjohtaja", u"toiminnanjohtaja",
    u"johtaja", u"rehtori", u"kamreeri", u"sihteeri", u"hallintojohtaja", u"kyrkoherde",
    u"ekonomichef", u"vd", u"ordforande", u"ceo", u"manager", u"chairman",
};
// clang-format on

const QHash<QString, F>& exactIndex()
{
    static const QHash<QString, F> index = [] {
        QHash<QString, F> map;
        for (const Entry& e : exactHeaders()) {
            for (QStringView h : e.headers)
                map.insert(h.toString(), e.field);
        }
        return map;
    }();
    return index;
}

// Parts of longer headers: "Asiakkaan sähköposti", "Laskutettu 2007", "Sales2007".
struct Part
{
    QStringView part;
    F field;
    bool prefix; // must start the header, else anywhere in it
};

constexpr Part parts[] = {
    {u"yhteyshenkilonpuh", F::ContactPhone, false},
    {u"yhteyshenkilonsahkoposti", F::ContactEmail, false},
    {u"yhteyshenkilo", F::ContactName, true},
    {u"sahkoposti", F::Email, false},
    {u"email", F::Email, false},
    {u"puhelin", F::Phone, false},
    {u"phone", F::Phone, false},
    {u"postinumero", F::PostalCode, false},
    {u"postinro", F::PostalCode, false},
    {u"toimipaikka", F::City, false},
    {u"ytunnus", F::BusinessId, false},
    {u"etunimi", F::FirstName, false},
    {u"sukunimi", F::LastName, false},
    {u"lisanimi", F::NameContinuation, false},
    {u"nimike", F::ContactTitle, false},
    {u"osoite", F::Street, false},
    {u"address", F::Street, false},
    {u"paivitetty", F::UpdatedDate, true},
    {u"sales", F::Revenue, true},
    {u"myynti", F::Revenue, true},
    {u"liikevaihto", F::Revenue, true},
    {u"laskutettu", F::Revenue, true},
    {u"laskutus", F::Revenue, true},
    {u"huomautu", F::Notes, true},
    {u"lisatie", F::Notes, true},
    {u"nimi", F::Name, false},
    {u"name", F::Name, false},
};

} // namespace

QString HeaderVocabulary::compact(const QString& header)
{
    QString folded = FirstNames::fold(header);
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
}

bool HeaderVocabulary::isRoleTitle(const QString& header)
{
    const QString key = compact(header);
    for (QStringView role : roleTitles) {
        if (key == role)
            return true;
    }
    return false;
}

QList<HeaderVocabulary::Match> HeaderVocabulary::candidates(const QString& header)
{
    QList<Match> matches;
    const QString key = compact(header);
    if (key.isEmpty())
        return matches;
    if (const auto it = exactIndex().constFind(key); it != exactIndex().constEnd())
        matches.append({*it, 0.95});
    if (isRoleTitle(header))
        matches.append({F::ContactName, 0.85});
    // "Seurakuntayhtymä" beside a parish's name is the parish's union.
    if (key == QLatin1String("seurakuntayhtyma") || key == QLatin1String("srkyhtyma")) {
        matches.append({F::ParentName, 0.8});
        matches.append({F::Name, 0.5});
    }
    for (const Part& p : parts) {
        const bool hit = p.prefix ? key.startsWith(p.part) : key.contains(p.part);
        if (!hit)
            continue;
        bool known = false;
        for (const Match& m : std::as_const(matches))
            known = known || m.field == p.field;
        if (!known)
            matches.append({p.field, p.prefix ? 0.8 : 0.7});
    }
    // Short keys ending in "id" ("SRK_ID", "Cirix ID") are the row's key in its system.
    if (matches.isEmpty() && key.size() <= 10 &&
        (key.endsWith(QLatin1String("id")) || key.endsWith(QLatin1String("nro")) ||
         key.endsWith(QLatin1String("no"))))
        matches.append({F::SourceKey, 0.75});
    return matches;
}

} // namespace luotsi::core::importing
