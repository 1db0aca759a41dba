// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under tests/support/with_keyring.sh (a private D-Bus session with an unlocked
// gnome-keyring): the hearken executable signs in to the Mastodon test server, syncs, lists,
// and signs out; the token lives in the keychain and never in the workspace file.
#include "auth/keychain_vault.h"
#include "auth/vault_keys.h"
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

CommandRun runHearken(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BROWSER"),
                       QStringLiteral("node " HEARKEN_PEERS_DIR "/mastodon/browser.js"));
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

    // The keychain holds the token.
    auth::KeychainVault vault(QStringLiteral("Hearken"));
    auto stored = waitFor<auth::VaultResult<QString>>(
        [&](auto done) { vault.read(auth::accessTokenKey(1), done); });
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
        [&](auto done) { vault.read(auth::accessTokenKey(1), done); });
    ASSERT_TRUE(gone);
    ASSERT_FALSE(*gone);
    EXPECT_EQ(gone->error().kind, auth::VaultError::Kind::NotFound);
}
