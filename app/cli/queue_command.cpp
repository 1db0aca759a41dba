// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/queue_command.h"

#include "cli/queue_filter_options.h"
#include "cli/queue_printer.h"
#include "cli/workspace_option.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hearken::cli {

namespace {

constexpr int pageSize = 1000;

// The items to print (all when `limit` is 0), read page by page from one state of the
// workspace: a writer committing between two pages neither repeats nor skips an item. All of
// it is read before anything is printed, so that a failed read prints no partial listing and a
// slow reader of the output does not hold the snapshot.
StoreResult<QList<QueueItem>> readListing(Workspace& workspace, const QueueQuery& query, int limit)
{
    const ReadTransaction snapshot(workspace.database().connection());
    if (!snapshot.isActive())
        return tl::unexpected(snapshot.error());
    QList<QueueItem> items;
    std::optional<QueueCursor> after;
    while (limit == 0 || items.size() < limit) {
        const int wanted = limit == 0 ? pageSize : std::min(pageSize, limit - int(items.size()));
        auto page = workspace.queue().page(query, after, wanted);
        if (!page)
            return tl::unexpected(page.error());
        items += *page;
        if (page->size() < wanted)
            break;
        after = QueueRepository::cursorOf(page->last());
    }
    return items;
}

} // namespace

int runQueueCommand(const QStringList& arguments, CliIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("hearken::cli", "Print the queue, most urgent first."));
    parser.addOption(workspaceOption());
    addQueueFilterOptions(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("hearken::cli", "Print JSON lines.")});
    parser.addOption(
        {QStringLiteral("limit"),
         QCoreApplication::translate("hearken::cli", "Print at most this many items; 0 for all "
                                                     "(default: 100, or all with --json)."),
         QStringLiteral("count")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;

    bool limitOk = true;
    const bool json = parser.isSet(QStringLiteral("json"));
    const int limit = parser.isSet(QStringLiteral("limit"))
                          ? parser.value(QStringLiteral("limit")).toInt(&limitOk)
                          : (json ? 0 : 100);
    if (!limitOk || limit < 0) {
        io.err << QCoreApplication::translate("hearken::cli", "--limit takes a number, 0 or more.")
               << Qt::endl;
        return UsageError;
    }
    auto workspace = openWorkspace(parser, io, OpenMode::ReadOnly);
    if (!workspace)
        return Failure;
    auto filter = queueFilterFrom(parser, *workspace);
    if (!filter) {
        io.err << filter.error() << Qt::endl;
        return UsageError;
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto targets = workspace->settings().responseTargets();
    if (!targets) {
        io.err << targets.error().message << Qt::endl;
        return Failure;
    }
    const QueueQuery query(*filter, now, *targets);
    const auto items = readListing(*workspace, query, limit);
    if (!items) {
        io.err << items.error().message << Qt::endl;
        return Failure;
    }
    QueuePrinter printer(io.out, json, now, *targets);
    for (const QueueItem& item : *items)
        printer.print(item);
    io.out.flush();
    if (json || items->size() < limit || limit == 0)
        return Success;
    // Counted once the listing is out: counting every match of a search takes many times as
    // long as reading its first page.
    const auto total = workspace->queue().count(query);
    if (!total) {
        io.err << total.error().message << Qt::endl;
        return Failure;
    }
    if (*total > items->size())
        io.err << QCoreApplication::translate("hearken::cli",
                                              "Showing %1 of %2 items; --limit 0 shows all.")
                      .arg(items->size())
                      .arg(*total)
               << Qt::endl;
    return Success;
}

} // namespace hearken::cli
