#include "PersonName.h"

#include "StringSimilarity.h"
#include "TextFolding.h"

#include <algorithm>

namespace luotsi::core::matching {

QStringList PersonName::sortedWords(QStringView name)
{
    QStringList words = TextFolding::words(name);
    std::sort(words.begin(), words.end());
    return words;
}

QString PersonName::key(QStringView name)
{
    return sortedWords(name).join(QLatin1Char(' '));
}

bool PersonName::samePerson(QStringView a, QStringView b)
{
    return samePerson(sortedWords(a), sortedWords(b));
}

bool PersonName::samePerson(const QStringList& a, const QStringList& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    // Full words first (typo-tolerant), then initials against the words left over.
    const TokenOverlap overlap = StringSimilarity::tokenOverlap(a, b, 5);
    if (overlap.matched() == 0 || overlap.typo > 1)
        return false;
    QStringList restA = overlap.restA;
    QStringList restB = overlap.restB;
    if (restA.size() != restB.size())
        return false;
    for (const QString& word : std::as_const(restA)) {
        const auto partner = std::find_if(restB.begin(), restB.end(), [&](const QString& other) {
            return (word.size() == 1 && other.startsWith(word)) ||
                   (other.size() == 1 && word.startsWith(other));
        });
        if (partner == restB.end())
            return false;
        restB.erase(partner);
    }
    return true;
}

} // namespace luotsi::core::matching
