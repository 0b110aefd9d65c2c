#include "BlockingKeys.h"

#include "StringSimilarity.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace luotsi::core::matching {

namespace {

// The number of name words that take part in pair keys: three words give three pairs.
constexpr qsizetype maxNameWords = 3;

// A word's first and last three letters: one typo spoils at most one of them in a word of six
// letters or more, and the same length for every word keeps "sami" and "sammi" together.
constexpr qsizetype affixLength = 3;

QString wordStart(const QString& word)
{
    return word.first(std::min(word.size(), affixLength));
}

QString wordEnd(const QString& word)
{
    return word.last(std::min(word.size(), affixLength));
}

bool isShortWord(const QString& word)
{
    return word.size() >= 3 && word.size() <= 5;
}

// "l~u" for "latu" and "lau": the marker keeps edges apart from three-letter affixes.
QString wordEdges(const QString& word)
{
    return word.front() + QLatin1Char('~') + word.back();
}

void addKey(QList<BlockingKey>& keys, QString key, bool strong)
{
    BlockingKey candidate{std::move(key), strong};
    if (!keys.contains(candidate))
        keys.append(std::move(candidate));
}

QString pairKey(const QString& prefix, const QString& a, const QString& b)
{
    return a <= b ? prefix + a + QLatin1Char('+') + b : prefix + b + QLatin1Char('+') + a;
}

} // namespace

bool BlockingKeys::isGenericWord(const QString& foldedWord)
{
    static const QSet<QString> generic = {
        QStringLiteral("seurakunta"), QStringLiteral("seurakuntayhtyma"),
        QStringLiteral("ja"),         QStringLiteral("och"),
        QStringLiteral("and"),        QStringLiteral("co"),
        QStringLiteral("the"),        QStringLiteral("of"),
    };
    if (foldedWord.size() < 2 || generic.contains(foldedWord))
        return true;
    // A typo in "seurakunta" must not turn it into the name's most distinctive word.
    static const QString longWords[] = {QStringLiteral("seurakunta"),
                                        QStringLiteral("seurakuntayhtyma")};
    for (const QString& word : longWords) {
        if (std::abs(foldedWord.size() - word.size()) <= 1 &&
            StringSimilarity::damerauLevenshtein(foldedWord, word, 1) <= 1)
            return true;
    }
    return false;
}

bool BlockingKeys::isStrong(QStringView key)
{
    return key.startsWith(QLatin1String("b:")) || key.startsWith(QLatin1String("p:")) ||
           key.startsWith(QLatin1String("e:"));
}

QList<BlockingKey> BlockingKeys::keysFor(const MatchRecord& record)
{
    return keysFor(PreparedRecord::prepare(record));
}

QList<BlockingKey> BlockingKeys::keysFor(const PreparedRecord& record)
{
    QList<BlockingKey> keys;
    keys.reserve(16);
    if (record.businessIdValid)
        addKey(keys, QStringLiteral("b:") + record.businessId, true);
    for (const QString& phone : record.phones)
        addKey(keys, QStringLiteral("p:") + phone, true);
    for (const QString& email : record.emails)
        addKey(keys, QStringLiteral("e:") + email, true);
    for (const QString& domain : record.emailDomains)
        addKey(keys, QStringLiteral("d:") + domain, false);

    // The longest distinctive words: long words are the rare ones, and the order is stable
    // under typos that keep a word's length.
    QStringList words;
    for (const QString& token : record.name.tokens) {
        if (!isGenericWord(token) && !words.contains(token))
            words.append(token);
    }
    std::stable_sort(words.begin(), words.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    if (words.size() > maxNameWords)
        words.resize(maxNameWords);
    const QString place = QStringLiteral("n:") + record.municipality + QLatin1Char(':');
    if (words.size() == 1) {
        addKey(keys, place + wordStart(words.constFirst()), false);
        addKey(keys, place + wordEnd(words.constFirst()), false);
        if (isShortWord(words.constFirst()))
            addKey(keys, place + wordEdges(words.constFirst()), false);
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            const QString& a = words.at(i);
            const QString& b = words.at(j);
            addKey(keys, pairKey(place, wordStart(a), wordStart(b)), false);
            addKey(keys, pairKey(place, wordEnd(a), wordEnd(b)), false);
            // In a short word a typo in the middle spoils both its start and its end ("Latu" /
            // "Lau", "Öhman" / "Öhan"): its first and last letter survive, with the other word.
            if (isShortWord(b))
                addKey(keys, pairKey(place, wordStart(a), wordEdges(b)), false);
            if (isShortWord(a))
                addKey(keys, pairKey(place, wordStart(b), wordEdges(a)), false);
        }
    }
    if (!record.name.isEmpty())
        addKey(keys, QStringLiteral("f:") + record.name.sortedKey, false);
    return keys;
}

QStringList BlockingKeys::keyStrings(const PreparedRecord& record)
{
    QStringList strings;
    const QList<BlockingKey> keys = keysFor(record);
    strings.reserve(keys.size());
    for (const BlockingKey& key : keys)
        strings.append(key.key);
    return strings;
}

} // namespace luotsi::core::matching
