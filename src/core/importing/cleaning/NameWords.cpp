#include "NameWords.h"

#include "core/importing/cleaning/EditDistance.h"

#include <QStringList>

#include <array>

namespace luotsi::core::importing {

namespace {

// Lower case, without the dots and colons of "R.Y." and "T:mi".
QString key(QStringView word)
{
    QString k;
    k.reserve(word.size());
    for (const QChar c : word) {
        if (c != QLatin1Char('.') && c != QLatin1Char(':'))
            k.append(c.toLower());
    }
    return k;
}

QStringList words(const QString& name)
{
    QString cleaned = name.toLower();
    for (QChar& c : cleaned) {
        if (c == QLatin1Char(',') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
            c == QLatin1Char('"'))
            c = QLatin1Char(' ');
    }
    return cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

template<size_t N> bool contains(const std::array<QStringView, N>& list, QStringView word)
{
    for (QStringView w : list) {
        if (w == word)
            return true;
    }
    return false;
}

template<size_t N> bool endsWithAny(const std::array<QStringView, N>& list, QStringView word)
{
    for (QStringView w : list) {
        if (word.endsWith(w))
            return true;
    }
    return false;
}

// clang-format off
constexpr std::array legalForms{
    std::pair{u"oy", u"Oy"}, std::pair{u"oyj", u"Oyj"}, std::pair{u"ky", u"Ky"},
    std::pair{u"ay", u"Ay"}, std::pair{u"ab", u"Ab"}, std::pair{u"abp", u"Abp"},
    std::pair{u"tmi", u"Tmi"}, std::pair{u"ry", u"ry"}, std::pair{u"rf", u"rf"},
    std::pair{u"osk", u"osk"}, std::pair{u"kb", u"Kb"}, std::pair{u"hb", u"Hb"},
};
constexpr std::array<QStringView, 8> lowerCaseNouns{
    u"seurakunta", u"seurakuntayhtymä", u"församling", u"samfällighet", u"kaupunki", u"kunta",
    u"ja", u"och",
};
// Lower case only before a parish noun ("Helsingin ruotsalainen seurakunta"); elsewhere they are
// surnames ("Sähkö R. Ruotsalainen Oy").
constexpr std::array<QStringView, 6> parishAdjectives{
    u"ortodoksinen", u"ruotsalainen", u"suomalainen", u"svenska", u"finska", u"kyrkliga",
};
constexpr std::array<QStringView, 16> acronyms{
    u"LVI", u"LVIS", u"LVIA", u"NMKY", u"NNKY", u"SPR", u"MLL", u"IT", u"ICT", u"HR", u"AV",
    u"TV", u"PR", u"CAD", u"ATK", u"EU",
};
constexpr std::array<QStringView, 11> departmentEndings{
    u"osasto", u"toimisto", u"virasto", u"reskontra", u"hallinto", u"varasto", u"laskutus",
    u"kirjanpito", u"yksikkö", u"keskus", u"kanslia",
};
constexpr std::array<QStringView, 12> departmentWords{
    u"ostot", u"myynti", u"talous", u"hankinnat", u"huolto", u"johto", u"kansli", u"ekonomi",
    u"inköp", u"försäljning", u"administration", u"purchasing",
};
constexpr std::array<QStringView, 4> departmentPrefixes{u"c/o", u"attn", u"att.", u"co "};
constexpr std::array<QStringView, 6> publicBodyWords{
    u"kaupunki", u"kunta", u"kuntayhtymä", u"hyvinvointialue", u"stad", u"kommun",
};
constexpr std::array<QStringView, 10> associationEndings{
    u"yhdistys", u"seura", u"klubi", u"kuoro", u"kerho", u"förening", u"liitto", u"gille",
    u"killa", u"veteraanit",
};
// clang-format on

bool isParishUnionWord(const QString& w)
{
    if (w == QLatin1String("srky") || w == QStringView(u"srk-yhtymä") ||
        w == QStringView(u"samfällighet"))
        return true;
    // "seurakuntayhtymä" and its typing slips ("seurakuntahytymä", "seurakuntayhtyma").
    return w.startsWith(QLatin1String("seurakunta")) &&
           (w.contains(QLatin1String("yhtym")) || w.contains(QLatin1String("ytym")) ||
            w.contains(QLatin1String("hytym")));
}

bool isParishWord(const QString& w)
{
    // A typing slip in the noun still names a parish: "seuraknta", "seurakuna".
    if (w.size() >= 9 && oneEditApart(w, u"seurakunta"))
        return true;
    return w.endsWith(QLatin1String("seurakunta")) || w == QLatin1String("srk") ||
           w == QLatin1String("srk.") || w.endsWith(QStringView(u"församling"));
}

} // namespace

std::optional<QString> NameWords::legalForm(QStringView word)
{
    const QString k = key(word);
    for (const auto& [spelling, canonical] : legalForms) {
        if (k == QStringView(spelling))
            return QString::fromUtf16(canonical);
    }
    return std::nullopt;
}

std::optional<CustomerKind> NameWords::kindOf(const QString& name)
{
    const QStringList ws = words(name);
    if (ws.isEmpty())
        return std::nullopt;
    for (const QString& w : ws) {
        if (isParishUnionWord(w))
            return CustomerKind::ParishUnion;
    }
    for (const QString& w : ws) {
        if (isParishWord(w))
            return CustomerKind::Parish;
    }
    std::optional<CustomerKind> fromLegalForm;
    for (const QString& w : ws) {
        if (const auto form = legalForm(w)) {
            const bool association = *form == QLatin1String("ry") || *form == QLatin1String("rf");
            fromLegalForm = association ? CustomerKind::Association : CustomerKind::Company;
        }
    }
    if (fromLegalForm)
        return fromLegalForm;
    if (ws.first() == QLatin1String("toiminimi"))
        return CustomerKind::Company;
    if (contains(publicBodyWords, ws.last()))
        return CustomerKind::PublicBody;
    if (endsWithAny(associationEndings, ws.last()))
        return CustomerKind::Association;
    return std::nullopt;
}

bool NameWords::isLowerCaseNoun(QStringView word)
{
    const QString lower = word.toString().toLower();
    return contains(lowerCaseNouns, lower) || lower.endsWith(QLatin1String("seurakunta")) ||
           lower.endsWith(QStringView(u"församling"));
}

bool NameWords::isLowerInName(const QStringList& words, qsizetype index)
{
    if (index <= 0 || index >= words.size())
        return false;
    if (isLowerCaseNoun(words.at(index)))
        return true;
    if (!contains(parishAdjectives, words.at(index).toLower()))
        return false;
    for (qsizetype i = index + 1; i < words.size(); ++i) {
        const QString lower = words.at(i).toLower();
        if (lower.endsWith(QLatin1String("seurakunta")) ||
            lower.endsWith(QLatin1String("seurakuntayhtymä")) ||
            lower.endsWith(QStringView(u"församling")) || lower == QLatin1String("samfällighet"))
            return true;
    }
    return false;
}

bool NameWords::isAcronym(QStringView word)
{
    return contains(acronyms, word);
}

bool NameWords::isDepartment(const QString& text)
{
    const QString lower = text.simplified().toLower();
    for (QStringView prefix : departmentPrefixes) {
        if (lower.startsWith(prefix))
            return true;
    }
    for (const QString& w : words(lower)) {
        if (contains(departmentWords, w) || endsWithAny(departmentEndings, w))
            return true;
    }
    return false;
}

bool NameWords::looksLikeOrganisation(const QString& name)
{
    return kindOf(name).has_value();
}

} // namespace luotsi::core::importing
