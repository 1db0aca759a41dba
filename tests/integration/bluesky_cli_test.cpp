// SPDX-License-Identifier: GPL-3.0-or-later
// The headless verbs for Bluesky against the reference network, with an in-memory vault
// standing in for the system keychain.
#include "atproto_network.h"
#include "auth/memory_vault.h"
#include "cli/accounts_command.h"
#include "cli/bluesky_commands.h"
#include "cli/network_session.h"
#include "cli/sync_command.h"
#include "composition/composition.h"
#include "providers/bluesky/app_password_sign_in.h"
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/session_secrets.h"
#include "support/stored_secret.h"
#include "support/workspace_fixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hearken {
namespace {

int accounts(const QStringList& arguments, cli::CliIo io, Composition& root, QTextStream& input)
{
    cli::NetworkSession session(root, io);
    return cli::runAccounts(arguments, io, session, input);
}

int sync(const QStringList& arguments, cli::CliIo io, Composition& root, QTextStream&)
{
    return cli::runSync(arguments, io, root);
}

class BlueskyCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto found = testing::AtprotoNetwork::fromEnvironment();
        ASSERT_TRUE(found.has_value());
        net = *found;
        workspacePath = dir.filePath(QStringLiteral("cli.hearken"));
    }

    // `browser`: the command $BROWSER names for the run; none when empty.
    int run(int (*command)(const QStringList&, cli::CliIo, Composition&, QTextStream&),
            QStringList arguments, const QString& input = {}, const QString& browser = {})
    {
        out.clear();
        err.clear();
        QString inputText = input;
        QTextStream inputStream(&inputText);
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        arguments.prepend(QStringLiteral("hearken"));
        arguments << QStringLiteral("--workspace") << workspacePath;
        if (browser.isEmpty())
            qunsetenv("BROWSER");
        else
            qputenv("BROWSER", browser.toLocal8Bit());
        Composition root(vault);
        const int exitCode = command(arguments, {outStream, errStream}, root, inputStream);
        qunsetenv("BROWSER");
        return exitCode;
    }

    // The session the workspace keeps for `did` in its part of the vault.
    QString storedSession(const QString& did)
    {
        auto workspace = testing::openWorkspace(workspacePath);
        return workspace ? testing::storedSecret(vault, *workspace, bluesky::sessionSecretKey(did))
                         : QString();
    }

    testing::AtprotoNetwork net;
    QTemporaryDir dir;
    QString workspacePath;
    auth::MemoryVault vault;
    QString out;
    QString err;
};

TEST_F(BlueskyCli, AppPasswordAccountThenSyncKeepsSecretsInTheVaultOnly)
{
    const int added =
        run(accounts,
            {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bluesky"),
             QStringLiteral("--handle"), net.handle("alice"), QStringLiteral("--app-password"),
             QStringLiteral("--resolver"), net.pds.toString(), QStringLiteral("--plc"),
             net.plc.toString()},
            net.password("alice") + u'\n');
    ASSERT_EQ(added, cli::Success) << err.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("an app password"))) << out.toStdString();
    const QString secret = storedSession(net.did("alice"));
    ASSERT_FALSE(secret.isEmpty());
    const QString refreshToken = QJsonDocument::fromJson(secret.toUtf8())
                                     .object()
                                     .value(QLatin1String("refreshToken"))
                                     .toString();
    ASSERT_FALSE(refreshToken.isEmpty());

    const int synced = run(sync, {QStringLiteral("sync")});
    ASSERT_EQ(synced, cli::Success) << err.toStdString();
    EXPECT_TRUE(out.startsWith(QLatin1String("@alice.test: "))) << out.toStdString();
    EXPECT_FALSE(out.contains(QLatin1String(": 0 new items"))) << out.toStdString();
    EXPECT_EQ(run(sync, {QStringLiteral("sync")}), cli::Success);
    EXPECT_TRUE(out.contains(QLatin1String(": 0 new items"))) << out.toStdString();

    {
        auto workspace = testing::openWorkspace(workspacePath);
        ASSERT_TRUE(workspace);
        const auto accounts = workspace->accounts().accounts();
        ASSERT_TRUE(accounts.has_value());
        ASSERT_EQ(accounts->size(), 1);
        EXPECT_EQ(accounts->first().authKind, QStringLiteral("app-password"));
        EXPECT_EQ(accounts->first().remoteId, net.did("alice"));
    }
    // No token, and no password, anywhere in the workspace files.
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_FALSE(bytes.contains(refreshToken.toUtf8())) << name.toStdString();
        EXPECT_FALSE(bytes.contains(net.password("alice").toUtf8())) << name.toStdString();
    }
}

TEST_F(BlueskyCli, WrongAppPasswordAddsNothing)
{
    const int added =
        run(accounts,
            {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bluesky"),
             QStringLiteral("--handle"), net.handle("alice"), QStringLiteral("--app-password"),
             QStringLiteral("--pds"), net.pds.toString()},
            QStringLiteral("wrong\n"));
    EXPECT_EQ(added, cli::Failure);
    EXPECT_TRUE(err.contains(QLatin1String("wrong"))) << err.toStdString();
    EXPECT_TRUE(vault.contents().isEmpty());
}

TEST_F(BlueskyCli, AnAppPasswordFromThePdsSignsInWithoutAWarningAndAMainPasswordWithOne)
{
    // The app password the reference PDS makes (com.atproto.server.createAppPassword).
    QNetworkAccessManager network;
    net::HttpClient http(network);
    DpopNonces nonces;
    const auto grant =
        testing::await<tl::expected<bluesky::SessionGrant, bluesky::XrpcError>>([&](auto done) {
            bluesky::signInWithAppPassword(http, net.pds, net.handle("bob"), net.password("bob"))
                .then(done);
        });
    ASSERT_TRUE(grant.has_value()) << grant.error().message.toStdString();
    bluesky::AtprotoSession session(http, *grant, nonces);
    const auto created = testing::await<bluesky::XrpcResult>([&](auto done) {
        session
            .procedure(QStringLiteral("com.atproto.server.createAppPassword"),
                       QJsonObject{
                           {QStringLiteral("name"),
                            QStringLiteral("hearken-%1").arg(QDateTime::currentMSecsSinceEpoch())}})
            .then(done);
    });
    ASSERT_TRUE(created.has_value()) << created.error().message.toStdString();
    const QString appPassword = created->value(QLatin1String("password")).toString();
    EXPECT_TRUE(bluesky::looksLikeAppPassword(appPassword)) << appPassword.toStdString();

    const QStringList add{QStringLiteral("accounts"), QStringLiteral("add"),
                          QStringLiteral("bluesky"),  QStringLiteral("--handle"),
                          net.handle("bob"),          QStringLiteral("--app-password"),
                          QStringLiteral("--pds"),    net.pds.toString()};
    ASSERT_EQ(run(accounts, add, appPassword + u'\n'), cli::Success) << err.toStdString();
    EXPECT_FALSE(err.contains(QLatin1String("Warning"))) << err.toStdString();

    ASSERT_EQ(run(accounts, add, net.password("bob") + u'\n'), cli::Success) << err.toStdString();
    EXPECT_TRUE(err.contains(QLatin1String("it may be the account's main password")))
        << err.toStdString();
}

TEST_F(BlueskyCli, ASilentPdsFailsWithinTheTimeoutGiven)
{
    QTcpServer silent;
    QList<QTcpSocket*> accepted;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            accepted.append(socket);
    });
    QElapsedTimer clock;
    clock.start();
    const int added = run(
        accounts,
        {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bluesky"),
         QStringLiteral("--handle"), net.handle("alice"), QStringLiteral("--app-password"),
         QStringLiteral("--pds"), QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()),
         QStringLiteral("--timeout"), QStringLiteral("2")},
        QStringLiteral("abcd-2345-efgh-6777\n"));
    EXPECT_EQ(added, cli::Failure);
    EXPECT_LT(clock.elapsed(), 3'500);
    EXPECT_FALSE(accepted.isEmpty());
    EXPECT_TRUE(err.contains(QLatin1String("127.0.0.1 did not answer within 2 s.")))
        << err.toStdString();

    EXPECT_EQ(
        run(accounts,
            {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bluesky"),
             QStringLiteral("--handle"), net.handle("alice"), QStringLiteral("--app-password"),
             QStringLiteral("--timeout"), QStringLiteral("soon")},
            QStringLiteral("abcd-2345-efgh-6777\n")),
        cli::UsageError);
}

TEST_F(BlueskyCli, OAuthAccountThroughTheBrowser)
{
    const QString driver = net.fakeBrowser;
    ASSERT_FALSE(driver.isEmpty());
    const QString browser = QStringLiteral("node %1 --user %2 --password %3 %s")
                                .arg(driver, net.handle("alice"), net.password("alice"));
    const int added =
        run(accounts,
            {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bluesky"),
             QStringLiteral("--handle"), net.handle("alice"), QStringLiteral("--resolver"),
             net.pds.toString(), QStringLiteral("--plc"), net.plc.toString()},
            {}, browser);
    ASSERT_EQ(added, cli::Success) << err.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("OAuth"))) << out.toStdString();
    const auto grant = bluesky::deserializeGrant(storedSession(net.did("alice")));
    ASSERT_TRUE(grant.has_value()) << grant.error().toStdString();
    EXPECT_EQ(grant->kind, bluesky::SessionGrant::Kind::OAuth);
    ASSERT_TRUE(grant->dpopKey.has_value());

    // The stored DPoP key and tokens work for the next run.
    EXPECT_EQ(run(sync, {QStringLiteral("sync")}), cli::Success) << err.toStdString();
}

TEST_F(BlueskyCli, ProblemsAreReportedPerAccountAndTheOthersStillSync)
{
    ASSERT_EQ(run(accounts,
                  {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bluesky"),
                   QStringLiteral("--handle"), net.handle("bob"), QStringLiteral("--app-password"),
                   QStringLiteral("--pds"), net.pds.toString()},
                  net.password("bob") + u'\n'),
              cli::Success)
        << err.toStdString();
    {
        auto workspace = testing::openWorkspace(workspacePath);
        ASSERT_TRUE(workspace);
        Account ghost;
        ghost.network = QStringLiteral("bluesky");
        ghost.remoteId = QStringLiteral("did:plc:ghostghostghostghost");
        ghost.handle = QStringLiteral("ghost.test");
        ghost.authKind = QStringLiteral("app-password");
        ASSERT_TRUE(workspace->accounts().saveAccount(ghost, 1).has_value());
    }
    EXPECT_EQ(run(sync, {QStringLiteral("sync")}), cli::Failure);
    EXPECT_TRUE(
        err.contains(QLatin1String("@ghost.test: not synced: No Bluesky session is stored")))
        << err.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("@bob.test: "))) << out.toStdString();

    // The account stays stopped, and says so, until it signs in again.
    EXPECT_EQ(run(sync, {QStringLiteral("sync")}), cli::Failure);
    EXPECT_TRUE(
        err.contains(QLatin1String("@ghost.test: not synced: No Bluesky session is stored")))
        << err.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("@bob.test: 0 new items"))) << out.toStdString();
}

TEST(BlueskyCliMetadata, PrintsTheClientMetadataForAnHttpsClientId)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const QString id = QStringLiteral("https://example.org/hearken/client-metadata.json");
    ASSERT_EQ(cli::runOAuthClientMetadataCommand({QStringLiteral("hearken"),
                                                  QStringLiteral("oauth-client-metadata"),
                                                  QStringLiteral("--client-id"), id},
                                                 {outStream, errStream}),
              cli::Success);
    const QJsonObject metadata = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_EQ(metadata.value(QLatin1String("client_id")).toString(), id);
    EXPECT_EQ(metadata.value(QLatin1String("application_type")).toString(),
              QStringLiteral("native"));
    EXPECT_TRUE(metadata.value(QLatin1String("dpop_bound_access_tokens")).toBool());
    EXPECT_EQ(metadata.value(QLatin1String("token_endpoint_auth_method")).toString(),
              QStringLiteral("none"));
    EXPECT_EQ(metadata.value(QLatin1String("scope")).toString(),
              QStringLiteral("atproto transition:generic"));

    EXPECT_EQ(cli::runOAuthClientMetadataCommand(
                  {QStringLiteral("hearken"), QStringLiteral("oauth-client-metadata"),
                   QStringLiteral("--client-id"), QStringLiteral("http://example.org/m.json")},
                  {outStream, errStream}),
              cli::UsageError);
}

} // namespace
} // namespace hearken
