// SPDX-License-Identifier: GPL-3.0-or-later
// What `hearken sync` says about every account it did not sync, and its exit code.
#include "auth/memory_vault.h"
#include "auth/vault_keys.h"
#include "cli/cli_io.h"
#include "cli/sync_command.h"
#include "composition/composition.h"
#include "store/sync_state_repository.h"
#include "store/workspace_secrets.h"
#include "support/scripted_http_server.h"
#include "support/workspace_fixture.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hearken {
namespace {

class SyncCommand : public ::testing::Test {
protected:
    void SetUp() override { path = dir.filePath(QStringLiteral("sync.hearken")); }

    qint64 addAccount(const QString& network, const QString& handle, const QString& server = {})
    {
        auto workspace = testing::openWorkspace(path);
        Account account;
        account.network = network;
        account.remoteId = handle;
        account.handle = handle;
        account.serverUrl = server;
        return workspace->accounts().saveAccount(account, 1).value();
    }

    void setStatus(const AccountSyncStatus& status)
    {
        auto workspace = testing::openWorkspace(path);
        ASSERT_TRUE(workspace->syncState().setStatus(status).has_value());
    }

    int sync()
    {
        out.clear();
        err.clear();
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        return cli::runSync({QStringLiteral("hearken"), QStringLiteral("sync"),
                             QStringLiteral("--workspace"), path},
                            {outStream, errStream}, root);
    }

    QTemporaryDir dir;
    QString path;
    auth::MemoryVault vault;
    Composition root{vault};
    QString out;
    QString err;
};

TEST_F(SyncCommand, APausedAccountSaysUntilWhenAndTheSyncFails)
{
    const qint64 id = addAccount(QStringLiteral("bluesky"), QStringLiteral("paused.test"));
    const qint64 until = QDateTime::currentSecsSinceEpoch() + 3600;
    AccountSyncStatus paused;
    paused.accountId = id;
    paused.kind = AccountSyncStatus::Kind::Paused;
    paused.pausedUntil = until;
    paused.lastError = QStringLiteral("Rate Limit Exceeded");
    setStatus(paused);

    EXPECT_EQ(sync(), cli::Failure);
    const QString expected =
        u"@paused.test: not synced: paused by the server's rate limit until "_qs +
        QDateTime::fromSecsSinceEpoch(until).toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u'\n';
    EXPECT_TRUE(err.startsWith(expected)) << err.toStdString();
}

TEST_F(SyncCommand, AnAccountWithoutASessionSaysWhyOnceAndHowToSignIn)
{
    addAccount(QStringLiteral("bluesky"), QStringLiteral("ghost.test"));
    EXPECT_EQ(sync(), cli::Failure);
    const QString line =
        u"@ghost.test: not synced: No Bluesky session is stored for this account; sign in again. "
        u"(hearken accounts add bluesky)\n"_qs;
    EXPECT_TRUE(err.startsWith(line)) << err.toStdString();

    // The next sync does not ask again: the account stays stopped until it signs in.
    EXPECT_EQ(sync(), cli::Failure);
    EXPECT_TRUE(err.startsWith(line)) << err.toStdString();
}

TEST_F(SyncCommand, AFailedSyncSaysTheServersWordsOnce)
{
    testing::ScriptedHttpServer server([](const testing::ScriptedRequest&) {
        return testing::ScriptedReply{
            422, {{"Content-Type", "application/json"}}, R"({"error":"This server is read-only"})"};
    });
    const qint64 id = addAccount(QStringLiteral("mastodon"), QStringLiteral("@brand@local.test"),
                                 server.url(QString()).toString());
    {
        auto workspace = testing::openWorkspace(path);
        const QString key = auth::workspaceKey(vaultScope(workspace->settings()).workspaceId,
                                               auth::accessTokenKey(id));
        vault.write(key, QStringLiteral("token"), [](const auth::VaultResult<void>&) {});
    }
    EXPECT_EQ(sync(), cli::Failure);
    EXPECT_TRUE(err.contains(u"@brand@local.test: not synced: This server is read-only\n"_qs))
        << err.toStdString();
    EXPECT_FALSE(err.contains(u"(error: "_qs)) << err.toStdString();
}

} // namespace
} // namespace hearken
