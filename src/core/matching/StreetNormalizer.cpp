#include "StreetNormalizer.h"

#include "TextFolding.h"

#include <QStringList>

namespace luotsi::core::matching {

namespace {

bool isPoBoxWord(const QString& word)
{
    return word == QLatin1String("pl") || word == QLatin1String("postilokero") ||
           word == QLatin1String("pb") || word == QLatin1String("box") ||
           word == QLatin1String("po") || word == QLatin1String("pobox") ||
           word == QLatin1String("postbox");
}

// The words of a street line, with abbreviated endings written out. TextFolding::words joins
// at dots, so "Kalevank." arrives as "kalevank" and the dot is looked up in the raw text.
QStringList streetWords(QStringView street)
{
    QStringList words;
    QString word;
    bool dotted = false;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        if (dotted && !word.front().isDigit()) {
            // "Kalevank." → "kalevankatu", "Peltot." → "peltotie", "Koivukj." → "koivukuja";
            // a lone "k." after the name ("Kalevan k. 54") joins it.
            const bool alone = word.size() <= 2;
            if (word.endsWith(QLatin1String("kj")))
                word = word.chopped(2) + QLatin1String("kuja");
            else if (word.endsWith(QLatin1Char('k')))
                word.append(QLatin1String("atu"));
            else if (word.endsWith(QLatin1Char('t')))
                word.append(QLatin1String("ie"));
            if (alone && !words.isEmpty() && !words.constLast().front().isDigit()) {
                words.last().append(word);
                word.clear();
            }
        }
        if (!word.isEmpty())
            words.append(word);
        word.clear();
        dotted = false;
    };
    for (const QChar c : street) {
        if (c.isLetterOrNumber()) {
            if (!word.isEmpty() && word.back().isDigit() != c.isDigit() && c.isDigit())
                flush(); // "PL56" → "pl", "56"
            word.append(TextFolding::fold(QStringView(&c, 1)));
        } else if (c == QLatin1Char('.')) {
            dotted = true;
            flush();
        } else if (c != QLatin1Char('-') && c != QLatin1Char('\'')) {
            flush();
        }
    }
    flush();
    return words;
}

} // namespace

QString NormalizedStreet::key() const
{
    if (poBox)
        return QStringLiteral("pl ") + number;
    return number.isEmpty() ? name : name + QLatin1Char(' ') + number;
}

NormalizedStreet StreetNormalizer::normalize(QStringView street)
{
    NormalizedStreet result;
    const QString trimmed = street.trimmed().toString();
    if (trimmed.startsWith(QLatin1String("c/o"), Qt::CaseInsensitive))
        return result;
    const QStringList words = streetWords(trimmed);
    qsizetype i = 0;
    for (; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if (word.front().isDigit())
            break;
        if (isPoBoxWord(word)) {
            result.poBox = true;
            continue;
        }
        if (!result.poBox)
            result.name.append(word);
    }
    if (i < words.size()) {
        // The house number without staircase or flat: "49a", "49 A 5" and "49" are one house.
        const QString& word = words.at(i);
        qsizetype digits = 0;
        while (digits < word.size() && word.at(digits).isDigit())
            ++digits;
        result.number = word.first(digits);
    }
    if (result.poBox)
        result.name.clear();
    return result;
}

bool StreetNormalizer::sameArea(QStringView postalCodeA, QStringView postalCodeB)
{
    return postalCodeA.size() == 5 && postalCodeB.size() == 5 &&
           postalCodeA.first(4) == postalCodeB.first(4);
}

} // namespace luotsi::core::matching
