// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/browser_opener.h"
#include "auth/memory_vault.h"
#include "auth/vault_keys.h"
#include "auth/workspace_vault.h"
#include "net/http_client.h"
#include "outbox/delivery_engine.h"
#include "providers/mastodon/mastodon_deliverer.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_provider.h"
#include "providers/mastodon/mastodon_sign_in.h"
#include "store/workspace.h"
#include "store/workspace_secrets.h"
#include "support/node_peer.h"
#include "support/stored_secret.h"
#include "support/wait_for.h"
#include "sync/sync_engine.h"
#include "sync/workspace_account_keeper.h"
#include "workflow/tone_triage.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <deque>
#include <memory>

namespace hearken::testing {

inline QString peerScript(const char* name)
{
    return QStringLiteral(HEARKEN_PEERS_DIR "/") + QLatin1String(name);
}

// A workspace file, a Mastodon test server, and Hearken's network pieces wired as the app
// wires them, with an in-memory vault (the workspace keeps its secrets in its own part of it)
// and a headless browser driving the sign-in page.
class MastodonFixture : public ::testing::Test {
protected:
    // `serverArguments`: more switches for the test server, e.g. its family
    // (tests/peers/mastodon/README.md).
    explicit MastodonFixture(const QStringList& serverArguments = {})
        : peer(peerScript("mastodon/server.js"),
               QStringList{QStringLiteral("--mentions=45")} + serverArguments)
        , http(network, quickOptions())
        , browser(QStringLiteral("node ") + peerScript("mastodon/browser.js"))
    {
        qunsetenv("HEARKEN_TEST_DECISION");
        qunsetenv("HEARKEN_TEST_STATE");
        qunsetenv("HEARKEN_TEST_USER");
        workspace = Workspace::open(dir.filePath(QStringLiteral("w.hearken"))).value_or(nullptr);
        if (workspace)
            secrets.emplace(vault, vaultScope(workspace->settings()));
        auto shipped = ToneClassifier::loadShipped();
        if (shipped && workspace) {
            if (auto opened = ToneTriage::open(*shipped, *workspace, now))
                triage.emplace(std::move(*opened));
        }
    }

    static net::HttpClientOptions quickOptions()
    {
        net::HttpClientOptions options;
        options.timeoutMs = 5000;
        options.backoffBaseMs = 20;
        options.backoffMaxMs = 200;
        return options;
    }

    mastodon::SignIn::Services signInServices(Workspace& into, auth::SecretVault& itsSecrets)
    {
        return {http, browser, itsSecrets, keepers.emplace_back(into, now), now};
    }
    mastodon::SignIn::Services signInServices() { return signInServices(*workspace, *secrets); }

    auth::AuthResult<Account> signIn(const QUrl& server)
    {
        return signIn(server, signInServices());
    }
    auth::AuthResult<Account> signIn(const QUrl& server, mastodon::SignIn::Services services)
    {
        mastodon::SignIn signIn(std::move(services));
        signIn.setCallbackTimeoutMs(10'000);
        auto result = waitFor<auth::AuthResult<Account>>(
            [&](auto done) { signIn.start(server.toString(), done); }, 20'000);
        return result.value_or(auth::authError(auth::AuthError::Kind::TimedOut, QString()));
    }

    Account signedIn()
    {
        auto account = signIn(peer.url());
        EXPECT_TRUE(account) << account.error().message.toStdString();
        return account.value_or(Account{});
    }

    DeliveryOutcome deliver(const Account& account, const OutboxEntry& entry)
    {
        mastodon::Deliverer deliverer(http, QUrl(account.serverUrl),
                                      storedSecret(auth::accessTokenKey(account.id)));
        auto outcome = waitFor<DeliveryOutcome>([&](auto done) { deliverer.deliver(entry, done); });
        return outcome.value_or(tl::unexpected(DeliveryFailure{}));
    }

    // The remote id of a synced mention whose text contains `words`.
    QString mentionWith(const QString& words)
    {
        return value(QStringLiteral("SELECT p.remote_id FROM queue q JOIN posts p ON p.id = "
                                    "q.post_id WHERE p.text LIKE ? ORDER BY p.id LIMIT 1"),
                     {QString(u'%' + words + u'%')})
            .toString();
    }

    OutboxEntry entry(const Account& account, const QString& target, OutboxKind kind,
                      const QString& text = {})
    {
        OutboxEntry e;
        e.accountId = account.id;
        e.network = mastodon::network;
        e.targetRemoteId = target;
        e.kind = kind;
        e.text = text;
        e.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return e;
    }

    // The server's own id of a qualified remote id.
    QString localOf(const QString& remoteId)
    {
        return mastodon::localId(remoteId, peer.url()).value_or(QString());
    }

    std::unique_ptr<SyncEngine> engine(mastodon::SyncLimits limits = {})
    {
        return engine(*workspace, *secrets, limits);
    }
    std::unique_ptr<SyncEngine> engine(Workspace& of, auth::SecretVault& itsSecrets,
                                       mastodon::SyncLimits limits = {})
    {
        auto made = std::make_unique<SyncEngine>(
            of,
            [this](IngestBatch& batch) {
                if (triage)
                    triage->classify(batch);
            },
            now);
        made->setFactory(mastodon::network,
                         mastodon::syncerFactory({http, itsSecrets, now, limits}));
        return made;
    }

    // Runs one pass of every account and waits until the engine is idle.
    QList<std::pair<qint64, SyncOutcome>> syncOnce(SyncEngine& engine)
    {
        QList<std::pair<qint64, SyncOutcome>> outcomes;
        QObject context;
        QObject::connect(&engine, &SyncEngine::accountFinished, &context,
                         [&](qint64 id, const SyncOutcome& o) {
                             outcomes.append({id, o});
                         });
        bool idle = false;
        QObject::connect(&engine, &SyncEngine::idle, &context, [&] { idle = true; });
        engine.syncAll();
        EXPECT_TRUE(spinUntil([&] { return idle && !engine.isBusy(); }, 30'000));
        return outcomes;
    }

    // The secret the workspace keeps under `key`, as it sits in the shared vault.
    QString storedSecret(Workspace& of, const QString& key) const
    {
        return testing::storedSecret(vault, of, key);
    }
    QString storedSecret(const QString& key) const { return storedSecret(*workspace, key); }

    QVariant value(const QString& sql, const QVariantList& binds = {})
    {
        return value(*workspace, sql, binds);
    }
    static QVariant value(Workspace& of, const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery query(of.database().connection());
        query.prepare(sql);
        for (const QVariant& bind : binds)
            query.addBindValue(bind);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    qint64 queueCount(qint64 accountId)
    {
        return value(QStringLiteral("SELECT count(*) FROM queue WHERE account_id = ?"), {accountId})
            .toLongLong();
    }

    std::function<qint64()> now = [] { return QDateTime::currentSecsSinceEpoch(); };
    QTemporaryDir dir;
    NodePeer peer;
    QNetworkAccessManager network;
    net::HttpClient http;
    auth::MemoryVault vault;
    auth::CommandBrowserOpener browser;
    std::unique_ptr<Workspace> workspace;
    std::optional<auth::WorkspaceVault> secrets;
    std::optional<ToneTriage> triage;
    // One per workspace signInServices() was asked for; a deque keeps each where it is.
    std::deque<WorkspaceAccountKeeper> keepers;
};

} // namespace hearken::testing
