#include "ChannelCleaner.h"

#include "core/register/EmailAddress.h"
#include "core/register/PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ChannelCleaner)
};

using Level = CleaningFinding::Level;

QStringList splitPhones(const QString& cell)
{
    static const QRegularExpression separators(
        QStringLiteral(R"(\s*(?:[;/,]|\s(?:tai|or|och|el\.)\s)\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    return cell.split(separators, Qt::SkipEmptyParts);
}

QString withoutLabel(QString part)
{
    // "puh. 09 123 456", "GSM: 040 ...", "vaihde 09 ...".
    static const QRegularExpression label(
        QStringLiteral(
            R"(^(?:puh(?:elin)?|tel|p|gsm|mob(?:ile)?|matkap(?:uhelin)?|vaihde|fax)\b\.?:?\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    part.remove(label);
    // "+358 (0)9 123 456": the trunk zero in brackets is not dialled from abroad.
    static const QRegularExpression trunk(QStringLiteral(R"(^(\+\d{1,3})\s*\(0\)\s*)"));
    part.replace(trunk, QStringLiteral("\\1 "));
    return part.trimmed();
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

bool onlyDigitsAndSpaces(const QString& text)
{
    for (const QChar c : text) {
        if (!c.isDigit() && !c.isSpace() && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

} // namespace

QStringList ChannelCleaner::phones(const QStringList& cells, TargetField field,
                                   CleaningFindings& findings)
{
    QStringList numbers;
    for (const QString& cell : cells) {
        for (const QString& rawPart : splitPhones(cell)) {
            const QString part = withoutLabel(rawPart);
            if (part.isEmpty())
                continue;
            std::optional<QString> e164;
            const QString digits = digitsOf(part);
            // A number cell dropped the leading zero (or the plus of "358..."); only a bare
            // row of digits can have lost one.
            if (onlyDigitsAndSpaces(part) && !digits.startsWith(QLatin1Char('0'))) {
                const QString restored =
                    digits.startsWith(QLatin1String("358")) && digits.size() >= 10
                        ? QLatin1Char('+') + digits
                        : QLatin1Char('0') + digits;
                e164 = PhoneNumber::toE164(restored);
                if (e164)
                    findings.append({field, Level::Fixed,
                                     Texts::tr("Lost leading zero of the number restored."),
                                     rawPart, *e164});
            }
            if (!e164)
                e164 = PhoneNumber::toE164(part);
            if (!e164) {
                findings.append({field, Level::Warning,
                                 Texts::tr("Not a valid phone number; left out."), rawPart,
                                 QString()});
                continue;
            }
            if (!numbers.contains(*e164))
                numbers.append(*e164);
        }
    }
    return numbers;
}

QStringList ChannelCleaner::emails(const QStringList& cells, TargetField field,
                                   CleaningFindings& findings)
{
    QStringList addresses;
    static const QRegularExpression separators(QStringLiteral(R"(\s*;\s*|,\s+|\s+ja\s+)"));
    for (const QString& cell : cells) {
        for (const QString& rawPart : cell.split(separators, Qt::SkipEmptyParts)) {
            QString email = rawPart.trimmed().toLower();
            if (email.isEmpty())
                continue;
            QStringList repairs;
            const auto repair = [&email, &repairs](const QRegularExpression& pattern,
                                                   const QString& with, const QString& what) {
                const QString before = email;
                email.replace(pattern, with);
                if (email != before)
                    repairs.append(what);
            };
            static const QRegularExpression mailto(QStringLiteral(R"(^mailto:\s*)"));
            static const QRegularExpression brackets(QStringLiteral(R"(^[<"']+|[>"']+$)"));
            static const QRegularExpression at(QStringLiteral(R"(\s*[\(\[]at[\)\]]\s*)"));
            static const QRegularExpression spacedAt(QStringLiteral(R"(\s+@\s*|\s*@\s+)"));
            static const QRegularExpression doubledAt(QStringLiteral(R"(@{2,})"));
            static const QRegularExpression commaTld(QStringLiteral(R"((@[^,@]+),([a-z]{2,6})$)"));
            static const QRegularExpression trailingDots(QStringLiteral(R"(\.+$)"));
            repair(mailto, QString(), Texts::tr("\"mailto:\" removed"));
            repair(brackets, QString(), Texts::tr("quotes removed"));
            repair(at, QStringLiteral("@"), Texts::tr("\"(at)\" written as @"));
            repair(spacedAt, QStringLiteral("@"), Texts::tr("spaces around @ removed"));
            repair(doubledAt, QStringLiteral("@"), Texts::tr("doubled @ made single"));
            repair(commaTld, QStringLiteral("\\1.\\2"),
                   Texts::tr("comma before the domain "
                             "ending made a dot"));
            repair(trailingDots, QString(), Texts::tr("trailing dot removed"));
            email = EmailAddress::normalized(email);
            if (!EmailAddress::isValid(email)) {
                findings.append({field, Level::Warning,
                                 Texts::tr("Not a valid email address; left out."), rawPart,
                                 QString()});
                continue;
            }
            if (!repairs.isEmpty())
                findings.append(
                    {field, Level::Fixed,
                     Texts::tr("Email repaired: %1.").arg(repairs.join(QStringLiteral(", "))),
                     rawPart, email});
            if (!addresses.contains(email))
                addresses.append(email);
        }
    }
    return addresses;
}

QString ChannelCleaner::web(const QString& cell, CleaningFindings& findings)
{
    QString site = cell.trimmed();
    if (site.isEmpty())
        return site;
    static const QRegularExpression valid(
        QStringLiteral(R"(^(?:https?://)?[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)+(?:[/?#]\S*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!valid.match(site).hasMatch()) {
        findings.append({TargetField::Web, Level::Warning,
                         Texts::tr("Not a web address; left out."), cell, QString()});
        return {};
    }
    // Lower-case the scheme and host; a path may be case-sensitive.
    const qsizetype schemeEnd = site.indexOf(QLatin1String("://"));
    const qsizetype hostStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    qsizetype hostEnd = site.indexOf(QRegularExpression(QStringLiteral("[/?#]")), hostStart);
    if (hostEnd < 0)
        hostEnd = site.size();
    return site.left(hostEnd).toLower() + site.mid(hostEnd);
}

} // namespace luotsi::core::importing
