#include "core/matching/MunicipalityResolver.h"
#include "core/matching/StreetNormalizer.h"

#include <gtest/gtest.h>

using namespace luotsi::core::matching;

TEST(StreetNormalizer, AbbreviatedEndingsAreWrittenOut)
{
    EXPECT_EQ(StreetNormalizer::normalize(u"Kalevank. 54 D 5").key(),
              StreetNormalizer::normalize(u"Kalevankatu 54").key());
    EXPECT_EQ(StreetNormalizer::normalize(u"Kalevankatu 54").key(),
              QStringLiteral("kalevankatu 54"));
    EXPECT_EQ(StreetNormalizer::normalize(u"Peltot. 7").key(), QStringLiteral("peltotie 7"));
    EXPECT_EQ(StreetNormalizer::normalize(u"KOIVUKJ. 3").key(), QStringLiteral("koivukuja 3"));
    EXPECT_EQ(StreetNormalizer::normalize(u"Läntinen Pitkäkatu 59").key(),
              QStringLiteral("lantinenpitkakatu 59"));
    EXPECT_EQ(StreetNormalizer::normalize(u"Urheilukatu 49a").key(),
              StreetNormalizer::normalize(u"URHEILUKATU 49 A").key());
}

TEST(StreetNormalizer, PoBoxesInEverySpelling)
{
    for (const QString& street :
         {QStringLiteral("PL 56"), QStringLiteral("Postilokero 56"), QStringLiteral("PO Box 56"),
          QStringLiteral("P.O. Box 56"), QStringLiteral("pl56")}) {
        const NormalizedStreet normalized = StreetNormalizer::normalize(street);
        EXPECT_TRUE(normalized.poBox) << qPrintable(street);
        EXPECT_EQ(normalized.key(), QStringLiteral("pl 56")) << qPrintable(street);
    }
    EXPECT_FALSE(StreetNormalizer::normalize(u"Pohjoisesplanadi 139").poBox);
    EXPECT_TRUE(StreetNormalizer::normalize(u"c/o Tilitoimisto Laine").isEmpty());
}

TEST(StreetNormalizer, PoBoxCodeIsTheSameArea)
{
    EXPECT_TRUE(StreetNormalizer::sameArea(u"40881", u"40880"));
    EXPECT_FALSE(StreetNormalizer::sameArea(u"40881", u"40100"));
    EXPECT_FALSE(StreetNormalizer::sameArea(u"", u""));
}

TEST(MunicipalityResolver, BilingualNamesResolveToFinnish)
{
    const MunicipalityResolver& resolver = MunicipalityResolver::builtIn();
    EXPECT_EQ(resolver.fromCity(u"Helsingfors"), QStringLiteral("helsinki"));
    EXPECT_EQ(resolver.fromCity(u"HELSINKI"), QStringLiteral("helsinki"));
    EXPECT_EQ(resolver.fromCity(u"Borgå"), QStringLiteral("porvoo"));
    EXPECT_EQ(resolver.fromCity(u"BORGA"), QStringLiteral("porvoo"));
    EXPECT_EQ(resolver.fromCity(u"Vasa"), QStringLiteral("vaasa"));
    EXPECT_EQ(resolver.fromCity(u"Grankulla"), QStringLiteral("kauniainen"));
    EXPECT_EQ(resolver.fromCity(u"JYVASKYLA"), QStringLiteral("jyvaskyla"));
    EXPECT_EQ(resolver.fromCity(u"00100 Helsinki"), QStringLiteral("helsinki"));
    EXPECT_TRUE(resolver.knowsCity(u"Raseborg"));
    EXPECT_FALSE(resolver.knowsCity(u"Atlantis"));
    EXPECT_EQ(resolver.fromCity(u"Atlantis"), QStringLiteral("atlantis"));
    EXPECT_EQ(resolver.fromCity(u""), QString());
}

TEST(MunicipalityResolver, PostalCodesIncludingUnknownOnes)
{
    const MunicipalityResolver& resolver = MunicipalityResolver::builtIn();
    EXPECT_EQ(resolver.fromPostalCode(u"00100"), QStringLiteral("helsinki"));
    EXPECT_EQ(resolver.fromPostalCode(u"06100"), QStringLiteral("porvoo"));
    // A plausible street code that is not in Posti's table: the area's municipality.
    EXPECT_EQ(resolver.fromPostalCode(u"20840"), QStringLiteral("turku"));
    EXPECT_EQ(resolver.fromPostalCode(u"123"), QString());
}
