// SPDX-License-Identifier: GPL-3.0-or-later
// Two workspaces opened in turn in one window, sharing the desk's keychain: each delivers with
// its own account's token although both number that account 1.
#include "auth/memory_vault.h"
#include "auth/vault_keys.h"
#include "auth/workspace_vault.h"
#include "composition/composition.h"
#include "gui/window_services.h"
#include "net/http_client.h"
#include "providers/mastodon/mastodon_json.h"
#include "session.h"
#include "shell/main_window.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/workspace_secrets.h"
#include "support/scripted_http_server.h"
#include "support/wait_for.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

// A workspace whose account 1 is on `server` with `token` in the workspace's part of `desk`,
// and one mention to like; answers the mention's post id.
qint64 makeWorkspace(const QString& path, const QUrl& server, auth::MemoryVault& desk,
                     const QString& token)
{
    auto workspace = Workspace::open(path);
    EXPECT_TRUE(workspace);
    if (!workspace)
        return 0;
    Account account;
    account.network = mastodon::network;
    account.remoteId = mastodon::qualifiedId(QStringLiteral("7"), server);
    account.handle = QStringLiteral("@us@") + server.authority();
    account.serverUrl = server.toString();
    const auto id = (*workspace)->accounts().saveAccount(account, 0);
    EXPECT_TRUE(id && *id == 1);
    const QSqlDatabase db = (*workspace)->database().connection();
    EXPECT_TRUE(sql::exec(db, QStringLiteral("INSERT INTO people (network, remote_id, handle) "
                                             "VALUES ('mastodon', 'p', '@zoe')")));
    EXPECT_TRUE(sql::exec(db,
                          QStringLiteral("INSERT INTO posts (account_id, network, remote_id, "
                                         "kind, author_id, text, created_at) VALUES (1, "
                                         "'mastodon', ?, 'mention', 1, 'Hello', 10)"),
                          {mastodon::qualifiedId(QStringLiteral("42"), server)}));
    auth::WorkspaceVault secrets(desk, vaultScope((*workspace)->settings()));
    const auto written = waitFor<auth::VaultResult<void>>(
        [&](auto done) { secrets.write(auth::accessTokenKey(1), token, done); });
    EXPECT_TRUE(written && *written);
    auto post = sql::exec(db, QStringLiteral("SELECT id FROM posts"));
    return post && post->next() ? post->value(0).toLongLong() : 0;
}

} // namespace

TEST(WorkspaceSecrets, EachWorkspaceOpenedInTheWindowDeliversWithItsOwnToken)
{
    ScriptedHttpServer server([](const ScriptedRequest&) {
        ScriptedReply reply;
        reply.headers = {{"Content-Type", "application/json"}};
        reply.body = R"({"id": "42", "visibility": "public", "favourited": true})";
        return reply;
    });
    QTemporaryDir dir;
    auth::MemoryVault desk;
    const QString brandPath = dir.filePath(QStringLiteral("brand.hearken"));
    const QString shopPath = dir.filePath(QStringLiteral("shop.hearken"));
    const qint64 brandPost = makeWorkspace(brandPath, server.url(), desk, QStringLiteral("brand"));
    const qint64 shopPost = makeWorkspace(shopPath, server.url(), desk, QStringLiteral("shop"));

    QNetworkAccessManager network;
    net::HttpClient http(network);
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const ProviderRegistry providers = shippedProviders();
    GuiEnvironment environment(providers);
    environment.defaultWorkspacePath = brandPath;
    environment.sampleWorkspacePath = dir.filePath(QStringLiteral("sample.hearken"));
    environment.actor = QStringLiteral("Sam");
    environment.clock = [] { return qint64(1'700'000'000); };
    environment.settings = &settings;
    environment.services = windowServices;
    environment.http = &http;
    environment.vault = &desk;
    DpopNonces nonces;
    environment.nonces = &nonces;
    MainWindow window(environment);

    for (const auto& [path, post] : {std::pair{brandPath, brandPost}, {shopPath, shopPost}}) {
        ASSERT_TRUE(window.openWorkspace(path));
        DeliveryEngine& outbox = window.session()->outbox();
        const auto queued =
            outbox.send({1, post, OutboxKind::Like, {}, {}, QStringLiteral("Sam"), std::nullopt});
        ASSERT_TRUE(queued) << queued.error().message.toStdString();
        ASSERT_TRUE(spinUntil([&] { return outbox.pendingCount() == 0; }, 10'000));
    }
    QByteArrayList tokensSeen;
    for (const ScriptedRequest& request : server.requests())
        tokensSeen.append(request.headers.value("authorization"));
    EXPECT_EQ(tokensSeen.join(", ").toStdString(), "Bearer brand, Bearer shop");
}
