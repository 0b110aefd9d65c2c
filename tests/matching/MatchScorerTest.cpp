#include "core/matching/MatchScorer.h"
#include "core/matching/NameComparison.h"

#include <gtest/gtest.h>

using namespace luotsi::core::matching;
using luotsi::core::CustomerKind;

namespace {

MatchRecord company(const QString& name, const QString& city, const QString& businessId = {})
{
    MatchRecord record;
    record.name = name;
    record.city = city;
    record.businessId = businessId;
    return record;
}

MatchRecord person(const QString& name, const QString& city)
{
    MatchRecord record = company(name, city);
    record.kind = CustomerKind::Person;
    return record;
}

class MatchScorerTest : public ::testing::Test
{
protected:
    MatchOutcome outcome(const MatchRecord& a, const MatchRecord& b) const
    {
        const MatchScore ab = m_scorer.score(a, b);
        const MatchScore ba = m_scorer.score(b, a);
        EXPECT_DOUBLE_EQ(ab.score, ba.score) << "the score must be symmetric";
        return m_scorer.settings().outcome(ab.score);
    }
    bool same(const MatchRecord& a, const MatchRecord& b) const
    {
        return outcome(a, b) == MatchOutcome::Same;
    }
    bool different(const MatchRecord& a, const MatchRecord& b) const
    {
        return outcome(a, b) == MatchOutcome::Different;
    }

    MatchScorer m_scorer;
};

} // namespace

TEST_F(MatchScorerTest, LegalFormPositionAndCaseDoNotMatter)
{
    const MatchRecord base =
        company(QStringLiteral("Tmi Kirjapaino Äijälä"), QStringLiteral("Porvoo"));
    EXPECT_TRUE(
        same(base, company(QStringLiteral("KIRJAPAINO ÄIJÄLÄ T:MI"), QStringLiteral("PORVOO"))));
    EXPECT_TRUE(same(base, company(QStringLiteral("kirjapaino aijala"), QStringLiteral("Porvoo"))));
    EXPECT_TRUE(same(company(QStringLiteral("Joensuun Lasi Oy"), QStringLiteral("Joensuu")),
                     company(QStringLiteral("OY JOENSUUN LASI"), QStringLiteral("JOENSUU"))));
}

TEST_F(MatchScorerTest, EqualBusinessIdsAreStrongEvidence)
{
    // A parish under its Swedish name: nothing but the business ID and the town agree.
    const MatchRecord finnish = company(QStringLiteral("Hangon seurakunta"),
                                        QStringLiteral("Hanko"), QStringLiteral("0201256-6"));
    const MatchRecord swedish = company(QStringLiteral("Hangö församling"), QStringLiteral("Hangö"),
                                        QStringLiteral("0201256-6"));
    const MatchScore score = m_scorer.score(finnish, swedish);
    EXPECT_GE(score.score, m_scorer.settings().reviewAbove);
    EXPECT_TRUE(score.agreed.contains(QStringLiteral("business ID")));
    EXPECT_TRUE(score.agreed.contains(QStringLiteral("municipality")));
}

TEST_F(MatchScorerTest, DifferentValidBusinessIdsVeto)
{
    const MatchScore score =
        m_scorer.score(company(QStringLiteral("Kattotyö Hyvönen Oy"), QStringLiteral("Turku"),
                               QStringLiteral("2419202-7")),
                       company(QStringLiteral("Kattotyö Hyvönen Oy"), QStringLiteral("Turku"),
                               QStringLiteral("0524646-4")));
    EXPECT_TRUE(score.vetoed);
    EXPECT_EQ(score.score, 0.0);
    EXPECT_TRUE(score.vetoReason.contains(QStringLiteral("2419202-7")));
    // An invalid one (a mistyped check digit) does not veto: it is one digit off.
    const MatchScore mistyped =
        m_scorer.score(company(QStringLiteral("Kattotyö Hyvönen Oy"), QStringLiteral("Turku"),
                               QStringLiteral("2419202-7")),
                       company(QStringLiteral("Kattotyö Hyvönen Oy"), QStringLiteral("Turku"),
                               QStringLiteral("2419802-7")));
    EXPECT_FALSE(mistyped.vetoed);
    EXPECT_EQ(m_scorer.settings().outcome(mistyped.score), MatchOutcome::Same);
}

TEST_F(MatchScorerTest, SameNameInAnotherCityWithAnotherBusinessIdIsAnotherCustomer)
{
    EXPECT_TRUE(different(company(QStringLiteral("Kattotyö Hyvönen Oy"), QStringLiteral("Turku"),
                                  QStringLiteral("2419202-7")),
                          company(QStringLiteral("Kattotyö Hyvönen Oy"),
                                  QStringLiteral("Pudasjärvi"), QStringLiteral("0524646-4"))));
    // Even when one row lost its business ID.
    EXPECT_TRUE(
        different(company(QStringLiteral("Kattotyö Hyvönen Oy"), QStringLiteral("Turku"),
                          QStringLiteral("2419202-7")),
                  company(QStringLiteral("KATTOTYÖ HYVÖNEN OY"), QStringLiteral("PUDASJÄRVI"))));
}

TEST_F(MatchScorerTest, OyAndKyOfTheSameNameInTheSameTownAreDifferent)
{
    EXPECT_TRUE(
        different(company(QStringLiteral("Konsultointi Ylönen Ky"), QStringLiteral("Iisalmi")),
                  company(QStringLiteral("Konsultointi Ylönen Oy"), QStringLiteral("Iisalmi"))));
    const MatchScore score =
        m_scorer.score(company(QStringLiteral("Pohjolatek Ky"), QStringLiteral("Loviisa")),
                       company(QStringLiteral("Pohjolatek Oy"), QStringLiteral("Loviisa")));
    EXPECT_TRUE(score.differed.contains(QStringLiteral("legal form (Ky / Oy)")))
        << qPrintable(score.explanation());
    // Oy and Oyj are compatible: a company may go public.
    EXPECT_TRUE(
        same(company(QStringLiteral("Keski-Suomen Kone Oy"), QStringLiteral("Valkeakoski")),
             company(QStringLiteral("Keski-Suomen Kone Oyj"), QStringLiteral("Valkeakoski"))));
}

TEST_F(MatchScorerTest, NearNamesAreDifferentCustomers)
{
    const QString town = QStringLiteral("Kotka");
    EXPECT_TRUE(different(company(QStringLiteral("Rakennus Virtanen Oy"), town),
                          company(QStringLiteral("Rakennusliike Virtanen Oy"), town)));
    EXPECT_TRUE(different(company(QStringLiteral("Tmi Taksi Vesterinen Trading"), town),
                          company(QStringLiteral("Tmi Taksi Vesterinen"), town)));
    EXPECT_TRUE(different(company(QStringLiteral("Huonekalu Turunen & Pojat Tmi"), town),
                          company(QStringLiteral("Huonekalu Turunen Tmi"), town)));
    EXPECT_TRUE(different(company(QStringLiteral("Uusi Kahvila Ahonen Oy"), town),
                          company(QStringLiteral("Kahvila Ahonen Oy"), town)));
}

TEST_F(MatchScorerTest, OneTypoIsTheSameCustomerWhenPlaceOrContactsAgree)
{
    EXPECT_TRUE(same(company(QStringLiteral("Rakennus Virtanen Oy"), QStringLiteral("Kotka")),
                     company(QStringLiteral("Rakennus Virtnaen Oy"), QStringLiteral("Kotka"))));
    EXPECT_TRUE(
        same(company(QStringLiteral("Maansiirto Kettunen Oy"), QStringLiteral("Mäntsälä")),
             company(QStringLiteral("Maansiirto Kettunenn Oy"), QStringLiteral("Mäntsälä"))));
    MatchRecord a = company(QStringLiteral("Kuusimedia Palvelut Oy"), {});
    MatchRecord b = company(QStringLiteral("Kuusimedia Palvelyt Oy"), {});
    a.phones = {QStringLiteral("+35837709260")};
    b.phones = {QStringLiteral("03 770 9260")};
    EXPECT_TRUE(same(a, b));
    // A typo and nothing else to go on: not enough.
    EXPECT_FALSE(same(company(QStringLiteral("Kuusimedia Palvelut Oy"), {}),
                      company(QStringLiteral("Kuusimedia Palvelyt Oy"), {})));
}

TEST_F(MatchScorerTest, StrippedDiacriticsAndAbbreviations)
{
    EXPECT_TRUE(same(company(QStringLiteral("Sähkö Väänänen Oy"), QStringLiteral("Kemi")),
                     company(QStringLiteral("SAHKO VAANANEN OY"), QStringLiteral("KEMI"))));
    EXPECT_TRUE(same(company(QStringLiteral("Vantaan seurakuntayhtymä"), QStringLiteral("Vantaa")),
                     company(QStringLiteral("Vantaan srk-yhtymä"), QStringLiteral("Vantaa"))));
    EXPECT_TRUE(
        same(company(QStringLiteral("Insinööritoimisto Törmänen Ky"), QStringLiteral("Kemijärvi")),
             company(QStringLiteral("Ins.tsto Törmänen Ky"), QStringLiteral("Kemijärvi"))));
    EXPECT_TRUE(same(company(QStringLiteral("Inarin Urheiluseura ry"), QStringLiteral("Inari")),
                     company(QStringLiteral("Inarin Urheiluseura r.y."), QStringLiteral("INARI"))));
}

TEST_F(MatchScorerTest, SwappedPersonNamesAndPersonsInOtherTowns)
{
    EXPECT_TRUE(same(person(QStringLiteral("Sami Tuominen"), QStringLiteral("Tuusula")),
                     person(QStringLiteral("Tuominen Sami"), QStringLiteral("TUUSULA"))));
    EXPECT_TRUE(different(person(QStringLiteral("Tuula Tuominen"), QStringLiteral("Orimattila")),
                          person(QStringLiteral("Tuula Tuominen"), QStringLiteral("Turku"))));
}

TEST_F(MatchScorerTest, ParishesOfTheSameNameInOtherTowns)
{
    EXPECT_TRUE(different(company(QStringLiteral("Kallion seurakunta"), QStringLiteral("Helsinki")),
                          company(QStringLiteral("Kallion srk"), QStringLiteral("Kouvola"))));
    EXPECT_TRUE(same(company(QStringLiteral("Kallion seurakunta"), QStringLiteral("Helsinki")),
                     company(QStringLiteral("Kallion srk"), QStringLiteral("HELSINKI"))));
    EXPECT_TRUE(
        different(company(QStringLiteral("Kallion seurakunta"), QStringLiteral("Helsinki")),
                  company(QStringLiteral("Kallion seurakuntayhtymä"), QStringLiteral("Helsinki"))));
}

TEST_F(MatchScorerTest, BilingualMunicipalities)
{
    EXPECT_TRUE(
        same(company(QStringLiteral("Bageri Sjöberg & Co Ab"), QStringLiteral("Helsingfors")),
             company(QStringLiteral("Bageri Sjöberg & Co Ab"), QStringLiteral("Helsinki"))));
    EXPECT_TRUE(same(company(QStringLiteral("Säkerhet Häggblom Ab"), QStringLiteral("Borgå")),
                     company(QStringLiteral("SAKERHET HAGGBLOM AB"), QStringLiteral("PORVOO"))));
}

TEST_F(MatchScorerTest, StaleAddressAndPoBoxInTheSameMunicipality)
{
    MatchRecord current =
        company(QStringLiteral("Jyväskylän Huonekalu Ky"), QStringLiteral("Jyväskylä"));
    current.street = QStringLiteral("Pappilantie 20 C");
    current.postalCode = QStringLiteral("40880");
    current.phones = {QStringLiteral("+358142027053")};
    MatchRecord poBox = current;
    poBox.street = QStringLiteral("PO Box 56");
    poBox.postalCode = QStringLiteral("40881");
    poBox.phones.clear();
    MatchRecord stale = current;
    stale.street = QStringLiteral("Vanha Kauppatie 3");
    stale.postalCode = QStringLiteral("40100");
    EXPECT_TRUE(same(current, poBox));
    EXPECT_TRUE(same(current, stale));
    const MatchScore score = m_scorer.score(current, poBox);
    EXPECT_TRUE(score.agreed.contains(QStringLiteral("postal area")))
        << qPrintable(score.explanation());
}

TEST_F(MatchScorerTest, OtherPhoneOrContactOfTheOrganisationDoesNotCountAgainst)
{
    MatchRecord a = company(QStringLiteral("Lukko Lehtonen Oy"), QStringLiteral("Rauma"));
    a.phones = {QStringLiteral("+3582528209")};
    a.contactName = QStringLiteral("Päivi Heikkilä");
    a.emails = {QStringLiteral("info@lukkolehtonen.fi")};
    MatchRecord b = company(QStringLiteral("Lukko Lehtonen Oy"), QStringLiteral("Rauma"));
    const double bare = m_scorer.score(a, b).score;
    b.phones = {QStringLiteral("+358401112233")};
    b.contactName = QStringLiteral("Jukka Mäkelä");
    b.emails = {QStringLiteral("jukka.makela@lukkolehtonen.fi")};
    const MatchScore other = m_scorer.score(a, b);
    EXPECT_GE(other.score, bare);
    EXPECT_TRUE(other.differed.isEmpty()) << qPrintable(other.explanation());
    EXPECT_TRUE(same(a, b));
}

TEST_F(MatchScorerTest, ExplanationNamesTheFields)
{
    MatchRecord a = company(QStringLiteral("Lukko Lehtonen Oy"), QStringLiteral("Rauma"),
                            QStringLiteral("0283030-7"));
    a.phones = {QStringLiteral("02528209")};
    MatchRecord b = a;
    b.name = QStringLiteral("LUKKO LEHTONEN OY");
    const MatchScore score = m_scorer.score(a, b);
    EXPECT_EQ(score.agreed, (QStringList{QStringLiteral("business ID"), QStringLiteral("name"),
                                         QStringLiteral("legal form"),
                                         QStringLiteral("municipality"), QStringLiteral("phone")}));
    EXPECT_TRUE(score.explanation().startsWith(QStringLiteral("Agreed: business ID, name")));
    EXPECT_GT(score.score, 0.999);
}

TEST_F(MatchScorerTest, SettingsChangeTheScore)
{
    MatchSettings strict;
    strict.weights.municipalitySame = 0.0;
    const MatchScorer scorer(strict);
    const MatchRecord a = company(QStringLiteral("Joensuun Lasi Oy"), QStringLiteral("Joensuu"));
    EXPECT_LT(scorer.score(a, a).score, m_scorer.score(a, a).score);
}

TEST(NameComparison, Levels)
{
    using Level = NameAgreement::Level;
    auto level = [](const QString& a, const QString& b) {
        return NameComparison::compare(NameNormalizer::normalize(a), NameNormalizer::normalize(b))
            .level;
    };
    EXPECT_EQ(
        level(QStringLiteral("Kirjapaino Äijälä Tmi"), QStringLiteral("Tmi Kirjapaino Äijälä")),
        Level::Exact);
    EXPECT_EQ(
        level(QStringLiteral("Rakennusliike Virta nen"), QStringLiteral("Rakennusliike Virtanen")),
        Level::Exact);
    EXPECT_EQ(level(QStringLiteral("Rakennus Virtanen"), QStringLiteral("Rakenus Virtanen")),
              Level::Typo);
    EXPECT_EQ(level(QStringLiteral("Rakennus Virtanen"), QStringLiteral("Rakenus Virtnaen")),
              Level::Similar);
    EXPECT_EQ(level(QStringLiteral("Rakennus Virtanen"), QStringLiteral("Rakennusliike Virtanen")),
              Level::Near);
    EXPECT_EQ(
        level(QStringLiteral("Otsomix Solutions"), QStringLiteral("Otsomix Solutions & Pojat")),
        Level::Near);
    EXPECT_EQ(level(QStringLiteral("Pohjolatek"), QStringLiteral("Karjalaplan")), Level::Different);
    EXPECT_EQ(level(QString(), QStringLiteral("Karjalaplan")), Level::Unknown);
}

TEST(NameComparison, NumbersInNamesAreNeverTypos)
{
    using Level = NameAgreement::Level;
    auto level = [](const QString& a, const QString& b) {
        return NameComparison::compare(NameNormalizer::normalize(a), NameNormalizer::normalize(b))
            .level;
    };
    EXPECT_EQ(
        level(QStringLiteral("Asunto Oy Kalevankatu 5"), QStringLiteral("Asunto Oy Kalevankatu 7")),
        Level::Different);
    EXPECT_EQ(level(QStringLiteral("Kuljetus 12 Oy"), QStringLiteral("Kuljetus 21 Oy")),
              Level::Different);
    EXPECT_EQ(
        level(QStringLiteral("Asunto Oy Kalevankatu 5"), QStringLiteral("ASUNTO OY KALEVANKATU 5")),
        Level::Exact);
    EXPECT_EQ(level(QStringLiteral("Asunto Oy Kalevankatu 5"),
                    QStringLiteral("Asunto Oy Kalevankaatu 5")),
              Level::Typo);
}

TEST(MatchScorerPersons, NamesakesInOneTownWithTheirOwnPhonesAreNotMerged)
{
    const MatchScorer scorer;
    MatchRecord a;
    a.name = QStringLiteral("Aada Hakulinen");
    a.kind = CustomerKind::Person;
    a.city = QStringLiteral("Helsinki");
    a.phones = {QStringLiteral("+358402730151")};
    a.emails = {QStringLiteral("aada.hakulinen50@netti.fi")};
    MatchRecord b = a;
    b.phones = {QStringLiteral("+358501112223")};
    b.emails = {QStringLiteral("aada.h@saunalahti.fi")};
    EXPECT_LT(scorer.score(a, b).score, scorer.settings().reviewAbove);
    // The same person with a phone on one side only is still found.
    MatchRecord c = a;
    c.phones.clear();
    c.emails.clear();
    EXPECT_GE(scorer.score(a, c).score, scorer.settings().sameAbove);
    // ... and with the same phone though another e-mail.
    MatchRecord d = a;
    d.emails = {QStringLiteral("aada@koti.fi")};
    EXPECT_GE(scorer.score(a, d).score, scorer.settings().sameAbove);
}

TEST_F(MatchScorerTest, LookAlikesThatATypoDoesNotExplainAreDifferent)
{
    const QString helsinki = QStringLiteral("Helsinki");
    // Letter codes, short words and initials tell businesses apart however few letters differ.
    EXPECT_TRUE(different(company(QStringLiteral("YP-Hitsaus Oy"), helsinki),
                          company(QStringLiteral("YL-Hitsaus Oy"), helsinki)));
    EXPECT_TRUE(different(company(QStringLiteral("AN Siivous Oy"), helsinki),
                          company(QStringLiteral("KN Siivous Oy"), helsinki)));
    EXPECT_TRUE(different(company(QStringLiteral("Energia P. Kauppinen Oy"), helsinki),
                          company(QStringLiteral("Energia U. Karppinen Oy"), helsinki)));
    EXPECT_TRUE(different(company(QStringLiteral("Asunto Oy Paattisten Tuuli"), helsinki),
                          company(QStringLiteral("Asunto Oy Paattisten Tuohi"), helsinki)));
    EXPECT_FALSE(same(company(QStringLiteral("Hautauspalvelu H. Porkka Oy"), helsinki),
                      company(QStringLiteral("Hautauspalvelu Porkka Oy"), helsinki)));
    // ... while the same code, a joined word and a typo in a long word still match.
    EXPECT_TRUE(same(company(QStringLiteral("YP-Hitsaus Oy"), helsinki),
                     company(QStringLiteral("YP Hitsaus Oy"), helsinki)));
    EXPECT_TRUE(same(company(QStringLiteral("Kirja paino Äijälä Oy"), helsinki),
                     company(QStringLiteral("Kirjapaino Äijälä Oy"), helsinki)));
    EXPECT_TRUE(same(company(QStringLiteral("Kirjapanio Äijälä Oy"), helsinki),
                     company(QStringLiteral("Kirjapaino Äijälä Oy"), helsinki)));
}

TEST_F(MatchScorerTest, ASoleTraderIsNotThePrivatePersonOfTheSameNameWithoutMoreEvidence)
{
    const MatchRecord trader =
        company(QStringLiteral("Tmi Eija Manninen"), QStringLiteral("Kuopio"));
    MatchRecord consumer = person(QStringLiteral("Eija Manninen"), QStringLiteral("Kuopio"));
    EXPECT_TRUE(different(trader, consumer));
    // One phone number in common makes them one customer to look at.
    MatchRecord traderWithPhone = trader;
    traderWithPhone.phones = {QStringLiteral("+358401234567")};
    consumer.phones = {QStringLiteral("040 123 4567")};
    EXPECT_FALSE(different(traderWithPhone, consumer));
}
