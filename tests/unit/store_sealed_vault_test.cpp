// SPDX-License-Identifier: GPL-3.0-or-later
// A team workspace's vault on a real PostgreSQL with the real libsodium: desks seal to the key
// the service published and never read a secret back; the service opens what was sealed to its
// key; one key is published at a time. A workspace file keeps its secrets in the keychain.
#include "auth/memory_vault.h"
#include "auth/service_key.h"
#include "auth/vault_keys.h"
#include "store/sealed_key_repository.h"
#include "store/sealed_secret_repository.h"
#include "store/sealed_vault.h"
#include "store/sql.h"
#include "store/workspace_secrets.h"
#include "support/postgres_workspace.h"
#include "support/wait_for.h"

#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

namespace hearken::testing {
namespace {

using auth::VaultError;
using auth::VaultResult;

class SealedVaultOnPostgresql : public ::testing::Test {
protected:
    static void SetUpTestSuite() { ASSERT_TRUE(auth::startSealing()); }

    void SetUp() override
    {
        workspace = workspaceOn(Engine::Postgresql);
        ASSERT_TRUE(workspace);
    }

    auth::ServiceKey serviceKey(const QString& name = QStringLiteral("service.key"))
    {
        return auth::ServiceKey::loadOrCreate(dir.filePath(name)).value();
    }

    KeyPublication publish(const auth::ServiceKey& key,
                           KeyReplacement replacement = KeyReplacement::Refuse)
    {
        auto published = SealedKeyRepository(workspace->database()).publish(key, replacement);
        EXPECT_TRUE(published.has_value()) << published.error().message.toStdString();
        return published.value_or(KeyPublication{});
    }

    static VaultResult<QString> read(auth::SecretVault& vault, const QString& key)
    {
        return waitFor<VaultResult<QString>>([&](auto done) { vault.read(key, done); })
            .value_or(tl::unexpected(VaultError{}));
    }
    static VaultResult<void> write(auth::SecretVault& vault, const QString& key,
                                   const QString& secret)
    {
        return waitFor<VaultResult<void>>([&](auto done) { vault.write(key, secret, done); })
            .value_or(tl::unexpected(VaultError{}));
    }
    static VaultResult<void> remove(auth::SecretVault& vault, const QString& key)
    {
        return waitFor<VaultResult<void>>([&](auto done) { vault.remove(key, done); })
            .value_or(tl::unexpected(VaultError{}));
    }

    qint64 sealedRows()
    {
        auto query = sql::exec(workspace->database().connection(),
                               QStringLiteral("SELECT count(*) FROM sealed_secrets"));
        return query ? sql::firstValue(*query, qint64(-1)).value_or(-1) : -1;
    }

    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    auth::MemoryVault keychain;
    const QString tokenKey = auth::accessTokenKey(7);
};

TEST_F(SealedVaultOnPostgresql, ADeskSealsWhatItWritesAndOnlyTheServiceOpensIt)
{
    const auth::ServiceKey key = serviceKey();
    publish(key);
    const auto desk = workspaceVault(*workspace, keychain);
    ASSERT_TRUE(write(*desk, tokenKey, QStringLiteral("brand-token-123")).has_value());

    EXPECT_TRUE(keychain.contents().isEmpty()) << "the desk's keychain holds nothing";
    const auto stored = SealedSecretRepository(workspace->database()).find(tokenKey).value();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->sealedTo, key.fingerprint());
    EXPECT_FALSE(stored->blob.contains("brand-token-123"));

    const auto refused = read(*desk, tokenKey);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, VaultError::Kind::Denied);
    EXPECT_TRUE(refused.error().message.contains(u"Only the Hearken service opens"_qs))
        << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().message.contains(QString::fromLatin1(stored->blob.toBase64())));

    const auto service = workspaceVault(*workspace, keychain, &key);
    const auto opened = read(*service, tokenKey);
    ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    EXPECT_EQ(*opened, u"brand-token-123"_qs);
    // The service reads the key from its file again after a restart, and still opens it.
    const auth::ServiceKey restarted = serviceKey();
    EXPECT_EQ(read(*workspaceVault(*workspace, keychain, &restarted), tokenKey).value_or(QString()),
              u"brand-token-123"_qs);
}

TEST_F(SealedVaultOnPostgresql, AKeyThatHoldsNothingIsNotFoundForBoth)
{
    const auth::ServiceKey key = serviceKey();
    publish(key);
    for (const auto& vault :
         {workspaceVault(*workspace, keychain), workspaceVault(*workspace, keychain, &key)}) {
        const auto missing = read(*vault, tokenKey);
        ASSERT_FALSE(missing.has_value());
        EXPECT_EQ(missing.error().kind, VaultError::Kind::NotFound);
    }
}

TEST_F(SealedVaultOnPostgresql, WithoutAPublishedKeyADeskStoresNothingAndSaysWhatToStart)
{
    const auto desk = workspaceVault(*workspace, keychain);
    const auto refused = write(*desk, tokenKey, QStringLiteral("brand-token-123"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(
        u"Start `hearken serve` once so that it publishes its key"_qs))
        << refused.error().message.toStdString();
    EXPECT_EQ(sealedRows(), 0);
    EXPECT_TRUE(keychain.contents().isEmpty());
    EXPECT_TRUE(whyNoTokenCanBeKept(*workspace).has_value());

    publish(serviceKey());
    EXPECT_FALSE(whyNoTokenCanBeKept(*workspace).has_value());
    EXPECT_TRUE(write(*desk, tokenKey, QStringLiteral("brand-token-123")).has_value());
    EXPECT_EQ(sealedRows(), 1);
}

TEST_F(SealedVaultOnPostgresql, TheServiceSealsARefreshedTokenBackAndADeskRemovesIt)
{
    const auth::ServiceKey key = serviceKey();
    publish(key);
    const auto desk = workspaceVault(*workspace, keychain);
    const auto service = workspaceVault(*workspace, keychain, &key);
    ASSERT_TRUE(write(*desk, tokenKey, QStringLiteral("first")).has_value());
    ASSERT_TRUE(write(*service, tokenKey, QStringLiteral("refreshed")).has_value());
    EXPECT_EQ(read(*service, tokenKey).value_or(QString()), u"refreshed"_qs);
    EXPECT_EQ(sealedRows(), 1);

    ASSERT_TRUE(remove(*desk, tokenKey).has_value());
    EXPECT_EQ(sealedRows(), 0);
    EXPECT_EQ(read(*service, tokenKey).error().kind, VaultError::Kind::NotFound);
    EXPECT_TRUE(remove(*desk, tokenKey).has_value()) << "removing nothing succeeds";
}

TEST_F(SealedVaultOnPostgresql, ABlobChangedInTheDatabaseDoesNotOpen)
{
    const auth::ServiceKey key = serviceKey();
    publish(key);
    const auto service = workspaceVault(*workspace, keychain, &key);
    ASSERT_TRUE(write(*service, tokenKey, QStringLiteral("token")).has_value());
    ASSERT_TRUE(sql::exec(workspace->database().connection(),
                          QStringLiteral("UPDATE sealed_secrets SET blob = "
                                         "overlay(blob PLACING '\\x00'::bytea FROM 40 FOR 1)"))
                    .has_value());
    const auto opened = read(*service, tokenKey);
    ASSERT_FALSE(opened.has_value());
    EXPECT_TRUE(opened.error().message.contains(u"cannot be opened"_qs))
        << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(u"Sign its account in again"_qs));
}

TEST_F(SealedVaultOnPostgresql, AnswersOnTheNextTurnOfTheEventLoop)
{
    publish(serviceKey());
    const auto desk = workspaceVault(*workspace, keychain);
    bool answered = false;
    desk->write(tokenKey, QStringLiteral("token"),
                [&answered](const VaultResult<void>&) { answered = true; });
    EXPECT_FALSE(answered);
    EXPECT_TRUE(spinUntil([&answered] { return answered; }));
}

TEST_F(SealedVaultOnPostgresql, OneKeyIsPublishedAndAnotherOnlyReplacesItWhenAsked)
{
    const auth::ServiceKey first = serviceKey();
    const auth::ServiceKey second = serviceKey(QStringLiteral("other.key"));
    EXPECT_EQ(publish(first).outcome, KeyPublication::Outcome::Published);
    EXPECT_EQ(publish(first).outcome, KeyPublication::Outcome::AlreadyPublished);
    const auto desk = workspaceVault(*workspace, keychain);
    ASSERT_TRUE(write(*desk, tokenKey, QStringLiteral("token")).has_value());

    const KeyPublication refused = publish(second);
    EXPECT_EQ(refused.outcome, KeyPublication::Outcome::RefusedAnotherIsPublished);
    EXPECT_EQ(refused.otherFingerprint, first.fingerprint());
    EXPECT_TRUE(refused.message.contains(u"--replace-key"_qs)) << refused.message.toStdString();
    SealedKeyRepository keys(workspace->database());
    EXPECT_EQ(keys.published().value()->fingerprint, first.fingerprint());

    const KeyPublication replaced = publish(second, KeyReplacement::Replace);
    EXPECT_EQ(replaced.outcome, KeyPublication::Outcome::Replaced);
    EXPECT_EQ(replaced.secretsToSealAgain, 1);
    EXPECT_TRUE(replaced.message.contains(u"Sign their accounts in again"_qs))
        << replaced.message.toStdString();
    EXPECT_EQ(keys.published().value()->fingerprint, second.fingerprint());
    EXPECT_EQ(keys.published().value()->publicKey, second.publicKey());

    // What was sealed to the old key, the new service cannot open: it says what to do.
    const auto service = workspaceVault(*workspace, keychain, &second);
    const auto stale = read(*service, tokenKey);
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().kind, VaultError::Kind::Denied);
    EXPECT_TRUE(stale.error().message.contains(u"sealed to another service key"_qs))
        << stale.error().message.toStdString();
    // Sealed again from a desk, it opens.
    ASSERT_TRUE(write(*desk, tokenKey, QStringLiteral("token")).has_value());
    EXPECT_EQ(read(*service, tokenKey).value_or(QString()), u"token"_qs);
}

// The grants this vault needs of a desk, which the team's roles give: everything a manager
// has, but of sealed_secrets only INSERT, DELETE and SELECT of the columns that are not the
// blob (a delete by key reads the key), and of service_keys only SELECT.
TEST_F(SealedVaultOnPostgresql, ADeskNeedsNoRightToReadABlob)
{
    const auth::ServiceKey key = serviceKey();
    publish(key);
    QUrl uri(workspace->database().path());
    const QString desk = uri.path().mid(1) + QStringLiteral("_desk");
    const QSqlDatabase admin = workspace->database().connection();
    for (const QString& statement :
         {QStringLiteral("CREATE ROLE %1 LOGIN"),
          QStringLiteral(
              "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"),
          QStringLiteral("REVOKE ALL ON sealed_secrets, service_keys FROM %1"),
          QStringLiteral("GRANT SELECT (key, sealed_to, updated_at), INSERT, DELETE ON "
                         "sealed_secrets TO %1"),
          QStringLiteral("GRANT SELECT ON service_keys TO %1")})
        ASSERT_TRUE(sql::exec(admin, statement.arg(desk)).has_value()) << statement.toStdString();

    uri.setUserName(desk);
    const auto deskWorkspace = openWorkspace(uri.toString());
    ASSERT_TRUE(deskWorkspace);
    const auto vault = workspaceVault(*deskWorkspace, keychain);
    ASSERT_TRUE(write(*vault, tokenKey, QStringLiteral("first")).has_value());
    ASSERT_TRUE(write(*vault, tokenKey, QStringLiteral("second")).has_value()) << "sealed again";
    EXPECT_EQ(read(*vault, tokenKey).error().kind, VaultError::Kind::Denied);
    EXPECT_FALSE(SealedSecretRepository(deskWorkspace->database()).find(tokenKey).has_value())
        << "the database refuses the desk the blob";
    EXPECT_FALSE(SealedKeyRepository(deskWorkspace->database())
                     .publish(serviceKey(QStringLiteral("desk.key")), KeyReplacement::Replace)
                     .has_value())
        << "the database refuses the desk a key of its own";
    EXPECT_EQ(read(*workspaceVault(*workspace, keychain, &key), tokenKey).value_or(QString()),
              u"second"_qs);
    ASSERT_TRUE(remove(*vault, tokenKey).has_value());
    EXPECT_EQ(sealedRows(), 0);
}

TEST(SealedVaultOnSqlite, AWorkspaceFileKeepsItsSecretsInTheKeychainUnderItsOwnId)
{
    ASSERT_TRUE(auth::startSealing());
    const auto workspace = memoryWorkspace();
    auth::MemoryVault keychain;
    const auto vault = workspaceVault(*workspace, keychain);
    ASSERT_TRUE(waitFor<VaultResult<void>>([&](auto done) {
                    vault->write(auth::accessTokenKey(1), QStringLiteral("token"), done);
                }).value_or(tl::unexpected(VaultError{})));
    const QString scoped =
        auth::workspaceKey(vaultScope(workspace->settings()).workspaceId, auth::accessTokenKey(1));
    EXPECT_EQ(keychain.contents().value(scoped), u"token"_qs);
    EXPECT_FALSE(whyNoTokenCanBeKept(*workspace).has_value());
    auto rows = sql::exec(workspace->database().connection(),
                          QStringLiteral("SELECT count(*) FROM sealed_secrets"));
    ASSERT_TRUE(rows.has_value());
    EXPECT_EQ(sql::firstValue(*rows, qint64(-1)).value_or(-1), 0);
}

} // namespace
} // namespace hearken::testing
