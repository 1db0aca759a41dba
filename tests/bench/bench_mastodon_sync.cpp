// SPDX-License-Identifier: GPL-3.0-or-later
// Mastodon sign-in and sync speed against the Mastodon test server on this machine: the time a
// browser grant takes (discovery, registration, authorization, token, account), and items per
// second from the server's JSON to committed, classified rows during a backfill.
#include "auth/memory_vault.h"
#include "net/http_client.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_provider.h"
#include "providers/mastodon/mastodon_sign_in.h"
#include "store/workspace.h"
#include "support/node_peer.h"
#include "sync/sync_engine.h"
#include "sync/workspace_account_keeper.h"
#include "workflow/tone_triage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>

using namespace hearken;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int mentions = argc > 1 ? std::atoi(argv[1]) : 4000;
    const auto now = [] { return QDateTime::currentSecsSinceEpoch(); };
    hearken::testing::NodePeer peer(QStringLiteral(HEARKEN_PEERS_DIR "/mastodon/server.js"),
                                    {QStringLiteral("--mentions=%1").arg(mentions)});
    if (!peer.isUp())
        return 1;
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("bench.hearken")));
    if (!workspace)
        return 1;
    QNetworkAccessManager network;
    net::HttpClient http(network);
    auth::MemoryVault vault;
    auth::CommandBrowserOpener browser(
        QStringLiteral("node " HEARKEN_PEERS_DIR "/mastodon/browser.js"));
    WorkspaceAccountKeeper keeper(**workspace, now);
    mastodon::SignIn signIn({http, browser, vault, keeper, now});
    QElapsedTimer timer;
    timer.start();
    auto account = hearken::testing::waitFor<auth::AuthResult<Account>>(
        [&](auto done) { signIn.start(peer.url().toString(), done); }, 30'000);
    const qint64 grantMs = timer.elapsed();
    if (!account || !*account)
        return 1;
    std::printf("grant (discover, register, browser, token, account): %lld ms\n",
                static_cast<long long>(grantMs));

    auto shipped = ToneClassifier::loadShipped();
    std::optional<ToneTriage> triage;
    if (shipped) {
        if (auto opened = ToneTriage::open(*shipped, **workspace, now))
            triage.emplace(std::move(*opened));
    }
    mastodon::SyncLimits limits;
    limits.pageSize = 80;
    SyncEngine engine(
        **workspace,
        [&triage](IngestBatch& batch) {
            if (triage)
                triage->classify(batch);
        },
        now);
    engine.setFactory(mastodon::network, mastodon::syncerFactory({http, vault, now, limits}));
    SyncOutcome outcome;
    QObject::connect(&engine, &SyncEngine::accountFinished,
                     [&outcome](qint64, const SyncOutcome& o) { outcome = o; });
    timer.restart();
    engine.syncAll();
    hearken::testing::spinUntil([&] { return !engine.isBusy(); }, 600'000);
    const qint64 syncMs = std::max<qint64>(1, timer.elapsed());
    std::printf("backfill of %d mentions (80 a page, classified, one transaction a page): "
                "%lld ms, %.0f items/s, %d new rows\n",
                mentions, static_cast<long long>(syncMs), outcome.newItems * 1000.0 / syncMs,
                outcome.newItems);

    timer.restart();
    engine.syncAll();
    hearken::testing::spinUntil([&] { return !engine.isBusy(); }, 60'000);
    std::printf("incremental pass with nothing new: %lld ms\n",
                static_cast<long long>(timer.elapsed()));
    return outcome.kind == SyncOutcome::Kind::Ok ? 0 : 1;
}
