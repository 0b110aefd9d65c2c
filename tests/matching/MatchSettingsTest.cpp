#include "core/matching/MatchSettings.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace luotsi::core::matching;

TEST(MatchSettings, DefaultsAreSane)
{
    const MatchSettings settings;
    EXPECT_GT(settings.sameAbove, settings.reviewAbove);
    EXPECT_GT(settings.reviewAbove, 0.5);
    EXPECT_LT(settings.weights.prior, 0.0);
    EXPECT_GT(settings.weights.businessIdEqual, settings.weights.nameExact);
    EXPECT_EQ(settings.outcome(settings.sameAbove), MatchOutcome::Same);
    EXPECT_EQ(settings.outcome(settings.reviewAbove), MatchOutcome::PossibleDuplicate);
    EXPECT_EQ(settings.outcome(0.0), MatchOutcome::Different);
}

TEST(MatchSettings, JsonRoundTripThroughAFile)
{
    MatchSettings settings;
    settings.sameAbove = 0.95;
    settings.reviewAbove = 0.7;
    settings.maxBlockSize = 250;
    settings.weights.phoneShared = 3.25;
    settings.weights.legalFormConflict = -9.0;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("matching.json"));
    ASSERT_TRUE(settings.save(path).ok());
    const auto loaded = MatchSettings::load(path);
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().text());
    EXPECT_EQ(*loaded, settings);
    EXPECT_NE(*loaded, MatchSettings());
}

TEST(MatchSettings, MissingKeysKeepTheirDefaults)
{
    const auto loaded = MatchSettings::fromJson(R"({"weights": {"phoneShared": 2.5}})");
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().text());
    EXPECT_EQ(loaded->weights.phoneShared, 2.5);
    EXPECT_EQ(loaded->weights.emailShared, MatchWeights().emailShared);
    EXPECT_EQ(loaded->sameAbove, MatchSettings().sameAbove);
}

TEST(MatchSettings, BadFilesAreReported)
{
    EXPECT_FALSE(MatchSettings::fromJson("{not json").ok());
    EXPECT_FALSE(MatchSettings::fromJson("[1, 2]").ok());
    EXPECT_FALSE(MatchSettings::fromJson(R"({"sameAbove": "high"})").ok());
    EXPECT_FALSE(MatchSettings::fromJson(R"({"sameAbove": 0.5, "reviewAbove": 0.8})").ok());
    EXPECT_FALSE(MatchSettings::fromJson(R"({"weights": {"nameExact": true}})").ok());
    const auto missing = MatchSettings::load(QStringLiteral("/nonexistent/matching.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().where, QStringLiteral("/nonexistent/matching.json"));
}
