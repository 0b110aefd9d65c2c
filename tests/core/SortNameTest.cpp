#include "core/register/SortName.h"

#include <gtest/gtest.h>

using luotsi::core::SortName;

TEST(SortName, FinnishAlphabeticalOrder)
{
    // z < å < ä < ö, case-insensitive.
    EXPECT_LT(SortName::of(QStringLiteral("Zeta Oy")), SortName::of(QStringLiteral("Åbo Ab")));
    EXPECT_LT(SortName::of(QStringLiteral("Åbo Ab")),
              SortName::of(QStringLiteral("Äänekosken srk")));
    EXPECT_LT(SortName::of(QStringLiteral("Äänekosken srk")),
              SortName::of(QStringLiteral("Örö Oy")));
    EXPECT_EQ(SortName::of(QStringLiteral("  KESKO   Oyj ")),
              SortName::of(QStringLiteral("kesko oyj")));
    EXPECT_LT(SortName::of(QStringLiteral("aalto")), SortName::of(QStringLiteral("Bertta")));
}
