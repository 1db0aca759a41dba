// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under tests/support/with_keyring.sh (a private D-Bus session with an unlocked
// gnome-keyring): the hearken executable signs in to the Mastodon test server, syncs, lists,
// and signs out; the token lives in the keychain and never in the workspace file. Two
// workspaces on that keychain keep their tokens apart.
#include "auth/keychain_vault.h"
#include "auth/vault_keys.h"
#include "auth/workspace_vault.h"
#include "store/workspace.h"
#include "store/workspace_secrets.h"
#include "support/node_peer.h"
#include "support/wait_for.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

struct CommandRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// `user` is whom the test server's sign-in page signs in.
CommandRun runHearken(const QStringList& arguments, const QString& user = QStringLiteral("brand"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BROWSER"),
                       QStringLiteral("node " HEARKEN_PEERS_DIR "/mastodon/browser.js"));
    environment.insert(QStringLiteral("HEARKEN_TEST_USER"), user);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARKEN_EXECUTABLE), arguments);
    process.waitForFinished(60'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(MastodonKeychain, TheTokenIsInTheKeychainAndNeverInTheWorkspaceFile)
{
    NodePeer peer(QStringLiteral(HEARKEN_PEERS_DIR "/mastodon/server.js"),
                  {QStringLiteral("--mentions=8")});
    ASSERT_TRUE(peer.isUp());
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.hearken"));
    const QStringList where{QStringLiteral("--workspace"), workspace};

    const CommandRun added = runHearken(
        QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("mastodon"),
                    QStringLiteral("--server"), peer.url().toString()} +
        where);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(u"Added @brand@")) << added.out.toStdString();
    const CommandRun synced = runHearken(QStringList{QStringLiteral("sync")} + where);
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    EXPECT_TRUE(synced.out.contains(u"8 new items")) << synced.out.toStdString();

    const QJsonObject state = peer.control(QStringLiteral("/state"));
    const QString token = state.value(QLatin1String("tokens"))
                              .toArray()[0]
                              .toObject()
                              .value(QLatin1String("value"))
                              .toString();
    const QString secret = state.value(QLatin1String("clientSecrets")).toArray()[0].toString();
    ASSERT_GE(token.size(), 20);
    ASSERT_GE(secret.size(), 20);

    // The workspace file and its WAL never hold the secrets.
    QByteArray files;
    for (const QString& entry : QDir(dir.path()).entryList(QDir::Files))
        files += bytesOf(dir.filePath(entry));
    EXPECT_GT(files.size(), 4096);
    EXPECT_FALSE(files.contains(token.toUtf8()));
    EXPECT_FALSE(files.contains(secret.toUtf8()));
    EXPECT_TRUE(files.contains("@brand@")) << "the search looked at the right files";

    // The keychain holds the token, in the workspace's own part.
    auth::KeychainVault vault(QStringLiteral("Hearken"));
    auto opened = Workspace::open(workspace);
    ASSERT_TRUE(opened);
    auth::WorkspaceVault secrets(vault, vaultScope((*opened)->settings()));
    auto stored = waitFor<auth::VaultResult<QString>>(
        [&](auto done) { secrets.read(auth::accessTokenKey(1), done); });
    ASSERT_TRUE(stored && *stored)
        << (stored && !*stored ? stored->error().message.toStdString() : "");
    EXPECT_EQ(**stored, token);

    const CommandRun listed =
        runHearken(QStringList{QStringLiteral("accounts"), QStringLiteral("list")} + where);
    EXPECT_TRUE(listed.out.contains(u"ok")) << listed.out.toStdString();

    const CommandRun removed = runHearken(
        QStringList{QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("1")} +
        where);
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(peer.control(QStringLiteral("/state"))
                    .value(QLatin1String("tokens"))
                    .toArray()[0]
                    .toObject()
                    .value(QLatin1String("revoked"))
                    .toBool());
    auto gone = waitFor<auth::VaultResult<QString>>(
        [&](auto done) { secrets.read(auth::accessTokenKey(1), done); });
    ASSERT_TRUE(gone);
    ASSERT_FALSE(*gone);
    EXPECT_EQ(gone->error().kind, auth::VaultError::Kind::NotFound);
}

TEST(MastodonKeychain, TwoWorkspacesOnOneKeychainEachSyncAsThemselvesAndOutliveTheOther)
{
    NodePeer peer(QStringLiteral(HEARKEN_PEERS_DIR "/mastodon/server.js"),
                  {QStringLiteral("--mentions=3")});
    ASSERT_TRUE(peer.isUp());
    peer.control(QStringLiteral("/seed"), {{QStringLiteral("count"), QStringLiteral("2")},
                                           {QStringLiteral("to"), QStringLiteral("shop")}});
    QTemporaryDir dir;
    const QStringList brand{QStringLiteral("--workspace"),
                            dir.filePath(QStringLiteral("brand.hearken"))};
    const QStringList shop{QStringLiteral("--workspace"),
                           dir.filePath(QStringLiteral("shop.hearken"))};
    const QStringList addMastodon{QStringLiteral("accounts"), QStringLiteral("add"),
                                  QStringLiteral("mastodon"), QStringLiteral("--server"),
                                  peer.url().toString()};

    const CommandRun brandAdded = runHearken(addMastodon + brand);
    ASSERT_EQ(brandAdded.exitCode, 0) << brandAdded.err.toStdString();
    EXPECT_TRUE(brandAdded.out.contains(u"Added @brand@") &&
                brandAdded.out.contains(u"(account 1)"))
        << brandAdded.out.toStdString();
    const CommandRun shopAdded = runHearken(addMastodon + shop, QStringLiteral("shop"));
    ASSERT_EQ(shopAdded.exitCode, 0) << shopAdded.err.toStdString();
    EXPECT_TRUE(shopAdded.out.contains(u"Added @shop@") && shopAdded.out.contains(u"(account 1)"))
        << shopAdded.out.toStdString();

    const QStringList sync{QStringLiteral("sync")};
    const CommandRun brandSynced = runHearken(sync + brand);
    ASSERT_EQ(brandSynced.exitCode, 0) << brandSynced.err.toStdString();
    EXPECT_TRUE(brandSynced.out.contains(u"@brand@")) << brandSynced.out.toStdString();
    EXPECT_TRUE(brandSynced.out.contains(u"3 new items")) << brandSynced.out.toStdString();
    const CommandRun shopSynced = runHearken(sync + shop);
    ASSERT_EQ(shopSynced.exitCode, 0) << shopSynced.err.toStdString();
    EXPECT_TRUE(shopSynced.out.contains(u"2 new items")) << shopSynced.out.toStdString();

    const CommandRun removed = runHearken(
        QStringList{QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("1")} +
        brand);
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_FALSE(removed.err.contains(u"did not confirm")) << removed.err.toStdString();

    // The shop is still signed in and syncs what is new.
    peer.control(QStringLiteral("/seed"), {{QStringLiteral("to"), QStringLiteral("shop")}});
    const CommandRun shopAgain = runHearken(sync + shop);
    ASSERT_EQ(shopAgain.exitCode, 0) << shopAgain.err.toStdString();
    EXPECT_TRUE(shopAgain.out.contains(u"1 new items")) << shopAgain.out.toStdString();
    int revoked = 0;
    for (const auto& token :
         peer.control(QStringLiteral("/state")).value(QLatin1String("tokens")).toArray())
        revoked += token.toObject().value(QLatin1String("revoked")).toBool() ? 1 : 0;
    EXPECT_EQ(revoked, 1);
}
