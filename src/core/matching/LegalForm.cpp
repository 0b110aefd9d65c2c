#include "LegalForm.h"

#include "StringSimilarity.h"

#include <QHash>

namespace luotsi::core::matching {

namespace {

const QHash<QString, LegalForm>& formsByWord()
{
    static const QHash<QString, LegalForm> forms = {
        {QStringLiteral("oy"), LegalForm::Oy},
        {QStringLiteral("ab"), LegalForm::Oy},
        {QStringLiteral("oyab"), LegalForm::Oy},
        {QStringLiteral("oyj"), LegalForm::Oyj},
        {QStringLiteral("abp"), LegalForm::Oyj},
        {QStringLiteral("ky"), LegalForm::Ky},
        {QStringLiteral("kb"), LegalForm::Ky},
        {QStringLiteral("ay"), LegalForm::Ay},
        {QStringLiteral("tmi"), LegalForm::Tmi},
        {QStringLiteral("toiminimi"), LegalForm::Tmi},
        {QStringLiteral("ry"), LegalForm::Ry},
        {QStringLiteral("rf"), LegalForm::Ry},
        {QStringLiteral("osk"), LegalForm::Osk},
        {QStringLiteral("osuuskunta"), LegalForm::Osk},
        {QStringLiteral("andelslag"), LegalForm::Osk},
    };
    return forms;
}

} // namespace

std::optional<LegalForm> LegalForms::fromWord(QStringView foldedWord)
{
    const auto& forms = formsByWord();
    const auto it = forms.constFind(foldedWord.toString());
    if (it == forms.constEnd())
        return std::nullopt;
    return *it;
}

bool LegalForms::isMistypedLegalForm(QStringView foldedWord, bool sameLength)
{
    if (foldedWord.isEmpty() || foldedWord.size() > 4)
        return false;
    // Only the short abbreviations: a typo in "toiminimi" still reads as a word of its own.
    static const QString shortForms[] = {QStringLiteral("oy"), QStringLiteral("oyj"),
                                         QStringLiteral("ky"), QStringLiteral("tmi"),
                                         QStringLiteral("ry"), QStringLiteral("ab")};
    for (const QString& form : shortForms) {
        if ((!sameLength || foldedWord.size() == form.size()) &&
            StringSimilarity::damerauLevenshtein(foldedWord, form, 1) <= 1)
            return true;
    }
    return false;
}

LegalForm LegalForms::guessMistyped(QStringView foldedWord)
{
    // An inserted letter only counts when it doubles its neighbour: "ari" is a name, not "ry".
    auto isTypoOf = [foldedWord](const QString& form) {
        if (foldedWord.size() <= form.size())
            return StringSimilarity::damerauLevenshtein(foldedWord, form, 1) <= 1;
        if (foldedWord.size() != form.size() + 1)
            return false;
        for (qsizetype i = 0; i + 1 < foldedWord.size(); ++i) {
            if (foldedWord[i] == foldedWord[i + 1] &&
                foldedWord.first(i) + foldedWord.mid(i + 1) == form)
                return true;
        }
        return false;
    };
    std::optional<LegalForm> found;
    const auto& forms = formsByWord();
    for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
        if (it.key().size() > 3 || !isTypoOf(it.key()))
            continue;
        if (found && *found != it.value())
            return LegalForm::None;
        found = it.value();
    }
    return found.value_or(LegalForm::None);
}

QString LegalForms::label(LegalForm form)
{
    switch (form) {
    case LegalForm::None:
        return {};
    case LegalForm::Oy:
        return QStringLiteral("Oy");
    case LegalForm::Oyj:
        return QStringLiteral("Oyj");
    case LegalForm::Ky:
        return QStringLiteral("Ky");
    case LegalForm::Ay:
        return QStringLiteral("Ay");
    case LegalForm::Tmi:
        return QStringLiteral("Tmi");
    case LegalForm::Ry:
        return QStringLiteral("ry");
    case LegalForm::Osk:
        return QStringLiteral("Osk");
    }
    return {};
}

LegalFormRelation LegalForms::relation(LegalForm a, LegalForm b)
{
    if (a == LegalForm::None || b == LegalForm::None)
        return LegalFormRelation::Unknown;
    if (a == b)
        return LegalFormRelation::Same;
    const auto isCompany = [](LegalForm f) { return f == LegalForm::Oy || f == LegalForm::Oyj; };
    if (isCompany(a) && isCompany(b))
        return LegalFormRelation::Compatible;
    return LegalFormRelation::Conflict;
}

} // namespace luotsi::core::matching
