// SPDX-License-Identifier: GPL-3.0-or-later
// `hearken accounts add` on a team workspace (a real PostgreSQL): the token the network gives
// is sealed to the service's published key; the desk keeps none, a pg_dump of the database
// holds none, and only the service's key opens it. Without a published key nothing is signed
// in. A workspace file keeps the token in the desk's keychain, as it always has.
#include "auth/memory_vault.h"
#include "auth/service_key.h"
#include "auth/vault_keys.h"
#include "cli/accounts_command.h"
#include "cli/cli_io.h"
#include "cli/network_session.h"
#include "composition/composition.h"
#include "store/sealed_key_repository.h"
#include "store/sealed_secret_repository.h"
#include "store/workspace_secrets.h"
#include "support/echo_provider.h"
#include "support/postgres_workspace.h"
#include "support/wait_for.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hearken::testing {
namespace {

class SealedSignIn : public ::testing::Test {
protected:
    static void SetUpTestSuite() { ASSERT_TRUE(auth::startSealing()); }

    void SetUp() override
    {
        auto echo = std::make_unique<echo::Provider>();
        issuedTokens = echo->issuedTokens;
        root.providers().add(std::move(echo));
    }

    int addEchoAccount(const QString& workspace)
    {
        out.clear();
        err.clear();
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        cli::NetworkSession session(root, {outStream, errStream});
        QString noInput;
        QTextStream input(&noInput);
        return cli::runAccounts({QStringLiteral("hearken"), QStringLiteral("accounts"),
                                 QStringLiteral("add"), QStringLiteral("echo"),
                                 QStringLiteral("--name"), QStringLiteral("brand"),
                                 QStringLiteral("--workspace"), workspace},
                                {outStream, errStream}, session, input);
    }

    // Everything pg_dump writes of the database: its schema and every row.
    QByteArray dumpOf(const QString& uri)
    {
        QProcess dump;
        dump.start(postgresEnvironment().cluster()->tool(QStringLiteral("pg_dump")),
                   {QStringLiteral("--dbname=") + uri});
        EXPECT_TRUE(dump.waitForFinished(60'000));
        EXPECT_EQ(dump.exitCode(), 0) << dump.readAllStandardError().toStdString();
        return dump.readAllStandardOutput();
    }

    QTemporaryDir dir;
    auth::MemoryVault keychain;
    Composition root{keychain};
    std::shared_ptr<QStringList> issuedTokens;
    QString out;
    QString err;
};

TEST_F(SealedSignIn, TheTokenIsSealedToTheServiceAndNoDeskNorDumpHoldsIt)
{
    const QString uri = postgresEnvironment().freshWorkspaceDatabase();
    ASSERT_FALSE(uri.isEmpty());
    const auto key = auth::ServiceKey::loadOrCreate(dir.filePath(QStringLiteral("service.key")));
    ASSERT_TRUE(key.has_value()) << key.error().toStdString();
    {
        auto workspace = openWorkspace(uri);
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(SealedKeyRepository(workspace->database())
                        .publish(*key, KeyReplacement::Refuse)
                        .has_value());
    }

    ASSERT_EQ(addEchoAccount(uri), cli::Success) << err.toStdString();
    EXPECT_TRUE(out.contains(u"Echoed @brand.echo."_qs)) << out.toStdString();
    ASSERT_EQ(issuedTokens->size(), 1);
    const QString token = issuedTokens->first();

    auto workspace = openWorkspace(uri);
    const auto accounts = workspace->accounts().accounts();
    ASSERT_TRUE(accounts.has_value());
    ASSERT_EQ(accounts->size(), 1);
    const QString tokenKey = auth::accessTokenKey(accounts->first().id);
    const auto sealed = SealedSecretRepository(workspace->database()).find(tokenKey);
    ASSERT_TRUE(sealed.has_value() && sealed->has_value()) << "the sealed_secrets row exists";
    EXPECT_EQ((*sealed)->sealedTo, key->fingerprint());
    EXPECT_TRUE(keychain.contents().isEmpty()) << "the desk's keychain holds no token";

    const QByteArray dump = dumpOf(uri);
    ASSERT_TRUE(dump.contains("sealed_secrets")) << "the dump holds the table";
    ASSERT_TRUE(dump.contains((*sealed)->blob.toHex())) << "the dump holds the sealed blob";
    EXPECT_FALSE(dump.contains(token.toUtf8())) << "the token's bytes are nowhere in the dump";
    EXPECT_FALSE(dump.contains(token.toUtf8().toHex())) << "nor as hex";
    EXPECT_FALSE(dump.contains(token.toUtf8().toBase64()));

    const auto desk = workspaceVault(*workspace, keychain);
    const auto refused =
        waitFor<auth::VaultResult<QString>>([&](auto done) { desk->read(tokenKey, done); });
    ASSERT_TRUE(refused.has_value());
    ASSERT_FALSE(refused->has_value());
    EXPECT_EQ(refused->error().kind, auth::VaultError::Kind::Denied);

    const auto service = workspaceVault(*workspace, keychain, &*key);
    const auto opened =
        waitFor<auth::VaultResult<QString>>([&](auto done) { service->read(tokenKey, done); });
    ASSERT_TRUE(opened.has_value());
    ASSERT_TRUE(opened->has_value()) << opened->error().message.toStdString();
    EXPECT_EQ(**opened, token);
}

TEST_F(SealedSignIn, WithoutAPublishedKeyNothingIsSignedInAndTheDeskIsToldWhatToStart)
{
    const QString uri = postgresEnvironment().freshWorkspaceDatabase();
    ASSERT_FALSE(uri.isEmpty());
    EXPECT_EQ(addEchoAccount(uri), cli::Failure);
    EXPECT_TRUE(err.contains(u"Start `hearken serve` once so that it publishes its key"_qs))
        << err.toStdString();
    EXPECT_FALSE(err.contains(u"Echoing"_qs)) << "the network was never asked";
    EXPECT_TRUE(issuedTokens->isEmpty());
    auto workspace = openWorkspace(uri);
    EXPECT_TRUE(workspace->accounts().accounts().value().isEmpty());
    EXPECT_TRUE(keychain.contents().isEmpty());
}

TEST_F(SealedSignIn, AWorkspaceFileKeepsTheTokenInTheDesksKeychain)
{
    const QString path = dir.filePath(QStringLiteral("solo.hearken"));
    ASSERT_EQ(addEchoAccount(path), cli::Success) << err.toStdString();
    ASSERT_EQ(issuedTokens->size(), 1);
    auto workspace = openWorkspace(path);
    const auto accounts = workspace->accounts().accounts().value();
    ASSERT_EQ(accounts.size(), 1);
    const QString scoped = auth::workspaceKey(vaultScope(workspace->settings()).workspaceId,
                                              auth::accessTokenKey(accounts.first().id));
    EXPECT_EQ(keychain.contents().value(scoped), issuedTokens->first());
    EXPECT_FALSE(SealedSecretRepository(workspace->database())
                     .holds(auth::accessTokenKey(accounts.first().id))
                     .value_or(true));
}

} // namespace
} // namespace hearken::testing
