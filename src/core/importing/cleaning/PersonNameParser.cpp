#include "PersonNameParser.h"

#include "core/importing/cleaning/FirstNames.h"

#include <QStringList>

namespace luotsi::core::importing {

namespace {

bool isInitial(const QString& word)
{
    // "P.", "J.-P.", "A" as people abbreviate a first name.
    return (word.size() <= 2 && word.endsWith(QLatin1Char('.'))) ||
           (word.size() == 1 && word.at(0).isLetter()) ||
           (word.size() <= 5 && word.count(QLatin1Char('.')) >= 2);
}

bool isParticle(const QString& word)
{
    static const QStringList particles{QStringLiteral("von"), QStringLiteral("af"),
                                       QStringLiteral("de"), QStringLiteral("van")};
    return particles.contains(word.toLower());
}

// How strongly a word reads as a first name (2), a surname (1) or neither (0), and the other
// way round; initials are first names.
int firstNameScore(const QString& word)
{
    if (isInitial(word) || FirstNames::contains(word))
        return 2;
    return 0;
}

int surnameScore(const QString& word)
{
    return FirstNames::looksLikeSurname(word) && !FirstNames::contains(word) ? 1 : 0;
}

bool hasMixedCase(const QString& text)
{
    bool upper = false;
    bool lower = false;
    for (const QChar c : text) {
        upper = upper || c.isUpper();
        lower = lower || c.isLower();
    }
    return upper && lower;
}

} // namespace

QString PersonNameParser::Parts::full() const
{
    if (first.isEmpty())
        return last;
    if (last.isEmpty())
        return first;
    return first + QLatin1Char(' ') + last;
}

QString PersonNameParser::titleCase(const QString& name)
{
    const QString simplified = name.simplified();
    QStringList words = simplified.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& word : words) {
        if (isParticle(word)) {
            word = word.toLower();
            continue;
        }
        // A word typed in mixed case ("McLeod", "DeMarco") was typed on purpose.
        if (hasMixedCase(word) && word.at(0).isUpper())
            continue;
        word = word.toLower();
        bool start = true;
        for (QChar& c : word) {
            if (start && c.isLetter())
                c = c.toUpper();
            start = c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('\'');
        }
    }
    return words.join(QLatin1Char(' '));
}

PersonNameParser::Parts PersonNameParser::parse(const QString& text, PersonNameOrder usual)
{
    const QStringList words = titleCase(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Parts parts;
    if (words.isEmpty())
        return parts;
    if (words.size() == 1) {
        parts.last = words.first();
        return parts;
    }
    // Compare the outer words: "Anna Liisa Virtanen" / "Virtanen Anna Liisa".
    const QString& head = words.first();
    const QString& tail = words.last();
    const int firstLast = firstNameScore(head) + surnameScore(tail);
    const int lastFirst = firstNameScore(tail) + surnameScore(head);
    PersonNameOrder order = usual;
    if (firstLast != lastFirst)
        order = firstLast > lastFirst ? PersonNameOrder::FirstLast : PersonNameOrder::LastFirst;
    parts.reordered = order != usual;

    if (order == PersonNameOrder::FirstLast) {
        // Particles belong to the surname: "Carl von Essen".
        qsizetype split = words.size() - 1;
        while (split > 1 && isParticle(words.at(split - 1)))
            --split;
        parts.first = words.mid(0, split).join(QLatin1Char(' '));
        parts.last = words.mid(split).join(QLatin1Char(' '));
    } else {
        qsizetype split = 1;
        while (split < words.size() - 1 && isParticle(words.at(split - 1)))
            ++split;
        parts.last = words.mid(0, split).join(QLatin1Char(' '));
        parts.first = words.mid(split).join(QLatin1Char(' '));
    }
    return parts;
}

PersonNameParser::Parts PersonNameParser::fromColumns(const QString& first, const QString& last)
{
    Parts parts{titleCase(first), titleCase(last), false};
    if (parts.first.isEmpty() || parts.last.isEmpty())
        return parts;
    const int asGiven = firstNameScore(parts.first) + surnameScore(parts.last);
    const int swapped = firstNameScore(parts.last) + surnameScore(parts.first);
    if (swapped > asGiven) {
        std::swap(parts.first, parts.last);
        parts.reordered = true;
    }
    return parts;
}

} // namespace luotsi::core::importing
