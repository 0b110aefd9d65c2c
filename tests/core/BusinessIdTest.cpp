#include "core/register/BusinessId.h"

#include <gtest/gtest.h>

using luotsi::core::BusinessId;

TEST(BusinessId, AcceptsRealIdsInEveryForm)
{
    // Real business IDs: Nokia Oyj 0112038-9, Kesko Oyj 0109862-8.
    EXPECT_EQ(BusinessId::normalized(QStringLiteral("0112038-9")), QStringLiteral("0112038-9"));
    EXPECT_EQ(BusinessId::normalized(QStringLiteral("01120389")), QStringLiteral("0112038-9"));
    EXPECT_EQ(BusinessId::normalized(QStringLiteral("FI01120389")), QStringLiteral("0112038-9"));
    EXPECT_EQ(BusinessId::normalized(QStringLiteral(" fi 0109862 8 ")),
              QStringLiteral("0109862-8"));
    EXPECT_EQ(BusinessId::normalized(QStringLiteral("0109862-8")), QStringLiteral("0109862-8"));
    // Excel dropped the leading zero.
    EXPECT_EQ(BusinessId::normalized(QStringLiteral("109862-8")), QStringLiteral("0109862-8"));
}

TEST(BusinessId, RejectsWrongCheckDigitAndShapes)
{
    EXPECT_FALSE(BusinessId::isValid(QStringLiteral("0112038-8")));
    EXPECT_FALSE(BusinessId::isValid(QStringLiteral("0112038")));
    EXPECT_FALSE(BusinessId::isValid(QStringLiteral("01120-389")));
    EXPECT_FALSE(BusinessId::isValid(QStringLiteral("abcdefg-h")));
    EXPECT_FALSE(BusinessId::isValid(QString()));
}

TEST(BusinessId, RemainderOneHasNoValidCheckDigit)
{
    // 0000001 → weighted sum 2, remainder 2 → check digit 9; 0000010 → sum 4 → 7.
    EXPECT_EQ(BusinessId::checkDigit(u"0000001"), 9);
    EXPECT_EQ(BusinessId::checkDigit(u"0000010"), 7);
    // 1000000 → sum 7 → 4.
    EXPECT_EQ(BusinessId::checkDigit(u"1000000"), 4);
    // 0010000 → sum 10 → 1.
    EXPECT_EQ(BusinessId::checkDigit(u"0010000"), 1);
    // 0000006 → sum 12, remainder 1 → no valid ID.
    EXPECT_EQ(BusinessId::checkDigit(u"0000006"), -1);
    EXPECT_FALSE(BusinessId::isValid(QStringLiteral("0000006-0")));
    EXPECT_FALSE(BusinessId::isValid(QStringLiteral("0000006-1")));
}
