#include "core/matching/NameNormalizer.h"
#include "core/matching/PersonName.h"
#include "core/matching/TextFolding.h"

#include <gtest/gtest.h>

using namespace luotsi::core::matching;

namespace {

QString keyOf(const QString& name)
{
    return NameNormalizer::normalize(name).key();
}

LegalForm formOf(const QString& name)
{
    return NameNormalizer::normalize(name).legalForm;
}

} // namespace

TEST(TextFolding, FoldsFinnishAndSwedishLetters)
{
    EXPECT_EQ(TextFolding::fold(u"ÄIJÄLÄ Åström Öhman"), QStringLiteral("aijala astrom ohman"));
    EXPECT_EQ(TextFolding::fold(u"Café Müller"), QStringLiteral("cafe muller"));
    EXPECT_EQ(TextFolding::alphanumeric(u"Keski-Suomen Kone Oy"),
              QStringLiteral("keskisuomenkoneoy"));
}

TEST(TextFolding, WordsJoinAtDotsColonsAndHyphens)
{
    EXPECT_EQ(TextFolding::words(u"T:mi Matti  Kärkkäinen, r.y."),
              (QStringList{QStringLiteral("tmi"), QStringLiteral("matti"),
                           QStringLiteral("karkkainen"), QStringLiteral("ry")}));
    EXPECT_EQ(TextFolding::words(u"Säkerhet Häggblom & Co/Pojat"),
              (QStringList{QStringLiteral("sakerhet"), QStringLiteral("haggblom"),
                           QStringLiteral("co"), QStringLiteral("pojat")}));
}

TEST(NameNormalizer, LegalFormInAnyPositionAndCase)
{
    const QString expected = QStringLiteral("kirjapaino aijala");
    for (const QString& name :
         {QStringLiteral("Tmi Kirjapaino Äijälä"), QStringLiteral("Kirjapaino Äijälä Tmi"),
          QStringLiteral("T:mi Kirjapaino Äijälä"), QStringLiteral("TOIMINIMI KIRJAPAINO ÄIJÄLÄ"),
          QStringLiteral("kirjapaino aijala t:mi"), QStringLiteral("  Kirjapaino   Äijälä ")}) {
        EXPECT_EQ(keyOf(name), expected) << qPrintable(name);
    }
    EXPECT_EQ(formOf(QStringLiteral("Tmi Kirjapaino Äijälä")), LegalForm::Tmi);
    EXPECT_EQ(formOf(QStringLiteral("TOIMINIMI KIRJAPAINO ÄIJÄLÄ")), LegalForm::Tmi);
    EXPECT_EQ(formOf(QStringLiteral("  Kirjapaino   Äijälä ")), LegalForm::None);

    EXPECT_EQ(keyOf(QStringLiteral("OY Joensuun Lasi")), QStringLiteral("joensuun lasi"));
    EXPECT_EQ(formOf(QStringLiteral("Joensuun Lasi OY")), LegalForm::Oy);
    EXPECT_EQ(formOf(QStringLiteral("Joensuun Lasi Oy.")), LegalForm::Oy);
    EXPECT_EQ(formOf(QStringLiteral("Joensuun Lasi oy ab")), LegalForm::Oy);
    EXPECT_EQ(formOf(QStringLiteral("Österbottens Bil Ab")), LegalForm::Oy);
    EXPECT_EQ(formOf(QStringLiteral("Keski-Suomen Kone Oyj")), LegalForm::Oyj);
    EXPECT_EQ(formOf(QStringLiteral("Pohjolatek Ky")), LegalForm::Ky);
    EXPECT_EQ(formOf(QStringLiteral("Forssan Lähetysyhdistys R.Y.")), LegalForm::Ry);
    EXPECT_EQ(formOf(QStringLiteral("Grankulla Seglarförening rf")), LegalForm::Ry);
    EXPECT_EQ(formOf(QStringLiteral("Ay Virtanen & Co")), LegalForm::Ay);
    EXPECT_EQ(formOf(QStringLiteral("Osk Pellervo")), LegalForm::Osk);
    EXPECT_EQ(keyOf(QStringLiteral("Forssan Lähetysyhdistys R.Y.")),
              QStringLiteral("forssan lahetysyhdistys"));
}

TEST(NameNormalizer, MistypedLegalFormAtTheEndIsDropped)
{
    EXPECT_EQ(keyOf(QStringLiteral("Joensuun Lasi Oyy")), QStringLiteral("joensuun lasi"));
    EXPECT_EQ(keyOf(QStringLiteral("Pohjolatek K")), QStringLiteral("pohjolatek"));
    EXPECT_EQ(keyOf(QStringLiteral("Tmu Kirjapaino Äijälä")), QStringLiteral("kirjapaino aijala"));
    // The form it most likely was, when only one fits.
    EXPECT_EQ(formOf(QStringLiteral("Ahtitek Group OOy")), LegalForm::Oy);
    EXPECT_EQ(formOf(QStringLiteral("Ahtitek Group Kyy")), LegalForm::Ky);
    EXPECT_EQ(formOf(QStringLiteral("Ahtitek Group Oi")), LegalForm::Oy);
    EXPECT_EQ(formOf(QStringLiteral("Tmu Kirjapaino Äijälä")), LegalForm::Tmi);
    EXPECT_EQ(formOf(QStringLiteral("Länsilogistiikka Y")), LegalForm::None); // Oy? Ky? ry?
    // A word at the start must keep its length: "Åbo" is a town, not a mistyped "Ab".
    EXPECT_EQ(keyOf(QStringLiteral("Åbo Bil")), QStringLiteral("abo bil"));
    // Not in a private person's name: "Ari" is a first name, not a mistyped "ry".
    EXPECT_EQ(NameNormalizer::normalize(u"Virtanen Ari", true).key(),
              QStringLiteral("virtanen ari"));
}

TEST(NameNormalizer, DiacriticsStrippedOrNotGiveOneKey)
{
    EXPECT_EQ(keyOf(QStringLiteral("SÄHKÖ VÄÄNÄNEN OY")),
              keyOf(QStringLiteral("SAHKO VAANANEN OY")));
    EXPECT_EQ(keyOf(QStringLiteral("Åbo svenska församling")),
              QStringLiteral("abo svenska forsamling"));
}

TEST(NameNormalizer, AbbreviationsAreWrittenOut)
{
    EXPECT_EQ(keyOf(QStringLiteral("Vantaan srk-yhtymä")),
              keyOf(QStringLiteral("Vantaan seurakuntayhtymä")));
    EXPECT_EQ(keyOf(QStringLiteral("VANTAAN SRKY")), QStringLiteral("vantaan seurakuntayhtyma"));
    EXPECT_EQ(keyOf(QStringLiteral("Myllypuron srk")), QStringLiteral("myllypuron seurakunta"));
    EXPECT_EQ(keyOf(QStringLiteral("Mikkelin tuomiokirkkosrk")),
              QStringLiteral("mikkelin tuomiokirkkoseurakunta"));
    EXPECT_EQ(keyOf(QStringLiteral("Ins.tsto Törmänen Ky")),
              keyOf(QStringLiteral("Insinööritoimisto Törmänen Ky")));
    EXPECT_EQ(keyOf(QStringLiteral("Ark.tsto Holmström Ky")),
              keyOf(QStringLiteral("Arkkitehtitoimisto Holmström Ky")));
}

TEST(NameNormalizer, GenitivePlaceNamesStay)
{
    EXPECT_EQ(keyOf(QStringLiteral("Kallion seurakunta")), QStringLiteral("kallion seurakunta"));
    EXPECT_NE(keyOf(QStringLiteral("Kallion seurakunta")),
              keyOf(QStringLiteral("Kallio seurakunta")));
    EXPECT_EQ(keyOf(QStringLiteral("Helsingin seurakuntayhtymä")),
              QStringLiteral("helsingin seurakuntayhtyma"));
}

TEST(NameNormalizer, SortedKeyIgnoresWordOrder)
{
    EXPECT_EQ(NameNormalizer::normalize(u"Tuominen Sami").sortedKey,
              NameNormalizer::normalize(u"Sami Tuominen").sortedKey);
    EXPECT_EQ(NameNormalizer::normalize(u"Rakennusliike Virta nen Oy").compact,
              NameNormalizer::normalize(u"Rakennusliike Virtanen").compact);
}

TEST(PersonName, KeyIsOrderInsensitive)
{
    EXPECT_EQ(PersonName::key(u"Tuominen Sami"), PersonName::key(u"SAMI TUOMINEN"));
    EXPECT_EQ(PersonName::key(u"Marja-Leena Åström"), QStringLiteral("astrom marjaleena"));
    EXPECT_TRUE(PersonName::samePerson(u"Sami Tuominen", u"Tuominen Sami"));
    EXPECT_TRUE(PersonName::samePerson(u"S. Tuominen", u"Sami Tuominen"));
    EXPECT_TRUE(PersonName::samePerson(u"P. Lindqvist", u"Lindqvist Pekka"));
    EXPECT_TRUE(PersonName::samePerson(u"Sami Tuomienn", u"Sami Tuominen"));
    EXPECT_FALSE(PersonName::samePerson(u"Sami Tuominen", u"Tuula Tuominen"));
    EXPECT_FALSE(PersonName::samePerson(u"K. Tuominen", u"Sami Tuominen"));
    EXPECT_FALSE(PersonName::samePerson(u"", u"Sami Tuominen"));
}
