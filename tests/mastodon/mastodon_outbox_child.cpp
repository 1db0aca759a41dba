// SPDX-License-Identifier: GPL-3.0-or-later
// TEST ONLY: a process that delivers a workspace's outbox to a Mastodon server as the app
// does, for the test that kills it mid-delivery and starts it again.
//   mastodon_outbox_child WORKSPACE     (the account's token in HEARKEN_TEST_MASTODON_TOKEN)
// Exits 0 once nothing is left to send.
#include "net/http_client.h"
#include "outbox/delivery_engine.h"
#include "providers/mastodon/mastodon_deliverer.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace hearken;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString token = qEnvironmentVariable("HEARKEN_TEST_MASTODON_TOKEN");
    if (args.size() != 2 || token.isEmpty())
        return 2;
    auto ws = Workspace::open(args[1]);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 2;
    }
    QNetworkAccessManager network;
    net::HttpClient http(network);
    std::unique_ptr<mastodon::Deliverer> deliverer;
    DeliveryEngine engine(
        **ws,
        [&](const Account& account) -> Deliverer* {
            if (!deliverer)
                deliverer =
                    std::make_unique<mastodon::Deliverer>(http, QUrl(account.serverUrl), token);
            return deliverer.get();
        },
        [] { return QDateTime::currentSecsSinceEpoch(); });
    engine.setBackoff({1, 5});
    // A killed run's claim runs out soon, so that the next run takes its entry over within
    // the test's patience.
    engine.setClaimSeconds(2);
    QObject::connect(&engine, &DeliveryEngine::failed, &app, [](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        QCoreApplication::exit(4);
    });
    QObject::connect(&engine, &DeliveryEngine::idle, &app, [] { QCoreApplication::exit(0); });
    QTimer::singleShot(60'000, &app, [] { QCoreApplication::exit(3); });
    engine.start();
    return app.exec();
}
