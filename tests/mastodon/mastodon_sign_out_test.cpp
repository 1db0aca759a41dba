// SPDX-License-Identifier: GPL-3.0-or-later
// Signing out of Mastodon when its owner goes away half-way: the caller still hears how it
// ended, and nothing more is removed.
#include "auth/browser_opener.h"
#include "auth/memory_vault.h"
#include "auth/vault_keys.h"
#include "net/http_client.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_sign_in.h"
#include "support/silent_server.h"
#include "support/wait_for.h"
#include "support/workspace_fixture.h"
#include "sync/workspace_account_keeper.h"

#include <QNetworkAccessManager>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

TEST(MastodonSignOut, OneDestroyedWhileTheServerRevokesEndsCancelledAndKeepsTheAccount)
{
    // Takes the revocation request and never answers.
    SilentServer silent;
    const QString server = silent.url().toString();

    auto workspace = memoryWorkspace();
    ASSERT_TRUE(workspace);
    WorkspaceAccountKeeper keeper(*workspace, [] { return qint64(1); });
    ASSERT_TRUE(keeper.saveAppRegistration(mastodon::network, server, {u"client"_qs, {}, {}}));
    Account account = brandAccount();
    account.serverUrl = server;
    account.id = keeper.saveAccount(account).value();
    auth::MemoryVault vault;
    ASSERT_TRUE(waitFor<auth::VaultResult<void>>(
        [&](auto done) { vault.write(auth::accessTokenKey(account.id), u"token"_qs, done); }));

    QNetworkAccessManager network;
    net::HttpClient http(network);
    auth::CommandBrowserOpener browser(QStringLiteral("true"));
    auto signOut = std::make_unique<mastodon::SignOut>(
        mastodon::SignIn::Services{http, browser, vault, keeper, [] { return qint64(1); }});
    std::optional<QString> warning;
    signOut->run(account).then([&warning](const QString& w) { warning = w; });
    ASSERT_TRUE(spinUntil([&] { return !silent.accepted.isEmpty(); }));
    ASSERT_FALSE(warning);

    signOut.reset();
    ASSERT_TRUE(spinUntil([&] { return warning.has_value(); }));
    EXPECT_EQ(*warning,
              u"Signing out of @brand@example.social was cancelled; remove the account again.");
    EXPECT_EQ(workspace->accounts().accounts().value().size(), 1);
    EXPECT_EQ(vault.contents().value(auth::accessTokenKey(account.id)), u"token");
}

} // namespace
