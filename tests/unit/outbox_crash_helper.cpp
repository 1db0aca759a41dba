// SPDX-License-Identifier: GPL-3.0-or-later
// TEST ONLY: the process outbox_crash_test starts, kills and starts again.
//   outbox_crash_helper WORKSPACE PORT queue      adds an item, queues a reply, delivers it
//   outbox_crash_helper WORKSPACE PORT queue-die  the same, but dies right after Sending
//   outbox_crash_helper WORKSPACE PORT resume     delivers what is left, exits when done
#include "outbox/delivery_engine.h"
#include "store/workspace.h"
#include "support/http_test_deliverer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

using namespace hearken;

namespace {

constexpr int giveUpAfterMs = 20000;

bool addItemAndReply(Workspace& ws, quint16 port)
{
    Account account;
    account.network = u"mastodon"_qs;
    account.remoteId = u"brand-1"_qs;
    account.handle = u"@brand@127.0.0.1"_qs;
    account.serverUrl = u"http://127.0.0.1:"_qs + QString::number(port);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto accountId = ws.accounts().saveAccount(account, now);
    if (!accountId)
        return false;
    InboundItem item;
    item.post.accountId = *accountId;
    item.post.network = account.network;
    item.post.remoteId = u"m1"_qs;
    item.post.author = {0,  account.network, u"ana"_qs, u"@ana@people.example"_qs, u"Ana"_qs, {},
                        {}, std::nullopt};
    item.post.text = u"Where is my order?"_qs;
    item.post.createdAt = now - 60;
    item.tone = Tone::Criticism;
    IngestBatch batch;
    batch.items = {item};
    auto written = ws.ingest().write(batch);
    if (!written || written->newItemIds.size() != 1)
        return false;
    auto queued = ws.outbox().enqueue({*accountId,
                                       written->newItemIds.first(),
                                       OutboxKind::Reply,
                                       u"Sorry Ana, it ships tomorrow."_qs,
                                       {},
                                       u"Sam"_qs,
                                       std::nullopt},
                                      now);
    return queued.has_value();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return 2;
    const quint16 port = quint16(args[2].toUInt());
    const QString mode = args[3];
    auto ws = Workspace::open(args[1]);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 2;
    }
    if (mode != u"resume" && !addItemAndReply(**ws, port))
        return 2;

    testing::HttpTestDeliverer deliverer(QUrl(u"http://127.0.0.1:"_qs + QString::number(port)),
                                         mode == u"queue-die");
    DeliveryEngine engine(
        **ws, [&](const Account&) -> Deliverer* { return &deliverer; },
        [] { return QDateTime::currentSecsSinceEpoch(); });
    // Short waits after a failure, so that a test sees the retry within a second.
    engine.setBackoff({1, 60});
    // A killed run's claim runs out soon, so that the next run takes its entry over within
    // the test's patience.
    engine.setClaimSeconds(2);
    QObject::connect(&engine, &DeliveryEngine::failed, &app, [](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        QCoreApplication::exit(4);
    });
    QObject::connect(&engine, &DeliveryEngine::idle, &app, [] { QCoreApplication::exit(0); });
    QTimer::singleShot(giveUpAfterMs, &app, [] { QCoreApplication::exit(3); });
    engine.start();
    return app.exec();
}
