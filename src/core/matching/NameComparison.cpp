#include "NameComparison.h"

#include "StringSimilarity.h"

#include <algorithm>

namespace luotsi::core::matching {

namespace {

// "rakennus" / "rakennusliike": a word that extends another is a different business name, not
// a typo. Both words need some length so that initials and short words do not count.
bool extendsEachOther(const QStringList& restA, const QStringList& restB)
{
    if (restA.size() != restB.size())
        return false;
    QStringList partners = restB;
    for (const QString& word : restA) {
        const auto partner = std::find_if(partners.begin(), partners.end(), [&](const QString& o) {
            const QString& shorter = word.size() <= o.size() ? word : o;
            const QString& longer = word.size() <= o.size() ? o : word;
            return shorter.size() >= 3 && (longer.startsWith(shorter) || longer.endsWith(shorter));
        });
        if (partner == partners.end())
            return false;
        partners.erase(partner);
    }
    return true;
}

} // namespace

namespace {

// The tokens of a name that hold digits, sorted: what must agree exactly.
QStringList numbersOf(const QStringList& tokens)
{
    QStringList numbers;
    for (const QString& token : tokens) {
        for (QChar c : token) {
            if (c.isDigit()) {
                numbers.append(token);
                break;
            }
        }
    }
    numbers.sort();
    return numbers;
}

} // namespace

NameAgreement NameComparison::compare(const NormalizedName& a, const NormalizedName& b)
{
    using Level = NameAgreement::Level;
    NameAgreement result;
    if (a.isEmpty() || b.isEmpty())
        return result;
    if (a.sortedKey == b.sortedKey || a.compact == b.compact) {
        result.level = Level::Exact;
        result.similarity = 1.0;
        return result;
    }
    // "YP-Hitsaus" / "YL-Hitsaus": businesses told apart by their letter codes.
    if (!a.code.isEmpty() && !b.code.isEmpty() && a.code != b.code) {
        result.level = Level::Different;
        return result;
    }
    // Numbers in names are never typos: "Asunto Oy Kalevankatu 5" and "... 7", "Kuljetus 1"
    // and "Kuljetus 2" are other customers. Names whose numbers differ are different names.
    if (numbersOf(a.tokens) != numbersOf(b.tokens)) {
        result.level = Level::Different;
        return result;
    }
    const TokenOverlap overlap = StringSimilarity::tokenOverlap(a.tokens, b.tokens);
    result.similarity =
        std::max(overlap.similarity(), StringSimilarity::jaroWinkler(a.sortedKey, b.sortedKey));
    const qsizetype shorter = std::min(a.compact.size(), b.compact.size());
    const int compactDistance = StringSimilarity::damerauLevenshtein(a.compact, b.compact, 2);
    // Typos counted over the whole name only where words were joined or split ("Kirja paino" /
    // "Kirjapaino") or where the unpaired words are long: another short word or initial
    // ("AN-Siivous" / "KN-Siivous", "P. Kauppinen" / "U. Kauppinen", "Tuuli" / "Tuohi") is
    // another name, however few letters differ.
    // An initial more or less ("Hautauspalvelu H. Porkka" / "... Porkka") is no typo either.
    const auto allLong = [](const QStringList& words) {
        return std::all_of(words.begin(), words.end(),
                           [](const QString& word) { return word.size() >= 6; });
    };
    const auto noInitials = [](const QStringList& words) {
        return std::all_of(words.begin(), words.end(),
                           [](const QString& word) { return word.size() >= 2; });
    };
    const bool wholeNameTypos = noInitials(overlap.restA) && noInitials(overlap.restB) &&
                                (overlap.restA.size() != overlap.restB.size() ||
                                 (allLong(overlap.restA) && allLong(overlap.restB)));
    if (overlap.onlyInA == 0 && overlap.onlyInB == 0)
        result.level = overlap.typo <= 1 ? Level::Typo : Level::Similar;
    else if (compactDistance <= 1 && shorter >= 6 && wholeNameTypos)
        result.level = Level::Typo; // a typo that also joined or split words
    else if (overlap.matched() > 0 && (overlap.onlyInA == 0 || overlap.onlyInB == 0))
        result.level = Level::Near; // extra words on one side only
    else if (overlap.matched() > 0 && extendsEachOther(overlap.restA, overlap.restB))
        result.level = Level::Near;
    else if (compactDistance <= 2 && shorter >= 12 && wholeNameTypos)
        result.level = Level::Similar; // two typos across a word boundary
    else
        result.level = Level::Different;
    return result;
}

} // namespace luotsi::core::matching
