// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/flags.h"
#include "domain/queue_filter.h"
#include "workflow/time_text.h"

#include <gtest/gtest.h>

using namespace hearken;

namespace {
constexpr qint64 now = 1'800'000'000;
const ResponseTargets targets;

TriageFacts criticism(qint64 age)
{
    TriageFacts f;
    f.tone = Tone::Criticism;
    f.receivedAt = now - age;
    return f;
}
} // namespace

TEST(Flags, FreshCriticismIsUnansweredButNotOverdue)
{
    const Flags flags = flagsOf(criticism(60), now, targets);
    EXPECT_TRUE(flags.testFlag(Flag::UnansweredCriticism));
    EXPECT_FALSE(flags.testFlag(Flag::Overdue));
}

TEST(Flags, CriticismPastItsTargetIsOverdue)
{
    EXPECT_TRUE(flagsOf(criticism(targets.criticism + 1), now, targets).testFlag(Flag::Overdue));
}

TEST(Flags, AnsweredCriticismCarriesNoFlag)
{
    TriageFacts f = criticism(10 * 3600);
    f.answeredAt = now - 3600;
    EXPECT_EQ(flagsOf(f, now, targets), Flags{});
    EXPECT_EQ(attentionRank(f), 3);
}

TEST(Flags, DismissedItemsAreNeverFlagged)
{
    TriageFacts f = criticism(10 * 3600);
    f.state = ItemState::Dismissed;
    EXPECT_EQ(flagsOf(f, now, targets), Flags{});
}

TEST(Flags, SnoozedItemsKeepTheirFlagButAreNotOverdue)
{
    TriageFacts f = criticism(10 * 3600);
    f.state = ItemState::Snoozed;
    const Flags flags = flagsOf(f, now, targets);
    EXPECT_TRUE(flags.testFlag(Flag::UnansweredCriticism));
    EXPECT_FALSE(flags.testFlag(Flag::Overdue));
}

TEST(Flags, PraiseIsUnthankedUntilThanked)
{
    TriageFacts f;
    f.tone = Tone::Praise;
    f.receivedAt = now - 25 * 3600;
    EXPECT_EQ(flagsOf(f, now, targets), Flags(Flag::UnthankedPraise) | Flag::Overdue);
    f.answeredAt = now;
    EXPECT_TRUE(flagsOf(f, now, targets).testFlag(Flag::UnthankedPraise))
        << "a reply that does not thank leaves praise unthanked";
    f.thankedAt = now;
    EXPECT_EQ(flagsOf(f, now, targets), Flags{});
}

TEST(Flags, AttentionOrderIsCriticismQuestionPraiseRest)
{
    TriageFacts question;
    question.tone = Tone::Other;
    question.isQuestion = true;
    TriageFacts praise;
    praise.tone = Tone::Praise;
    TriageFacts other;
    other.tone = Tone::Other;
    TriageFacts unclassified;
    EXPECT_LT(attentionRank(criticism(0)), attentionRank(question));
    EXPECT_LT(attentionRank(question), attentionRank(praise));
    EXPECT_LT(attentionRank(praise), attentionRank(other));
    EXPECT_EQ(attentionRank(other), attentionRank(unclassified));
}

TEST(QueueFilter, RoundTripsThroughJson)
{
    QueueFilter filter;
    filter.flag = Flag::UnthankedPraise;
    filter.states = {ItemState::Open, ItemState::Snoozed};
    filter.network = u"bluesky"_qs;
    filter.accountId = 7;
    filter.tone = Tone::Praise;
    filter.assigneeId = 0;
    filter.search = u"café"_qs;
    EXPECT_EQ(QueueFilter::fromJson(filter.toJson()), filter);
    EXPECT_EQ(QueueFilter::fromJson(QueueFilter{}.toJson()), QueueFilter{});
}

TEST(AgeText, FitsInANarrowColumn)
{
    EXPECT_EQ(ageText(20), QStringLiteral("now"));
    EXPECT_EQ(ageText(5 * 60 + 10), QStringLiteral("5 min"));
    EXPECT_EQ(ageText(3 * 3600 + 59 * 60), QStringLiteral("3 h"));
    EXPECT_EQ(ageText(2 * 86400 + 5), QStringLiteral("2 d"));
    EXPECT_EQ(ageText(20 * 86400), QStringLiteral("2 wk"));
}
