// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/gratitude.h"

#include <QString>

#include <gtest/gtest.h>

using namespace hearken;

class Thanks : public ::testing::TestWithParam<const char16_t*> {};
class NotThanks : public ::testing::TestWithParam<const char16_t*> {};

TEST_P(Thanks, IsGratitude)
{
    EXPECT_TRUE(expressesGratitude(QStringView(GetParam())))
        << QString::fromUtf16(GetParam()).toStdString();
}

TEST_P(NotThanks, IsNotGratitude)
{
    EXPECT_FALSE(expressesGratitude(QStringView(GetParam())))
        << QString::fromUtf16(GetParam()).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Replies, Thanks,
    ::testing::Values(u"Thanks!", u"thank you so much for the kind words", u"Thank u!!", u"thx",
                      u"Ty :)", u"tysm", u"THANKS A TON", u"Thaaaanks", u"thankss",
                      u"Thankyou @user", u"thnx", u"thanx mate", u"thnaks for sharing", u"thansk!",
                      u"We really appreciate it", u"Much appreciated.",
                      u"So grateful for this community", u"Cheers, Sam",
                      u"Many thanks for the feedback", u"no problem, thanks for asking",
                      u"\U0001F64F", u"Glad you like it \u2764\uFE0F", u"\U0001F499\U0001F499",
                      u"We can't thank you enough!", u"Thank you for your patience",
                      u"thanks a lot, that helps", u"Thanks in advance", u"We are thankful"));

INSTANTIATE_TEST_SUITE_P(
    Replies, NotThanks,
    ::testing::Values(u"", u"We are looking into it.", u"Thanks for nothing.",
                      u"thanks a lot for breaking it", u"No thanks", u"no, thank you",
                      u"Thanks but no thanks", u"thank god it's friday",
                      u"We'd appreciate it if you sent us a DM", u"I would appreciate a refund",
                      u"We don't appreciate that tone", u"Not grateful at all",
                      u"thanks for ruining my weekend \u2764\uFE0F", u"Cheers to the weekend",
                      u"the tanks are ready", u"typical", u"Thank you for nothing"));
