#include "core/importing/cleaning/NameCleaner.h"
#include "core/importing/cleaning/NameWords.h"

#include <gtest/gtest.h>

using namespace luotsi::core;
using namespace luotsi::core::importing;
using namespace Qt::StringLiterals;

namespace {

QString cleaned(const QString& name)
{
    CleaningFindings findings;
    return NameCleaner::clean(name, findings);
}

CleaningFindings findingsOf(const QString& name)
{
    CleaningFindings findings;
    NameCleaner::clean(name, findings);
    return findings;
}

} // namespace

TEST(NameCleaner, TrimsAndCollapsesSpaces)
{
    EXPECT_EQ(cleaned(u"  Joensuun Puutyö  Oy "_s), u"Joensuun Puutyö Oy"_s);
    const CleaningFindings findings = findingsOf(u"Savotalo  Palvelut Oy"_s);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().level, CleaningFinding::Level::Fixed);
    EXPECT_EQ(findings.first().before, u"Savotalo  Palvelut Oy"_s);
    EXPECT_EQ(findings.first().after, u"Savotalo Palvelut Oy"_s);
}

TEST(NameCleaner, WritesLegalFormsOneWay)
{
    EXPECT_EQ(cleaned(u"Rakennus Virtanen OY"_s), u"Rakennus Virtanen Oy"_s);
    EXPECT_EQ(cleaned(u"Rakennus Virtanen oy"_s), u"Rakennus Virtanen Oy"_s);
    EXPECT_EQ(cleaned(u"Rakennus Virtanen Oy."_s), u"Rakennus Virtanen Oy"_s);
    EXPECT_EQ(cleaned(u"Keski-Suomen Logistiikka OYJ"_s), u"Keski-Suomen Logistiikka Oyj"_s);
    EXPECT_EQ(cleaned(u"Tilitoimisto Mustonen KY"_s), u"Tilitoimisto Mustonen Ky"_s);
    EXPECT_EQ(cleaned(u"Byggnads Grönroos & Co AB"_s), u"Byggnads Grönroos & Co Ab"_s);
    EXPECT_EQ(cleaned(u"LVI Tuominen TMI"_s), u"LVI Tuominen Tmi"_s);
    EXPECT_EQ(cleaned(u"T:mi Matti Kärkkäinen"_s), u"Tmi Matti Kärkkäinen"_s);
    EXPECT_EQ(cleaned(u"Valkeakosken Eläkeläiset R.Y."_s), u"Valkeakosken Eläkeläiset ry"_s);
    EXPECT_EQ(cleaned(u"Inarin Urheiluseura r.y."_s), u"Inarin Urheiluseura ry"_s);
    EXPECT_EQ(cleaned(u"Helsingin Metsästysseura RY"_s), u"Helsingin Metsästysseura ry"_s);
    EXPECT_EQ(cleaned(u"Raseborg Marthaförening RF"_s), u"Raseborg Marthaförening rf"_s);
    // A name cut between "r." and "y." and joined with a space.
    EXPECT_EQ(cleaned(u"Kankaanpään Omakotiyhdistys r. y."_s), u"Kankaanpään Omakotiyhdistys ry"_s);
}

TEST(NameCleaner, TitleCasesAllCapsTheFinnishWay)
{
    EXPECT_EQ(cleaned(u"JYVÄSKYLÄN SEURAKUNTA"_s), u"Jyväskylän seurakunta"_s);
    EXPECT_EQ(cleaned(u"RAKENNUS VIRTANEN OY"_s), u"Rakennus Virtanen Oy"_s);
    EXPECT_EQ(cleaned(u"KUOPION SEURAKUNTAYHTYMÄ"_s), u"Kuopion seurakuntayhtymä"_s);
    EXPECT_EQ(cleaned(u"JYVÄSKYLÄN ORTODOKSINEN SEURAKUNTA"_s),
              u"Jyväskylän ortodoksinen seurakunta"_s);
    EXPECT_EQ(cleaned(u"KESKI-SUOMEN LOGISTIIKKA OYJ"_s), u"Keski-Suomen Logistiikka Oyj"_s);
    EXPECT_EQ(cleaned(u"LVI-VÄISÄNEN OY"_s), u"LVI-Väisänen Oy"_s);
    EXPECT_EQ(cleaned(u"VAASAN NMKY RY"_s), u"Vaasan NMKY ry"_s);
    EXPECT_EQ(cleaned(u"PAPPILANMÄEN KYLÄSEURA R.Y."_s), u"Pappilanmäen Kyläseura ry"_s);
    EXPECT_EQ(cleaned(u"MASKIN BLOMQVIST & CO AB"_s), u"Maskin Blomqvist & Co Ab"_s);
    EXPECT_EQ(cleaned(u"VANDA SVENSKA FÖRSAMLING"_s), u"Vanda svenska församling"_s);
    EXPECT_EQ(cleaned(u"jyväskylän huonekalu ky"_s), u"Jyväskylän Huonekalu Ky"_s);
    EXPECT_EQ(cleaned(u"rovaniemen insinööritoimisto oy"_s), u"Rovaniemen Insinööritoimisto Oy"_s);
}

TEST(NameCleaner, ParishAdjectivesAreSurnamesElsewhere)
{
    EXPECT_EQ(cleaned(u"Sähkö R. Ruotsalainen Oy"_s), u"Sähkö R. Ruotsalainen Oy"_s);
    EXPECT_EQ(cleaned(u"SÄHKÖ R. RUOTSALAINEN OY"_s), u"Sähkö R. Ruotsalainen Oy"_s);
    EXPECT_EQ(cleaned(u"Helsingin Ruotsalainen Seurakunta"_s),
              u"Helsingin ruotsalainen seurakunta"_s);
}

TEST(NameCleaner, KeepsMixedCaseButLowersCommonNouns)
{
    EXPECT_EQ(cleaned(u"Espoon Pyhän Laurin Seurakunta"_s), u"Espoon Pyhän Laurin seurakunta"_s);
    EXPECT_EQ(cleaned(u"Mikkelin tuomiokirkkoseurakunta"_s), u"Mikkelin tuomiokirkkoseurakunta"_s);
    EXPECT_EQ(cleaned(u"SiSu-Data Oy"_s), u"SiSu-Data Oy"_s);
    EXPECT_TRUE(findingsOf(u"Rannan seurakunta"_s).isEmpty());
}

TEST(NameCleaner, WritesAbbreviationsOut)
{
    EXPECT_EQ(cleaned(u"Tampereen srky"_s), u"Tampereen seurakuntayhtymä"_s);
    EXPECT_EQ(cleaned(u"Hämeenlinnan srk-yhtymä"_s), u"Hämeenlinnan seurakuntayhtymä"_s);
    EXPECT_EQ(cleaned(u"Kallion srk"_s), u"Kallion seurakunta"_s);
    EXPECT_EQ(cleaned(u"Ins.tsto Savolainen Oy"_s), u"Insinööritoimisto Savolainen Oy"_s);
    EXPECT_EQ(cleaned(u"Ark.tsto Lönnqvist Oy"_s), u"Arkkitehtitoimisto Lönnqvist Oy"_s);
    EXPECT_EQ(cleaned(u"Toiminimi Taksi Vesterinen"_s), u"Tmi Taksi Vesterinen"_s);
    const CleaningFindings findings = findingsOf(u"Tampereen srky"_s);
    ASSERT_FALSE(findings.isEmpty());
    EXPECT_EQ(findings.first().after, u"Tampereen seurakuntayhtymä"_s);
}

TEST(NameWords, KnowsKindsByLegalFormAndNoun)
{
    EXPECT_EQ(NameWords::kindOf(u"Tampereen seurakuntayhtymä"_s), CustomerKind::ParishUnion);
    EXPECT_EQ(NameWords::kindOf(u"Tampereen srky"_s), CustomerKind::ParishUnion);
    EXPECT_EQ(NameWords::kindOf(u"Hämeenlinnan srk-yhtymä"_s), CustomerKind::ParishUnion);
    EXPECT_EQ(NameWords::kindOf(u"Porin seurakuntahytymä"_s), CustomerKind::ParishUnion);
    EXPECT_EQ(NameWords::kindOf(u"Esbo kyrkliga samfällighet"_s), CustomerKind::ParishUnion);
    EXPECT_EQ(NameWords::kindOf(u"Kallion seurakunta"_s), CustomerKind::Parish);
    EXPECT_EQ(NameWords::kindOf(u"Kallion srk"_s), CustomerKind::Parish);
    EXPECT_EQ(NameWords::kindOf(u"Helsingin tuomiokirkkoseurakunta"_s), CustomerKind::Parish);
    EXPECT_EQ(NameWords::kindOf(u"Vanda svenska församling"_s), CustomerKind::Parish);
    EXPECT_EQ(NameWords::kindOf(u"Inarin Urheiluseura r.y."_s), CustomerKind::Association);
    EXPECT_EQ(NameWords::kindOf(u"Raseborg Marthaförening rf"_s), CustomerKind::Association);
    EXPECT_EQ(NameWords::kindOf(u"Rakennus Virtanen Oy"_s), CustomerKind::Company);
    EXPECT_EQ(NameWords::kindOf(u"Tmi Kirjapaino Äijälä"_s), CustomerKind::Company);
    EXPECT_EQ(NameWords::kindOf(u"Vantaan kaupunki"_s), CustomerKind::PublicBody);
    EXPECT_FALSE(NameWords::kindOf(u"Virtanen Matti"_s).has_value());
}

TEST(NameWords, TellsDepartmentsFromNameContinuations)
{
    for (const QString& department :
         {u"Ostot"_s, u"Talousosasto"_s, u"Reskontra"_s, u"Ostoreskontra"_s, u"Keskusvarasto"_s,
          u"Kirkkoherranvirasto"_s, u"Seurakuntatoimisto"_s, u"c/o Tilitoimisto Laine"_s,
          u"Hallinto"_s, u"Toimisto"_s})
        EXPECT_TRUE(NameWords::isDepartment(department)) << department.toStdString();
    for (const QString& rest : {u"Oy"_s, u"seurakunta"_s, u"Tuominen"_s, u"Yhdistys ry"_s})
        EXPECT_FALSE(NameWords::isDepartment(rest)) << rest.toStdString();
}
