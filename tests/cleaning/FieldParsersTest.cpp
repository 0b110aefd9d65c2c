#include "core/importing/cleaning/FieldParsers.h"

#include <gtest/gtest.h>

using namespace luotsi::core;
using namespace luotsi::core::importing;
using namespace Qt::StringLiterals;

TEST(FieldParsers, BusinessIdsInEveryLegacyForm)
{
    CleaningFindings findings;
    EXPECT_EQ(FieldParsers::businessId(u"0865728-5"_s, findings), u"0865728-5"_s);
    EXPECT_EQ(FieldParsers::businessId(u"FI08657285"_s, findings), u"0865728-5"_s);
    EXPECT_EQ(FieldParsers::businessId(u"08657285"_s, findings), u"0865728-5"_s);
    EXPECT_EQ(FieldParsers::businessId(u" 0865728-5 "_s, findings), u"0865728-5"_s);
    EXPECT_TRUE(findings.isEmpty());
    // Excel dropped the leading zero.
    EXPECT_EQ(FieldParsers::businessId(u"865728-5"_s, findings), u"0865728-5"_s);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().level, CleaningFinding::Level::Fixed);
}

TEST(FieldParsers, MistypedCheckDigitIsAWarningAndNotStored)
{
    CleaningFindings findings;
    // 0865728-5 with one digit mistyped.
    EXPECT_TRUE(FieldParsers::businessId(u"0865729-5"_s, findings).isEmpty());
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().level, CleaningFinding::Level::Warning);
    EXPECT_EQ(findings.first().before, u"0865729-5"_s);
    EXPECT_TRUE(findings.first().after.isEmpty());
    findings.clear();
    EXPECT_TRUE(FieldParsers::businessId(u"ei tiedossa"_s, findings).isEmpty());
    EXPECT_EQ(findings.size(), 1);
}

TEST(FieldParsers, RevenueWithFinnishSeparators)
{
    EXPECT_EQ(FieldParsers::revenueCents(u"101,31"_s), 10131);
    EXPECT_EQ(FieldParsers::revenueCents(u"108\u00A0171,01"_s), 10817101);
    EXPECT_EQ(FieldParsers::revenueCents(u"108 171,01 €"_s), 10817101);
    EXPECT_EQ(FieldParsers::revenueCents(u"1.234,50"_s), 123450);
    EXPECT_EQ(FieldParsers::revenueCents(u"9722.959999999999"_s), 972296);
    EXPECT_EQ(FieldParsers::revenueCents(u"607.9"_s), 60790);
    EXPECT_EQ(FieldParsers::revenueCents(u"-12,5"_s), -1250);
    EXPECT_EQ(FieldParsers::revenueCents(u"€ 300"_s), 30000);
    EXPECT_EQ(FieldParsers::revenueCents(u"300 EUR"_s), 30000);
    EXPECT_FALSE(FieldParsers::revenueCents(u"paljon"_s).has_value());
    EXPECT_FALSE(FieldParsers::revenueCents(QString()).has_value());
}

TEST(FieldParsers, StatusWords)
{
    EXPECT_EQ(FieldParsers::status(u"Asiakas"_s), CustomerStatus::Active);
    EXPECT_EQ(FieldParsers::status(u"Uusi"_s), CustomerStatus::Prospect);
    EXPECT_EQ(FieldParsers::status(u"Soita syksyllä"_s), CustomerStatus::Prospect);
    EXPECT_EQ(FieldParsers::status(u"Tarjous lähetetty"_s), CustomerStatus::Prospect);
    EXPECT_EQ(FieldParsers::status(u"Ei kiinnosta"_s), CustomerStatus::Prospect);
    EXPECT_EQ(FieldParsers::status(u"Entinen asiakas"_s), CustomerStatus::Former);
    EXPECT_EQ(FieldParsers::status(u"former"_s), CustomerStatus::Former);
    EXPECT_FALSE(FieldParsers::status(u"???"_s).has_value());
}

TEST(FieldParsers, KindWordsAndCodes)
{
    EXPECT_EQ(FieldParsers::kind(u"person"_s), CustomerKind::Person);
    EXPECT_EQ(FieldParsers::kind(u"parish_union"_s), CustomerKind::ParishUnion);
    EXPECT_EQ(FieldParsers::kind(u"Yksityinen"_s), CustomerKind::Person);
    EXPECT_EQ(FieldParsers::kind(u"Seurakunta"_s), CustomerKind::Parish);
    EXPECT_EQ(FieldParsers::kind(u"Yhdistys"_s), CustomerKind::Association);
    EXPECT_EQ(FieldParsers::kind(u"företag"_s), CustomerKind::Company);
    EXPECT_FALSE(FieldParsers::kind(u"muu"_s).has_value());
    EXPECT_EQ(FieldParsers::language(u"Ruotsi"_s), Language::Swedish);
    EXPECT_EQ(FieldParsers::language(u"fi"_s), Language::Finnish);
}
