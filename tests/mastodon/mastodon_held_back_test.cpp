// SPDX-License-Identifier: GPL-3.0-or-later
// What a Mastodon server holds back or sends as its own kind, against the Mastodon test
// server: mentions the notification policy filters (4.3) arrive marked as held back, with a
// line saying which rule holds what back and how to change it; a server without the policy
// endpoint holds nothing back; quotes of the brand's posts (4.5) arrive as quotes.
#include "mastodon_fixture.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_notification_policy.h"
#include "store/queue_query.h"
#include "store/queue_repository.h"

using namespace hearken;
using namespace hearken::testing;

namespace {

class MastodonHeldBack : public MastodonFixture {
protected:
    Account signedIn()
    {
        auto account = signIn(peer.url());
        EXPECT_TRUE(account) << account.error().message.toStdString();
        return account.value_or(Account{});
    }

    SyncOutcome syncOnceOk()
    {
        auto sync = engine();
        const auto outcomes = syncOnce(*sync);
        EXPECT_EQ(outcomes.size(), 1);
        if (outcomes.isEmpty())
            return {};
        EXPECT_EQ(outcomes[0].second.kind, SyncOutcome::Kind::Ok)
            << outcomes[0].second.message.toStdString();
        return outcomes[0].second;
    }

    int heldBackItems()
    {
        return value(QStringLiteral("SELECT count(*) FROM queue WHERE held_back = 1")).toInt();
    }
};

} // namespace

TEST_F(MastodonHeldBack, MentionsThePolicyHoldsBackArriveMarkedWithWhyAndHowToChangeIt)
{
    const Account account = signedIn();
    peer.control(QStringLiteral("/held-back"), {{QStringLiteral("count"), QStringLiteral("3")}});
    const SyncOutcome first = syncOnceOk();
    EXPECT_EQ(queueCount(account.id), 45 + 3);
    EXPECT_EQ(heldBackItems(), 3);
    // The notice names the rule (the default: private mentions from people not followed),
    // how many wait, and where to change it.
    EXPECT_TRUE(first.message.contains(u"private mentions from people the account does not "
                                       u"follow"))
        << first.message.toStdString();
    EXPECT_TRUE(first.message.contains(u"3 waiting there")) << first.message.toStdString();
    EXPECT_TRUE(first.message.contains(u"Filter notifications from"))
        << first.message.toStdString();
    EXPECT_TRUE(first.message.contains(peer.url().host()));

    // The queue says which items the server held back.
    auto page =
        workspace->queue().page(QueueQuery(QueueFilter{}, now(), ResponseTargets{}), {}, 100);
    ASSERT_TRUE(page) << page.error().message.toStdString();
    int marked = 0;
    for (const QueueItem& item : *page)
        marked += item.heldBack ? 1 : 0;
    EXPECT_EQ(marked, 3);

    // Later ones come with what is new; the policy is kept for the window.
    peer.control(QStringLiteral("/held-back"), {{QStringLiteral("count"), QStringLiteral("2")},
                                                {QStringLiteral("from"), QStringLiteral("chen")}});
    const SyncOutcome second = syncOnceOk();
    EXPECT_EQ(second.newItems, 2);
    EXPECT_EQ(heldBackItems(), 5);
    const auto cursors = workspace->syncState().cursors(account.id);
    ASSERT_TRUE(cursors);
    const auto kept =
        mastodon::decodeNotificationPolicy(cursors->value(QStringLiteral("notifications.policy")));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->pendingNotifications, 5);
    EXPECT_EQ(kept->pendingRequests, 2);
}

TEST_F(MastodonHeldBack, ADiscardingRuleIsToldEvenWithNothingWaiting)
{
    signedIn();
    peer.control(QStringLiteral("/policy"),
                 {{QStringLiteral("for_new_accounts"), QStringLiteral("drop")}});
    const SyncOutcome outcome = syncOnceOk();
    EXPECT_TRUE(outcome.message.contains(u"discards mentions from accounts younger than 30 days"))
        << outcome.message.toStdString();
    EXPECT_FALSE(outcome.message.contains(u"holds back")) << outcome.message.toStdString();
}

TEST_F(MastodonHeldBack, AServerWithoutThePolicyEndpointHoldsNothingBack)
{
    const Account account = signedIn();
    // Before 4.3 (and on other servers) the path is unknown: 404.
    peer.control(QStringLiteral("/fault"),
                 {{QStringLiteral("match"), QStringLiteral("/api/v2/notifications/policy")},
                  {QStringLiteral("kind"), QStringLiteral("404")},
                  {QStringLiteral("count"), QStringLiteral("5")}});
    const SyncOutcome outcome = syncOnceOk();
    EXPECT_TRUE(outcome.message.isEmpty()) << outcome.message.toStdString();
    EXPECT_EQ(queueCount(account.id), 45);
    EXPECT_EQ(heldBackItems(), 0);
    const auto status = workspace->syncState().status(account.id);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->kind, AccountSyncStatus::Kind::Ok);
}

TEST_F(MastodonHeldBack, AQuoteOfTheBrandsPostArrivesAsAQuoteWithWhatItQuotes)
{
    const Account account = signedIn();
    const QJsonObject quote =
        peer.control(QStringLiteral("/quote"),
                     {{QStringLiteral("text"), QStringLiteral("This crashes daily.")}});
    const QString quoteId =
        mastodon::qualifiedId(quote.value(QLatin1String("id")).toString(), peer.url());
    const QString quotedId =
        mastodon::qualifiedId(quote.value(QLatin1String("quotedId")).toString(), peer.url());
    syncOnceOk();
    EXPECT_EQ(queueCount(account.id), 46);
    EXPECT_EQ(value(QStringLiteral("SELECT p.kind FROM queue q JOIN posts p ON p.id = q.post_id "
                                   "WHERE p.remote_id = ?"),
                    {quoteId})
                  .toString(),
              u"quote");
    const QString text =
        value(QStringLiteral("SELECT text FROM posts WHERE remote_id = ?"), {quoteId}).toString();
    EXPECT_TRUE(text.startsWith(u"This crashes daily.")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"[Quoting @brand@")) << text.toStdString();
    // The quoted post is stored as context, as ours, and needs no answer.
    EXPECT_EQ(
        value(QStringLiteral("SELECT kind FROM posts WHERE remote_id = ?"), {quotedId}).toString(),
        u"own");
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM queue q JOIN posts p ON p.id = "
                                   "q.post_id WHERE p.remote_id = ?"),
                    {quotedId})
                  .toInt(),
              0);
}
