#include "NameCleaner.h"

#include "core/importing/cleaning/NameWords.h"
#include "core/importing/cleaning/TextCase.h"

#include <QCoreApplication>
#include <QStringList>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(NameCleaner)
};

using Level = CleaningFinding::Level;

// Abbreviations whose long form is certain, by their lower-case spelling.
QString expansion(const QString& word, bool first)
{
    const QString lower = word.toLower();
    if (lower == QLatin1String("srk") || lower == QLatin1String("srk."))
        return QStringLiteral("seurakunta");
    if (lower == QLatin1String("srky") || lower == QStringView(u"srk-yhtymä") ||
        lower == QStringView(u"srk.yhtymä"))
        return QStringLiteral("seurakuntayhtymä");
    if (lower == QLatin1String("ins.tsto") || lower == QLatin1String("ins.toimisto"))
        return QStringLiteral("Insinööritoimisto");
    if (lower == QLatin1String("ark.tsto") || lower == QLatin1String("ark.toimisto"))
        return QStringLiteral("Arkkitehtitoimisto");
    if (first && lower == QLatin1String("toiminimi"))
        return QStringLiteral("Tmi");
    return {};
}

// "R.Y." split over two words by a cut name: "r." "y." → "ry".
void joinSplitLegalForms(QStringList& words)
{
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const QString pair = words.at(i) + words.at(i + 1);
        if (words.at(i).endsWith(QLatin1Char('.')) && words.at(i).size() <= 2 &&
            NameWords::legalForm(pair)) {
            words[i] = pair;
            words.removeAt(i + 1);
        }
    }
}

} // namespace

QString NameCleaner::titleCase(const QString& name)
{
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString& w = words[i];
        if (const auto form = NameWords::legalForm(w)) {
            w = *form;
            continue;
        }
        if (NameWords::isAcronym(w.toUpper())) {
            w = w.toUpper();
            continue;
        }
        if (NameWords::isLowerInName(words, i)) {
            w = w.toLower();
            continue;
        }
        // Acronyms before a hyphen: "LVI-VÄISÄNEN" → "LVI-Väisänen".
        const qsizetype hyphen = w.indexOf(QLatin1Char('-'));
        if (hyphen > 0 && NameWords::isAcronym(w.left(hyphen).toUpper())) {
            w = w.left(hyphen).toUpper() + QLatin1Char('-') +
                TextCase::capitalizeWord(w.mid(hyphen + 1));
            continue;
        }
        w = TextCase::capitalizeWord(w);
    }
    return words.join(QLatin1Char(' '));
}

QString NameCleaner::clean(const QString& input, CleaningFindings& findings, TargetField field)
{
    QString name = input.simplified();
    if (name.isEmpty())
        return name;
    if (name != input)
        findings.append({field, Level::Fixed, Texts::tr("Extra spaces removed."), input, name});

    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    joinSplitLegalForms(words);
    name = words.join(QLatin1Char(' '));
    // Decided before the abbreviations are written out: "KEURUUN SRK" is still ALL CAPS.
    const bool singleCase = TextCase::isSingleCase(name);

    // Abbreviations written out.
    bool expanded = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString longForm = expansion(words.at(i), i == 0);
        if (!longForm.isEmpty()) {
            words[i] = longForm;
            expanded = true;
        }
    }
    if (expanded) {
        const QString before = name;
        name = words.join(QLatin1Char(' '));
        findings.append(
            {field, Level::Fixed, Texts::tr("Abbreviation written out."), before, name});
    }

    // ALL CAPS and all lower case say nothing about the name's case: title-case it.
    if (singleCase) {
        const QString before = name;
        name = titleCase(name);
        if (name != before)
            findings.append({field, Level::Fixed, Texts::tr("Capitals corrected."), before, name});
        return name;
    }

    // Mixed case is kept, except the legal form's spelling and the common nouns after the
    // first word ("Espoon Pyhän Laurin Seurakunta" → "… seurakunta").
    words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool legalFormFixed = false;
    bool nounFixed = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString& w = words[i];
        if (const auto form = NameWords::legalForm(w); form && *form != w) {
            w = *form;
            legalFormFixed = true;
        } else if (NameWords::isLowerInName(words, i) && !form && w != w.toLower()) {
            w = w.toLower();
            nounFixed = true;
        } else if (i == 0 && w.at(0).isLower() && !form) {
            w[0] = w.at(0).toUpper();
            nounFixed = true;
        }
    }
    if (legalFormFixed || nounFixed) {
        const QString before = name;
        name = words.join(QLatin1Char(' '));
        findings.append({field, Level::Fixed,
                         legalFormFixed ? Texts::tr("Legal form written in its usual form.")
                                        : Texts::tr("Capitals corrected."),
                         before, name});
    }
    return name;
}

} // namespace luotsi::core::importing
