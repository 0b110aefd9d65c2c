#include "FinnishInflection.h"

#include <QHash>

namespace luotsi::core::demo {

namespace {

struct Ending
{
    QStringView nominative;
    QStringView genitive;
};

// Word endings whose genitive is regular enough to derive, longest compounds first. Most are the
// last word of a compound place name ("Seinäjoki" → "Seinäjoen"), the rest consonant gradation
// in the last syllable ("Lappeenranta" → "Lappeenrannan", "Hanko" → "Hangon").
// clang-format off
constexpr Ending endings[] = {
    {u"kaupunki", u"kaupungin"}, {u"järvi", u"järven"}, {u"lampi", u"lammen"},
    {u"niemi", u"niemen"}, {u"mäki", u"mäen"}, {u"joki", u"joen"}, {u"koski", u"kosken"},
    {u"saari", u"saaren"}, {u"lahti", u"lahden"}, {u"vesi", u"veden"}, {u"salmi", u"salmen"},
    {u"nummi", u"nummen"}, {u"nurmi", u"nurmen"}, {u"kivi", u"kiven"}, {u"vuori", u"vuoren"},
    {u"meri", u"meren"}, {u"ranta", u"rannan"}, {u"kumpu", u"kummun"}, {u"virta", u"virran"},
    {u"kangas", u"kankaan"}, {u"selkä", u"selän"}, {u"lehto", u"lehdon"}, {u"pelto", u"pellon"},
    {u"aalto", u"aallon"}, {u"nki", u"ngin"}, {u"nko", u"ngon"}, {u"nka", u"ngan"},
    {u"nkä", u"ngän"}, {u"nta", u"nnan"}, {u"ntä", u"nnän"}, {u"nto", u"nnon"},
    {u"ntö", u"nnön"}, {u"lta", u"llan"}, {u"ltä", u"llän"}, {u"rta", u"rran"},
    {u"rtä", u"rrän"}, {u"mpu", u"mmun"}, {u"mpi", u"mmen"}, {u"kka", u"kan"}, {u"kkä", u"kän"},
    {u"kko", u"kon"}, {u"kkö", u"kön"}, {u"kku", u"kun"}, {u"kki", u"kin"}, {u"ppa", u"pan"},
    {u"ppä", u"pän"}, {u"ppo", u"pon"}, {u"ppu", u"pun"}, {u"ppi", u"pin"}, {u"tta", u"tan"},
    {u"ttä", u"tän"}, {u"tto", u"ton"}, {u"ttu", u"tun"}, {u"tti", u"tin"},
};
// clang-format on

// Municipalities the endings get wrong: old stems, plurals, Swedish names.
const QHash<QString, QString>& municipalityExceptions()
{
    static const QHash<QString, QString> exceptions{
        {QStringLiteral("Turku"), QStringLiteral("Turun")},
        {QStringLiteral("Uusikaupunki"), QStringLiteral("Uudenkaupungin")},
        {QStringLiteral("Virrat"), QStringLiteral("Virtain")},
        {QStringLiteral("Punkalaidun"), QStringLiteral("Punkalaitumen")},
        {QStringLiteral("Hailuoto"), QStringLiteral("Hailuodon")},
        {QStringLiteral("Luoto"), QStringLiteral("Luodon")},
        {QStringLiteral("Lieto"), QStringLiteral("Liedon")},
        {QStringLiteral("Vihti"), QStringLiteral("Vihdin")},
        {QStringLiteral("Juuka"), QStringLiteral("Juuan")},
        {QStringLiteral("Loppi"), QStringLiteral("Lopen")},
        {QStringLiteral("Lahti"), QStringLiteral("Lahden")},
        {QStringLiteral("Alavus"), QStringLiteral("Alavuden")},
        {QStringLiteral("Varkaus"), QStringLiteral("Varkauden")},
        {QStringLiteral("Kannus"), QStringLiteral("Kannuksen")},
        {QStringLiteral("Muhos"), QStringLiteral("Muhoksen")},
        {QStringLiteral("Nurmes"), QStringLiteral("Nurmeksen")},
        {QStringLiteral("Pihtipudas"), QStringLiteral("Pihtiputaan")},
        {QStringLiteral("Muurame"), QStringLiteral("Muuramen")},
        {QStringLiteral("Raahe"), QStringLiteral("Raahen")},
        {QStringLiteral("Pedersöre"), QStringLiteral("Pedersören")},
        {QStringLiteral("Kumlinge"), QStringLiteral("Kumlingen")},
        {QStringLiteral("Koski Tl"), QStringLiteral("Kosken")},
        {QStringLiteral("Ii"), QStringLiteral("Iin")},
        {QStringLiteral("Geta"), QStringLiteral("Getan")},
        {QStringLiteral("Korsnäs"), QStringLiteral("Korsnäsin")},
    };
    return exceptions;
}

const QHash<QString, QString>& surnameExceptions()
{
    static const QHash<QString, QString> exceptions{
        {QStringLiteral("Lahti"), QStringLiteral("Lahden")},
    };
    return exceptions;
}

bool isVowel(QChar c)
{
    return QStringView(u"aeiouyäöå").contains(c);
}

// "k", "p" or "t" opening the last syllable usually alternates ("Lehto" → "Lehdon"), except
// after "s" or "t" ("Kotka" → "Kotkan", "Masku" → "Maskun").
bool lastSyllableGradates(QStringView lower)
{
    const qsizetype n = lower.size();
    if (n < 3 || !QStringView(u"kpt").contains(lower.at(n - 2)))
        return false;
    return !QStringView(u"st").contains(lower.at(n - 3));
}

} // namespace

std::optional<QString> FinnishInflection::genitive(const QString& word, Noun noun)
{
    if (word.isEmpty())
        return std::nullopt;
    if (noun == Noun::Municipality) {
        if (auto it = municipalityExceptions().constFind(word);
            it != municipalityExceptions().cend())
            return *it;
    } else if (noun == Noun::Surname) {
        if (auto it = surnameExceptions().constFind(word); it != surnameExceptions().cend())
            return *it;
    }
    // Names of more than one word ("Koski As", "Pernajan Vanhakylä") only as exceptions; a
    // hyphenated name inflects its last part.
    if (word.contains(QLatin1Char(' ')))
        return std::nullopt;
    const QString lower = word.toLower();
    const qsizetype n = lower.size();
    const auto stem = [&](qsizetype cut) { return word.left(n - cut); };

    if (lower.endsWith(u"nen") && n > 3)
        return stem(3) + QStringView(noun == Noun::Surname ? u"sen" : u"sten");
    for (const Ending& ending : endings) {
        const bool whole = noun == Noun::Surname && n == ending.nominative.size();
        if (lower.endsWith(ending.nominative) && (n > ending.nominative.size() || whole)) {
            QString genitive = stem(ending.nominative.size()) + ending.genitive;
            if (whole)
                genitive[0] = genitive.at(0).toUpper();
            return genitive;
        }
    }
    const QChar last = lower.back();
    const QChar beforeLast = n >= 2 ? lower.at(n - 2) : QChar();
    if (QStringView(u"aäoöuy").contains(last)) {
        // A long vowel or a diphthong ("Vantaa", "Kitee", "Joensuu", "Espoo") never alternates.
        if (isVowel(beforeLast))
            return word + u'n';
        if (lastSyllableGradates(lower))
            return std::nullopt;
        return word + u'n';
    }
    if (last == u'e') {
        if (beforeLast == u'e')
            return word + u'n';
        if (noun == Noun::Village)
            return std::nullopt;
        // "Tampere", "Kempele", "Laine": the old stem doubles the e.
        return word + QStringView(QStringView(u"lnr").contains(beforeLast) ? u"en" : u"n");
    }
    if (last == u'i') {
        // Loan and newer stems keep the i: "Pori" → "Porin", "Mikkeli" → "Mikkelin".
        const QStringView iStems =
            noun == Noun::Village ? QStringView(u"lrnv") : QStringView(u"lrnvmsj");
        if (iStems.contains(beforeLast))
            return word + u'n';
        return std::nullopt;
    }
    // Swedish names and surnames ending in a consonant: "Saltvik" → "Saltvikin".
    if (noun != Noun::Village && !lower.endsWith(u's'))
        return word + QStringLiteral("in");
    return std::nullopt;
}

QString FinnishInflection::asciiFold(const QString& text, QStringView keep)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text.toLower()) {
        switch (c.unicode()) {
        case u'ä':
        case u'å':
        case u'á':
        case u'à':
            c = u'a';
            break;
        case u'ö':
        case u'ø':
        case u'ó':
            c = u'o';
            break;
        case u'é':
        case u'è':
        case u'ë':
            c = u'e';
            break;
        case u'ü':
            c = u'u';
            break;
        case u'š':
            c = u's';
            break;
        case u'ž':
            c = u'z';
            break;
        default:
            break;
        }
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || keep.contains(c))
            folded.append(c);
    }
    return folded;
}

} // namespace luotsi::core::demo
