#include "core/importing/cleaning/AddressCleaner.h"
#include "core/importing/mapping/AddressSplitter.h"

#include <gtest/gtest.h>

using namespace luotsi::core;
using namespace luotsi::core::importing;
using namespace Qt::StringLiterals;

namespace {

AddressCleaner::Address clean(const QString& street, const QString& code, const QString& city,
                              CleaningFindings* out = nullptr)
{
    CleaningFindings findings;
    const AddressCleaner cleaner;
    auto address = cleaner.clean(street, code, city, QString(), findings);
    if (out)
        *out = findings;
    return address;
}

bool hasFinding(const CleaningFindings& findings, TargetField field, CleaningFinding::Level level)
{
    for (const CleaningFinding& f : findings) {
        if (f.field == field && f.level == level)
            return true;
    }
    return false;
}

} // namespace

TEST(AddressSplitter, SplitsTheFormsOfTheSubscriberList)
{
    const auto comma = AddressSplitter::split(u"Pohjoisesplanadi 139, 02370 ESPOO"_s);
    EXPECT_TRUE(comma.recognised);
    EXPECT_EQ(comma.street, u"Pohjoisesplanadi 139"_s);
    EXPECT_EQ(comma.postalCode, u"02370"_s);
    EXPECT_EQ(comma.city, u"ESPOO"_s);

    const auto spaces = AddressSplitter::split(u"Tehtaankatu 4 83500 OUTOKUMPU"_s);
    EXPECT_EQ(spaces.street, u"Tehtaankatu 4"_s);
    EXPECT_EQ(spaces.postalCode, u"83500"_s);
    EXPECT_EQ(spaces.city, u"OUTOKUMPU"_s);

    const auto lines = AddressSplitter::split(u"Puutarhakatu 106\n04300 TUUSULA"_s);
    EXPECT_EQ(lines.street, u"Puutarhakatu 106"_s);
    EXPECT_EQ(lines.postalCode, u"04300"_s);
    EXPECT_EQ(lines.city, u"TUUSULA"_s);

    const auto tight = AddressSplitter::split(u"Vasarakatu 40 C 2,01900 Nurmijärvi"_s);
    EXPECT_EQ(tight.street, u"Vasarakatu 40 C 2"_s);
    EXPECT_EQ(tight.postalCode, u"01900"_s);

    const auto box = AddressSplitter::split(u"PO Box 70 92101 RAAHE"_s);
    EXPECT_EQ(box.street, u"PO Box 70"_s);
    EXPECT_EQ(box.postalCode, u"92101"_s);

    const auto twoWordCity = AddressSplitter::split(u"Koulukatu 1, 00100 Helsinki Keskusta"_s);
    EXPECT_EQ(twoWordCity.city, u"Helsinki Keskusta"_s);

    const auto lostZero = AddressSplitter::split(u"Torikatu 5, 4400 Järvenpää"_s);
    EXPECT_EQ(lostZero.postalCode, u"4400"_s);
    EXPECT_EQ(lostZero.street, u"Torikatu 5"_s);

    const auto noCode = AddressSplitter::split(u"Koulukatu 7, Porvoo"_s);
    EXPECT_EQ(noCode.street, u"Koulukatu 7"_s);
    EXPECT_EQ(noCode.city, u"Porvoo"_s);

    const auto unknown = AddressSplitter::split(u"Kylänraitti"_s);
    EXPECT_FALSE(unknown.recognised);
    EXPECT_EQ(unknown.street, u"Kylänraitti"_s);
}

TEST(AddressCleaner, RestoresLostLeadingZerosWhenTheCityAgrees)
{
    if (PlaceIndex::builtIn().table().isEmpty())
        GTEST_SKIP() << "built-in postal code table missing";
    CleaningFindings findings;
    auto helsinki = clean(u"Torikatu 58"_s, u"100"_s, u"Helsinki"_s, &findings);
    EXPECT_EQ(helsinki.postalCode, u"00100"_s);
    EXPECT_TRUE(hasFinding(findings, TargetField::PostalCode, CleaningFinding::Level::Fixed));

    // 06720 is not in Posti's list, but Porvoo's codes are 06xxx.
    auto porvoo = clean(u"Linnankatu 30"_s, u"6720"_s, u"PORVOO"_s, &findings);
    EXPECT_EQ(porvoo.postalCode, u"06720"_s);
    EXPECT_EQ(porvoo.city, u"Porvoo"_s);
    EXPECT_TRUE(hasFinding(findings, TargetField::PostalCode, CleaningFinding::Level::Fixed));

    // The city does not confirm it: restored, but the admin is told.
    auto doubtful = clean(u"Torikatu 1"_s, u"100"_s, u"Rovaniemi"_s, &findings);
    EXPECT_EQ(doubtful.postalCode, u"00100"_s);
    EXPECT_TRUE(hasFinding(findings, TargetField::PostalCode, CleaningFinding::Level::Warning));

    // A number cell's text.
    EXPECT_EQ(clean(QString(), u"4400.0"_s, u"Järvenpää"_s).postalCode, u"04400"_s);
}

TEST(AddressCleaner, SpellsCitiesProperly)
{
    if (PlaceIndex::builtIn().table().isEmpty())
        GTEST_SKIP() << "built-in postal code table missing";
    EXPECT_EQ(clean(QString(), u"40100"_s, u"JYVÄSKYLÄ"_s).city, u"Jyväskylä"_s);
    // diacritics_stripped in Cirix
    CleaningFindings findings;
    auto stripped = clean(QString(), u"40100"_s, u"JYVASKYLA"_s, &findings);
    EXPECT_EQ(stripped.city, u"Jyväskylä"_s);
    EXPECT_TRUE(hasFinding(findings, TargetField::City, CleaningFinding::Level::Fixed));
    EXPECT_EQ(clean(QString(), QString(), u"NARPIO"_s).city, u"Närpiö"_s);
    EXPECT_EQ(clean(QString(), QString(), u"kristiinankaupunki"_s).city, u"Kristiinankaupunki"_s);
    // A Swedish name of a bilingual municipality stays; the Finnish municipality is known.
    const auto sv = clean(u"Mannerheimvägen 1"_s, u"00100"_s, u"HELSINGFORS"_s);
    EXPECT_EQ(sv.city, u"Helsingfors"_s);
    EXPECT_EQ(sv.municipality, u"Helsinki"_s);
    const auto vasa = clean(QString(), QString(), u"Vasa"_s);
    EXPECT_EQ(vasa.city, u"Vasa"_s);
    EXPECT_EQ(vasa.municipality, u"Vaasa"_s);
}

TEST(AddressCleaner, WarnsWhenTheCodeBelongsElsewhere)
{
    if (PlaceIndex::builtIn().table().isEmpty())
        GTEST_SKIP() << "built-in postal code table missing";
    CleaningFindings findings;
    clean(u"Koulukatu 1"_s, u"00100"_s, u"Tampere"_s, &findings);
    EXPECT_TRUE(hasFinding(findings, TargetField::PostalCode, CleaningFinding::Level::Warning));
    CleaningFindings none;
    clean(u"Koulukatu 1"_s, u"00100"_s, u"Helsinki"_s, &none);
    EXPECT_TRUE(none.isEmpty());
}

TEST(AddressCleaner, CleansStreets)
{
    CleaningFindings findings;
    bool poBox = false;
    EXPECT_EQ(AddressCleaner::cleanStreet(u"Linnank. 30"_s, &poBox, findings), u"Linnankatu 30"_s);
    EXPECT_EQ(AddressCleaner::cleanStreet(u"Järvit. 32"_s, &poBox, findings), u"Järvitie 32"_s);
    EXPECT_EQ(AddressCleaner::cleanStreet(u"Läntinen Pitkäk. 3 B 29"_s, &poBox, findings),
              u"Läntinen Pitkäkatu 3 B 29"_s);
    EXPECT_EQ(AddressCleaner::cleanStreet(u"HAKAMÄENTIE 43 A 1"_s, &poBox, findings),
              u"Hakamäentie 43 A 1"_s);
    EXPECT_EQ(AddressCleaner::cleanStreet(u"  Sahatie  31 "_s, &poBox, findings), u"Sahatie 31"_s);
    EXPECT_FALSE(poBox);
}

TEST(AddressCleaner, WritesPoBoxesTheWayPostiDoes)
{
    CleaningFindings findings;
    for (const QString& box : {u"PL 56"_s, u"PL. 56"_s, u"Postilokero 56"_s, u"PO Box 56"_s,
                               u"P.O. Box 56"_s, u"pl 56"_s}) {
        bool poBox = false;
        EXPECT_EQ(AddressCleaner::cleanStreet(box, &poBox, findings), u"PL 56"_s)
            << box.toStdString();
        EXPECT_TRUE(poBox);
    }
}

TEST(AddressCleaner, CountryNames)
{
    EXPECT_EQ(AddressCleaner::countryCode(u"Finland"_s), u"FI"_s);
    EXPECT_EQ(AddressCleaner::countryCode(u"SUOMI"_s), u"FI"_s);
    EXPECT_EQ(AddressCleaner::countryCode(u"fi"_s), u"FI"_s);
    EXPECT_EQ(AddressCleaner::countryCode(u"Ruotsi"_s), u"SE"_s);
    EXPECT_TRUE(AddressCleaner::countryCode(u"Atlantis"_s).isEmpty());
    CleaningFindings findings;
    const AddressCleaner cleaner;
    EXPECT_EQ(cleaner.clean(QString(), QString(), QString(), QString(), findings).country, u"FI"_s);
    EXPECT_EQ(cleaner.clean(QString(), QString(), QString(), u"Sverige"_s, findings).country,
              u"SE"_s);
}
