// SPDX-License-Identifier: GPL-3.0-or-later
// What the composer checks before a reply goes out: placeholders, length, the robot warning,
// and what "Thank" sends.
#include "outbox/placeholders.h"
#include "outbox/reply_length.h"
#include "outbox/robot_check.h"
#include "outbox/thanks.h"
#include "providers/bluesky/bluesky_provider.h"
#include "providers/mastodon/mastodon_provider.h"
#include "support/outbox_fixture.h"

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

Person ana()
{
    Person p;
    p.network = u"mastodon"_qs;
    p.handle = u"ana@people.example"_qs;
    p.displayName = u"Ana Ortiz"_qs;
    return p;
}

} // namespace

TEST(Placeholders, KnownValuesAreFilledAndTheRestStayUntilAPersonFillsThem)
{
    const PlaceholderValues values =
        placeholderValues(ana(), QString(), u"Mastodon"_qs, mastodon::Provider().replyRules());
    const QString filled = fillPlaceholders(
        u"Hi {name} ({handle}), the {product} team on {network} says {x}."_qs, values);
    EXPECT_EQ(filled, u"Hi Ana (@ana@people.example), the {product} team on Mastodon says {x}."_qs);
    EXPECT_EQ(unfilledPlaceholders(filled), (QStringList{u"product"_qs, u"x"_qs}));
    EXPECT_TRUE(unfilledPlaceholders(u"All filled, {not a placeholder}, {}"_qs).isEmpty());
}

TEST(Placeholders, TheWorkspaceProductFillsProductAndRepeatsAreListedOnce)
{
    const PlaceholderValues values =
        placeholderValues(ana(), u"Lumen"_qs, u"Mastodon"_qs, mastodon::Provider().replyRules());
    EXPECT_EQ(fillPlaceholders(u"{product} and {product}"_qs, values), u"Lumen and Lumen"_qs);
    EXPECT_EQ(unfilledPlaceholders(u"{a} {b} {a}"_qs), (QStringList{u"a"_qs, u"b"_qs}));
}

TEST(Placeholders, APersonWithoutADisplayNameIsCalledByTheirHandle)
{
    Person p = ana();
    p.displayName.clear();
    EXPECT_EQ(placeholderValues(p, {}, u"Mastodon"_qs, mastodon::Provider().replyRules())
                  .value(u"name"_qs),
              u"ana"_qs);
}

TEST(ReplyLength, BlueskyCountsGraphemesAndMastodonCountsLinksAs23)
{
    const ReplyRules mastodon = mastodon::Provider().replyRules();
    const ReplyRules bluesky = bluesky::Provider().replyRules();
    EXPECT_EQ(mastodon.limit, 500);
    EXPECT_EQ(bluesky.limit, 300);
    EXPECT_FALSE(ReplyRules().limit.has_value());
    // A family emoji is seven code points, eleven UTF-16 units and one grapheme.
    const QString family = QString::fromUtf8("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80"
                                             "\x8D\xF0\x9F\x91\xA7");
    EXPECT_EQ(replyLength(QString(family + u"ok"_qs), bluesky), 3);
    EXPECT_EQ(replyLength(u"é"_qs, bluesky), 1);
    EXPECT_EQ(replyLength(u"see https://example.org/a/very/long/path/indeed ok"_qs, mastodon),
              4 + 23 + 3);
    EXPECT_EQ(replyLength(u"@ana@people.example hi"_qs, mastodon), 4 + 3);
}

TEST(ReplyLength, TheServersOwnLimitAndLinkLengthReplaceTheDefaults)
{
    const QHash<QString, QString> said{{serverMaxCharactersKey, u"5000"_qs},
                                       {serverLinkLengthKey, u"25"_qs}};
    const ReplyRules mastodon = mastodon::Provider().replyRules();
    const ReplyRules rules = replyRules(mastodon, said);
    EXPECT_EQ(rules.limit, 5000);
    EXPECT_EQ(replyLength(u"see https://example.org/a/very/long/path ok"_qs, rules), 4 + 25 + 3);
    // Nothing said, or nonsense: the defaults.
    EXPECT_EQ(replyRules(mastodon, {}).limit, 500);
    EXPECT_EQ(replyRules(mastodon,
                         {{serverMaxCharactersKey, u"-3"_qs}, {serverLinkLengthKey, u"lots"_qs}})
                  .limit,
              500);
}

class RobotWords : public ::testing::Test {
protected:
    static RecentReply sent(const QString& text, qint64 person, const QString& name)
    {
        return {text, person, name};
    }
};

TEST_F(RobotWords, TheSameCannedAnswerWithOnlyTheNameChangedWarnsWithTheCount)
{
    const QList<RecentReply> recent{
        sent(u"Thank you so much, Ben! That made our day."_qs, 2, u"Ben Okafor @ben"_qs),
        sent(u"thank you so much @cleo, that made our day!!"_qs, 3, u"Cleo @cleo"_qs),
        sent(u"Thank you so much, Dev! That made our day 💛"_qs, 4, u"Dev Patel @dev"_qs),
        sent(u"Sorry, the shop is closed on Sundays."_qs, 5, u"Eve @eve"_qs),
    };
    const RobotWarning warning = checkForRobot(u"Thank you so much, Ana! That made our day."_qs, 1,
                                               u"Ana Ortiz @ana"_qs, recent);
    EXPECT_TRUE(warning.warn);
    EXPECT_EQ(warning.people, 3);
}

TEST_F(RobotWords, RepliesToTheSamePersonDoNotCountAndOnePersonIsNotSeveral)
{
    const QList<RecentReply> recent{
        sent(u"We are looking into it and will get back to you here."_qs, 1, u"Ana"_qs),
        sent(u"We are looking into it and will get back to you here."_qs, 1, u"Ana"_qs),
        sent(u"We are looking into it and will get back to you here."_qs, 2, u"Ben"_qs),
    };
    const RobotWarning warning = checkForRobot(
        u"We are looking into it and will get back to you here."_qs, 1, u"Ana"_qs, recent);
    EXPECT_EQ(warning.people, 1);
    EXPECT_FALSE(warning.warn) << "the threshold is two other people";
}

TEST_F(RobotWords, SimilarityJustAboveAndJustBelowTheThreshold)
{
    // Ten words: eight trigrams. Changing the last word keeps 7 of 9 distinct trigrams
    // (0.78, above 0.6); changing the fifth word keeps 5 of 11 (0.45, below).
    const QString base = u"we fixed the login bug in the latest update today"_qs;
    const QString lastChanged = u"we fixed the login bug in the latest update tonight"_qs;
    const QString middleChanged = u"we fixed the login crash in the latest update today"_qs;
    const double above = replySimilarity(base, {}, lastChanged, {});
    const double below = replySimilarity(base, {}, middleChanged, {});
    EXPECT_NEAR(above, 7.0 / 9.0, 1e-9);
    EXPECT_NEAR(below, 5.0 / 11.0, 1e-9);
    const RobotCheckRules rules;
    EXPECT_GE(above, rules.threshold);
    EXPECT_LT(below, rules.threshold);

    const QList<RecentReply> lastWordOnly{sent(lastChanged, 2, {}), sent(lastChanged, 3, {})};
    const QList<RecentReply> middleWord{sent(middleChanged, 2, {}), sent(middleChanged, 3, {})};
    EXPECT_TRUE(checkForRobot(base, 1, {}, lastWordOnly).warn);
    EXPECT_FALSE(checkForRobot(base, 1, {}, middleWord).warn);
}

TEST_F(RobotWords, AReplyOfItsOwnWithAStockOpeningIsNotARobot)
{
    const QList<RecentReply> recent{
        sent(u"Thanks for reaching out! The export runs nightly at two."_qs, 2, u"Ben"_qs),
        sent(u"Thanks for reaching out! Refunds take five working days."_qs, 3, u"Cleo"_qs),
    };
    EXPECT_FALSE(checkForRobot(u"Thanks for reaching out! Your order ships on Monday."_qs, 1,
                               u"Ana"_qs, recent)
                     .warn);
}

TEST(RobotCheckStore, RecentRepliesComeFromSentPostsAndTheOutboxWithinTheWindow)
{
    auto ws = memoryWorkspace();
    ASSERT_TRUE(ws);
    OutboxWorld world = OutboxWorld::create(*ws);
    const qint64 a = world.item(u"m1"_qs, u"ana"_qs, u"Ana"_qs, u"hi"_qs);
    const qint64 b = world.item(u"m2"_qs, u"bo"_qs, u"Bo"_qs, u"hi"_qs);
    ASSERT_TRUE(ws->outbox().enqueue(world.reply(a, u"queued words"_qs), fixedNow));
    IngestBatch batch;
    Post own;
    own.accountId = world.accountId;
    own.network = u"mastodon"_qs;
    own.remoteId = u"own1"_qs;
    own.kind = PostKind::Own;
    own.author = {0, u"mastodon"_qs, u"brand-1"_qs, u"@brand"_qs, u"Brand"_qs, {}, {}, {}};
    own.text = u"posted words"_qs;
    own.replyToRemoteId = u"m2"_qs;
    own.createdAt = fixedNow - 60;
    batch.ownReplies.append({own, false});
    ASSERT_TRUE(ws->ingest().write(batch));
    auto recent = ws->outbox().recentReplies(fixedNow - 3600).value();
    ASSERT_EQ(recent.size(), 2);
    QStringList texts{recent[0].text, recent[1].text};
    texts.sort();
    EXPECT_EQ(texts, (QStringList{u"posted words"_qs, u"queued words"_qs}));
    const auto bPerson = ws->posts().post(b).value().author.id;
    EXPECT_TRUE(recent[0].personId == bPerson || recent[1].personId == bPerson);
    EXPECT_TRUE(ws->outbox().recentReplies(fixedNow + 10).value().isEmpty());
}

TEST(Thanks, EachModeMakesItsDraftsAndTheSettingIsKeptInTheWorkspace)
{
    const auto like = thanksDrafts(ThanksMode::Like, 1, 9, u"Thanks!"_qs, u"Sam"_qs);
    ASSERT_EQ(like.size(), 1);
    EXPECT_EQ(like[0].kind, OutboxKind::Like);
    const auto reply = thanksDrafts(ThanksMode::Reply, 1, 9, u"Thanks!"_qs, u"Sam"_qs);
    ASSERT_EQ(reply.size(), 1);
    EXPECT_EQ(reply[0].kind, OutboxKind::Reply);
    EXPECT_EQ(reply[0].text, u"Thanks!"_qs);
    const auto both = thanksDrafts(ThanksMode::Both, 1, 9, u"Thanks!"_qs, u"Sam"_qs);
    ASSERT_EQ(both.size(), 2);
    EXPECT_EQ(both[0].kind, OutboxKind::Like);
    EXPECT_EQ(both[1].kind, OutboxKind::Reply);
    for (const OutboxDraft& d : both) {
        EXPECT_EQ(d.targetPostId, 9);
        EXPECT_EQ(d.accountId, 1);
    }

    auto ws = memoryWorkspace();
    ASSERT_TRUE(ws);
    EXPECT_EQ(thanksMode(ws->settings()), ThanksMode::Like);
    ASSERT_TRUE(setThanksMode(ws->settings(), ThanksMode::Both));
    EXPECT_EQ(thanksMode(ws->settings()), ThanksMode::Both);
    ASSERT_TRUE(ws->settings().setValue(u"thanks/mode"_qs, u"nonsense"_qs));
    EXPECT_EQ(thanksMode(ws->settings()), ThanksMode::Like);
}
