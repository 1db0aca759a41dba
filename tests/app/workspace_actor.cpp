// SPDX-License-Identifier: GPL-3.0-or-later
// TEST ONLY: a process that uses a workspace as the window does, while tests run the
// command line on the same file.
//   workspace_actor WORKSPACE TAG FIRST ROUNDS PAUSE_MS
// Opens the workspace twice (the window's connection and its worker thread's), then for
// each of ROUNDS open items, starting at the FIRST oldest: marks it done, adds the note
// "TAG note N" and queues the reply "TAG reply N", reading the queue through the second
// connection in between. Exits 0 after the last round; 1 with the reason on any failure.
#include "store/queue_query.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "workflow/queue_actions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <cstdio>

using namespace hearken;

namespace {

int fail(const QString& what, const StoreError& error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message));
    return 1;
}

struct Item {
    qint64 postId = 0;
    qint64 accountId = 0;
};

StoreResult<QList<Item>> openItems(Workspace& ws, int first, int count)
{
    auto query = sql::exec(ws.database().connection(),
                           QStringLiteral("SELECT post_id, account_id FROM queue WHERE state = "
                                          "'open' ORDER BY post_id LIMIT ? OFFSET ?"),
                           {count, first});
    if (!query)
        return tl::unexpected(query.error());
    QList<Item> items;
    while (query->next())
        items.append({query->value(0).toLongLong(), query->value(1).toLongLong()});
    if (items.size() != count)
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("only %1 open items").arg(items.size()));
    return items;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6)
        return 2;
    const QString tag = args[2];
    const int first = args[3].toInt();
    const int rounds = args[4].toInt();
    const int pauseMs = args[5].toInt();

    auto window = Workspace::open(args[1]);
    if (!window)
        return fail(QStringLiteral("open"), window.error());
    auto worker = Workspace::open(args[1]);
    if (!worker)
        return fail(QStringLiteral("open the second connection"), worker.error());
    auto items = openItems(**window, first, rounds);
    if (!items)
        return fail(QStringLiteral("list items"), items.error());

    const auto now = [] { return QDateTime::currentSecsSinceEpoch(); };
    QueueActions actions((*window)->queue(), tag, now);
    for (int n = 0; n < rounds; ++n) {
        const Item item = items->at(n);
        if (auto done = actions.markDone({item.postId}); !done)
            return fail(QStringLiteral("mark done"), done.error());
        const QueueQuery everything({}, now(), (*worker)->settings().responseTargets().value());
        if (auto counted = (*worker)->queue().count(everything); !counted)
            return fail(QStringLiteral("count"), counted.error());
        if (auto note = (*window)->notes().add(item.postId, tag,
                                               QStringLiteral("%1 note %2").arg(tag).arg(n), now());
            !note)
            return fail(QStringLiteral("add a note"), note.error());
        OutboxDraft reply;
        reply.accountId = item.accountId;
        reply.targetPostId = item.postId;
        reply.text = QStringLiteral("%1 reply %2").arg(tag).arg(n);
        reply.actor = tag;
        if (auto queued = (*window)->outbox().enqueue(reply, now()); !queued)
            return fail(QStringLiteral("queue a reply"), queued.error());
        QThread::msleep(ulong(pauseMs));
    }
    return 0;
}
