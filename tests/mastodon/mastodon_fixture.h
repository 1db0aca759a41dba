// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/browser_opener.h"
#include "auth/memory_vault.h"
#include "net/http_client.h"
#include "providers/mastodon/mastodon_provider.h"
#include "providers/mastodon/mastodon_sign_in.h"
#include "store/workspace.h"
#include "support/node_peer.h"
#include "support/wait_for.h"
#include "sync/sync_engine.h"
#include "workflow/tone_triage.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace hearken::testing {

inline QString peerScript(const char* name)
{
    return QStringLiteral(HEARKEN_PEERS_DIR "/") + QLatin1String(name);
}

// A workspace file, a Mastodon test server, and Hearken's network pieces wired as the app
// wires them, with an in-memory vault and a headless browser driving the sign-in page.
class MastodonFixture : public ::testing::Test {
protected:
    MastodonFixture()
        : peer(peerScript("mastodon/server.js"), {QStringLiteral("--mentions=45")})
        , http(network, quickOptions())
        , browser(QStringLiteral("node ") + peerScript("mastodon/browser.js"))
    {
        qunsetenv("HEARKEN_TEST_DECISION");
        qunsetenv("HEARKEN_TEST_STATE");
        workspace = Workspace::open(dir.filePath(QStringLiteral("w.hearken"))).value_or(nullptr);
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

    mastodon::SignIn::Services signInServices()
    {
        return {http, browser, vault, workspace->accounts(), workspace->syncState(), now};
    }

    auth::AuthResult<Account> signIn(const QUrl& server)
    {
        mastodon::SignIn signIn(signInServices());
        signIn.setCallbackTimeoutMs(10'000);
        auto result = waitFor<auth::AuthResult<Account>>(
            [&](auto done) { signIn.start(server.toString(), done); }, 20'000);
        return result.value_or(auth::authError(auth::AuthError::Kind::TimedOut, QString()));
    }

    std::unique_ptr<SyncEngine> engine(mastodon::SyncLimits limits = {})
    {
        auto made = std::make_unique<SyncEngine>(*workspace, now);
        made->setFactory(mastodon::network,
                         mastodon::syncerFactory({http, vault, *workspace,
                                                  [this](IngestBatch& batch) {
                                                      if (triage)
                                                          triage->classify(batch);
                                                  },
                                                  now, limits}));
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

    QVariant value(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery query(workspace->database().connection());
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
    std::optional<ToneTriage> triage;
};

} // namespace hearken::testing
