// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts, teammates and the sync bookkeeping kept beside them, on both engines.
#include "support/outbox_fixture.h"
#include "support/postgres_workspace.h"
#include "workflow/queue_actions.h"

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class AccountStore : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = workspaceOn(GetParam());
        ASSERT_TRUE(ws);
    }

    std::unique_ptr<Workspace> ws;
};

Account account(const QString& network, const QString& remoteId, const QString& handle)
{
    Account a;
    a.network = network;
    a.remoteId = remoteId;
    a.handle = handle;
    a.displayName = handle.mid(1);
    a.serverUrl = QStringLiteral("https://example.social");
    a.authKind = QStringLiteral("oauth");
    return a;
}

} // namespace

TEST_P(AccountStore, SavingAgainUpdatesTheSameAccountAndRemovingTakesItsItems)
{
    const qint64 brand = ws->accounts()
                             .saveAccount(account(u"mastodon"_qs, u"1"_qs, u"@brand"_qs), fixedNow)
                             .value();
    const qint64 help =
        ws->accounts().saveAccount(account(u"bluesky"_qs, u"2"_qs, u"@help"_qs), fixedNow).value();
    Account renamed = account(u"mastodon"_qs, u"1"_qs, u"@brand2"_qs);
    renamed.isSample = true;
    EXPECT_EQ(ws->accounts().saveAccount(renamed, fixedNow + 5).value(), brand)
        << "one row per network and remote id";

    const QList<Account> accounts = ws->accounts().accounts().value();
    ASSERT_EQ(accounts.size(), 2);
    EXPECT_EQ(accounts[0].id, help) << "ordered by network, then handle";
    EXPECT_EQ(accounts[1].handle, u"@brand2"_qs);
    EXPECT_EQ(accounts[1].serverUrl, u"https://example.social"_qs);
    EXPECT_EQ(accounts[1].authKind, u"oauth"_qs);
    EXPECT_FALSE(accounts[1].isSample) << "a saved account keeps what it was created as";

    OutboxWorld world{*ws, brand, u"mastodon"_qs};
    world.item(u"m1"_qs, u"ana"_qs, u"Ana"_qs, u"Hello"_qs);
    ASSERT_TRUE(ws->accounts().removeAccount(brand));
    EXPECT_EQ(ws->accounts().accounts().value().size(), 1);
    EXPECT_EQ(ws->queue().count(QueueQuery({}, fixedNow, {})).value(), 0)
        << "the account's items go with it";
}

TEST_P(AccountStore, TeammatesAreOnePerNameAndListedByName)
{
    const qint64 sam = ws->accounts().teammate(u"Sam"_qs).value();
    const qint64 ana = ws->accounts().teammate(u"Ana"_qs).value();
    EXPECT_EQ(ws->accounts().teammate(u" Sam "_qs).value(), sam);
    const QList<Teammate> teammates = ws->accounts().teammates().value();
    ASSERT_EQ(teammates.size(), 2);
    EXPECT_EQ(teammates[0].id, ana);
    EXPECT_EQ(teammates[1].name, u"Sam"_qs);
}

TEST_P(AccountStore, SyncStatusKeepsTheLastSyncUntilANewOneIsGiven)
{
    const qint64 brand = ws->accounts()
                             .saveAccount(account(u"mastodon"_qs, u"1"_qs, u"@brand"_qs), fixedNow)
                             .value();
    EXPECT_EQ(ws->syncState().status(brand).value().kind, AccountSyncStatus::Kind::Ok);

    ASSERT_TRUE(ws->syncState().setStatus(
        {brand, AccountSyncStatus::Kind::Ok, std::nullopt, QString(), fixedNow}));
    ASSERT_TRUE(ws->syncState().setStatus({brand, AccountSyncStatus::Kind::Paused, fixedNow + 300,
                                           u"Rate-limited"_qs, std::nullopt}));
    const AccountSyncStatus paused = ws->syncState().status(brand).value();
    EXPECT_EQ(paused.kind, AccountSyncStatus::Kind::Paused);
    EXPECT_EQ(paused.pausedUntil, fixedNow + 300);
    EXPECT_EQ(paused.lastError, u"Rate-limited"_qs);
    EXPECT_EQ(paused.lastSyncAt, fixedNow);
    EXPECT_FALSE(ws->syncState().status(brand + 100).has_value()) << "no such account";
}

TEST_P(AccountStore, SigningInAgainStartsTheSyncAfreshAndKeepsTheLastSync)
{
    const Account brand = account(u"mastodon"_qs, u"1"_qs, u"@brand"_qs);
    const qint64 id = ws->accounts().saveAccount(brand, fixedNow).value();
    ASSERT_TRUE(ws->syncState().setStatus(
        {id, AccountSyncStatus::Kind::Ok, std::nullopt, QString(), fixedNow}));
    ASSERT_TRUE(ws->syncState().setStatus(
        {id, AccountSyncStatus::Kind::SignInNeeded, fixedNow + 300, u"Revoked"_qs, std::nullopt}));

    EXPECT_EQ(ws->accounts().saveAccount(brand, fixedNow + 600).value(), id);
    const AccountSyncStatus fresh = ws->syncState().status(id).value();
    EXPECT_EQ(fresh.kind, AccountSyncStatus::Kind::Ok);
    EXPECT_EQ(fresh.pausedUntil, std::nullopt);
    EXPECT_EQ(fresh.lastError, QString());
    EXPECT_EQ(fresh.lastSyncAt, fixedNow);

    // The service's own writes are not a sign-in.
    ASSERT_TRUE(ws->syncState().setStatus(
        {id, AccountSyncStatus::Kind::Error, std::nullopt, u"Timed out"_qs, std::nullopt}));
    EXPECT_EQ(ws->syncState().status(id).value().kind, AccountSyncStatus::Kind::Error);
}

TEST_P(AccountStore, CursorsAndAppRegistrationsAreKeptPerAccountAndServer)
{
    const qint64 brand = ws->accounts()
                             .saveAccount(account(u"mastodon"_qs, u"1"_qs, u"@brand"_qs), fixedNow)
                             .value();
    ASSERT_TRUE(ws->syncState().setCursor(brand, u"notifications"_qs, u"41"_qs));
    ASSERT_TRUE(ws->syncState().setCursor(brand, u"notifications"_qs, u"42"_qs));
    ASSERT_TRUE(ws->syncState().setCursor(brand, u"server-version"_qs, u"4.3"_qs));
    const auto cursors = ws->syncState().cursors(brand).value();
    EXPECT_EQ(cursors.size(), 2);
    EXPECT_EQ(cursors.value(u"notifications"_qs), u"42"_qs);

    AppRegistration app{u"mastodon"_qs,   u"https://example.social"_qs,
                        u"client"_qs,     u"http://127.0.0.1/callback"_qs,
                        u"read write"_qs, fixedNow};
    ASSERT_TRUE(ws->syncState().saveAppRegistration(app));
    app.clientId = u"client-2"_qs;
    ASSERT_TRUE(ws->syncState().saveAppRegistration(app));
    EXPECT_EQ(ws->syncState().appRegistration(app.network, app.serverUrl).value()->clientId,
              u"client-2"_qs);
    EXPECT_EQ(ws->syncState().accountsOn(app.network, app.serverUrl).value(), 1);
    ASSERT_TRUE(ws->syncState().removeAppRegistration(app.network, app.serverUrl));
    EXPECT_FALSE(ws->syncState().appRegistration(app.network, app.serverUrl).value().has_value());
}

TEST_P(AccountStore, RecentOpenRemoteIdsAreTheNewestOpenOrSnoozedItems)
{
    OutboxWorld world = OutboxWorld::create(*ws);
    world.item(u"old"_qs, u"ana"_qs, u"Ana"_qs, u"one"_qs, Tone::Other, fixedNow - 300);
    const qint64 done =
        world.item(u"done"_qs, u"bo"_qs, u"Bo"_qs, u"two"_qs, Tone::Other, fixedNow - 200);
    world.item(u"new"_qs, u"cy"_qs, u"Cy"_qs, u"three"_qs, Tone::Other, fixedNow - 100);
    QueueActions actions(ws->queue(), u"Sam"_qs, [] { return fixedNow; });
    ASSERT_TRUE(actions.markDone({done}));
    EXPECT_EQ(ws->syncState().recentOpenRemoteIds(world.accountId, 5).value(),
              (QStringList{u"new"_qs, u"old"_qs}));
    EXPECT_EQ(ws->syncState().recentOpenRemoteIds(world.accountId, 1).value(),
              QStringList{u"new"_qs});
}

INSTANTIATE_TEST_SUITE_P(BothEngines, AccountStore, bothEngines, engineName);
