#include "DemoWords.h"

// Invented for Luotsi's demo data: everyday Finnish and Finland-Swedish words, common first
// names and surnames, and phrases of an account manager's day. Nothing here is copied from a
// name list or a third-party generator.

namespace luotsi::core::demo::words {

// Word lists read best packed.
// clang-format off

List maleFirstNames()
{
    static constexpr QStringView items[] = {
        u"Matti", u"Pekka", u"Juha", u"Timo", u"Jari", u"Mikko", u"Antti", u"Markku", u"Jukka",
        u"Kari", u"Hannu", u"Mika", u"Heikki", u"Janne", u"Sami", u"Ville", u"Tuomas", u"Petri",
        u"Seppo", u"Ari", u"Marko", u"Harri", u"Jussi", u"Teemu", u"Lauri", u"Eero", u"Olli",
        u"Veikko", u"Erkki", u"Ilkka", u"Tapio", u"Pentti", u"Raimo", u"Esa", u"Jaakko", u"Juho",
        u"Joonas", u"Aleksi", u"Eetu", u"Onni", u"Elias", u"Leevi", u"Eino", u"Väinö", u"Toivo",
        u"Aarne", u"Kalle", u"Risto", u"Jouni", u"Pasi", u"Tero", u"Tommi", u"Kimmo", u"Arto",
        u"Jarmo", u"Vesa", u"Reijo", u"Martti", u"Keijo", u"Yrjö", u"Kauko", u"Lasse", u"Henri",
        u"Niko", u"Joni", u"Jyrki", u"Hannes", u"Oskari", u"Aatu", u"Samuli", u"Rasmus",
        u"Valtteri", u"Topias", u"Urho", u"Pertti", u"Rauno", u"Ossi", u"Panu", u"Jouko", u"Ahti",
        u"Sakari", u"Jani", u"Ismo", u"Asko",
    };
    return items;
}

List femaleFirstNames()
{
    static constexpr QStringView items[] = {
        u"Anna", u"Maria", u"Liisa", u"Tuula", u"Päivi", u"Sari", u"Minna", u"Riitta", u"Merja",
        u"Marja", u"Anne", u"Satu", u"Tiina", u"Pirjo", u"Kaisa", u"Johanna", u"Heidi", u"Laura",
        u"Elina", u"Hanna", u"Katja", u"Susanna", u"Jaana", u"Eija", u"Leena", u"Arja", u"Ritva",
        u"Helena", u"Sirpa", u"Marjatta", u"Kirsi", u"Outi", u"Maarit", u"Tarja", u"Anu", u"Heli",
        u"Mervi", u"Sanna", u"Emilia", u"Aino", u"Sofia", u"Venla", u"Eveliina", u"Noora", u"Iida",
        u"Ella", u"Aada", u"Veera", u"Siiri", u"Ilona", u"Kerttu", u"Hilkka", u"Raili", u"Aili",
        u"Terttu", u"Sinikka", u"Marjut", u"Nina", u"Jenni", u"Reetta", u"Niina", u"Milla",
        u"Henna", u"Tanja", u"Kristiina", u"Annika", u"Inkeri", u"Marja-Leena", u"Anna-Maija",
        u"Pia", u"Kaija", u"Irma", u"Sointu", u"Lotta", u"Pauliina", u"Elsa", u"Sanni", u"Hely",
        u"Tuija", u"Virpi",
    };
    return items;
}

List maleFirstNamesSv()
{
    static constexpr QStringView items[] = {
        u"Anders", u"Johan", u"Mikael", u"Henrik", u"Fredrik", u"Karl", u"Erik", u"Lars", u"Per",
        u"Göran", u"Björn", u"Stefan", u"Mats", u"Jonas", u"Patrik", u"Kristian", u"Tom", u"Nils",
        u"Gustav", u"Emil", u"Axel", u"Oskar", u"Viktor", u"Max", u"Rasmus", u"Ulf", u"Bengt",
        u"Kaj",
    };
    return items;
}

List femaleFirstNamesSv()
{
    static constexpr QStringView items[] = {
        u"Anna", u"Maria", u"Kristina", u"Ulla", u"Birgitta", u"Eva", u"Karin", u"Margareta",
        u"Marianne", u"Annika", u"Camilla", u"Sofia", u"Linda", u"Jessica", u"Elin", u"Ida",
        u"Emma", u"Matilda", u"Ebba", u"Lena", u"Gunilla", u"Helena", u"Johanna", u"Sara", u"Malin",
        u"Solveig", u"Ingrid", u"Astrid",
    };
    return items;
}

List surnames()
{
    static constexpr QStringView items[] = {
        u"Virtanen", u"Korhonen", u"Mäkinen", u"Nieminen", u"Mäkelä", u"Hämäläinen", u"Laine",
        u"Heikkinen", u"Koskinen", u"Järvinen", u"Lehtonen", u"Lehtinen", u"Saarinen", u"Salminen",
        u"Heinonen", u"Niemi", u"Heikkilä", u"Kinnunen", u"Salonen", u"Turunen", u"Salo",
        u"Laitinen", u"Tuominen", u"Rantanen", u"Karjalainen", u"Jokinen", u"Mattila",
        u"Savolainen", u"Lahtinen", u"Ahonen", u"Hiltunen", u"Leinonen", u"Miettinen", u"Hirvonen",
        u"Pitkänen", u"Aaltonen", u"Manninen", u"Väisänen", u"Ojala", u"Hakala", u"Kallio",
        u"Anttila", u"Leppänen", u"Räsänen", u"Laaksonen", u"Nurmi", u"Seppälä", u"Kettunen",
        u"Koivisto", u"Mustonen", u"Peltonen", u"Lehto", u"Vainio", u"Jääskeläinen", u"Honkanen",
        u"Laakso", u"Heiskanen", u"Ahola", u"Kokkonen", u"Ylönen", u"Äijälä", u"Väänänen",
        u"Kärkkäinen", u"Hyvönen", u"Huttunen", u"Oksanen", u"Lappalainen", u"Pelkonen",
        u"Suominen", u"Parviainen", u"Toivonen", u"Harju", u"Aalto", u"Saari", u"Koivula",
        u"Niskanen", u"Kivelä", u"Kemppainen", u"Lehtimäki", u"Markkanen", u"Kauppinen",
        u"Moilanen", u"Kiiskinen", u"Tolvanen", u"Valtonen", u"Pulkkinen", u"Hakkarainen",
        u"Ikonen", u"Karppinen", u"Halonen", u"Eskola", u"Rautiainen", u"Sirviö", u"Koponen",
        u"Tikkanen", u"Partanen", u"Hietala", u"Keränen", u"Mikkonen", u"Jokela", u"Vesterinen",
        u"Kivinen", u"Hänninen", u"Rissanen", u"Seppänen", u"Kiviniemi", u"Haapala", u"Tervo",
        u"Ruotsalainen", u"Huhtala", u"Ketola", u"Kolehmainen", u"Pesonen", u"Pakarinen",
        u"Mäkipää", u"Ranta", u"Koski", u"Mäki", u"Lahti", u"Järvi", u"Hyttinen", u"Kangas",
        u"Pietilä", u"Laitala", u"Paananen", u"Hokkanen", u"Mononen", u"Nousiainen", u"Valkonen",
        u"Eronen", u"Kuusisto", u"Paavola", u"Vartiainen", u"Ruuskanen", u"Pirinen", u"Huovinen",
        u"Aho", u"Kankaanpää", u"Honkala", u"Koistinen", u"Niemelä", u"Hannula", u"Hakulinen",
        u"Sillanpää", u"Lampinen", u"Tanskanen", u"Uusitalo", u"Kujala", u"Pöllänen", u"Väyrynen",
        u"Rajala", u"Suhonen", u"Korpela", u"Sutinen", u"Juntunen", u"Vuorinen", u"Kähkönen",
        u"Kivimäki", u"Tiainen", u"Kumpulainen", u"Anttonen", u"Riikonen", u"Heino", u"Ruohonen",
        u"Hyvärinen", u"Raatikainen", u"Myllymäki", u"Pasanen", u"Häkkinen", u"Kuusela",
        u"Karvonen", u"Ylinen", u"Immonen", u"Riihimäki", u"Helminen", u"Öhman", u"Airaksinen",
        u"Backman", u"Hautala", u"Jaakkola", u"Kantola", u"Lahtela", u"Marttila", u"Nikula",
        u"Oinonen", u"Pohjola", u"Rautio", u"Sipilä", u"Talvitie", u"Urpilainen", u"Vehviläinen",
        u"Ylitalo", u"Ahtola", u"Harjula", u"Ilmonen", u"Jylhä", u"Kukkonen", u"Leskinen",
        u"Mäntylä", u"Nyberg", u"Palomäki", u"Rönkkö", u"Salmela", u"Tuomela", u"Vilén", u"Åberg",
        u"Östman", u"Hartikainen", u"Kaartinen", u"Lindfors", u"Nordman", u"Porkka", u"Siltanen",
        u"Valli", u"Ylikoski",
    };
    return items;
}

List surnamesSv()
{
    static constexpr QStringView items[] = {
        u"Lindqvist", u"Sjöberg", u"Åström", u"Nyström", u"Holmberg", u"Lindholm", u"Söderström",
        u"Fagerström", u"Blomqvist", u"Backman", u"Ekström", u"Grönroos", u"Forsman", u"Sundqvist",
        u"Wikström", u"Lindberg", u"Strömberg", u"Engström", u"Björklund", u"Nylund", u"Österlund",
        u"Öhman", u"Granholm", u"Westerholm", u"Lönnqvist", u"Sandberg", u"Karlsson", u"Eriksson",
        u"Johansson", u"Andersson", u"Mattsson", u"Nyman", u"Lindroos", u"Söderholm", u"Sundström",
        u"Lindström", u"Sjöblom", u"Lundqvist", u"Hägglund", u"Åberg", u"Bergman", u"Holmström",
        u"Wallin", u"Ahlström", u"Grönlund",
    };
    return items;
}

List trades()
{
    static constexpr QStringView items[] = {
        u"Rakennus", u"Rakennusliike", u"Kuljetus", u"Konepaja", u"Sähkö", u"Sähköasennus", u"IT",
        u"Puutarha", u"Metalli", u"Putkityö", u"LVI", u"Maalaus", u"Kattotyö", u"Kiinteistöhuolto",
        u"Siivous", u"Tilitoimisto", u"Insinööritoimisto", u"Arkkitehtitoimisto", u"Mainostoimisto",
        u"Asianajotoimisto", u"Autokorjaamo", u"Autohuolto", u"Rengas", u"Kone", u"Konevuokraamo",
        u"Puutyö", u"Puusepänliike", u"Hirsitalo", u"Saha", u"Maansiirto", u"Taksi", u"Kukkakauppa",
        u"Kirjakauppa", u"Leipomo", u"Kahvila", u"Ravintola", u"Catering", u"Matkailu", u"Kampaamo",
        u"Hieronta", u"Fysioterapia", u"Hammaslääkäri", u"Lääkäriasema", u"Eläinlääkäri",
        u"Optiikka", u"Valokuvaamo", u"Kirjapaino", u"Painotalo", u"Media", u"Viestintä", u"Design",
        u"Konsultointi", u"Tilintarkastus", u"Logistiikka", u"Varastointi", u"Teräs", u"Hitsaus",
        u"Lasitus", u"Ikkuna", u"Keittiö", u"Sisustus", u"Tekstiili", u"Vaatetus", u"Urheilu",
        u"Elektroniikka", u"Automaatio", u"Energia", u"Aurinkosähkö", u"Lämpöpumppu", u"Vesihuolto",
        u"Ympäristöhuolto", u"Kierrätys", u"Metsäpalvelu", u"Maatalous", u"Kalatalo",
        u"Lihajaloste", u"Marja", u"Hunaja", u"Ohjelmisto", u"Data", u"Turva", u"Lukko", u"Pesula",
        u"Muuttopalvelu", u"Hautauspalvelu", u"Kello ja Kulta", u"Musiikki", u"Tapahtuma",
        u"Koulutus", u"Henkilöstöpalvelu", u"Kiinteistö", u"Isännöinti", u"Rautakauppa",
        u"Kemikalio", u"Talotekniikka",
    };
    return items;
}

List tradesSv()
{
    static constexpr QStringView items[] = {
        u"Bygg", u"Transport", u"El", u"Måleri", u"Rör", u"Trädgård", u"Verkstad", u"Snickeri",
        u"Fastighetsservice", u"Bokföring", u"Data", u"Konsult", u"Städ", u"Bil", u"Maskin",
        u"Plåt", u"Golv", u"Tak", u"VVS", u"Fisk", u"Bageri", u"Blomsterhandel", u"Trä", u"Metall",
        u"Design", u"Båtvarv", u"Sjöfart",
    };
    return items;
}

List brands()
{
    static constexpr QStringView items[] = {
        u"Aalto", u"Kide", u"Tuike", u"Vire", u"Sisu", u"Kipinä", u"Lumo", u"Arktis", u"Nordic",
        u"Revontuli", u"Tähti", u"Kuutamo", u"Aurinko", u"Meri", u"Laine", u"Kallio", u"Kivi",
        u"Koivu", u"Honka", u"Mänty", u"Tammi", u"Pihlaja", u"Haapa", u"Saarni", u"Vaahtera",
        u"Kataja", u"Kaisla", u"Kuura", u"Huurre", u"Routa", u"Tuuli", u"Myrsky", u"Salama",
        u"Ukko", u"Tapio", u"Ahti", u"Sampo", u"Kaleva", u"Pohjola", u"Louhi", u"Vellamo",
        u"Ilmatar", u"Lähde", u"Virta", u"Koski", u"Saari", u"Harju", u"Rinne", u"Kumpu", u"Kaari",
        u"Kehä", u"Linja", u"Suunta", u"Polku", u"Silta", u"Satama", u"Ankkuri", u"Purje",
        u"Kompassi", u"Tuohi", u"Kaarna", u"Verso", u"Lehvä", u"Taimi", u"Oras", u"Siemen",
        u"Helmi", u"Timantti", u"Kulta", u"Hopea", u"Pronssi", u"Ydin", u"Kärki", u"Terä",
        u"Huippu", u"Vakaa", u"Varma", u"Tarkka", u"Ripeä", u"Reipas", u"Uljas", u"Oiva", u"Priima",
        u"Ykkös", u"Kolmio", u"Kuutio", u"Piste", u"Viiva", u"Kajo", u"Hehku", u"Liekki", u"Kuulas",
        u"Selkeä", u"Raide", u"Reitti", u"Väylä", u"Luoto", u"Niemi", u"Lahti", u"Aava", u"Ulappa",
        u"Vuono", u"Tunturi", u"Jänkä", u"Kelo", u"Käpy", u"Mesi", u"Otava", u"Seitsentähti",
        u"Pole", u"Boreal", u"Polar", u"Baltic", u"Fenno", u"Karelia", u"Botnia", u"Hämeen",
        u"Savon", u"Karjalan", u"Pohjanmaan", u"Lapin", u"Kainuun", u"Uudenmaan", u"Pirkan",
        u"Satakunnan",
    };
    return items;
}

List brandSuffixes()
{
    static constexpr QStringView items[] = {
        u"Solutions", u"Partners", u"Group", u"Team", u"Service", u"Systems", u"Consulting",
        u"Works", u"Center", u"Palvelu", u"Palvelut", u"Tuote", u"Tekniikka", u"Yhtiöt", u"Invest",
        u"Trading", u"Logistics", u"Design", u"Digital", u"Tech",
    };
    return items;
}

List streetStems()
{
    static constexpr QStringView items[] = {
        u"Koulu", u"Kirkko", u"Asema", u"Tehdas", u"Sairaala", u"Puisto", u"Kauppa", u"Tori",
        u"Kartano", u"Metsä", u"Pelto", u"Niitty", u"Koivu", u"Pihlaja", u"Kuusi", u"Mänty",
        u"Haapa", u"Leppä", u"Vaahtera", u"Tammi", u"Kataja", u"Ruusu", u"Kielo", u"Orvokki",
        u"Mustikka", u"Puolukka", u"Hilla", u"Sepän", u"Suutarin", u"Myllärin", u"Kirvesmiehen",
        u"Paja", u"Ahjo", u"Vasara", u"Teollisuus", u"Yrittäjän", u"Verstas", u"Rauta", u"Hämeen",
        u"Satakunnan", u"Savon", u"Karjalan", u"Pohjolan", u"Väinön", u"Ilmarisen", u"Lemminkäisen",
        u"Aleksanterin", u"Runebergin", u"Lönnrotin", u"Snellmanin", u"Topeliuksen", u"Kalevan",
        u"Rauhan", u"Vapauden", u"Itsenäisyyden", u"Kuninkaan", u"Linnan", u"Sillan", u"Ranta",
        u"Satama", u"Järven", u"Kallio", u"Mäki", u"Harju", u"Kaivo", u"Lähde", u"Myllyn",
        u"Meijerin", u"Postin", u"Pappilan", u"Kappelin", u"Torpan", u"Kylä", u"Keskus", u"Pursi",
        u"Turun", u"Tampereen", u"Helsingin", u"Porin", u"Oulun", u"Viipurin", u"Kuopion",
        u"Hakamäen", u"Kangas", u"Nummi", u"Peltola", u"Hiekka", u"Kaarna", u"Tuuli", u"Kuusela",
        u"Honka",
    };
    return items;
}

List streetEndings()
{
    static constexpr QStringView items[] = {
        u"katu", u"katu", u"katu", u"tie", u"tie", u"tie", u"tie", u"kuja", u"kuja", u"polku",
        u"väylä", u"raitti", u"rinne", u"kaari", u"piha",
    };
    return items;
}

List streetStemsSv()
{
    static constexpr QStringView items[] = {
        u"Skol", u"Kyrko", u"Strand", u"Hamn", u"Torg", u"Stations", u"Skogs", u"Björk", u"Ek",
        u"Gran", u"Tall", u"Rönn", u"Lönn", u"Kvarn", u"Smeds", u"Ängs", u"Bergs", u"Sjö", u"Viks",
        u"Åkers", u"Park", u"Mejeri", u"Post", u"Prästgårds", u"Tull", u"Bro", u"Kungs",
        u"Drottning", u"Ros", u"Lind",
    };
    return items;
}

List streetEndingsSv()
{
    static constexpr QStringView items[] = {
        u"gatan", u"gatan", u"vägen", u"vägen", u"vägen", u"gränd", u"stigen", u"backen",
    };
    return items;
}

List associationTypes()
{
    static constexpr QStringView items[] = {
        u"Urheiluseura", u"Nuorisoseura", u"Eläkkeensaajat", u"Eläkeläiset", u"Sydänyhdistys",
        u"Diabetesyhdistys", u"Kyläyhdistys", u"Yrittäjät", u"Kotiseutuyhdistys", u"Metsästysseura",
        u"Martat", u"Rotaryklubi", u"Mieskuoro", u"Naiskuoro", u"Sekakuoro", u"Soittokunta", u"VPK",
        u"Teatteri", u"Taideyhdistys", u"Latu", u"Golfseura", u"Ratsastusseura", u"Veneseura",
        u"Pyöräilijät", u"Hiihtoseura", u"Uimaseura", u"Tennisseura", u"Ampujat", u"Kalastusseura",
        u"Luonnonsuojeluyhdistys", u"Omakotiyhdistys", u"Asukasyhdistys", u"Reserviläiset",
        u"Invalidit", u"Näkövammaiset", u"Mielenterveysseura", u"Eläinsuojeluyhdistys",
        u"Kennelkerho", u"Shakkikerho", u"Kamerakerho", u"Kuvataideyhdistys", u"Työväenyhdistys",
        u"Maa- ja kotitalousnaiset", u"Setlementti", u"4H-yhdistys", u"Vanhempainyhdistys",
        u"Sotaveteraanit", u"Kuntoklubi", u"Pallo", u"Kiri", u"Urheilijat", u"Veikot", u"Reipas",
        u"Pyrintö", u"Jyry", u"Kisa", u"Vauhti", u"Partiolaiset", u"Kansantanssijat",
        u"Kirjallisuusseura", u"Seniorit", u"Muistiyhdistys", u"Syöpäyhdistys", u"Reumayhdistys",
        u"Omaishoitajat", u"Lausujat", u"Kuoroyhdistys", u"Sukututkijat", u"Mehiläistarhaajat",
        u"Puutarhaseura", u"Kuntoliikkujat", u"Pelimannit", u"Harmonikkayhdistys", u"Kirjoittajat",
        u"Valokuvaajat", u"Voimistelijat", u"Palloseura", u"Jalkapalloseura", u"Salibandyseura",
        u"Lentopalloseura", u"Koripalloseura", u"Jääkiekkoseura", u"Painiseura", u"Nyrkkeilyseura",
        u"Judoseura", u"Karateseura", u"Suunnistajat", u"Hiihtäjät", u"Luistelijat",
        u"Moottorikerho", u"Autokerho", u"Akvaarioseura", u"Lintuyhdistys", u"Luontoyhdistys",
        u"Kyläkerho", u"Yrittäjänaiset", u"Lottaperinneyhdistys", u"Maamiesseura",
        u"Kylätoimikunta", u"Senioritanssijat", u"Kansalaisopiston Tuki", u"Kirjastoseura",
        u"Museoyhdistys",
    };
    return items;
}

List associationTypesSv()
{
    static constexpr QStringView items[] = {
        u"Ungdomsförening", u"Idrottsförening", u"Marthaförening", u"Hembygdsförening",
        u"Frivilliga Brandkår", u"Pensionärsförening", u"Företagare", u"Byaförening", u"Sångkör",
        u"Manskör", u"Jaktförening", u"Seglarförening", u"Scoutkår", u"Fiskeklubb",
        u"Teaterförening",
    };
    return items;
}

List districts()
{
    static constexpr QStringView items[] = {
        u"Keskustan", u"Kirkonkylän", u"Asemanseudun", u"Kallion", u"Harjun", u"Rinteen",
        u"Mäntylän", u"Koivikon", u"Kuusikon", u"Peltolan", u"Niittykummun", u"Metsolan",
        u"Rantalan", u"Koivulan", u"Kirkkomäen", u"Linnamäen", u"Puistolan", u"Hakametsän",
        u"Myllymäen", u"Koulumäen", u"Kartanon", u"Sataman", u"Kauppalan", u"Pappilan", u"Hovin",
        u"Männistön", u"Kalevan", u"Pohjolan", u"Etelärinteen", u"Länsimäen", u"Itäkeskuksen",
        u"Pohjoispuiston", u"Keskuspuiston", u"Tervaskankaan", u"Lehtoniemen", u"Mäkelänrinteen",
        u"Honkaharjun", u"Kaivomäen", u"Sorsakosken", u"Ruusulan",
    };
    return items;
}

List municipalUnits()
{
    static constexpr QStringView items[] = {
        u"kirjastopalvelut", u"kulttuuripalvelut", u"liikuntapalvelut", u"tilakeskus",
        u"ympäristöpalvelut", u"sivistystoimi", u"varhaiskasvatus", u"nuorisopalvelut",
        u"museopalvelut", u"musiikkiopisto", u"kansalaisopisto", u"työllisyyspalvelut",
        u"rakennusvalvonta", u"hankintapalvelut", u"viestintä", u"elinkeinopalvelut",
        u"matkailupalvelut", u"tekninen toimi", u"henkilöstöpalvelut", u"talouspalvelut",
        u"ruokapalvelut", u"kiinteistöpalvelut", u"kaavoitus", u"vesihuoltolaitos",
    };
    return items;
}

List localInstitutions()
{
    static constexpr QStringView items[] = {
        u"koulu", u"koulu", u"yhtenäiskoulu", u"lukio", u"päiväkoti", u"päiväkoti", u"kirjasto",
        u"nuorisotalo", u"palvelutalo", u"uimahalli",
    };
    return items;
}

List regionAuthorities()
{
    static constexpr QStringView items[] = {
        u"liitto", u"hyvinvointialue", u"pelastuslaitos", u"koulutuskuntayhtymä", u"kesäyliopisto",
        u"ammattiopisto",
    };
    return items;
}

List townAuthorities()
{
    static constexpr QStringView items[] = {
        u"koulutuskuntayhtymä", u"ympäristöterveys", u"joukkoliikenne", u"kansalaisopisto",
        u"musiikkiopisto", u"jätehuoltolautakunta", u"kehittämiskeskus",
    };
    return items;
}

List parishNames()
{
    static constexpr QStringView items[] = {
        u"Mikaelin", u"Paavalin", u"Pietarin", u"Johanneksen", u"Martin", u"Henrikin",
        u"Pyhän Laurin", u"Pyhän Ristin", u"Tuomaan", u"Luukkaan", u"Markuksen", u"Matteuksen",
        u"Andreaksen", u"Jaakobin", u"Katariinan", u"Marian", u"Pyhän Olavin", u"Keskustan",
        u"Eteläinen", u"Läntinen", u"Pohjoinen", u"Itäinen", u"Kallion", u"Harjun", u"Kalevan",
        u"Rannan",
    };
    return items;
}

List towns()
{
    static constexpr QStringView items[] = {
        u"Akaa", u"Alajärvi", u"Alavus", u"Espoo", u"Forssa", u"Haapajärvi", u"Haapavesi",
        u"Hamina", u"Hanko", u"Harjavalta", u"Heinola", u"Helsinki", u"Huittinen", u"Hyvinkää",
        u"Hämeenlinna", u"Iisalmi", u"Ikaalinen", u"Imatra", u"Joensuu", u"Jyväskylä", u"Jämsä",
        u"Järvenpää", u"Kaarina", u"Kajaani", u"Kalajoki", u"Kangasala", u"Kankaanpää", u"Kannus",
        u"Karkkila", u"Kaskinen", u"Kauhajoki", u"Kauhava", u"Kauniainen", u"Kemi", u"Kemijärvi",
        u"Kerava", u"Keuruu", u"Kitee", u"Kiuruvesi", u"Kokemäki", u"Kokkola", u"Kotka", u"Kouvola",
        u"Kristiinankaupunki", u"Kuhmo", u"Kuopio", u"Kurikka", u"Kuusamo", u"Lahti", u"Laitila",
        u"Lappeenranta", u"Lapua", u"Lieksa", u"Lohja", u"Loimaa", u"Loviisa", u"Maarianhamina",
        u"Mikkeli", u"Mänttä-Vilppula", u"Naantali", u"Nivala", u"Nokia", u"Nurmes", u"Närpiö",
        u"Orimattila", u"Orivesi", u"Oulainen", u"Oulu", u"Outokumpu", u"Paimio", u"Parainen",
        u"Parkano", u"Pieksämäki", u"Pietarsaari", u"Pori", u"Porvoo", u"Pudasjärvi", u"Pyhäjärvi",
        u"Raahe", u"Raasepori", u"Raisio", u"Rauma", u"Riihimäki", u"Rovaniemi", u"Saarijärvi",
        u"Salo", u"Sastamala", u"Savonlinna", u"Seinäjoki", u"Somero", u"Suonenjoki", u"Tampere",
        u"Tornio", u"Turku", u"Ulvila", u"Uusikaarlepyy", u"Uusikaupunki", u"Vaasa", u"Valkeakoski",
        u"Vantaa", u"Varkaus", u"Viitasaari", u"Virrat", u"Ylivieska", u"Ylöjärvi", u"Äänekoski",
    };
    return items;
}

List companyTitles()
{
    static constexpr QStringView items[] = {
        u"Toimitusjohtaja", u"Talouspäällikkö", u"Ostopäällikkö", u"Markkinointipäällikkö",
        u"Myyntipäällikkö", u"Hallintopäällikkö", u"Viestintäpäällikkö", u"Henkilöstöpäällikkö",
        u"Tuotantopäällikkö", u"Toimistopäällikkö", u"Asiakkuuspäällikkö", u"Logistiikkapäällikkö",
        u"Projektipäällikkö", u"Assistentti", u"Kirjanpitäjä", u"Markkinointikoordinaattori",
        u"Hankinta-asiantuntija",
    };
    return items;
}

List companyTitlesSv()
{
    static constexpr QStringView items[] = {
        u"Verkställande direktör", u"Ekonomichef", u"Inköpschef", u"Marknadsföringschef",
        u"Försäljningschef", u"Kontorschef", u"Projektledare", u"Assistent",
    };
    return items;
}

List parishTitles()
{
    static constexpr QStringView items[] = {
        u"Kirkkoherra", u"Talouspäällikkö", u"Tiedottaja", u"Viestintäsihteeri", u"Kanttori",
        u"Kappalainen", u"Diakoni", u"Nuorisotyönohjaaja", u"Toimistosihteeri",
        u"Seurakuntasihteeri",
    };
    return items;
}

List parishUnionTitles()
{
    static constexpr QStringView items[] = {
        u"Talousjohtaja", u"Hallintojohtaja", u"Viestintäpäällikkö", u"Kiinteistöpäällikkö",
        u"Hankintapäällikkö", u"Henkilöstöpäällikkö", u"Yhtymän johtaja",
    };
    return items;
}

List associationTitles()
{
    static constexpr QStringView items[] = {
        u"Puheenjohtaja", u"Sihteeri", u"Rahastonhoitaja", u"Toiminnanjohtaja",
        u"Varapuheenjohtaja", u"Jäsensihteeri", u"Tiedottaja",
    };
    return items;
}

List publicBodyTitles()
{
    static constexpr QStringView items[] = {
        u"Hankintapäällikkö", u"Viestintäpäällikkö", u"Kirjastonjohtaja", u"Rehtori",
        u"Sivistysjohtaja", u"Talousjohtaja", u"Hallintosihteeri", u"Kulttuurisihteeri",
        u"Tiedottaja", u"Palvelupäällikkö", u"Toimistosihteeri",
    };
    return items;
}

List contactRoles()
{
    static constexpr QStringView items[] = {
        u"Yhteyshenkilö", u"Laskutus", u"Vaikuttaja", u"Tilaaja", u"Käyttäjä",
    };
    return items;
}

List emailProviders()
{
    static constexpr QStringView items[] = {
        u"suomi24.fi", u"luukku.com", u"gmail.com", u"elisanet.fi", u"kolumbus.fi", u"hotmail.com",
        u"outlook.com", u"saunalahti.fi", u"welho.com", u"netti.fi", u"pp.inet.fi",
    };
    return items;
}

List customerNotes()
{
    static constexpr QStringView items[] = {
        u"Laskut aina verkkolaskuna.", u"Toivoo yhteydenotot sähköpostilla.",
        u"Kuuluu kirkkomessujen näytteilleasettajiin.",
        u"Päätökset tehdään hallituksen kokouksessa kuukauden alussa.",
        u"Vuosisopimus neuvotellaan syyskuussa.", u"Ei puhelinmarkkinointia.",
        u"Toimitukset takaoven kautta, ovikoodi kysyttävä.", u"Kilpailuttaa painotyöt vuosittain.",
        u"Yhteistyö alkoi messujen kautta.", u"Tilaa joulutervehdykset marraskuun alussa.",
        u"Uusi yhteyshenkilö, esittäydyttävä.", u"Maksuaika 30 päivää sovittu.",
        u"Asiakas on kiinnostunut jakelupalveluista.", u"Entinen kilpailijan asiakas.",
        u"Hankinnat keskitetty yhtymän hankintatoimeen.",
    };
    return items;
}

List noteSubjects()
{
    static constexpr QStringView items[] = {
        u"Muistiinpano asiakkaasta", u"Uusi yhteyshenkilö", u"Asiakkaan tilanne",
        u"Organisaatiomuutos", u"Tarjous lähetetty", u"Reklamaatio", u"Kilpailutilanne",
        u"Budjetointi alkaa", u"Palaute toimituksesta", u"Sopimus allekirjoitettu",
    };
    return items;
}

List callSubjects()
{
    static constexpr QStringView items[] = {
        u"Soitto: tarjouspyyntö", u"Soitto: tilauksen seuranta", u"Soitto: uusi tarve",
        u"Soitto: laskutuskysymys", u"Soitto: aikataulut", u"Soitto: vuosisopimus",
        u"Soitto: palaute", u"Soitto: messujen jälkeen", u"Soitto: hinnasto",
        u"Soitto: jakelun muutos",
    };
    return items;
}

List meetingSubjects()
{
    static constexpr QStringView items[] = {
        u"Kumppanuuskokous", u"Myyntikokous", u"Asiakkuussuunnitelman katselmointi",
        u"Tutustumiskäynti", u"Tarjouksen läpikäynti", u"Vuosisuunnittelu",
        u"Kirkkomessut: tapaaminen osastolla", u"Projektin aloituspalaveri", u"Sopimusneuvottelu",
        u"Tuote-esittely",
    };
    return items;
}

List emailSubjects()
{
    static constexpr QStringView items[] = {
        u"Tarjous liitteenä", u"Vahvistus tilauksesta", u"Aineistot painoon",
        u"Kampanjan aikataulu", u"Kiitos tapaamisesta", u"Uusi hinnasto", u"Uutiskirjeen tilaus",
        u"Laskun korjaus", u"Jakelualueiden kartta", u"Tapahtumakutsu",
    };
    return items;
}

List timelineTexts()
{
    static constexpr QStringView items[] = {
        u"Käytiin läpi ensi vuoden tarpeet (%1).", u"Asiakas pyysi tarjousta, aihealueena %1.",
        u"Sovittiin seuraava yhteydenotto kuukauden päähän.",
        u"Päättäjä vaihtuu keväällä, uusi yhteyshenkilö esitellään myöhemmin.",
        u"Budjetti on tiukka, mutta kiinnostusta löytyy: %1.",
        u"Asiakas oli tyytyväinen viimeisimpään toimitukseen.",
        u"Kilpailija tarjosi halvemmalla; katsotaan pakettihinta.",
        u"Lähetetään referenssit ja hinnasto sähköpostilla.",
        u"Tilaus vahvistettiin, toimitus kahden viikon päästä.",
        u"Kysyivät mahdollisuutta yhdistää tilaukset yhdelle laskulle.",
        u"Asiakas harkitsee puitesopimusta (%1).", u"Ei tarvetta juuri nyt, palataan syksyllä.",
    };
    return items;
}

// clang-format on

} // namespace luotsi::core::demo::words
