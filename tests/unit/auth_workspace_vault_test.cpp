// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets are keyed by workspace as well as by account: two workspaces sharing the desk's vault
// never see each other's tokens, and a workspace from before takes over its old secrets once.
#include "auth/memory_vault.h"
#include "auth/vault_keys.h"
#include "auth/workspace_vault.h"
#include "providers/bluesky/session_secrets.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/workspace_secrets.h"
#include "support/wait_for.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::auth;
using hearken::testing::waitFor;

namespace {

const QString tokenKey = accessTokenKey(1);

VaultResult<QString> readFrom(SecretVault& vault, const QString& key)
{
    return waitFor<VaultResult<QString>>([&](auto done) { vault.read(key, done); })
        .value_or(tl::unexpected(VaultError{}));
}

void writeTo(SecretVault& vault, const QString& key, const QString& secret)
{
    const auto written =
        waitFor<VaultResult<void>>([&](auto done) { vault.write(key, secret, done); });
    ASSERT_TRUE(written && *written);
}

void removeFrom(SecretVault& vault, const QString& key)
{
    const auto removed = waitFor<VaultResult<void>>([&](auto done) { vault.remove(key, done); });
    ASSERT_TRUE(removed && *removed);
}

bool isNotFound(const VaultResult<QString>& read)
{
    return !read && read.error().kind == VaultError::Kind::NotFound;
}

bluesky::SessionGrant grantFor(const QString& did, const QString& accessToken)
{
    bluesky::SessionGrant grant;
    grant.did = did;
    grant.handle = QStringLiteral("shop.example");
    grant.pds = QUrl(QStringLiteral("https://pds.example"));
    grant.accessToken = accessToken;
    grant.refreshToken = accessToken + QStringLiteral("-refresh");
    return grant;
}

} // namespace

TEST(WorkspaceVault, TwoWorkspacesWithTheSameAccountIdKeepTheirOwnTokens)
{
    MemoryVault desk;
    WorkspaceVault brand(desk, {QStringLiteral("aaaa"), false});
    WorkspaceVault shop(desk, {QStringLiteral("bbbb"), false});
    writeTo(brand, tokenKey, QStringLiteral("brand-token"));
    writeTo(shop, tokenKey, QStringLiteral("shop-token"));
    const QString clientKey =
        clientSecretKey(QStringLiteral("mastodon"), QStringLiteral("https://social.example"));
    writeTo(brand, clientKey, QStringLiteral("brand-app"));
    writeTo(shop, clientKey, QStringLiteral("shop-app"));

    EXPECT_EQ(readFrom(brand, tokenKey).value_or(QString()), u"brand-token");
    EXPECT_EQ(readFrom(shop, tokenKey).value_or(QString()), u"shop-token");
    EXPECT_EQ(readFrom(brand, clientKey).value_or(QString()), u"brand-app");
    EXPECT_EQ(readFrom(shop, clientKey).value_or(QString()), u"shop-app");
    EXPECT_EQ(desk.contents().value(workspaceKey(QStringLiteral("aaaa"), tokenKey)),
              u"brand-token");

    // Forgetting in one workspace leaves the other's secrets alone.
    removeFrom(brand, tokenKey);
    removeFrom(brand, clientKey);
    EXPECT_TRUE(isNotFound(readFrom(brand, tokenKey)));
    EXPECT_EQ(readFrom(shop, tokenKey).value_or(QString()), u"shop-token");
    EXPECT_EQ(readFrom(shop, clientKey).value_or(QString()), u"shop-app");
}

TEST(WorkspaceVault, TwoWorkspacesSignedInToTheSameBlueskyAccountEachKeepTheirSession)
{
    MemoryVault desk;
    WorkspaceVault brand(desk, {QStringLiteral("aaaa"), false});
    WorkspaceVault shop(desk, {QStringLiteral("bbbb"), false});
    const QString did = QStringLiteral("did:plc:shop");
    for (auto [vault, token] : {std::pair{&brand, "brand-session"}, {&shop, "shop-session"}}) {
        const auto stored = waitFor<VaultResult<void>>([&](auto done) {
            storeGrant(*vault, grantFor(did, QString::fromLatin1(token)), done);
        });
        ASSERT_TRUE(stored && *stored);
    }
    const auto load = [&](SecretVault& vault) {
        return waitFor<tl::expected<bluesky::SessionGrant, QString>>(
                   [&](auto done) { loadGrant(vault, did, done); })
            .value_or(tl::unexpected(QString()));
    };
    ASSERT_TRUE(load(brand));
    EXPECT_EQ(load(brand)->accessToken, u"brand-session");
    EXPECT_EQ(load(shop)->accessToken, u"shop-session");

    removeFrom(brand, bluesky::sessionSecretKey(did));
    EXPECT_FALSE(load(brand));
    ASSERT_TRUE(load(shop));
    EXPECT_EQ(load(shop)->accessToken, u"shop-session");
}

TEST(WorkspaceVault, AnUpgradedWorkspaceTakesItsOldSecretOnceAndNobodyElseCan)
{
    MemoryVault desk;
    writeTo(desk, tokenKey, QStringLiteral("old-token"));
    WorkspaceVault fresh(desk, {QStringLiteral("ffff"), false});
    WorkspaceVault upgraded(desk, {QStringLiteral("aaaa"), true});
    WorkspaceVault alsoUpgraded(desk, {QStringLiteral("bbbb"), true});

    // A workspace made after the change never looks at keys without a workspace.
    EXPECT_TRUE(isNotFound(readFrom(fresh, tokenKey)));
    EXPECT_TRUE(desk.contents().contains(tokenKey));

    EXPECT_EQ(readFrom(upgraded, tokenKey).value_or(QString()), u"old-token");
    EXPECT_FALSE(desk.contents().contains(tokenKey));
    EXPECT_EQ(desk.contents().value(workspaceKey(QStringLiteral("aaaa"), tokenKey)), u"old-token");
    // Reading again finds it under the workspace's own key.
    EXPECT_EQ(readFrom(upgraded, tokenKey).value_or(QString()), u"old-token");

    // The old key could have been any workspace's: the one that took it keeps it alone.
    EXPECT_TRUE(isNotFound(readFrom(alsoUpgraded, tokenKey)));

    // A secret of its own is never replaced by an old one.
    writeTo(desk, tokenKey, QStringLiteral("stale"));
    EXPECT_EQ(readFrom(upgraded, tokenKey).value_or(QString()), u"old-token");
    EXPECT_TRUE(desk.contents().contains(tokenKey));
}

TEST(WorkspaceVault, WithoutAWorkspaceIdNothingIsReadOrWritten)
{
    MemoryVault desk;
    writeTo(desk, tokenKey, QStringLiteral("someone's"));
    WorkspaceVault unknown(desk, {QString(), true});
    const auto read = readFrom(unknown, tokenKey);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind, VaultError::Kind::Other);
    EXPECT_FALSE(read.error().message.isEmpty());
    const auto written = waitFor<VaultResult<void>>(
        [&](auto done) { unknown.write(tokenKey, QStringLiteral("x"), done); });
    ASSERT_TRUE(written);
    EXPECT_FALSE(*written);
    EXPECT_EQ(desk.contents().size(), 1);
    EXPECT_EQ(desk.contents().value(tokenKey), u"someone's");
}

TEST(WorkspaceIdentity, EveryWorkspaceGetsItsOwnRandomIdWhenItIsMade)
{
    QTemporaryDir dir;
    auto one = Workspace::open(dir.filePath(QStringLiteral("one.hearken")));
    auto two = Workspace::open(dir.filePath(QStringLiteral("two.hearken")));
    ASSERT_TRUE(one && two);
    const VaultScope first = vaultScope((*one)->settings());
    const VaultScope second = vaultScope((*two)->settings());
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    EXPECT_TRUE(hex.match(first.workspaceId).hasMatch()) << first.workspaceId.toStdString();
    EXPECT_NE(first.workspaceId, second.workspaceId);
    EXPECT_FALSE(first.claimsUnscopedSecrets);

    // The id stays with the file.
    one->reset();
    auto reopened = Workspace::open(dir.filePath(QStringLiteral("one.hearken")));
    ASSERT_TRUE(reopened);
    EXPECT_EQ(vaultScope((*reopened)->settings()).workspaceId, first.workspaceId);
}

TEST(WorkspaceIdentity, AnUpgradedWorkspaceWithAccountsTakesOverTheSecretsItKeptBefore)
{
    QTemporaryDir dir;
    const QString withAccount = dir.filePath(QStringLiteral("with-account.hearken"));
    const QString sampleOnly = dir.filePath(QStringLiteral("sample.hearken"));
    {
        auto old = Database::openAtVersion(withAccount, 7);
        auto sample = Database::openAtVersion(sampleOnly, 7);
        ASSERT_TRUE(old && sample);
        ASSERT_TRUE(sql::exec((*old)->connection(),
                              QStringLiteral("INSERT INTO accounts (network, remote_id, handle, "
                                             "created_at) VALUES ('mastodon', '1', '@us', 0)")));
        ASSERT_TRUE(sql::exec((*sample)->connection(),
                              QStringLiteral("INSERT INTO accounts (network, remote_id, handle, "
                                             "is_sample, created_at) VALUES ('sample', '1', "
                                             "'@us', 1, 0)")));
    }
    MemoryVault desk;
    writeTo(desk, tokenKey, QStringLiteral("token-from-before"));

    auto sample = Workspace::open(sampleOnly);
    ASSERT_TRUE(sample);
    EXPECT_FALSE(vaultScope((*sample)->settings()).claimsUnscopedSecrets);
    EXPECT_FALSE(vaultScope((*sample)->settings()).workspaceId.isEmpty());

    auto upgraded = Workspace::open(withAccount);
    ASSERT_TRUE(upgraded);
    const VaultScope scope = vaultScope((*upgraded)->settings());
    EXPECT_TRUE(scope.claimsUnscopedSecrets);
    WorkspaceVault secrets(desk, scope);
    EXPECT_EQ(readFrom(secrets, tokenKey).value_or(QString()), u"token-from-before");
    EXPECT_EQ(desk.contents().value(workspaceKey(scope.workspaceId, tokenKey)),
              u"token-from-before");
    EXPECT_FALSE(desk.contents().contains(tokenKey));
}
