// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping of responses recorded from the real AT Protocol reference network
// (tests/peers/atproto, seed.js) to domain values.
#include "providers/bluesky/at_uri.h"
#include "providers/bluesky/bluesky_mapping.h"
#include "providers/bluesky/rich_text.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace hearken::bluesky {
namespace {

const QString aliceDid = QStringLiteral("did:plc:dqcx3e7em5gnot3p4f36f63r");
const QString bobDid = QStringLiteral("did:plc:uo54h2d22tl4u4od3miv4gza");
const QString aliceRoot =
    QStringLiteral("at://did:plc:dqcx3e7em5gnot3p4f36f63r/app.bsky.feed.post/3n37g4lwdpk26");

QJsonObject recorded(const char* name)
{
    QFile file(QStringLiteral(HEARKEN_TEST_DATA_DIR "/bluesky/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return QJsonDocument::fromJson(file.readAll()).object();
}

Account alice()
{
    Account account;
    account.id = 7;
    account.network = QStringLiteral("bluesky");
    account.remoteId = aliceDid;
    account.handle = QStringLiteral("alice.test");
    return account;
}

TEST(BlueskyMapping, MentionsRepliesAndQuotesBecomeItemsAndNothingElse)
{
    const NotificationPage page =
        bluesky::notificationPage(recorded("list_notifications.json"), alice());
    ASSERT_EQ(page.items.size(), 4); // like and follow are not for the queue
    EXPECT_EQ(page.skipped, 0);
    EXPECT_EQ(page.cursor, QStringLiteral("2026-11-26T10:00:57.358Z"));
    EXPECT_EQ(page.newestIndexedAt, QStringLiteral("2026-11-26T10:00:57.965Z"));

    QList<PostKind> kinds;
    for (const InboundItem& item : page.items)
        kinds.append(item.post.kind);
    EXPECT_EQ(kinds, (QList<PostKind>{PostKind::Reply, PostKind::Quote, PostKind::Reply,
                                      PostKind::Mention}));

    const Post& carol = page.items[0].post;
    EXPECT_EQ(carol.accountId, 7);
    EXPECT_EQ(carol.network, QStringLiteral("bluesky"));
    EXPECT_EQ(
        carol.remoteId,
        QStringLiteral("at://did:plc:r3ffvmjkxmhl6pstsuhcbppr/app.bsky.feed.post/3n37g4m7yck26"));
    EXPECT_EQ(carol.text, QStringLiteral("The update broke my settings, this is awful."));
    EXPECT_EQ(carol.replyToRemoteId, aliceRoot);
    EXPECT_EQ(carol.rootRemoteId, aliceRoot);
    EXPECT_EQ(carol.author.handle, QStringLiteral("carol.test"));
    EXPECT_EQ(carol.author.displayName, QStringLiteral("Carol Critic"));
    EXPECT_EQ(carol.author.remoteId, QStringLiteral("did:plc:r3ffvmjkxmhl6pstsuhcbppr"));
    EXPECT_EQ(carol.url, QStringLiteral("https://bsky.app/profile/carol.test/post/3n37g4m7yck26"));
    EXPECT_EQ(carol.createdAt, 1795687257); // 2026-11-26T10:00:57.922Z
}

TEST(BlueskyMapping, FacetsBecomeReadableTextWithUtf8Offsets)
{
    const NotificationPage page =
        bluesky::notificationPage(recorded("list_notifications.json"), alice());
    const Post& mention = page.items.last().post;
    // The link facet's text was shortened to "example.com/notes"; the reader sees the address.
    EXPECT_EQ(mention.text, QStringLiteral("Grüße 👋 @alice.test, when is the next release? See "
                                           "https://example.com/notes #release"));
    EXPECT_TRUE(mention.replyToRemoteId.isEmpty());
}

TEST(BlueskyMapping, QuotesAreDescribedNotFetched)
{
    const NotificationPage page =
        bluesky::notificationPage(recorded("list_notifications.json"), alice());
    EXPECT_EQ(page.items[1].post.text,
              QStringLiteral("Look at this!\n[Quoting ") + aliceRoot + u']');

    const QJsonObject view =
        recorded("get_posts_quote.json").value(QLatin1String("posts")).toArray().first().toObject();
    const auto post = bluesky::postFromView(view, alice(), PostKind::Quote);
    ASSERT_TRUE(post.has_value());
    EXPECT_EQ(post->text, QStringLiteral("Look at this!\n[Quoting @alice.test: Hello from the "
                                         "brand! Our new product is out.]"));
}

TEST(BlueskyMapping, ImagesAndLinkCardsAreDescribed)
{
    const QJsonObject record = QJsonDocument::fromJson(R"({
        "$type": "app.bsky.feed.post", "text": "",
        "embed": {"$type": "app.bsky.embed.recordWithMedia",
                  "media": {"$type": "app.bsky.embed.images",
                            "images": [{"alt": "A broken  screen"}, {"alt": ""}]},
                  "record": {"$type": "app.bsky.embed.record",
                             "record": {"uri": "at://did:plc:x/app.bsky.feed.post/1", "cid": "c"}}}
    })")
                                   .object();
    EXPECT_EQ(readableText(record), QStringLiteral("[Image: A broken screen] [Image] [Quoting "
                                                   "at://did:plc:x/app.bsky.feed.post/1]"));
    const QJsonObject card = QJsonDocument::fromJson(R"({
        "$type": "app.bsky.feed.post", "text": "read this",
        "embed": {"$type": "app.bsky.embed.external",
                  "external": {"uri": "https://example.org/a", "title": "Release notes"}}
    })")
                                 .object();
    EXPECT_EQ(readableText(card),
              QStringLiteral("read this\n[Link: Release notes – https://example.org/a]"));
}

TEST(BlueskyMapping, HostileFacetsChangeNothing)
{
    const QJsonObject record = QJsonDocument::fromJson(R"({
        "$type": "app.bsky.feed.post", "text": "héllo world",
        "facets": [
          {"index": {"byteStart": 4, "byteEnd": 400}, "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://x"}]},
          {"index": {"byteStart": -1, "byteEnd": 3}, "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://y"}]},
          {"index": {"byteStart": 3, "byteEnd": 1}, "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://z"}]},
          {"index": "nonsense", "features": 5},
          {"index": {"byteStart": 7, "byteEnd": 12}, "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://w.example"}]}
        ]
    })")
                                   .object();
    EXPECT_EQ(readableText(record), QStringLiteral("héllo https://w.example"));
}

TEST(BlueskyMapping, MalformedNotificationsAreSkippedAndCounted)
{
    const QJsonObject response = QJsonDocument::fromJson(R"({
        "cursor": "c",
        "notifications": [
          {"reason": "mention", "uri": "not-an-at-uri", "author": {"did": "did:plc:b"},
           "record": {"$type": "app.bsky.feed.post", "text": "x"}, "indexedAt": "2026-01-01T00:00:00.000Z"},
          {"reason": "reply", "uri": "at://did:plc:b/app.bsky.feed.post/1", "author": {},
           "record": {"$type": "app.bsky.feed.post", "text": "x"}, "indexedAt": "2026-01-01T00:00:00.000Z"},
          {"reason": "quote"},
          42,
          {"reason": "mention", "uri": "at://did:plc:b/app.bsky.feed.post/2",
           "author": {"did": "did:plc:b", "handle": "b.test"},
           "record": {"$type": "app.bsky.feed.post", "text": "ok"}, "indexedAt": "2026-01-01T00:00:01.000Z"}
        ]
    })")
                                     .object();
    const NotificationPage page = bluesky::notificationPage(response, alice());
    ASSERT_EQ(page.items.size(), 1);
    EXPECT_EQ(page.items[0].post.text, QStringLiteral("ok"));
    EXPECT_EQ(page.skipped, 3);
    EXPECT_TRUE(bluesky::notificationPage(QJsonObject{}, alice()).items.isEmpty());
}

TEST(BlueskyMapping, PagesSayHowFarTheyReach)
{
    const NotificationPage page =
        bluesky::notificationPage(recorded("list_notifications.json"), alice());
    // Every notification counts, the like and the follow too: they are where the page reaches.
    EXPECT_EQ(page.newestIndexedAt, QStringLiteral("2026-11-26T10:00:57.965Z"));
    EXPECT_EQ(page.oldestIndexedAt, QStringLiteral("2026-11-26T10:00:57.358Z"));
    const NotificationPage empty = bluesky::notificationPage(QJsonObject{}, alice());
    EXPECT_TRUE(empty.newestIndexedAt.isEmpty());
    EXPECT_TRUE(empty.oldestIndexedAt.isEmpty());
}

// A notification from the AppView with the given reason for a post record.
QJsonObject notification(const QString& reason, const QJsonObject& record)
{
    return QJsonObject{{QStringLiteral("uri"),
                        QStringLiteral("at://%1/app.bsky.feed.post/3n37g4m7yck99").arg(bobDid)},
                       {QStringLiteral("cid"), QStringLiteral("bafyreib")},
                       {QStringLiteral("author"),
                        QJsonObject{{QStringLiteral("did"), bobDid},
                                    {QStringLiteral("handle"), QStringLiteral("bob.test")}}},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("record"), record},
                       {QStringLiteral("indexedAt"), QStringLiteral("2026-11-26T10:00:58.000Z")}};
}

QJsonObject postRecord(const QJsonObject& extra)
{
    QJsonObject record{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
                       {QStringLiteral("text"), QStringLiteral("@alice.test look")},
                       {QStringLiteral("createdAt"), QStringLiteral("2026-11-26T10:00:58.000Z")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        record.insert(it.key(), it.value());
    return record;
}

PostKind kindOf(const QJsonObject& notificationObject)
{
    const NotificationPage page = bluesky::notificationPage(
        QJsonObject{{QStringLiteral("notifications"), QJsonArray{notificationObject}}}, alice());
    EXPECT_EQ(page.items.size(), 1);
    return page.items.isEmpty() ? PostKind::Own : page.items.first().post.kind;
}

TEST(BlueskyMapping, TheKindFollowsThePostNotTheReason)
{
    const QJsonObject ref{{QStringLiteral("uri"), aliceRoot},
                          {QStringLiteral("cid"), QStringLiteral("bafyreia")}};
    const QJsonObject otherRef{
        {QStringLiteral("uri"),
         QStringLiteral("at://%1/app.bsky.feed.post/3n37g4lwdpk27").arg(bobDid)},
        {QStringLiteral("cid"), QStringLiteral("bafyreic")}};
    // The AppView notifies each person once per post, "mention" first.
    EXPECT_EQ(kindOf(notification(QStringLiteral("mention"),
                                  postRecord({{QStringLiteral("reply"),
                                               QJsonObject{{QStringLiteral("root"), ref},
                                                           {QStringLiteral("parent"), ref}}}}))),
              PostKind::Reply);
    // Deeper down a thread the brand started.
    EXPECT_EQ(
        kindOf(notification(QStringLiteral("mention"),
                            postRecord({{QStringLiteral("reply"),
                                         QJsonObject{{QStringLiteral("root"), ref},
                                                     {QStringLiteral("parent"), otherRef}}}}))),
        PostKind::Reply);
    EXPECT_EQ(
        kindOf(notification(QStringLiteral("mention"),
                            postRecord({{QStringLiteral("embed"),
                                         QJsonObject{{QStringLiteral("$type"),
                                                      QStringLiteral("app.bsky.embed.record")},
                                                     {QStringLiteral("record"), ref}}}}))),
        PostKind::Quote);
    EXPECT_EQ(kindOf(notification(
                  QStringLiteral("mention"),
                  postRecord({{QStringLiteral("embed"),
                               QJsonObject{{QStringLiteral("$type"),
                                            QStringLiteral("app.bsky.embed.recordWithMedia")},
                                           {QStringLiteral("record"),
                                            QJsonObject{{QStringLiteral("record"), ref}}}}}}))),
              PostKind::Quote);
    // A reply in someone else's thread that names the brand is a mention; so is a quote of
    // someone else's post.
    EXPECT_EQ(
        kindOf(notification(QStringLiteral("mention"),
                            postRecord({{QStringLiteral("reply"),
                                         QJsonObject{{QStringLiteral("root"), otherRef},
                                                     {QStringLiteral("parent"), otherRef}}}}))),
        PostKind::Mention);
    EXPECT_EQ(
        kindOf(notification(QStringLiteral("mention"),
                            postRecord({{QStringLiteral("embed"),
                                         QJsonObject{{QStringLiteral("$type"),
                                                      QStringLiteral("app.bsky.embed.record")},
                                                     {QStringLiteral("record"), otherRef}}}}))),
        PostKind::Mention);
}

TEST(BlueskyMapping, ThreadsListParentsFirstAndMarkOurOwnPosts)
{
    const QList<Post> posts = bluesky::threadPosts(recorded("get_post_thread.json"), alice());
    ASSERT_EQ(posts.size(), 4);
    EXPECT_EQ(posts[0].remoteId, aliceRoot);
    EXPECT_EQ(posts[0].kind, PostKind::Own);
    QStringList texts;
    for (const Post& post : posts)
        texts.append(post.text);
    EXPECT_TRUE(texts.contains(QStringLiteral("Thank you so much, Bob!")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Congrats, love it!")));
    const auto thanks = std::find_if(posts.begin(), posts.end(), [](const Post& p) {
        return p.text == QStringLiteral("Thank you so much, Bob!");
    });
    EXPECT_EQ(thanks->kind, PostKind::Own);
    // A reply comes right after the post it answers.
    EXPECT_EQ((thanks - 1)->remoteId, thanks->replyToRemoteId);
}

TEST(BlueskyMapping, OwnRepliesFromAnyAppAreFoundInTheAuthorFeed)
{
    const QList<OwnReply> replies = bluesky::ownReplies(recorded("get_author_feed.json"), alice());
    ASSERT_EQ(replies.size(), 1); // alice's top-level post is not a reply
    EXPECT_EQ(replies[0].post.kind, PostKind::Own);
    EXPECT_EQ(replies[0].post.text, QStringLiteral("Thank you so much, Bob!"));
    EXPECT_EQ(
        replies[0].post.replyToRemoteId,
        QStringLiteral("at://did:plc:uo54h2d22tl4u4od3miv4gza/app.bsky.feed.post/3n37g4m4a6s26"));
    EXPECT_EQ(replies[0].post.rootRemoteId, aliceRoot);
}

TEST(BlueskyMapping, OwnLikesNameTheLikedPost)
{
    const QList<OwnLike> likes = bluesky::ownLikes(recorded("list_likes.json"), alice());
    ASSERT_EQ(likes.size(), 1);
    EXPECT_EQ(likes[0].network, QStringLiteral("bluesky"));
    EXPECT_EQ(
        likes[0].targetRemoteId,
        QStringLiteral("at://did:plc:uo54h2d22tl4u4od3miv4gza/app.bsky.feed.post/3n37g4m6anc26"));
    EXPECT_GT(likes[0].at, 0);
    EXPECT_FALSE(likes[0].removed);
}

TEST(BlueskyRichText, MentionFacetsCountUtf8Bytes)
{
    const QString text =
        QStringLiteral("Danke 🙏 @Bob.test and @carol.test, not @unknown.test or a@b.test.");
    EXPECT_EQ(mentionedHandles(text),
              (QStringList{QStringLiteral("bob.test"), QStringLiteral("carol.test"),
                           QStringLiteral("unknown.test")}));
    const QJsonArray facets =
        detectFacets(text, {{QStringLiteral("bob.test"), bobDid},
                            {QStringLiteral("carol.test"), QStringLiteral("did:plc:c")}});
    ASSERT_EQ(facets.size(), 2);
    const QByteArray utf8 = text.toUtf8();
    const QJsonObject first = facets[0].toObject();
    const QJsonObject index = first.value(QLatin1String("index")).toObject();
    const qint64 start = index.value(QLatin1String("byteStart")).toInteger();
    const qint64 end = index.value(QLatin1String("byteEnd")).toInteger();
    EXPECT_EQ(start, 11); // "Danke " (6) + 🙏 (4) + " " (1)
    EXPECT_EQ(utf8.mid(start, end - start), QByteArray("@Bob.test"));
    EXPECT_EQ(first.value(QLatin1String("features"))
                  .toArray()[0]
                  .toObject()
                  .value(QLatin1String("did"))
                  .toString(),
              bobDid);
    const QJsonObject second = facets[1].toObject().value(QLatin1String("index")).toObject();
    EXPECT_EQ(utf8.mid(second.value(QLatin1String("byteStart")).toInteger(),
                       second.value(QLatin1String("byteEnd")).toInteger() -
                           second.value(QLatin1String("byteStart")).toInteger()),
              QByteArray("@carol.test"));
}

TEST(BlueskyAtUri, ParsesOnlyWellFormedUris)
{
    const auto uri = AtUri::parse(aliceRoot);
    ASSERT_TRUE(uri.has_value());
    EXPECT_EQ(uri->repo, aliceDid);
    EXPECT_EQ(uri->collection, QStringLiteral("app.bsky.feed.post"));
    EXPECT_EQ(uri->rkey, QStringLiteral("3n37g4lwdpk26"));
    EXPECT_EQ(uri->toString(), aliceRoot);
    EXPECT_FALSE(AtUri::parse(QStringLiteral("https://x/y/z")).has_value());
    EXPECT_FALSE(AtUri::parse(QStringLiteral("at://did:plc:x/app.bsky.feed.post")).has_value());
    EXPECT_FALSE(AtUri::parse(QStringLiteral("at://did:plc:x//1")).has_value());
}

} // namespace
} // namespace hearken::bluesky
