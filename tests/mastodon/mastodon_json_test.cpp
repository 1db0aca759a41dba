// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_json.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::mastodon;

namespace {

Viewpoint viewpoint()
{
    return {7, QUrl(QStringLiteral("https://m.example")), QStringLiteral("1")};
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

TEST(MastodonJson, ReadsAMentionWithItsAuthorThreadAndWarning)
{
    const auto status = readStatus(
        parse(R"j({"id":"110","created_at":"2026-11-01T10:00:00.000Z","in_reply_to_id":"100",
                  "in_reply_to_account_id":"1","visibility":"unlisted","spoiler_text":"feedback",
                  "content":"<p>@brand it broke &amp; I cried</p>","url":"https://m.example/@al/110",
                  "edited_at":null,"favourited":true,
                  "account":{"id":"5","username":"al","acct":"al","display_name":"Al :cat:",
                             "followers_count":12,"note":"<p>hi</p>","url":"https://m.example/@al"}})j"),
        viewpoint());
    ASSERT_TRUE(status);
    EXPECT_EQ(status->post.remoteId, u"110@m.example");
    EXPECT_EQ(status->post.replyToRemoteId, u"100@m.example");
    EXPECT_EQ(status->post.kind, PostKind::Reply);
    EXPECT_EQ(status->post.text, u"CW: feedback\n\n@brand it broke & I cried");
    EXPECT_EQ(status->post.author.remoteId, u"al@m.example");
    EXPECT_EQ(status->post.author.handle, u"@al@m.example");
    EXPECT_EQ(status->post.author.displayName, u"Al :cat:");
    EXPECT_EQ(status->post.author.followers, 12);
    EXPECT_EQ(status->post.createdAt, 1793527200);
    EXPECT_EQ(status->visibility, u"unlisted");
    EXPECT_TRUE(status->favourited);
    EXPECT_EQ(localId(status->post.remoteId, viewpoint().server), u"110");
    EXPECT_FALSE(localId(status->post.remoteId, QUrl(QStringLiteral("https://other.example"))));
}

TEST(MastodonJson, OurOwnStatusIsOwn)
{
    const auto status = readStatus(
        parse(R"j({"id":"9","content":"<p>thanks!</p>","account":{"id":"1","acct":"brand"}})j"),
        viewpoint());
    ASSERT_TRUE(status);
    EXPECT_TRUE(status->post.isOwn());
    EXPECT_EQ(status->post.author.remoteId, u"brand@m.example");
}

TEST(MastodonJson, RefusesEntriesWithoutWhatAStatusMustHave)
{
    EXPECT_FALSE(readStatus(parse(R"j({"content":"x","account":{"id":"5"}})j"), viewpoint()));
    EXPECT_FALSE(readStatus(parse(R"j({"id":"1","account":{"id":"5"}})j"), viewpoint()));
    EXPECT_FALSE(readStatus(parse(R"j({"id":"1","content":"x"})j"), viewpoint()));
    EXPECT_FALSE(
        readStatus(parse(R"j({"id":"1/../x","content":"x","account":{"id":"5"}})j"), viewpoint()));
    EXPECT_FALSE(
        readStatus(parse(R"j({"id":[1],"content":"x","account":{"id":"5"}})j"), viewpoint()));
    EXPECT_FALSE(readNotification(parse(R"j({"type":"mention"})j"), viewpoint()));
}

TEST(MastodonJson, ToleratesNumbersForIdsAndWrongTypesElsewhere)
{
    const auto status = readStatus(
        parse(R"j({"id":12,"content":"x","account":{"id":5,"acct":7,"followers_count":"many"},
                  "created_at":42,"url":"javascript:alert(1)","in_reply_to_id":{"a":1}})j"),
        viewpoint());
    ASSERT_TRUE(status);
    EXPECT_EQ(status->localId, u"12");
    EXPECT_TRUE(status->post.url.isEmpty());
    EXPECT_TRUE(status->post.replyToRemoteId.isEmpty());
    EXPECT_FALSE(status->post.author.followers);
    EXPECT_EQ(status->post.createdAt, 0);
}

TEST(MastodonJson, SkipsAndCountsBadEntriesInLists)
{
    int skipped = 0;
    const QJsonArray list =
        QJsonDocument::fromJson(
            R"j([{"id":"1","type":"mention","status":{"id":"2","content":"a","account":{"id":"5"}}},
            "garbage", 17, null, {"id":"","type":"mention"},
            {"id":"3","type":"favourite"}])j")
            .array();
    const QList<Notification> notifications = readNotifications(list, viewpoint(), &skipped);
    EXPECT_EQ(notifications.size(), 2);
    EXPECT_EQ(skipped, 4);
    ASSERT_TRUE(notifications[0].status);
    EXPECT_FALSE(notifications[1].status);
}

TEST(MastodonJson, HostileValuesAreCut)
{
    QJsonObject account{{QStringLiteral("id"), QStringLiteral("5")},
                        {QStringLiteral("acct"), QString(100'000, u'a')},
                        {QStringLiteral("display_name"), QString(100'000, u'b')}};
    QJsonObject json{{QStringLiteral("id"), QStringLiteral("1")},
                     {QStringLiteral("content"), QString(1'000'000, u'c')},
                     {QStringLiteral("spoiler_text"), QString(100'000, u'd')},
                     {QStringLiteral("account"), account}};
    const auto status = readStatus(json, viewpoint());
    ASSERT_TRUE(status);
    EXPECT_LE(status->post.author.remoteId.size(), 320);
    EXPECT_LE(status->post.author.displayName.size(), 201);
    EXPECT_LE(status->post.text.size(), 20'600);
}

TEST(MastodonJson, DisplayNamesAndWarningsArePlainTextContentIsHtml)
{
    // entities/Account.md: display_name is a String, note is HTML; entities/Status.md:
    // spoiler_text is a String, content is HTML.
    const auto status = readStatus(
        parse(R"j({"id":"1","spoiler_text":"a <b> & c","content":"<p>x &amp; <b>y</b></p>",
                  "account":{"id":"5","acct":"bob","display_name":"Bob <Support> &amp; Co",
                             "note":"<p>Tom &amp; Jerry</p>"}})j"),
        viewpoint());
    ASSERT_TRUE(status);
    EXPECT_EQ(status->post.author.displayName, u"Bob <Support> &amp; Co");
    EXPECT_EQ(status->post.author.bio, u"Tom & Jerry");
    EXPECT_EQ(status->post.text, u"CW: a <b> & c\n\nx & y");
}
