#include "BlockingKeys.h"

#include "StringSimilarity.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace luotsi::core::matching {

namespace {

// The number of name words that take part in pair keys: three words give three pairs.
constexpr qsizetype maxNameWords = 3;

// A word's start and end: a typo spoils at most one of them in a word of six letters or more.
QString wordStart(const QString& word)
{
    return word.size() <= 3 ? word : word.first(word.size() == 4 ? 3 : 4);
}

QString wordEnd(const QString& word)
{
    return word.size() <= 3 ? word : word.last(word.size() == 4 ? 3 : 4);
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
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            addKey(keys, pairKey(place, wordStart(words.at(i)), wordStart(words.at(j))), false);
            addKey(keys, pairKey(place, wordEnd(words.at(i)), wordEnd(words.at(j))), false);
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
