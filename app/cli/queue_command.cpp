// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/queue_command.h"

#include "cli/queue_filter_options.h"
#include "cli/queue_printer.h"
#include "cli/workspace_option.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hearken::cli {

namespace {
constexpr int pageSize = 1000;
}

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
    auto workspace = openWorkspace(parser, io);
    if (!workspace)
        return Failure;
    auto filter = queueFilterFrom(parser, *workspace);
    if (!filter) {
        io.err << filter.error() << Qt::endl;
        return UsageError;
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const ResponseTargets targets = workspace->settings().responseTargets();
    const QueueQuery query(*filter, now, targets);
    QueuePrinter printer(io.out, json, now, targets);
    std::optional<QueueCursor> after;
    int printed = 0;
    while (limit == 0 || printed < limit) {
        const int wanted = limit == 0 ? pageSize : std::min(pageSize, limit - printed);
        auto page = workspace->queue().page(query, after, wanted);
        if (!page) {
            io.err << page.error().message << Qt::endl;
            return Failure;
        }
        for (const QueueItem& item : *page)
            printer.print(item);
        printed += int(page->size());
        if (page->size() < wanted)
            break;
        after = QueueRepository::cursorOf(page->last());
    }
    io.out.flush();
    if (!json && limit != 0 && printed == limit) {
        const auto total = workspace->queue().count(query);
        if (total && *total > printed)
            io.err << QCoreApplication::translate("hearken::cli",
                                                  "Showing %1 of %2 items; --limit 0 shows all.")
                          .arg(printed)
                          .arg(*total)
                   << Qt::endl;
    }
    return Success;
}

} // namespace hearken::cli
