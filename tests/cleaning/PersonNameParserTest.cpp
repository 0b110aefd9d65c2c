#include "core/importing/cleaning/PersonNameParser.h"
#include "core/importing/cleaning/FirstNames.h"

#include <gtest/gtest.h>

using namespace luotsi::core::importing;
using namespace Qt::StringLiterals;

TEST(FirstNames, KnowsFinnishAndSwedishNamesWhateverTheCase)
{
    for (const QString& name : {u"Matti"_s, u"PÄIVIKKI"_s, u"märta"_s, u"Åsa"_s, u"Håkan"_s,
                                u"Juha-Pekka"_s, u"ANNA-LIISA"_s, u"Marja-Leena"_s, u"Helmi"_s})
        EXPECT_TRUE(FirstNames::contains(name)) << name.toStdString();
    // Cirix rows lost their diacritics.
    EXPECT_TRUE(FirstNames::contains(u"MARTA"_s));
    for (const QString& surname : {u"Virtanen"_s, u"Hämäläinen"_s, u"Lindqvist"_s, u"Oy"_s})
        EXPECT_FALSE(FirstNames::contains(surname)) << surname.toStdString();
    EXPECT_TRUE(FirstNames::looksLikeSurname(u"Hämäläinen"_s));
    EXPECT_TRUE(FirstNames::looksLikeSurname(u"Strandberg"_s));
    EXPECT_FALSE(FirstNames::looksLikeSurname(u"Matti"_s));
}

TEST(FirstNames, NearlyContainsTypingSlips)
{
    EXPECT_TRUE(FirstNames::nearlyContains(u"Leenz"_s));  // Leena, substitution
    EXPECT_TRUE(FirstNames::nearlyContains(u"Tapi"_s));   // Tapio, deletion
    EXPECT_TRUE(FirstNames::nearlyContains(u"Srefan"_s)); // Stefan
    EXPECT_FALSE(FirstNames::nearlyContains(u"Rakennus"_s));
    EXPECT_FALSE(FirstNames::nearlyContains(u"Arixyz"_s));
}

TEST(PersonNameParser, ReadsLastNameFirstAsTheColumnWritesIt)
{
    const auto parts = PersonNameParser::parse(u"Hämäläinen Sirpa"_s, PersonNameOrder::LastFirst);
    EXPECT_EQ(parts.first, u"Sirpa"_s);
    EXPECT_EQ(parts.last, u"Hämäläinen"_s);
    EXPECT_FALSE(parts.reordered);
    EXPECT_EQ(parts.full(), u"Sirpa Hämäläinen"_s);
}

TEST(PersonNameParser, NoticesSwappedNames)
{
    // swapped_names: the subscriber list writes "Sukunimi Etunimi", but not always.
    const auto parts = PersonNameParser::parse(u"Päivikki Peltonen"_s, PersonNameOrder::LastFirst);
    EXPECT_EQ(parts.first, u"Päivikki"_s);
    EXPECT_EQ(parts.last, u"Peltonen"_s);
    EXPECT_TRUE(parts.reordered);
    // A contact column written first-name-first, with one row the other way.
    const auto contact = PersonNameParser::parse(u"Hakala Ilkka"_s, PersonNameOrder::FirstLast);
    EXPECT_EQ(contact.full(), u"Ilkka Hakala"_s);
    EXPECT_TRUE(contact.reordered);
}

TEST(PersonNameParser, TitleCasesAndKeepsInitialsAndDoubleNames)
{
    EXPECT_EQ(PersonNameParser::parse(u"VIRTANEN PÄIVI"_s, PersonNameOrder::LastFirst).full(),
              u"Päivi Virtanen"_s);
    EXPECT_EQ(PersonNameParser::parse(u"TIMO LÖNNQVIST"_s, PersonNameOrder::LastFirst).full(),
              u"Timo Lönnqvist"_s);
    const auto initial = PersonNameParser::parse(u"P. Lindqvist"_s, PersonNameOrder::FirstLast);
    EXPECT_EQ(initial.first, u"P."_s);
    EXPECT_EQ(initial.last, u"Lindqvist"_s);
    EXPECT_EQ(PersonNameParser::parse(u"Heikkilä Marja-Leena"_s, PersonNameOrder::LastFirst).full(),
              u"Marja-Leena Heikkilä"_s);
    EXPECT_EQ(PersonNameParser::parse(u"Jokinen Marja-Lena"_s, PersonNameOrder::LastFirst).full(),
              u"Marja-Lena Jokinen"_s);
    // A slip in the first name: the surname ending still tells the order.
    EXPECT_EQ(PersonNameParser::parse(u"Laitinen Leenz"_s, PersonNameOrder::FirstLast).full(),
              u"Leenz Laitinen"_s);
}

TEST(PersonNameParser, SwapsColumnsTypedIntoEachOther)
{
    // Cirix ETUNIMI / SUKUNIMI the wrong way round.
    const auto swapped = PersonNameParser::fromColumns(u"LAINE"_s, u"RIITTA"_s);
    EXPECT_EQ(swapped.first, u"Riitta"_s);
    EXPECT_EQ(swapped.last, u"Laine"_s);
    EXPECT_TRUE(swapped.reordered);
    const auto right = PersonNameParser::fromColumns(u"BJÖRN"_s, u"LEHTONEN"_s);
    EXPECT_EQ(right.full(), u"Björn Lehtonen"_s);
    EXPECT_FALSE(right.reordered);
    // Neither word known: left as typed.
    EXPECT_FALSE(PersonNameParser::fromColumns(u"Xyz"_s, u"Qwerty"_s).reordered);
}
