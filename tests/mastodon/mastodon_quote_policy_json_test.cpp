// SPDX-License-Identifier: GPL-3.0-or-later
// Mastodon JSON for what 4.3 and 4.5 added: filtered notifications, the notification policy,
// and quotes.
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_notification_policy.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::mastodon;

namespace {

Viewpoint viewpoint()
{
    return {7, QUrl(QStringLiteral("https://m.example")), QStringLiteral("1")};
}

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST(MastodonQuoteJson, AQuoteOfOurPostIsAQuoteAndSaysWhatItQuotes)
{
    const auto status = readStatus(
        parse(R"j({"id":"20","content":"<p>look at this</p>","account":{"id":"5","acct":"al"},
                  "quote":{"state":"accepted","quoted_status":{"id":"10",
                  "content":"<p>We shipped   v2</p>","account":{"id":"1","acct":"brand"},
                  "quote":{"state":"accepted","quoted_status_id":"3"}}}})j"),
        viewpoint());
    ASSERT_TRUE(status);
    EXPECT_EQ(status->post.kind, PostKind::Quote);
    EXPECT_EQ(status->post.text, u"look at this\n[Quoting @brand@m.example: We shipped v2]");
    ASSERT_TRUE(status->quoted);
    EXPECT_EQ(status->quoted->remoteId, u"10@m.example");
    EXPECT_TRUE(status->quoted->isOwn());
}

TEST(MastodonQuoteJson, AReplyThatQuotesUsStaysAReplyAndOtherQuotesStayMentions)
{
    const auto reply =
        readStatus(parse(R"j({"id":"21","in_reply_to_id":"10","in_reply_to_account_id":"1",
                  "content":"<p>this</p>","account":{"id":"5","acct":"al"},
                  "quote":{"state":"accepted","quoted_status":{"id":"10","content":"<p>v2</p>",
                  "account":{"id":"1","acct":"brand"}}}})j"),
                   viewpoint());
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->post.kind, PostKind::Reply);
    const auto other = readStatus(
        parse(R"j({"id":"22","content":"<p>@brand see</p>","account":{"id":"5","acct":"al"},
                  "quote":{"state":"accepted","quoted_status":{"id":"11","content":"<p>x</p>",
                  "account":{"id":"6","acct":"bo"}}}})j"),
        viewpoint());
    ASSERT_TRUE(other);
    EXPECT_EQ(other->post.kind, PostKind::Mention);
    // A quote that cannot be shown (pending, revoked ...) has no quoted status: a mention.
    const auto pending =
        readStatus(parse(R"j({"id":"23","content":"<p>@brand</p>","account":{"id":"5","acct":"al"},
                  "quote":{"state":"pending","quoted_status":null}})j"),
                   viewpoint());
    ASSERT_TRUE(pending);
    EXPECT_EQ(pending->post.kind, PostKind::Mention);
    EXPECT_FALSE(pending->quoted);
}

TEST(MastodonQuoteJson, AQuotedStatusIsReadWithoutWhatItQuotesInTurn)
{
    // A hostile server may nest full quotes without end: only the first level is read.
    QByteArray json = R"({"id":"1","content":"<p>deepest</p>","account":{"id":"6"}})";
    for (int i = 0; i < 50; ++i)
        json =
            R"({"id":"2","content":"<p>level</p>","account":{"id":"1","acct":"brand"},"quote":{"quoted_status":)" +
            json + "}}";
    json = R"({"id":"3","content":"<p>top</p>","account":{"id":"5"},"quote":{"quoted_status":)" +
           json + "}}";
    const auto status = readStatus(parse(json), viewpoint());
    ASSERT_TRUE(status);
    EXPECT_EQ(status->post.text, u"top\n[Quoting @brand@m.example: level]");
    ASSERT_TRUE(status->quoted);
    EXPECT_EQ(status->quoted->text, u"level");
}

TEST(MastodonQuoteJson, AFilteredNotificationIsMarked)
{
    const auto held =
        readNotification(parse(R"j({"id":"5","type":"mention","filtered":true,"status":{"id":"9",
                  "content":"<p>hi</p>","visibility":"direct","account":{"id":"5"}}})j"),
                         viewpoint());
    ASSERT_TRUE(held);
    EXPECT_TRUE(held->filtered);
    const auto plain = readNotification(parse(R"j({"id":"6","type":"quote"})j"), viewpoint());
    ASSERT_TRUE(plain);
    EXPECT_FALSE(plain->filtered);
}

TEST(MastodonNotificationPolicy, ReadsKeepsAndTellsWhatIsHeldBack)
{
    const auto policy =
        readNotificationPolicy(parse(R"j({"for_not_following":"accept","for_not_followers":"accept",
                  "for_new_accounts":"drop","for_private_mentions":"filter",
                  "for_limited_accounts":"filter",
                  "summary":{"pending_requests_count":2,"pending_notifications_count":7}})j"));
    ASSERT_TRUE(policy);
    EXPECT_EQ(policy->pendingRequests, 2);
    EXPECT_EQ(policy->pendingNotifications, 7);
    EXPECT_EQ(decodeNotificationPolicy(encodeNotificationPolicy(*policy)), policy);
    const QString notice = heldBackNotice(*policy, QStringLiteral("m.example"));
    EXPECT_EQ(notice,
              u"m.example holds back private mentions from people the account does not follow and "
              u"mentions from accounts the server's moderators limited (7 waiting there). "
              u"Hearken shows them in the queue marked “held back”. To let them through, change "
              u"“Filter notifications from…” in the notification settings on m.example.\n"
              u"m.example discards mentions from accounts younger than 30 days, so that no app, "
              u"Hearken included, can see them. To receive them, set them to accept or filter in "
              u"the notification settings on m.example.");
}

TEST(MastodonNotificationPolicy, NothingWaitingAndNothingDroppedSaysNothing)
{
    const auto policy = readNotificationPolicy(
        parse(R"j({"for_private_mentions":"filter","for_new_accounts":"sometimes",
                  "summary":{"pending_requests_count":0,"pending_notifications_count":0}})j"));
    ASSERT_TRUE(policy);
    EXPECT_EQ(policy->rules.size(), 1);
    EXPECT_TRUE(heldBackNotice(*policy, QStringLiteral("m.example")).isEmpty());
    // Not a policy at all (the v1 shape has booleans only, an error page has none).
    EXPECT_FALSE(readNotificationPolicy(parse(R"j({"filter_not_following":true})j")));
    EXPECT_FALSE(decodeNotificationPolicy(QString()));
}
