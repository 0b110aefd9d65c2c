#include "FieldParsers.h"

#include "core/register/BusinessId.h"
#include "core/register/RegisterVocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(FieldParsers)
};

using Level = CleaningFinding::Level;

template<typename Enum>
std::optional<Enum> byWords(const QString& text, const QList<std::pair<Enum, QStringList>>& words,
                            bool prefix)
{
    const QString key = text.simplified().toLower();
    if (key.isEmpty())
        return std::nullopt;
    if (const auto code = vocabulary::fromCode<Enum>(key))
        return code;
    for (const auto& [value, list] : words) {
        for (const QString& w : list) {
            if (key == w || (prefix && key.startsWith(w)))
                return value;
        }
    }
    return std::nullopt;
}

} // namespace

QString FieldParsers::businessId(const QString& text, CleaningFindings& findings)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const auto id = BusinessId::normalized(trimmed)) {
        QString digits;
        for (const QChar c : trimmed) {
            if (c.isDigit())
                digits.append(c);
        }
        if (digits.size() == 7)
            findings.append({TargetField::BusinessId, Level::Fixed,
                             Texts::tr("Lost leading zero of the business ID restored."), text,
                             *id});
        return *id;
    }
    // Right shape, wrong check digit: one digit was mistyped, and which one is unknowable.
    static const QRegularExpression shape(QStringLiteral(R"(^(?:FI)?\s*\d{6,7}-?\d$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (shape.match(trimmed).hasMatch())
        findings.append({TargetField::BusinessId, Level::Warning,
                         Texts::tr("The check digit of the business ID does not match; a digit "
                                   "was probably mistyped. Left out."),
                         text, QString()});
    else
        findings.append({TargetField::BusinessId, Level::Warning,
                         Texts::tr("Not a business ID; left out."), text, QString()});
    return {};
}

std::optional<qint64> FieldParsers::revenueCents(const QString& text)
{
    static const QRegularExpression currency(
        QStringLiteral(R"(^\s*(?:€|eur)\s*|\s*(?:€|eur|euroa|e)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString trimmed = text;
    trimmed.remove(currency);
    QString number;
    for (const QChar c : trimmed) {
        if (c.isDigit() || c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char('-'))
            number.append(c);
        else if (c == QChar(0x2212)) // minus sign
            number.append(QLatin1Char('-'));
        else if (!c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F) && c != QLatin1Char('\''))
            return std::nullopt;
    }
    if (number.isEmpty())
        return std::nullopt;
    // With a comma, the comma is the decimal sign and dots group thousands (1.234,56); with
    // dots only, one dot is a decimal point (Excel's own number text).
    if (number.contains(QLatin1Char(','))) {
        number.remove(QLatin1Char('.'));
        number.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (number.count(QLatin1Char('.')) > 1) {
        number.remove(QLatin1Char('.'));
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value) || std::fabs(value) > 1e15)
        return std::nullopt;
    return qint64(std::llround(value * 100.0));
}

std::optional<CustomerStatus> FieldParsers::status(const QString& text)
{
    static const QList<std::pair<CustomerStatus, QStringList>> words{
        {CustomerStatus::Former,
         {QStringLiteral("entinen"), QStringLiteral("lopettanut"), QStringLiteral("lopetettu"),
          QStringLiteral("päättynyt"), QStringLiteral("passiivinen"), QStringLiteral("ei asiakas"),
          QStringLiteral("poistunut"), QStringLiteral("former"), QStringLiteral("ended"),
          QStringLiteral("inactive"), QStringLiteral("före detta"), QStringLiteral("tidigare")}},
        {CustomerStatus::Active,
         {QStringLiteral("asiakas"), QStringLiteral("aktiivinen"), QStringLiteral("nykyinen"),
          QStringLiteral("voimassa"), QStringLiteral("active"), QStringLiteral("customer"),
          QStringLiteral("kund"), QStringLiteral("aktiv")}},
        {CustomerStatus::Prospect,
         {QStringLiteral("prospekti"), QStringLiteral("uusi"), QStringLiteral("kontaktoitu"),
          QStringLiteral("tarjous"), QStringLiteral("soita"), QStringLiteral("ei kiinnosta"),
          QStringLiteral("kiinnostunut"), QStringLiteral("liidi"), QStringLiteral("potentiaalinen"),
          QStringLiteral("prospect"), QStringLiteral("lead"), QStringLiteral("new"),
          QStringLiteral("ny"), QStringLiteral("kontaktad"), QStringLiteral("offert")}},
    };
    return byWords(text, words, true);
}

std::optional<CustomerKind> FieldParsers::kind(const QString& text)
{
    static const QList<std::pair<CustomerKind, QStringList>> words{
        {CustomerKind::ParishUnion,
         {QStringLiteral("seurakuntayhtymä"), QStringLiteral("srky"), QStringLiteral("srk-yhtymä"),
          QStringLiteral("parish union"), QStringLiteral("kyrklig samfällighet"),
          QStringLiteral("kyrkliga samfällighet")}},
        {CustomerKind::Parish,
         {QStringLiteral("seurakunta"), QStringLiteral("srk"), QStringLiteral("parish"),
          QStringLiteral("församling")}},
        {CustomerKind::Association,
         {QStringLiteral("yhdistys"), QStringLiteral("ry"), QStringLiteral("järjestö"),
          QStringLiteral("association"), QStringLiteral("förening"), QStringLiteral("rf")}},
        {CustomerKind::PublicBody,
         {QStringLiteral("julkinen"), QStringLiteral("kunta"), QStringLiteral("kaupunki"),
          QStringLiteral("valtio"), QStringLiteral("public"), QStringLiteral("kommun")}},
        {CustomerKind::Person,
         {QStringLiteral("henkilö"), QStringLiteral("yksityinen"),
          QStringLiteral("yksityishenkilö"), QStringLiteral("kuluttaja"), QStringLiteral("person"),
          QStringLiteral("private"), QStringLiteral("privat"), QStringLiteral("privatperson")}},
        {CustomerKind::Company,
         {QStringLiteral("yritys"), QStringLiteral("yhtiö"), QStringLiteral("company"),
          QStringLiteral("företag"), QStringLiteral("business"), QStringLiteral("organisaatio")}},
    };
    return byWords(text, words, false);
}

std::optional<Language> FieldParsers::language(const QString& text)
{
    static const QList<std::pair<Language, QStringList>> words{
        {Language::Finnish,
         {QStringLiteral("suomi"), QStringLiteral("suomeksi"), QStringLiteral("fin"),
          QStringLiteral("finnish"), QStringLiteral("finska")}},
        {Language::Swedish,
         {QStringLiteral("ruotsi"), QStringLiteral("ruotsiksi"), QStringLiteral("swe"),
          QStringLiteral("swedish"), QStringLiteral("svenska")}},
        {Language::English,
         {QStringLiteral("englanti"), QStringLiteral("englanniksi"), QStringLiteral("eng"),
          QStringLiteral("english"), QStringLiteral("engelska")}},
    };
    return byWords(text, words, false);
}

} // namespace luotsi::core::importing
