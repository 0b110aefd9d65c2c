#include "FirstNames.h"

#include "core/demo/DemoWords.h"
#include "core/importing/cleaning/EditDistance.h"

#include <QSet>

namespace luotsi::core::importing {

namespace {

// clang-format off
// Our own list of first names common in Finland over the last century, Finnish and
// Finland-Swedish, as the conversion meets them in legacy customer files.
constexpr QStringView names[] = {
    // Finnish, men
    u"Aapo", u"Aarne", u"Aaro", u"Aatu", u"Ahti", u"Aki", u"Aleksi", u"Alpo", u"Anssi",
    u"Antero", u"Antti", u"Ari", u"Arto", u"Arvo", u"Asko", u"Atte", u"Eelis", u"Eemeli",
    u"Eero", u"Eetu", u"Eino", u"Elias", u"Erkki", u"Esa", u"Esko", u"Hannes", u"Hannu",
    u"Harri", u"Heikki", u"Heino", u"Henri", u"Ilari", u"Ilkka", u"Ilmari", u"Ismo", u"Jaakko",
    u"Jalmari", u"Jani", u"Janne", u"Jari", u"Jarkko", u"Jarmo", u"Jarno", u"Joel", u"Joni",
    u"Jonne", u"Joona", u"Joonas", u"Jorma", u"Jouko", u"Jouni", u"Juha", u"Juhani", u"Juho",
    u"Jukka", u"Jussi", u"Juuso", u"Jyri", u"Jyrki", u"Kai", u"Kalervo", u"Kalevi", u"Kalle",
    u"Kari", u"Kauko", u"Keijo", u"Kimmo", u"Kristian", u"Kyösti", u"Lasse", u"Lauri", u"Leevi",
    u"Leo", u"Mauno", u"Marko", u"Markku", u"Markus", u"Martti", u"Matias", u"Matti", u"Mauri",
    u"Mika", u"Mikko", u"Niilo", u"Niko", u"Oiva", u"Olavi", u"Olli", u"Onni", u"Oskari",
    u"Ossi", u"Otto", u"Paavo", u"Panu", u"Pasi", u"Pauli", u"Paavali", u"Pekka", u"Pentti",
    u"Pertti", u"Petri", u"Petteri", u"Raimo", u"Rainer", u"Rasmus", u"Rauno", u"Reijo",
    u"Reino", u"Risto", u"Sakari", u"Sami", u"Samuli", u"Santeri", u"Seppo", u"Simo", u"Sulo",
    u"Taisto", u"Taneli", u"Tapani", u"Tapio", u"Tauno", u"Teemu", u"Teuvo",
    u"Timo", u"Toivo", u"Tommi", u"Toni", u"Topi", u"Topias", u"Tuomas", u"Tuomo", u"Turkka",
    u"Unto", u"Urho", u"Valtteri", u"Veikko", u"Veli", u"Vesa", u"Viljami", u"Ville", u"Väinö",
    u"Yrjö",
    // Finnish, women
    u"Aada", u"Aila", u"Aili", u"Aino", u"Airi", u"Anja", u"Anna", u"Anne", u"Anneli",
    u"Annikki", u"Anu", u"Arja", u"Aune", u"Eeva", u"Eija", u"Eila", u"Elina", u"Elisa",
    u"Ella", u"Elli", u"Elsa", u"Emilia", u"Emma", u"Essi", u"Eveliina", u"Hanna", u"Hannele",
    u"Heidi", u"Heli", u"Helena", u"Helka", u"Hellevi", u"Helmi", u"Hely", u"Henna", u"Hilkka",
    u"Iida", u"Ilona", u"Inkeri", u"Irja", u"Irma", u"Jaana", u"Jenni", u"Johanna", u"Jonna",
    u"Kaarina", u"Kaija", u"Kaisa", u"Katja", u"Kati", u"Katri", u"Kerttu", u"Kirsi",
    u"Kirsti", u"Kristiina", u"Laila", u"Laura", u"Leena", u"Liisa", u"Lotta", u"Maarit",
    u"Maija", u"Maria", u"Marika", u"Marja", u"Marjatta", u"Marjo", u"Marjut", u"Marketta",
    u"Merja", u"Mervi", u"Milla", u"Minna", u"Mirja", u"Mirva", u"Niina", u"Nina", u"Noora",
    u"Outi", u"Paula", u"Pauliina", u"Pia", u"Pirjo", u"Pirkko", u"Päivi", u"Päivikki",
    u"Raija", u"Raili", u"Reetta", u"Riikka", u"Riitta", u"Ritva", u"Saara", u"Saija",
    u"Salla", u"Sanna", u"Sanni", u"Sari", u"Satu", u"Seija", u"Siiri", u"Sinikka", u"Sirkka",
    u"Sirpa", u"Sofia", u"Sointu", u"Suvi", u"Susanna", u"Taina", u"Tanja", u"Tarja", u"Terhi",
    u"Terttu", u"Tiina", u"Tuija", u"Tuula", u"Tuulikki", u"Ulla", u"Vappu", u"Veera",
    u"Venla", u"Vilma", u"Virpi", u"Viivi",
    // Finland-Swedish, men
    u"Anders", u"Axel", u"Bengt", u"Björn", u"Bo", u"Carl", u"Christer", u"Dan", u"Emil",
    u"Erik", u"Fredrik", u"Gunnar", u"Gustav", u"Göran", u"Hans", u"Henrik", u"Håkan",
    u"Ingvar", u"Jan", u"Johan", u"Johannes", u"Jonas", u"Kaj", u"Karl", u"Kenneth", u"Lars",
    u"Leif", u"Magnus", u"Mats", u"Max", u"Mikael", u"Nils", u"Ola", u"Oskar", u"Patrik",
    u"Per", u"Peter", u"Ralf", u"Robert", u"Rolf", u"Stefan", u"Sten", u"Sven", u"Thomas",
    u"Tom", u"Tor", u"Ulf", u"Viktor", u"Åke",
    // Finland-Swedish, women
    u"Agneta", u"Annika", u"Astrid", u"Barbro", u"Birgitta", u"Camilla", u"Ebba", u"Elin",
    u"Eva", u"Gun", u"Gunilla", u"Ida", u"Ingrid", u"Jessica", u"Karin", u"Kristina", u"Lena",
    u"Linda", u"Linnea", u"Malin", u"Margareta", u"Marianne", u"Märta", u"Matilda", u"Sara",
    u"Solveig", u"Stina", u"Ulrika", u"Vivan", u"Åsa",
};
// Surname endings common enough to count as evidence.
constexpr QStringView surnameEndings[] = {
    u"nen", u"la", u"lä", u"nki", u"mäki", u"maa", u"järvi", u"koski", u"lahti", u"salo",
    u"ström", u"strom", u"qvist", u"kvist", u"berg", u"lund", u"roos", u"holm", u"gren",
    u"blad", u"dahl", u"löf", u"sson", u"man", u"ius", u"ala",
};
// clang-format on

const QSet<QString>& firstNameSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (QStringView n : names)
            s.insert(FirstNames::fold(n));
        using namespace luotsi::core::demo::words;
        for (const auto& list :
             {maleFirstNames(), femaleFirstNames(), maleFirstNamesSv(), femaleFirstNamesSv()}) {
            for (QStringView n : list)
                s.insert(FirstNames::fold(n));
        }
        return s;
    }();
    return set;
}

const QSet<QString>& surnameSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        using namespace luotsi::core::demo::words;
        for (const auto& list : {surnames(), surnamesSv()}) {
            for (QStringView n : list)
                s.insert(FirstNames::fold(n));
        }
        return s;
    }();
    return set;
}

} // namespace

QString FirstNames::fold(QStringView word)
{
    QString folded = word.toString().toLower();
    for (QChar& c : folded) {
        switch (c.unicode()) {
        case 0x00E4: // ä
        case 0x00E5: // å
        case 0x00E1: // á
        case 0x00E0: // à
            c = QLatin1Char('a');
            break;
        case 0x00F6: // ö
        case 0x00F8: // ø
            c = QLatin1Char('o');
            break;
        case 0x00E9: // é
        case 0x00E8: // è
            c = QLatin1Char('e');
            break;
        case 0x00FC: // ü
            c = QLatin1Char('u');
            break;
        default:
            break;
        }
    }
    return folded;
}

bool FirstNames::contains(QStringView name)
{
    const QString folded = fold(name);
    if (folded.isEmpty())
        return false;
    if (firstNameSet().contains(folded))
        return true;
    const qsizetype hyphen = folded.indexOf(QLatin1Char('-'));
    return hyphen > 0 && firstNameSet().contains(folded.left(hyphen));
}

bool FirstNames::nearlyContains(QStringView name)
{
    if (contains(name))
        return true;
    const QString folded = fold(name);
    if (folded.size() < 4)
        return false;
    for (const QString& known : firstNameSet()) {
        if (known.size() >= 5 && oneEditApart(folded, known))
            return true;
    }
    return false;
}

bool FirstNames::looksLikeSurname(QStringView word)
{
    const QString folded = fold(word);
    if (folded.size() < 3)
        return false;
    if (surnameSet().contains(folded))
        return true;
    for (QStringView ending : surnameEndings) {
        if (folded.endsWith(fold(ending)) && folded.size() > ending.size() + 1)
            return true;
    }
    return false;
}

} // namespace luotsi::core::importing
