#include "JunkDetector.h"

#include "core/importing/cleaning/FirstNames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(JunkDetector)
};

bool isTotalLabel(const QString& name)
{
    static const QRegularExpression total(
        QStringLiteral(R"(^(?:kaikki\s+)?(?:yhteensä|yhteensa|yht\.?|summa|summat|total|totals|)"
                       R"(grand total|sum|totalt|summa yhteensä|loppusumma)\s*:?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return total.match(name.simplified()).hasMatch();
}

bool isTestName(const QString& name)
{
    const QString folded = FirstNames::fold(name.simplified());
    if (folded.contains(QLatin1String("ala kayta")) || folded.contains(QLatin1String("do not use")))
        return true;
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    static const QStringList testWords{QStringLiteral("testi"), QStringLiteral("test"),
                                       QStringLiteral("testiasiakas"), QStringLiteral("dummy")};
    return testWords.contains(words.first()) ||
           (words.size() <= 3 && testWords.contains(words.last()));
}

} // namespace

JunkKind JunkDetector::detect(const RawRecord& record)
{
    if (record.isEmpty())
        return JunkKind::Blank;
    const QString name = record.text(TargetField::Name).simplified();
    const QString person = QString(record.text(TargetField::PersonName) + QLatin1Char(' ') +
                                   record.text(TargetField::FirstName) + QLatin1Char(' ') +
                                   record.text(TargetField::LastName))
                               .simplified();
    if (isTotalLabel(name) || isTotalLabel(person))
        return JunkKind::Total;
    if (isTestName(name) || isTestName(person) ||
        isTestName(record.text(TargetField::NameContinuation)))
        return JunkKind::Test;
    if (name.isEmpty() && person.isEmpty()) {
        // A sum with no label: only amounts on the row.
        bool onlyAmounts = record.has(TargetField::Revenue);
        for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
            if (it.key() != TargetField::Revenue && !record.fromConstant.value(it.key()))
                onlyAmounts = false;
        }
        return onlyAmounts ? JunkKind::Total : JunkKind::NoName;
    }
    return JunkKind::None;
}

QString JunkDetector::reason(JunkKind kind)
{
    switch (kind) {
    case JunkKind::Blank:
        return Texts::tr("The row is empty.");
    case JunkKind::Total:
        return Texts::tr("A totals row, not a customer.");
    case JunkKind::Test:
        return Texts::tr("A test row or one marked not to be used.");
    case JunkKind::NoName:
        return Texts::tr("The row has no name.");
    case JunkKind::None:
        break;
    }
    return {};
}

} // namespace luotsi::core::importing
