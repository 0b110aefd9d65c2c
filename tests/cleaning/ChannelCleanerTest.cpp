#include "core/importing/cleaning/ChannelCleaner.h"

#include <gtest/gtest.h>

using namespace luotsi::core::importing;
using namespace Qt::StringLiterals;

namespace {

QStringList phones(const QString& cell, CleaningFindings* out = nullptr)
{
    CleaningFindings findings;
    const QStringList result = ChannelCleaner::phones({cell}, TargetField::Phone, findings);
    if (out)
        *out = findings;
    return result;
}

QString email(const QString& cell, CleaningFindings* out = nullptr)
{
    CleaningFindings findings;
    const QStringList result = ChannelCleaner::emails({cell}, TargetField::Email, findings);
    if (out)
        *out = findings;
    return result.value(0);
}

} // namespace

TEST(ChannelCleaner, PhonesInEveryFinnishFormBecomeE164)
{
    EXPECT_EQ(phones(u"+358 40 123 4567"_s), QStringList{u"+358401234567"_s});
    EXPECT_EQ(phones(u"040-1234567"_s), QStringList{u"+358401234567"_s});
    EXPECT_EQ(phones(u"040 123 4567"_s), QStringList{u"+358401234567"_s});
    EXPECT_EQ(phones(u"0401234567"_s), QStringList{u"+358401234567"_s});
    EXPECT_EQ(phones(u"(09) 1234 567"_s), QStringList{u"+35891234567"_s});
    EXPECT_EQ(phones(u"+358 (0)17 673 0458"_s), QStringList{u"+358176730458"_s});
    EXPECT_EQ(phones(u"+358401234567"_s), QStringList{u"+358401234567"_s});
    EXPECT_EQ(phones(u"puh. 09 123 4567"_s), QStringList{u"+35891234567"_s});
    EXPECT_EQ(phones(u"040 123 4567 / 09 123 4567"_s),
              (QStringList{u"+358401234567"_s, u"+35891234567"_s}));
}

TEST(ChannelCleaner, RestoresTheLeadingZeroExcelDropped)
{
    CleaningFindings findings;
    EXPECT_EQ(phones(u"401234567"_s, &findings), QStringList{u"+358401234567"_s});
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().level, CleaningFinding::Level::Fixed);
    EXPECT_EQ(findings.first().before, u"401234567"_s);
    EXPECT_EQ(phones(u"448133016"_s), QStringList{u"+358448133016"_s});
    EXPECT_EQ(phones(u"92549572"_s), QStringList{u"+35892549572"_s});
    EXPECT_EQ(phones(u"358401234567"_s), QStringList{u"+358401234567"_s});
}

TEST(ChannelCleaner, DropsInvalidPhonesWithAWarning)
{
    CleaningFindings findings;
    EXPECT_TRUE(phones(u"12"_s, &findings).isEmpty());
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().level, CleaningFinding::Level::Warning);
    EXPECT_EQ(findings.first().before, u"12"_s);
}

TEST(ChannelCleaner, EmailsAreLowerCase)
{
    CleaningFindings findings;
    EXPECT_EQ(email(u"VARKAUDEN.SEURAKUNTA@EVL.FI"_s, &findings), u"varkauden.seurakunta@evl.fi"_s);
    EXPECT_TRUE(findings.isEmpty());
}

TEST(ChannelCleaner, RepairsOnlyTheSafeEmailMistakes)
{
    CleaningFindings findings;
    EXPECT_EQ(email(u"mailto:juha.turunen@joensuunrakennus.fi "_s, &findings),
              u"juha.turunen@joensuunrakennus.fi"_s);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().level, CleaningFinding::Level::Fixed);
    EXPECT_EQ(email(u"info @ jarvenpaanpuutyo.fi"_s), u"info@jarvenpaanpuutyo.fi"_s);
    EXPECT_EQ(email(u"contact(at)sampotuote.fi"_s), u"contact@sampotuote.fi"_s);
    EXPECT_EQ(email(u"ANDERS.SODERSTROM(AT)TMIVILLEKORHONEN.FI"_s),
              u"anders.soderstrom@tmivillekorhonen.fi"_s);
    EXPECT_EQ(email(u"lohjan.seurakunta@evl,fi"_s), u"lohjan.seurakunta@evl.fi"_s);
    EXPECT_EQ(email(u"ulla.akerman@hotmail.com."_s), u"ulla.akerman@hotmail.com"_s);
    // A doubled @ cannot mean anything else either.
    EXPECT_EQ(email(u"info@@huonekalusalonen.fi"_s), u"info@huonekalusalonen.fi"_s);
}

TEST(ChannelCleaner, DropsEmailsThatCannotBeRepaired)
{
    for (const QString& bad :
         {u"contactmerilogistiikkaservice.fi"_s, u"sami.tuominen@suomi24"_s,
          u"mikkelin.pyhan.laurin.seurakunta@evl"_s, u"matti virtanen@firma.fi"_s}) {
        CleaningFindings findings;
        EXPECT_TRUE(email(bad, &findings).isEmpty()) << bad.toStdString();
        ASSERT_EQ(findings.size(), 1);
        EXPECT_EQ(findings.first().level, CleaningFinding::Level::Warning);
        EXPECT_EQ(findings.first().before, bad);
        EXPECT_TRUE(findings.first().after.isEmpty());
    }
}

TEST(ChannelCleaner, WebAddresses)
{
    CleaningFindings findings;
    EXPECT_EQ(ChannelCleaner::web(u" WWW.Firma.FI "_s, findings), u"www.firma.fi"_s);
    EXPECT_EQ(ChannelCleaner::web(u"https://Firma.fi/Yhteystiedot"_s, findings),
              u"https://firma.fi/Yhteystiedot"_s);
    EXPECT_TRUE(findings.isEmpty());
    EXPECT_TRUE(ChannelCleaner::web(u"ei ole"_s, findings).isEmpty());
    EXPECT_EQ(findings.size(), 1);
}
