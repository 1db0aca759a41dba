// SPDX-License-Identifier: GPL-3.0-or-later
// The whole Mastodon flow against the Mastodon test server: sign-in through $BROWSER,
// backfill, incremental sync, threads, replies and favourites from here and from other apps,
// edits, deletions, rate limits, revoked sign-ins, streaming, and signing out.
#include "auth/vault_keys.h"
#include "mastodon_fixture.h"
#include "outbox/delivery_engine.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_provider.h"
#include "providers/network_deliverers.h"
#include "providers/provider_registry.h"
#include "store/queue_query.h"
#include "support/scripted_http_server.h"

#include <QJsonArray>
#include <QUuid>

using namespace hearken;
using namespace hearken::testing;

namespace {

using MastodonEndToEnd = MastodonFixture;

} // namespace

TEST_F(MastodonEndToEnd, SignsInThroughTheBrowserRegistersOnceAndKeepsSecretsInTheVault)
{
    ASSERT_TRUE(peer.isUp());
    const Account account = signedIn();
    EXPECT_EQ(account.handle, QStringLiteral("@brand@") + peer.url().authority());
    EXPECT_EQ(account.serverUrl, peer.url().toString());
    const QString token = storedSecret(auth::accessTokenKey(account.id));
    EXPECT_FALSE(token.isEmpty());
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM app_registrations")).toInt(), 1);
    EXPECT_FALSE(
        storedSecret(auth::clientSecretKey(mastodon::network, peer.url().toString())).isEmpty());

    // A second sign-in on the same server reuses the registration.
    ASSERT_TRUE(signIn(peer.url()));
    EXPECT_EQ(peer.control(QStringLiteral("/state")).value(QLatin1String("apps")).toInt(), 1);
    const QJsonArray tokens =
        peer.control(QStringLiteral("/state")).value(QLatin1String("tokens")).toArray();
    ASSERT_EQ(tokens.size(), 2);
    EXPECT_EQ(tokens[0].toObject().value(QLatin1String("scope")).toString(),
              u"read:notifications read:statuses read:favourites write:statuses write:favourites "
              u"profile");
}

TEST_F(MastodonEndToEnd, ADeniedSignInAddsNothing)
{
    qputenv("HEARKEN_TEST_DECISION", "deny");
    const auto result = signIn(peer.url());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, auth::AuthError::Kind::Denied);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 0);
}

TEST_F(MastodonEndToEnd, AForgedStateIsRejected)
{
    qputenv("HEARKEN_TEST_STATE", "forged");
    const auto result = signIn(peer.url());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, auth::AuthError::Kind::StateMismatch);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 0);
}

TEST_F(MastodonEndToEnd, RefusesAServerThatIsNotMastodonAndPlainHttpElsewhere)
{
    ScriptedHttpServer other([](const ScriptedRequest&) {
        ScriptedReply reply;
        reply.status = 404;
        reply.body = "<html>not found</html>";
        return reply;
    });
    const auto notMastodon = signIn(other.url());
    ASSERT_FALSE(notMastodon);
    EXPECT_TRUE(notMastodon.error().message.contains(u"does not answer like a Mastodon server"))
        << notMastodon.error().message.toStdString();
    const auto insecure = signIn(QUrl(QStringLiteral("http://mastodon.example")));
    ASSERT_FALSE(insecure);
    EXPECT_TRUE(insecure.error().message.contains(u"https"));
}

TEST_F(MastodonEndToEnd, BackfillsHistoryThenSyncsWhatIsNewWithThreadsAndTone)
{
    const Account account = signedIn();
    auto sync = engine({.pageSize = 20, .contexts = 20, .recheck = 40});
    const auto first = syncOnce(*sync);
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0].second.kind, SyncOutcome::Kind::Ok) << first[0].second.message.toStdString();
    EXPECT_EQ(queueCount(account.id), 45);
    EXPECT_EQ(value(QStringLiteral("SELECT value FROM cursors WHERE stream = "
                                   "'notifications.backfill_done'"))
                  .toString(),
              u"1");
    // Every item was classified on arrival.
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM queue WHERE tone IS NULL")).toInt(), 0);
    // Threads: the brand's post the mentions answer came with their context.
    const QString brandPost =
        peer.control(QStringLiteral("/state")).value(QLatin1String("brandPostId")).toString();
    EXPECT_EQ(value(QStringLiteral("SELECT kind FROM posts WHERE remote_id = ?"),
                    {mastodon::qualifiedId(brandPost, peer.url())})
                  .toString(),
              u"own");

    peer.control(QStringLiteral("/seed"), {{QStringLiteral("count"), QStringLiteral("3")}});
    const auto second = syncOnce(*sync);
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0].second.newItems, 3);
    EXPECT_EQ(queueCount(account.id), 48);

    // Nothing new: nothing stored twice.
    syncOnce(*sync);
    EXPECT_EQ(queueCount(account.id), 48);
}

TEST_F(MastodonEndToEnd, ReplyAndFavouriteLandExactlyOnceEvenWhenTheAnswerIsLost)
{
    const Account account = signedIn();
    auto sync = engine();
    syncOnce(*sync);
    const QString target = mentionWith(QStringLiteral("crashed again"));
    ASSERT_FALSE(target.isEmpty());

    const QString text = QStringLiteral("@alice Sorry about that, a fix ships today.");
    const OutboxEntry reply = entry(account, target, OutboxKind::Reply, text);
    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), QStringLiteral("/api/v1/statuses")},
                  {QStringLiteral("method"), QStringLiteral("POST")},
                  {QStringLiteral("kind"), QStringLiteral("drop-after")},
                  {QStringLiteral("count"), QStringLiteral("20")}});
    // Every attempt reaches the server and is applied; every answer is lost.
    const DeliveryOutcome lost = deliver(account, reply);
    ASSERT_FALSE(lost);
    EXPECT_EQ(lost.error().kind, DeliveryFailure::Kind::Temporary);
    peer.control(QStringLiteral("/reset-faults"));
    const DeliveryOutcome sent = deliver(account, reply);
    ASSERT_TRUE(sent) << sent.error().message.toStdString();
    const QJsonObject state = peer.control(
        QStringLiteral("/state"),
        {{QStringLiteral("text"), text}, {QStringLiteral("in_reply_to_id"), localOf(target)}});
    EXPECT_EQ(state.value(QLatin1String("statusesWithText")).toInt(), 1);
    const QJsonArray replies = state.value(QLatin1String("repliesTo")).toArray();
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies[0].toObject().value(QLatin1String("id")).toString(), localOf(sent->remoteId));

    const OutboxEntry like = entry(account, target, OutboxKind::Like);
    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), QStringLiteral("/api/v1/statuses/")},
                  {QStringLiteral("kind"), QStringLiteral("drop-after")},
                  {QStringLiteral("count"), QStringLiteral("20")}});
    EXPECT_FALSE(deliver(account, like));
    peer.control(QStringLiteral("/reset-faults"));
    EXPECT_TRUE(deliver(account, like));
    const QJsonArray favourites =
        peer.control(QStringLiteral("/state")).value(QLatin1String("favourites")).toArray();
    ASSERT_EQ(favourites.size(), 1);
    EXPECT_EQ(favourites[0].toString(), localOf(target));

    // The next sync reads our reply and favourite back: the item is answered and liked.
    syncOnce(*sync);
    EXPECT_FALSE(value(QStringLiteral("SELECT q.answered_at FROM queue q JOIN posts p ON p.id = "
                                      "q.post_id WHERE p.remote_id = ?"),
                       {target})
                     .isNull());
    EXPECT_FALSE(value(QStringLiteral("SELECT q.liked_at FROM queue q JOIN posts p ON p.id = "
                                      "q.post_id WHERE p.remote_id = ?"),
                       {target})
                     .isNull());
}

TEST_F(MastodonEndToEnd, AReplyTakesTheVisibilityOfTheMentionAndFailuresAreTyped)
{
    const Account account = signedIn();
    auto sync = engine();
    syncOnce(*sync);
    const QString unlisted =
        peer.control(QStringLiteral("/seed"),
                     {{QStringLiteral("count"), QStringLiteral("1")},
                      {QStringLiteral("visibility"), QStringLiteral("private")}})
            .value(QLatin1String("ids"))
            .toArray()[0]
            .toString();
    const QString target = mastodon::qualifiedId(unlisted, peer.url());
    const QString text = QStringLiteral("Following up in private.");
    ASSERT_TRUE(deliver(account, entry(account, target, OutboxKind::Reply, text)));
    const QJsonArray replies =
        peer.control(QStringLiteral("/state"), {{QStringLiteral("in_reply_to_id"), unlisted}})
            .value(QLatin1String("repliesTo"))
            .toArray();
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies[0].toObject().value(QLatin1String("visibility")).toString(), u"private");

    const auto blank =
        deliver(account, entry(account, target, OutboxKind::Reply, QStringLiteral("  ")));
    ASSERT_FALSE(blank);
    EXPECT_EQ(blank.error().kind, DeliveryFailure::Kind::Rejected);
    EXPECT_TRUE(blank.error().message.contains(u"can't be blank"));

    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), QStringLiteral("/api/v1/statuses")},
                  {QStringLiteral("kind"), QStringLiteral("429")},
                  {QStringLiteral("retryAfter"), QStringLiteral("1")}});
    const auto limited =
        deliver(account, entry(account, target, OutboxKind::Reply, QStringLiteral("x")));
    ASSERT_FALSE(limited);
    EXPECT_EQ(limited.error().kind, DeliveryFailure::Kind::RateLimited);
    EXPECT_TRUE(limited.error().retryAt);

    const auto elsewhere =
        deliver(account, entry(account, QStringLiteral("1@other.example"), OutboxKind::Like));
    ASSERT_FALSE(elsewhere);
    EXPECT_EQ(elsewhere.error().kind, DeliveryFailure::Kind::Rejected);
}

TEST_F(MastodonEndToEnd, RepliesAndFavouritesFromOtherAppsAnswerAndThank)
{
    const Account account = signedIn();
    auto sync = engine();
    syncOnce(*sync);
    const QString praised = mentionWith(QStringLiteral("wonderful"));
    const QString asked = mentionWith(QStringLiteral("export my data"));
    ASSERT_FALSE(praised.isEmpty());
    ASSERT_FALSE(asked.isEmpty());
    peer.control(QStringLiteral("/reply-as-brand"),
                 {{QStringLiteral("in_reply_to_id"), localOf(asked)},
                  {QStringLiteral("text"), QStringLiteral("@alice Settings, then Export.")}});
    peer.control(QStringLiteral("/reply-as-brand"),
                 {{QStringLiteral("in_reply_to_id"), localOf(praised)},
                  {QStringLiteral("text"), QStringLiteral("@bob Thank you so much!")}});
    syncOnce(*sync);
    const QString answered = QStringLiteral(
        "SELECT q.answered_at IS NOT NULL, q.thanked_at IS NOT NULL FROM queue q JOIN posts p ON "
        "p.id = q.post_id WHERE p.remote_id = ?");
    EXPECT_TRUE(value(answered, {asked}).toBool());
    EXPECT_TRUE(value(answered, {praised}).toBool());
    EXPECT_TRUE(value(QStringLiteral("SELECT q.thanked_at IS NOT NULL FROM queue q JOIN posts p ON "
                                     "p.id = q.post_id WHERE p.remote_id = ?"),
                      {praised})
                    .toBool());

    const QString liked = mentionWith(QStringLiteral("dark mode"));
    peer.control(QStringLiteral("/favourite-as-brand"), {{QStringLiteral("id"), localOf(liked)}});
    syncOnce(*sync);
    EXPECT_TRUE(
        value(QStringLiteral("SELECT q.liked_at IS NOT NULL AND q.thanked_at IS NOT NULL FROM "
                             "queue q JOIN posts p ON p.id = q.post_id WHERE p.remote_id = ?"),
              {liked})
            .toBool());
}

TEST_F(MastodonEndToEnd, EditsUpdateAndDeletionsRetireQueueRows)
{
    const Account account = signedIn();
    auto sync = engine();
    syncOnce(*sync);
    const QString edited = mentionWith(QStringLiteral("broken for three days"));
    const QString deleted = mentionWith(QStringLiteral("webhooks"));
    peer.control(QStringLiteral("/edit"),
                 {{QStringLiteral("id"), localOf(edited)},
                  {QStringLiteral("text"), QStringLiteral("@brand works again, never mind")}});
    peer.control(QStringLiteral("/delete"), {{QStringLiteral("id"), localOf(deleted)}});
    syncOnce(*sync);
    EXPECT_TRUE(value(QStringLiteral("SELECT text FROM posts WHERE remote_id = ?"), {edited})
                    .toString()
                    .endsWith(u"@brand works again, never mind"));
    EXPECT_EQ(value(QStringLiteral("SELECT q.state FROM queue q JOIN posts p ON p.id = q.post_id "
                                   "WHERE p.remote_id = ?"),
                    {deleted})
                  .toString(),
              u"dismissed");
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM events e JOIN posts p ON p.id = e.post_id "
                                   "WHERE p.remote_id = ? AND e.kind = 'deleted'"),
                    {deleted})
                  .toInt(),
              1);
    // The search sees the edit, before the search indexer runs and after.
    QueueFilter search;
    search.states.clear();
    search.search = QStringLiteral("never");
    EXPECT_EQ(workspace->queue().count(QueueQuery(search, 0, {})).value(), 1);
    ASSERT_TRUE(workspace->searchIndexer().indexAll());
    EXPECT_EQ(
        value(QStringLiteral("SELECT count(*) FROM posts_search WHERE posts_search MATCH 'never'"))
            .toInt(),
        1);
}

TEST_F(MastodonEndToEnd, ARateLimitPausesTheAccountUntilTheServersTimeThenResumes)
{
    const Account account = signedIn();
    auto sync = engine();
    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), QStringLiteral("/api/v1/notifications")},
                  {QStringLiteral("kind"), QStringLiteral("429")},
                  {QStringLiteral("retryAfter"), QStringLiteral("2")}});
    const qint64 before = now();
    const auto outcomes = syncOnce(*sync);
    const qint64 after = now();
    ASSERT_FALSE(outcomes.isEmpty());
    EXPECT_EQ(outcomes[0].second.kind, SyncOutcome::Kind::RateLimited);
    const auto paused = workspace->syncState().status(account.id);
    ASSERT_TRUE(paused);
    EXPECT_EQ(paused->kind, AccountSyncStatus::Kind::Paused);
    ASSERT_TRUE(paused->pausedUntil);
    // Two seconds after the server answered, give or take the second the clocks round to.
    EXPECT_GE(*paused->pausedUntil, before + 2 - 1);
    EXPECT_LE(*paused->pausedUntil, after + 2 + 1);
    EXPECT_EQ(queueCount(account.id), 0);
    // It resumes by itself once the time has come.
    EXPECT_TRUE(spinUntil(
        [&] {
            return queueCount(account.id) == 45 &&
                   workspace->syncState().status(account.id)->kind == AccountSyncStatus::Kind::Ok;
        },
        30'000));
}

TEST_F(MastodonEndToEnd, ServerErrorsAreRetriedAndCutAnswersChangeNothing)
{
    const Account account = signedIn();
    auto sync = engine();
    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), QStringLiteral("/api/v1/notifications")},
                  {QStringLiteral("kind"), QStringLiteral("503")},
                  {QStringLiteral("count"), QStringLiteral("2")}});
    auto outcomes = syncOnce(*sync);
    EXPECT_EQ(outcomes.value(0).second.kind, SyncOutcome::Kind::Ok);
    EXPECT_EQ(queueCount(account.id), 45);

    peer.control(QStringLiteral("/seed"), {{QStringLiteral("count"), QStringLiteral("2")}});
    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), QStringLiteral("/api/v1/notifications")},
                  {QStringLiteral("kind"), QStringLiteral("truncate")},
                  {QStringLiteral("count"), QStringLiteral("5")}});
    outcomes = syncOnce(*sync);
    EXPECT_EQ(outcomes.value(0).second.kind, SyncOutcome::Kind::Failed);
    EXPECT_EQ(queueCount(account.id), 45);
    EXPECT_EQ(workspace->syncState().status(account.id)->kind, AccountSyncStatus::Kind::Error);
    EXPECT_FALSE(workspace->syncState().status(account.id)->lastError.isEmpty());
    peer.control(QStringLiteral("/reset-faults"));
    outcomes = syncOnce(*sync);
    EXPECT_EQ(outcomes.value(0).second.kind, SyncOutcome::Kind::Ok);
    EXPECT_EQ(queueCount(account.id), 47);
}

TEST_F(MastodonEndToEnd, HostileContentFromTheServerArrivesAsSafeText)
{
    const Account account = signedIn();
    auto sync = engine();
    peer.control(
        QStringLiteral("/raw-status"),
        {{QStringLiteral("html"),
          QStringLiteral(
              "<p>hi<script>steal()</script> <img src=\"https://t.example/x.gif\">&lt;b&gt; "
              "\u0645\u0631\u062D\u0628\u0627 &#x1F600;</p><style>x</style>")}});
    syncOnce(*sync);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM posts WHERE text = ?"),
                    {QStringLiteral("hi <b> \u0645\u0631\u062D\u0628\u0627 \U0001F600")})
                  .toInt(),
              1);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM posts WHERE text LIKE '%steal%'")).toInt(),
              0);
}

TEST_F(MastodonEndToEnd, ARevokedSignInStopsThatAccountOnly)
{
    NodePeer other(peerScript("mastodon/server.js"), {QStringLiteral("--mentions=5")});
    ASSERT_TRUE(other.isUp());
    const Account first = signedIn();
    auto second = signIn(other.url());
    ASSERT_TRUE(second);
    auto sync = engine();
    peer.control(QStringLiteral("/revoke-tokens"));
    syncOnce(*sync);
    EXPECT_EQ(workspace->syncState().status(first.id)->kind, AccountSyncStatus::Kind::SignInNeeded);
    EXPECT_EQ(workspace->syncState().status(second->id)->kind, AccountSyncStatus::Kind::Ok);
    EXPECT_EQ(queueCount(second->id), 5);
    // Signing in again clears it.
    ASSERT_TRUE(signIn(peer.url()));
    EXPECT_EQ(workspace->syncState().status(first.id)->kind, AccountSyncStatus::Kind::Ok);
}

TEST_F(MastodonEndToEnd, StreamingBringsNewMentionsAndPollingTakesOverWhenItIsGone)
{
    const Account account = signedIn();
    auto sync = engine();
    sync->setLiveUpdates(true);
    sync->setIntervals(1500, 60'000);
    sync->start();
    ASSERT_TRUE(spinUntil([&] { return queueCount(account.id) == 45; }, 15'000));
    ASSERT_TRUE(spinUntil(
        [&] {
            return peer.control(QStringLiteral("/state")).value(QLatin1String("streams")).toInt() ==
                   1;
        },
        10'000));
    peer.control(QStringLiteral("/seed"), {{QStringLiteral("count"), QStringLiteral("1")}});
    EXPECT_TRUE(spinUntil([&] { return queueCount(account.id) == 46; }, 5'000));

    peer.control(QStringLiteral("/streaming"),
                 {{QStringLiteral("enabled"), QStringLiteral("false")}});
    peer.control(QStringLiteral("/seed"), {{QStringLiteral("count"), QStringLiteral("1")}});
    EXPECT_TRUE(spinUntil([&] { return queueCount(account.id) == 47; }, 10'000));
    sync->cancel();
}

TEST_F(MastodonEndToEnd, SigningOutRevokesTheTokenAndRemovesTheSecret)
{
    const Account account = signedIn();
    auto sync = engine();
    syncOnce(*sync);
    mastodon::SignOut signOut(signInServices());
    auto warning =
        waitFor<QString>([&](auto done) { QCoro::connect(signOut.run(account), &signOut, done); });
    ASSERT_TRUE(warning);
    EXPECT_TRUE(warning->isEmpty()) << warning->toStdString();
    const QJsonArray tokens =
        peer.control(QStringLiteral("/state")).value(QLatin1String("tokens")).toArray();
    ASSERT_EQ(tokens.size(), 1);
    EXPECT_TRUE(tokens[0].toObject().value(QLatin1String("revoked")).toBool());
    EXPECT_TRUE(storedSecret(auth::accessTokenKey(account.id)).isEmpty());
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 0);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM queue")).toInt(), 0);
}

TEST_F(MastodonEndToEnd, BackfillReportsProgressAndCanBeCancelledThenResumes)
{
    const Account account = signedIn();
    auto sync = engine({.pageSize = 10, .contexts = 0, .recheck = 0});
    QList<SyncProgress> progress;
    QObject::connect(sync.get(), &SyncEngine::progress,
                     [&](qint64, const SyncProgress& p) { progress.append(p); });
    // The first page is slow: the pass is cancelled while it waits.
    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), QStringLiteral("/api/v1/notifications")},
                  {QStringLiteral("kind"), QStringLiteral("slow")},
                  {QStringLiteral("delayMs"), QStringLiteral("3000")}});
    QList<SyncOutcome> outcomes;
    QObject::connect(sync.get(), &SyncEngine::accountFinished,
                     [&](qint64, const SyncOutcome& o) { outcomes.append(o); });
    sync->syncAll();
    spinUntil([] { return false; }, 300);
    sync->cancel();
    ASSERT_TRUE(spinUntil([&] { return !outcomes.isEmpty(); }, 5000));
    EXPECT_EQ(outcomes[0].kind, SyncOutcome::Kind::Cancelled);
    EXPECT_EQ(queueCount(account.id), 0);
    EXPECT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress[0].phase, u"backfill");

    // The next pass starts where the cursors say and brings everything, page by page.
    progress.clear();
    syncOnce(*sync);
    EXPECT_EQ(queueCount(account.id), 45);
    int backfillReports = 0;
    for (const SyncProgress& p : progress)
        backfillReports += p.phase == u"backfill" ? 1 : 0;
    EXPECT_GE(backfillReports, 5);
}

TEST_F(MastodonEndToEnd, TheOutboxDeliversThroughTheAccountsDelivererOnceAndWaitsForASignIn)
{
    const Account account = signedIn();
    auto sync = engine();
    syncOnce(*sync);
    const QString target = mentionWith(QStringLiteral("crashed again"));
    ASSERT_FALSE(target.isEmpty());
    const qint64 postId =
        value(QStringLiteral("SELECT id FROM posts WHERE remote_id = ?"), {target}).toLongLong();

    // Wired as the window wires it: the directory makes the deliverer from the vault's token.
    ProviderRegistry providers;
    providers.add(std::make_unique<mastodon::Provider>());
    DpopNonces nonces;
    NetworkDeliverers deliverers(providers, {http, *secrets, nonces, now});
    DeliveryEngine outbox(
        *workspace, [&](const Account& a) { return deliverers.forAccount(a); }, now);
    outbox.setBackoff({1, 1});
    const QString text = QStringLiteral("@alice Thanks for telling us, a fix ships today.");
    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), QStringLiteral("/api/v1/statuses")},
                  {QStringLiteral("method"), QStringLiteral("POST")},
                  {QStringLiteral("kind"), QStringLiteral("drop-after")}});
    const auto queued = outbox.send(
        {account.id, postId, OutboxKind::Reply, text, {}, QStringLiteral("ana"), std::nullopt});
    ASSERT_TRUE(queued) << queued.error().message.toStdString();
    ASSERT_TRUE(spinUntil([&] { return outbox.pendingCount() == 0; }, 15000));
    const QJsonObject state =
        peer.control(QStringLiteral("/state"), {{QStringLiteral("text"), text}});
    EXPECT_EQ(state.value(QLatin1String("statusesWithText")).toInt(), 1);
    const auto sent = workspace->outbox().entry(queued->id);
    ASSERT_TRUE(sent && sent->has_value());
    EXPECT_EQ((*sent)->state, OutboxState::Sent);
    EXPECT_FALSE(value(QStringLiteral("SELECT answered_at FROM queue WHERE post_id = ?"), {postId})
                     .isNull());

    // The sign-in is revoked on the server: the next reply waits for a new sign-in instead of
    // failing for good, and goes out with the new token once there is one.
    peer.control(QStringLiteral("/revoke-tokens"));
    const auto waiting = outbox.send({account.id,
                                      postId,
                                      OutboxKind::Reply,
                                      QStringLiteral("@alice One more thing."),
                                      {},
                                      QStringLiteral("ana"),
                                      std::nullopt});
    ASSERT_TRUE(waiting);
    ASSERT_TRUE(spinUntil(
        [&] {
            const auto e = workspace->outbox().entry(waiting->id);
            return e && e->has_value() && (*e)->attempts > 0 && !outbox.isDelivering(waiting->id);
        },
        15000));
    const auto held = workspace->outbox().entry(waiting->id);
    EXPECT_EQ((*held)->state, OutboxState::Queued);
    EXPECT_FALSE((*held)->lastError.isEmpty());
    const auto oneMoreThing = [&] {
        return peer
            .control(QStringLiteral("/state"),
                     {{QStringLiteral("text"), QStringLiteral("@alice One more thing.")}})
            .value(QLatin1String("statusesWithText"))
            .toInt();
    };
    EXPECT_EQ(oneMoreThing(), 0);

    ASSERT_EQ(signedIn().id, account.id);
    outbox.signedIn(account.id);
    ASSERT_TRUE(spinUntil([&] { return outbox.pendingCount() == 0; }, 15000));
    EXPECT_EQ(oneMoreThing(), 1);
}
