// SPDX-License-Identifier: GPL-3.0-or-later
// Hearken's Bluesky provider against the real AT Protocol reference network (PLC, PDS with its
// OAuth provider, AppView) that tests/peers/atproto starts.
#include "bluesky_network_fixture.h"
#include "lossy_proxy.h"
#include "providers/bluesky/app_password_sign_in.h"
#include "providers/bluesky/at_uri.h"
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/bluesky_deliverer.h"
#include "providers/bluesky/bluesky_sync.h"
#include "providers/bluesky/identity.h"
#include "providers/bluesky/record_key.h"
#include "store/queue_query.h"
#include "support/workspace_fixture.h"
#include "triage/gratitude.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace hearken {
namespace {

using testing::await;
using testing::eventually;

using testing::BlueskyNetwork;
using testing::GrantResult;
using testing::now;
using testing::SyncResult;

TEST_F(BlueskyNetwork, HandleResolvesToDidAndDidToPds)
{
    const auto did = await<tl::expected<QString, bluesky::XrpcError>>([&](auto done) {
        bluesky::resolveHandle(transport, net.pds, net.handle("alice")).then(done);
    });
    ASSERT_TRUE(did.has_value()) << did.error().message.toStdString();
    EXPECT_EQ(*did, net.did("alice"));

    const auto pds = await<tl::expected<QUrl, bluesky::XrpcError>>(
        [&](auto done) { bluesky::resolvePds(transport, net.plc, *did).then(done); });
    ASSERT_TRUE(pds.has_value()) << pds.error().message.toStdString();
    EXPECT_EQ(pds->port(), net.pds.port());

    const auto unknown = await<tl::expected<QString, bluesky::XrpcError>>([&](auto done) {
        bluesky::resolveHandle(transport, net.pds, QStringLiteral("nobody.test")).then(done);
    });
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().kind, bluesky::XrpcError::Kind::Rejected);

    const auto plain = await<tl::expected<QUrl, bluesky::XrpcError>>([&](auto done) {
        bluesky::resolvePds(transport, QUrl(QStringLiteral("http://plc.example")), *did).then(done);
    });
    ASSERT_FALSE(plain.has_value());
    EXPECT_NE(plain.error().message.indexOf(QLatin1String("https")), -1);
}

TEST_F(BlueskyNetwork, AppPasswordSignInAndItsFailures)
{
    const bluesky::SessionGrant grant = signIn("alice");
    EXPECT_EQ(grant.kind, bluesky::SessionGrant::Kind::AppPassword);
    EXPECT_EQ(grant.did, net.did("alice"));
    EXPECT_EQ(grant.handle, net.handle("alice"));
    EXPECT_FALSE(grant.accessToken.isEmpty());
    EXPECT_FALSE(grant.refreshToken.isEmpty());

    const auto wrong = await<GrantResult>([&](auto done) {
        bluesky::signInWithAppPassword(transport, net.pds, net.handle("alice"),
                                       QStringLiteral("nope"))
            .then(done);
    });
    ASSERT_FALSE(wrong.has_value());
    EXPECT_EQ(wrong.error().kind, bluesky::XrpcError::Kind::SignInNeeded);
    EXPECT_EQ(wrong.error().message, QStringLiteral("The handle or the app password is wrong."));

    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const QUrl gone(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    const auto unreachable = await<GrantResult>([&](auto done) {
        bluesky::signInWithAppPassword(transport, gone, net.handle("alice"), net.password("alice"))
            .then(done);
    });
    ASSERT_FALSE(unreachable.has_value());
    EXPECT_EQ(unreachable.error().kind, bluesky::XrpcError::Kind::Unreachable);
}

TEST_F(BlueskyNetwork, BackfillPagesThroughMentionsRepliesQuotesAndOurOwnAnswers)
{
    bluesky::AtprotoSession session(transport, signIn("alice"), nonces);
    bluesky::Fetcher sync(session, accountFor(session.grant()), {.pageSize = 2});
    QList<int> pagesSeen;
    const auto outcome = await<SyncResult>([&](auto done) {
        sync.fetch(
            {}, [&](const bluesky::FetchProgress& p) { pagesSeen.append(p.pages); }, done);
    });
    ASSERT_TRUE(outcome.has_value()) << outcome.error().message.toStdString();
    EXPECT_GE(pagesSeen.size(), 3); // two notifications a page: the cursor was followed
    EXPECT_FALSE(outcome->cancelled);
    EXPECT_FALSE(outcome->next.seenUntil.isEmpty());
    EXPECT_TRUE(outcome->next.resumeCursor.isEmpty());

    QHash<QString, PostKind> kinds;
    for (const InboundItem& item : outcome->batch.items)
        kinds.insert(item.post.remoteId, item.post.kind);
    EXPECT_EQ(kinds.value(net.postUri("bobMention")), PostKind::Mention);
    EXPECT_EQ(kinds.value(net.postUri("bobReply")), PostKind::Reply);
    EXPECT_EQ(kinds.value(net.postUri("bobQuote")), PostKind::Quote);
    EXPECT_EQ(kinds.value(net.postUri("carolReply")), PostKind::Reply);

    bool thanksFound = false;
    for (const OwnReply& reply : outcome->batch.ownReplies)
        thanksFound = thanksFound || (reply.post.remoteId == net.postUri("aliceThanks") &&
                                      reply.post.replyToRemoteId == net.postUri("bobReply"));
    EXPECT_TRUE(thanksFound);
    bool likeFound = false;
    for (const OwnLike& like : outcome->batch.ownLikes)
        likeFound = likeFound || like.targetRemoteId == net.postUri("bobQuote");
    EXPECT_TRUE(likeFound);

    // Into a real workspace: our reply made in another app answers (and thanks) bob, our like
    // thanks his quote, carol's criticism stays unanswered.
    QTemporaryDir dir;
    auto workspace = testing::openWorkspace(dir.filePath(QStringLiteral("w.hearken")));
    ASSERT_TRUE(workspace);
    Account account = accountFor(session.grant(), 0);
    auto accountId = workspace->accounts().saveAccount(account, now());
    ASSERT_TRUE(accountId.has_value());
    bluesky::Fetcher storedSync(session, (account.id = *accountId, account), {.pageSize = 50});
    auto stored = await<SyncResult>([&](auto done) { storedSync.fetch({}, {}, done); });
    ASSERT_TRUE(stored.has_value());
    for (OwnReply& reply : stored->batch.ownReplies)
        reply.expressesThanks = expressesGratitude(reply.post.text);
    ASSERT_TRUE(workspace->ingest().write(stored->batch).has_value());
    ASSERT_TRUE(workspace->ingest().write(stored->batch).has_value()); // idempotent

    const auto items = workspace->queue().page(QueueQuery(QueueFilter{}, now(), ResponseTargets{}),
                                               std::nullopt, 100);
    ASSERT_TRUE(items.has_value());
    QHash<QString, QueueItem> byText;
    for (const QueueItem& item : *items)
        byText.insert(item.text, item);
    // The seeded four (and whatever other tests added since).
    ASSERT_GE(items->size(), 4);
    const QueueItem bobReply = byText.value(QStringLiteral("Congrats, love it!"));
    EXPECT_TRUE(bobReply.facts.answeredAt.has_value());
    EXPECT_TRUE(bobReply.facts.thankedAt.has_value());
    // The quote says what it quotes, from the AppView's view of it.
    const QueueItem quote = byText.value(QStringLiteral(
        "Look at this!\n[Quoting @alice.test: Hello from the brand! Our new product is out.]"));
    EXPECT_EQ(quote.kind, PostKind::Quote);
    EXPECT_TRUE(quote.facts.thankedAt.has_value());
    EXPECT_FALSE(quote.facts.answeredAt.has_value());
    const QueueItem carol =
        byText.value(QStringLiteral("The update broke my settings, this is awful."));
    EXPECT_EQ(carol.authorHandle, QStringLiteral("carol.test"));
    EXPECT_EQ(carol.kind, PostKind::Reply);
    // Nobody answers bob's question (other tests may like it, never reply to it).
    bool mentionSeen = false;
    for (const QueueItem& item : *items) {
        if (item.kind != PostKind::Mention || item.authorHandle != QLatin1String("bob.test"))
            continue;
        mentionSeen = true;
        EXPECT_TRUE(item.text.contains(QLatin1String("https://example.com/notes")));
        EXPECT_FALSE(item.facts.answeredAt.has_value());
    }
    EXPECT_TRUE(mentionSeen);
}

TEST_F(BlueskyNetwork, IncrementalSyncPicksUpANewMentionOnce)
{
    bluesky::AtprotoSession alice(transport, signIn("alice"), nonces);
    bluesky::Fetcher sync(alice, accountFor(alice.grant()), {.pageSize = 50});
    auto first = await<SyncResult>([&](auto done) { sync.fetch({}, {}, done); });
    ASSERT_TRUE(first.has_value());
    bluesky::FetchState state = first->next;
    QSet<QString> known;
    for (const InboundItem& item : first->batch.items)
        known.insert(item.post.remoteId);

    // What was seen is read again a while below the newest (late arrivals), nothing else.
    const auto nothingNew = await<SyncResult>([&](auto done) { sync.fetch(state, {}, done); });
    ASSERT_TRUE(nothingNew.has_value());
    for (const InboundItem& item : nothingNew->batch.items)
        EXPECT_TRUE(known.contains(item.post.remoteId)) << item.post.text.toStdString();

    bluesky::AtprotoSession carol(transport, signIn("carol"), nonces);
    const QString text = QStringLiteral("@alice.test is anyone reading this? %1").arg(now());
    const QByteArray utf8 = text.toUtf8();
    const auto created = post(
        carol, QStringLiteral("com.atproto.repo.createRecord"),
        QJsonObject{
            {QStringLiteral("repo"), carol.grant().did},
            {QStringLiteral("collection"), QStringLiteral("app.bsky.feed.post")},
            {QStringLiteral("record"),
             QJsonObject{
                 {QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
                 {QStringLiteral("text"), text},
                 {QStringLiteral("createdAt"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                 {QStringLiteral("facets"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("index"), QJsonObject{{QStringLiteral("byteStart"), 0},
                                                            {QStringLiteral("byteEnd"), 11}}},
                      {QStringLiteral("features"),
                       QJsonArray{QJsonObject{{QStringLiteral("$type"),
                                               QStringLiteral("app.bsky.richtext.facet#mention")},
                                              {QStringLiteral("did"), alice.grant().did}}}}}}},
             }}});
    ASSERT_TRUE(created.has_value()) << created.error().message.toStdString();
    const QString uri = created->value(QLatin1String("uri")).toString();

    // The AppView indexes from the firehose: poll until the mention shows up.
    QList<InboundItem> arrived;
    ASSERT_TRUE(eventually([&] {
        const auto next = await<SyncResult>([&](auto done) { sync.fetch(state, {}, done); });
        if (!next)
            return false;
        arrived.clear();
        for (const InboundItem& item : next->batch.items) {
            if (!known.contains(item.post.remoteId))
                arrived.append(item);
        }
        state = next->next;
        return !arrived.isEmpty();
    }));
    ASSERT_EQ(arrived.size(), 1);
    EXPECT_EQ(arrived[0].post.remoteId, uri);
    EXPECT_EQ(arrived[0].post.kind, PostKind::Mention);
    EXPECT_EQ(arrived[0].post.text, text);

    const auto again = await<SyncResult>([&](auto done) { sync.fetch(state, {}, done); });
    ASSERT_TRUE(again.has_value());
    const auto times =
        std::count_if(again->batch.items.cbegin(), again->batch.items.cend(),
                      [&](const InboundItem& item) { return item.post.remoteId == uri; });
    EXPECT_EQ(times, 1); // read again, never twice
}

TEST_F(BlueskyNetwork, ACancelledBackfillContinuesWhereItStopped)
{
    bluesky::AtprotoSession session(transport, signIn("erin"), nonces);
    bluesky::Fetcher sync(session, accountFor(session.grant()), {.pageSize = 1, .lateSeconds = 0});
    const auto whole = await<SyncResult>([&](auto done) { sync.fetch({}, {}, done); });
    ASSERT_TRUE(whole.has_value()) << whole.error().message.toStdString();
    QSet<QString> all;
    for (const InboundItem& item : whole->batch.items)
        all.insert(item.post.remoteId);
    // One page of one notification at a time, all of erin's complaints: no page cap.
    EXPECT_EQ(all.size(), net.seed.value(QLatin1String("erinHistory"))
                              .toObject()
                              .value(QLatin1String("complaints"))
                              .toInt());

    const auto cancelled = await<SyncResult>([&](auto done) {
        sync.fetch(
            {},
            [&](const bluesky::FetchProgress& progress) {
                if (progress.pages == 3)
                    sync.cancel();
            },
            done);
    });
    ASSERT_TRUE(cancelled.has_value()) << cancelled.error().message.toStdString();
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_FALSE(cancelled->next.seenUntil.isEmpty());
    EXPECT_FALSE(cancelled->next.resumeCursor.isEmpty());
    EXPECT_TRUE(cancelled->next.resumeUntil.isEmpty()); // a backfill: down to the end
    EXPECT_LE(cancelled->batch.items.size(), 3);

    const auto rest = await<SyncResult>([&](auto done) { sync.fetch(cancelled->next, {}, done); });
    ASSERT_TRUE(rest.has_value()) << rest.error().message.toStdString();
    EXPECT_FALSE(rest->cancelled);
    EXPECT_TRUE(rest->next.resumeCursor.isEmpty());
    QSet<QString> both;
    for (const SyncResult* part : {&cancelled, &rest})
        for (const InboundItem& item : (*part)->batch.items)
            both.insert(item.post.remoteId);
    EXPECT_EQ(both, all);
}

TEST_F(BlueskyNetwork, TheThreadPaneGetsTheWholeThread)
{
    bluesky::AtprotoSession session(transport, signIn("alice"), nonces);
    bluesky::Fetcher sync(session, accountFor(session.grant()), {});
    const auto thread = await<tl::expected<QList<Post>, bluesky::XrpcError>>(
        [&](auto done) { sync.fetchThread(net.postUri("bobReply"), done); });
    ASSERT_TRUE(thread.has_value()) << thread.error().message.toStdString();
    ASSERT_GE(thread->size(), 3);
    EXPECT_EQ(thread->first().remoteId, net.postUri("aliceRoot")); // parents first
    EXPECT_EQ(thread->first().kind, PostKind::Own);
    EXPECT_EQ(thread->at(1).remoteId, net.postUri("bobReply"));
    bool thanks = false;
    for (const Post& post : *thread)
        thanks =
            thanks || (post.remoteId == net.postUri("aliceThanks") && post.kind == PostKind::Own);
    EXPECT_TRUE(thanks);

    const auto missing = await<tl::expected<QList<Post>, bluesky::XrpcError>>([&](auto done) {
        sync.fetchThread(
            QStringLiteral("at://%1/app.bsky.feed.post/3zzzzzzzzzzzz").arg(net.did("bob")), done);
    });
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().kind, bluesky::XrpcError::Kind::Rejected);
}

OutboxEntry entryFor(OutboxKind kind, const QString& target, const QString& text)
{
    OutboxEntry entry;
    entry.id = 1;
    entry.network = QStringLiteral("bluesky");
    entry.kind = kind;
    entry.targetRemoteId = target;
    entry.text = text;
    entry.idempotencyKey = QStringLiteral("test-%1-%2")
                               .arg(target, QString::number(QDateTime::currentMSecsSinceEpoch()));
    entry.createdAt = now();
    return entry;
}

TEST_F(BlueskyNetwork, ReplyWithRefsAndMentionFacetsIsPostedOnceEvenWhenTheAnswerIsLost)
{
    testing::LossyProxy proxy(net.pds);
    bluesky::SessionGrant grant = signIn("alice");
    grant.pds = proxy.url();
    bluesky::AtprotoSession session(transport, grant, nonces);
    bluesky::Deliverer deliverer(session, [] { return now(); });

    // Carol's reply sits under alice's root post: the root ref must point at the root.
    const OutboxEntry entry =
        entryFor(OutboxKind::Reply, net.postUri("carolReply"),
                 QStringLiteral("Entschuldigung 🙏 @carol.test, a fix is coming today (%1).")
                     .arg(QDateTime::currentMSecsSinceEpoch()));
    proxy.loseAnswerTo("com.atproto.repo.createRecord");
    const auto first = await<DeliveryOutcome>([&](auto done) { deliverer.deliver(entry, done); });
    EXPECT_EQ(proxy.lostAnswers(), 1);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    const auto uri = bluesky::AtUri::parse(first->remoteId);
    ASSERT_TRUE(uri.has_value());
    EXPECT_EQ(uri->rkey, bluesky::recordKeyFor(entry.idempotencyKey, entry.createdAt));
    EXPECT_TRUE(first->url.startsWith(QLatin1String("https://bsky.app/profile/alice.test/post/")));

    // The outbox retries after a crash: still one record.
    const auto second = await<DeliveryOutcome>([&](auto done) { deliverer.deliver(entry, done); });
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->remoteId, first->remoteId);

    const auto record = call(session, QStringLiteral("com.atproto.repo.getRecord"),
                             QUrlQuery{{QStringLiteral("repo"), uri->repo},
                                       {QStringLiteral("collection"), uri->collection},
                                       {QStringLiteral("rkey"), uri->rkey}});
    ASSERT_TRUE(record.has_value());
    const QJsonObject value = record->value(QLatin1String("value")).toObject();
    const QJsonObject reply = value.value(QLatin1String("reply")).toObject();
    EXPECT_EQ(reply.value(QLatin1String("root")).toObject().value(QLatin1String("uri")).toString(),
              net.postUri("aliceRoot"));
    EXPECT_EQ(
        reply.value(QLatin1String("parent")).toObject().value(QLatin1String("uri")).toString(),
        net.postUri("carolReply"));
    const QJsonArray facets = value.value(QLatin1String("facets")).toArray();
    ASSERT_EQ(facets.size(), 1);
    const QJsonObject index = facets[0].toObject().value(QLatin1String("index")).toObject();
    const QByteArray utf8 = entry.text.toUtf8();
    const qint64 start = index.value(QLatin1String("byteStart")).toInteger();
    EXPECT_EQ(utf8.mid(start, index.value(QLatin1String("byteEnd")).toInteger() - start),
              QByteArray("@carol.test"));
    EXPECT_EQ(facets[0]
                  .toObject()
                  .value(QLatin1String("features"))
                  .toArray()[0]
                  .toObject()
                  .value(QLatin1String("did"))
                  .toString(),
              net.did("carol"));

    // And the AppView shows exactly one reply from alice under carol's post.
    const auto shownOnce = [&] {
        return repliesWithText(session, net.postUri("carolReply"), entry.text) == 1;
    };
    EXPECT_TRUE(eventually(shownOnce));
    // ... and no second copy turns up later. (While the AppView indexes, a look has been seen
    // to miss the reply for a moment, hence polling again rather than one look.)
    QEventLoop pause;
    QTimer::singleShot(500, &pause, &QEventLoop::quit);
    pause.exec();
    EXPECT_TRUE(eventually(shownOnce));
}

TEST_F(BlueskyNetwork, LikeIsRecordedOnceAcrossRetries)
{
    testing::LossyProxy proxy(net.pds);
    bluesky::SessionGrant grant = signIn("alice");
    grant.pds = proxy.url();
    bluesky::AtprotoSession session(transport, grant, nonces);
    bluesky::Deliverer deliverer(session, [] { return now(); });
    // alice's likes of bob's mention, as her repository holds them (the PDS itself keeps one
    // like per subject: a second create replaces the first).
    const auto likesOfMention = [&] {
        const auto likes =
            call(session, QStringLiteral("com.atproto.repo.listRecords"),
                 QUrlQuery{{QStringLiteral("repo"), grant.did},
                           {QStringLiteral("collection"), QStringLiteral("app.bsky.feed.like")},
                           {QStringLiteral("limit"), QStringLiteral("100")}});
        EXPECT_TRUE(likes.has_value());
        QStringList found;
        for (const QJsonValue& like :
             likes.value_or(QJsonObject{}).value(QLatin1String("records")).toArray())
            if (like.toObject()
                    .value(QLatin1String("value"))
                    .toObject()
                    .value(QLatin1String("subject"))
                    .toObject()
                    .value(QLatin1String("uri"))
                    .toString() == net.postUri("bobMention"))
                found.append(like.toObject().value(QLatin1String("uri")).toString());
        return found;
    };

    const OutboxEntry entry = entryFor(OutboxKind::Like, net.postUri("bobMention"), {});
    proxy.loseAnswerTo("com.atproto.repo.createRecord");
    const auto first = await<DeliveryOutcome>([&](auto done) { deliverer.deliver(entry, done); });
    EXPECT_EQ(proxy.lostAnswers(), 1);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    const auto second = await<DeliveryOutcome>([&](auto done) { deliverer.deliver(entry, done); });
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->remoteId, first->remoteId);
    EXPECT_EQ(likesOfMention(), QStringList{first->remoteId});

    const auto gone = await<DeliveryOutcome>([&](auto done) {
        deliverer.deliver(
            entryFor(OutboxKind::Like,
                     QStringLiteral("at://%1/app.bsky.feed.post/3zzzzzzzzzzzz").arg(net.did("bob")),
                     {}),
            done);
    });
    ASSERT_FALSE(gone.has_value());
    EXPECT_EQ(gone.error().kind, DeliveryFailure::Kind::Rejected);
}

TEST_F(BlueskyNetwork, AnExpiredAccessTokenIsRefreshedAndARevokedSessionAsksForSignIn)
{
    bluesky::SessionGrant grant = signIn("alice");
    const QString oldRefresh = grant.refreshToken;
    grant.accessToken = net.account("alice").value(QLatin1String("expiredAccessJwt")).toString();
    ASSERT_FALSE(grant.accessToken.isEmpty());
    bluesky::AtprotoSession session(transport, grant, nonces);
    std::optional<bluesky::SessionGrant> saved;
    session.onGrantChanged([&](const bluesky::SessionGrant& changed) { saved = changed; });

    const auto result = call(session, QStringLiteral("app.bsky.notification.listNotifications"),
                             QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1")}});
    ASSERT_TRUE(result.has_value()) << result.error().message.toStdString();
    ASSERT_TRUE(saved.has_value());
    EXPECT_NE(saved->accessToken, grant.accessToken);
    EXPECT_NE(saved->refreshToken, oldRefresh);

    // Signing out elsewhere revokes the session: the next refresh asks for a new sign-in.
    net::HttpRequest signOut;
    signOut.method = "POST";
    signOut.url = net.pds.resolved(QUrl(QStringLiteral("/xrpc/com.atproto.server.deleteSession")));
    signOut.setHeader("Authorization", "Bearer " + saved->refreshToken.toUtf8());
    const auto signedOut =
        await<net::HttpResult>([&](auto done) { transport.send(signOut, &transport, done); });
    ASSERT_TRUE(signedOut.has_value()) << signedOut.error().message.toStdString();
    bluesky::SessionGrant revoked = *saved;
    revoked.accessToken = grant.accessToken; // the expired one again
    bluesky::AtprotoSession revokedSession(transport, revoked, nonces);
    const auto refused = call(
        revokedSession, QStringLiteral("app.bsky.notification.listNotifications"), QUrlQuery{});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, bluesky::XrpcError::Kind::SignInNeeded);
}

} // namespace
} // namespace hearken
