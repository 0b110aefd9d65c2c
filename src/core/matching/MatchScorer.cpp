#include "MatchScorer.h"

#include "NameComparison.h"
#include "PersonName.h"
#include "StringSimilarity.h"

#include <QCoreApplication>

#include <cmath>

namespace luotsi::core::matching {

namespace {

// User-visible texts of this file, in the "MatchScorer" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(MatchScorer)
};

// Collects points, and the field names only when an explanation is wanted: the duplicate
// finder scores millions of pairs and keeps a few.
class Evidence
{
public:
    Evidence(MatchScore& score, bool explain)
        : m_score(score)
        , m_explain(explain)
    {}
    template<typename Label> void add(double points, Label label)
    {
        if (points == 0.0)
            return;
        m_score.points += points;
        if (m_explain)
            (points > 0 ? m_score.agreed : m_score.differed).append(label());
    }

private:
    MatchScore& m_score;
    bool m_explain;
};

bool sharesAny(const QStringList& a, const QStringList& b)
{
    for (const QString& value : a) {
        if (b.contains(value))
            return true;
    }
    return false;
}

QString digitsOf(const QString& businessId)
{
    QString digits;
    for (const QChar c : businessId) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString displayName(const QString& foldedMunicipality)
{
    return foldedMunicipality.isEmpty()
               ? foldedMunicipality
               : foldedMunicipality.front().toUpper() + foldedMunicipality.mid(1);
}

} // namespace

QString MatchScore::explanation() const
{
    QStringList parts;
    if (vetoed)
        parts.append(vetoReason + QLatin1Char('.'));
    if (!agreed.isEmpty())
        parts.append(Texts::tr("Agreed: %1.").arg(agreed.join(QStringLiteral(", "))));
    if (!differed.isEmpty())
        parts.append(Texts::tr("Differed: %1.").arg(differed.join(QStringLiteral(", "))));
    return parts.join(QLatin1Char(' '));
}

MatchScorer::MatchScorer(MatchSettings settings)
    : m_settings(std::move(settings))
{}

MatchScore MatchScorer::score(const MatchRecord& a, const MatchRecord& b) const
{
    return evaluate(PreparedRecord::prepare(a), PreparedRecord::prepare(b), true);
}

MatchScore MatchScorer::score(const PreparedRecord& a, const PreparedRecord& b) const
{
    return evaluate(a, b, true);
}

double MatchScorer::quickScore(const PreparedRecord& a, const PreparedRecord& b) const
{
    return evaluate(a, b, false).score;
}

MatchScore MatchScorer::evaluate(const PreparedRecord& a, const PreparedRecord& b,
                                 bool explain) const
{
    const MatchWeights& w = m_settings.weights;
    MatchScore result;
    result.points = w.prior;
    Evidence evidence(result, explain);

    // Business ID: decisive either way when both are valid.
    if (a.businessIdValid && b.businessIdValid) {
        if (a.businessId != b.businessId) {
            result.vetoed = true;
            result.score = 0.0;
            if (explain) {
                result.vetoReason =
                    Texts::tr("Different business IDs: %1 / %2").arg(a.businessId, b.businessId);
                result.differed.append(Texts::tr("business ID"));
            }
            return result;
        }
        evidence.add(w.businessIdEqual, [] { return Texts::tr("business ID"); });
    } else if (!a.businessId.isEmpty() && !b.businessId.isEmpty()) {
        // At least one was mistyped (its check digit fails): one digit off is still a hint.
        if (StringSimilarity::damerauLevenshtein(digitsOf(a.businessId), digitsOf(b.businessId),
                                                 1) <= 1)
            evidence.add(w.businessIdNear, [] { return Texts::tr("business ID (one digit off)"); });
    }

    const NameAgreement name = NameComparison::compare(a.name, b.name);
    switch (name.level) {
    case NameAgreement::Level::Unknown:
        break;
    case NameAgreement::Level::Exact:
        evidence.add(w.nameExact, [] { return Texts::tr("name"); });
        break;
    case NameAgreement::Level::Typo:
        evidence.add(w.nameTypo, [] { return Texts::tr("name (one typo)"); });
        break;
    case NameAgreement::Level::Similar:
        evidence.add(w.nameSimilar, [] { return Texts::tr("name (a few typos)"); });
        break;
    case NameAgreement::Level::Near:
        evidence.add(w.nameNear, [] { return Texts::tr("name (other words)"); });
        break;
    case NameAgreement::Level::Different:
        evidence.add(w.nameDifferent, [] { return Texts::tr("name"); });
        break;
    }

    switch (LegalForms::relation(a.name.legalForm, b.name.legalForm)) {
    case LegalFormRelation::Same:
        evidence.add(w.legalFormSame, [] { return Texts::tr("legal form"); });
        break;
    case LegalFormRelation::Conflict:
        evidence.add(w.legalFormConflict, [&] {
            return Texts::tr("legal form (%1 / %2)")
                .arg(LegalForms::label(a.name.legalForm), LegalForms::label(b.name.legalForm));
        });
        break;
    case LegalFormRelation::Unknown:
    case LegalFormRelation::Compatible:
        break;
    }

    if (a.isPerson() != b.isPerson())
        evidence.add(w.kindConflict, [] { return Texts::tr("private person / organisation"); });

    // Place: the municipality survives stale addresses and PO boxes; the street adds to it.
    bool samePlace = false;
    if (!a.municipality.isEmpty() && !b.municipality.isEmpty()) {
        if (a.municipality == b.municipality) {
            samePlace = true;
            evidence.add(w.municipalitySame, [] { return Texts::tr("municipality"); });
        } else {
            const double points = a.municipalityFromPostalCode || b.municipalityFromPostalCode
                                      ? w.municipalityGuessDifferent
                                      : w.municipalityDifferent;
            evidence.add(points, [&] {
                return Texts::tr("municipality (%1 / %2)")
                    .arg(displayName(a.municipality), displayName(b.municipality));
            });
        }
    }
    if (!a.postalCode.isEmpty() && !b.postalCode.isEmpty()) {
        if (a.postalCode == b.postalCode)
            evidence.add(w.postalCodeSame, [] { return Texts::tr("postal code"); });
        else if (StreetNormalizer::sameArea(a.postalCode, b.postalCode))
            evidence.add(w.postalAreaSame, [] { return Texts::tr("postal area"); });
    }
    if (!a.street.isEmpty() && !a.street.number.isEmpty() && a.street.key() == b.street.key() &&
        (samePlace || a.postalCode == b.postalCode))
        evidence.add(w.streetSame, [] { return Texts::tr("street address"); });

    // Contact details: only agreement counts; another number or person of the same
    // organisation is normal.
    const bool persons = a.isPerson() && b.isPerson();
    if (sharesAny(a.phones, b.phones))
        evidence.add(w.phoneShared, [] { return Texts::tr("phone"); });
    else if (persons && !a.phones.isEmpty() && !b.phones.isEmpty())
        evidence.add(w.personPhoneDiffers, [] { return Texts::tr("phone"); });
    if (persons && !a.emails.isEmpty() && !b.emails.isEmpty() && !sharesAny(a.emails, b.emails))
        evidence.add(w.personEmailDiffers, [] { return Texts::tr("e-mail"); });
    if (sharesAny(a.emails, b.emails))
        evidence.add(w.emailShared, [] { return Texts::tr("e-mail"); });
    else if (sharesAny(a.emailDomains, b.emailDomains))
        evidence.add(w.emailDomainShared, [] { return Texts::tr("e-mail domain"); });
    if (PersonName::samePerson(a.contactWords, b.contactWords))
        evidence.add(w.contactSame, [] { return Texts::tr("contact person"); });

    result.score = 1.0 / (1.0 + std::exp(-result.points));
    return result;
}

} // namespace luotsi::core::matching
