#include "NameNormalizer.h"

#include <QStringTokenizer>

#include "TextFolding.h"

#include <QHash>

#include <algorithm>

namespace luotsi::core::matching {

namespace {

const QString& parish()
{
    static const QString word = QStringLiteral("seurakunta");
    return word;
}

const QString& parishUnion()
{
    static const QString word = QStringLiteral("seurakuntayhtyma");
    return word;
}

// Whole-word abbreviations, folded as TextFolding::words leaves them.
const QHash<QString, QString>& abbreviations()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("srk"), parish()},
        {QStringLiteral("seurak"), parish()},
        {QStringLiteral("srky"), parishUnion()},
        {QStringLiteral("srkyht"), parishUnion()},
        {QStringLiteral("srkyhtyma"), parishUnion()},
        {QStringLiteral("seurakuntayht"), parishUnion()},
        {QStringLiteral("inststo"), QStringLiteral("insinooritoimisto")},
        {QStringLiteral("insinoorits"), QStringLiteral("insinooritoimisto")},
        {QStringLiteral("arktsto"), QStringLiteral("arkkitehtitoimisto")},
        {QStringLiteral("arkkitsto"), QStringLiteral("arkkitehtitoimisto")},
        {QStringLiteral("tsto"), QStringLiteral("toimisto")},
    };
    return table;
}

} // namespace

QString NameNormalizer::expandAbbreviation(const QString& foldedWord)
{
    const auto& table = abbreviations();
    const auto it = table.constFind(foldedWord);
    if (it != table.constEnd())
        return *it;
    // Compounds ending in the abbreviation: "tuomiokirkkosrk", "helsinginsrky".
    if (foldedWord.size() > 4 && foldedWord.endsWith(QLatin1String("srky")))
        return foldedWord.chopped(4) + parishUnion();
    if (foldedWord.size() > 3 && foldedWord.endsWith(QLatin1String("srk")))
        return foldedWord.chopped(3) + parish();
    return foldedWord;
}

NormalizedName NameNormalizer::normalize(QStringView name, bool personName)
{
    NormalizedName result;
    const QStringList words = TextFolding::words(name);
    result.tokens.reserve(words.size());
    for (const QString& word : words) {
        if (const auto form = LegalForms::fromWord(word)) {
            if (result.legalForm == LegalForm::None)
                result.legalForm = *form;
            continue;
        }
        result.tokens.append(expandAbbreviation(word));
    }
    // "Virtanen Oyy", "K Virtanen": without a recognised form, a typo of one at either end
    // would otherwise count as a word the other spelling lacks.
    if (!personName && result.legalForm == LegalForm::None && result.tokens.size() >= 2) {
        // At the start only a letter swapped or replaced ("Tmu", "Oi"): "Åbo" is no "Ab".
        if (LegalForms::isMistypedLegalForm(result.tokens.constLast())) {
            result.legalForm = LegalForms::guessMistyped(result.tokens.constLast());
            result.tokens.removeLast();
        } else if (LegalForms::isMistypedLegalForm(result.tokens.constFirst(), true)) {
            result.legalForm = LegalForms::guessMistyped(result.tokens.constFirst());
            result.tokens.removeFirst();
        }
    }
    for (const QStringView word : QStringTokenizer(name, QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype hyphen = word.indexOf(QLatin1Char('-'));
        if (hyphen >= 1 && hyphen <= 3 && hyphen + 1 < word.size() &&
            std::all_of(word.begin(), word.begin() + hyphen,
                        [](QChar c) { return c.isLetter(); })) {
            result.code = TextFolding::fold(word.left(hyphen));
            break;
        }
    }
    result.compact = result.tokens.join(QString());
    QStringList sorted = result.tokens;
    std::sort(sorted.begin(), sorted.end());
    result.sortedKey = sorted.join(QLatin1Char(' '));
    return result;
}

} // namespace luotsi::core::matching
