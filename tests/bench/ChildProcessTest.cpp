// The bench's child processes: a run that outlives its time limit is stopped and said to be.

#include "admin/bench/ChildProcess.h"

#include <gtest/gtest.h>

using namespace luotsi::admin::bench;

TEST(ChildProcess, ARunPastItsTimeLimitIsStopped)
{
    const auto sleep = findProgram(QStringLiteral("sleep"));
    ASSERT_TRUE(sleep.has_value());
    ChildCommand command{*sleep, {QStringLiteral("30")}, {}, {}, {}};
    command.timeLimitMs = 200;
    const ChildRun run = runChild(command);
    EXPECT_TRUE(run.started);
    EXPECT_TRUE(run.timedOut);
    EXPECT_FALSE(run.succeeded());
    EXPECT_LT(run.wallMs, 30000);
    EXPECT_FALSE(run.failureText().isEmpty());
}

TEST(ChildProcess, ARunWithinItsLimitEndsOnItsOwn)
{
    const auto echo = findProgram(QStringLiteral("echo"));
    ASSERT_TRUE(echo.has_value());
    ChildCommand command{*echo, {QStringLiteral("rows=3")}, {}, {}, {}};
    command.timeLimitMs = 60000;
    const ChildRun run = runChild(command);
    EXPECT_TRUE(run.succeeded());
    EXPECT_FALSE(run.timedOut);
    EXPECT_EQ(run.out.trimmed(), QByteArray("rows=3"));
}
