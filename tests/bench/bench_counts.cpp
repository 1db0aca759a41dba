// SPDX-License-Identifier: GPL-3.0-or-later
// The sidebar's counts at scale: every saved view's and every account's count, as the window
// asks for them, and the supervisor's backlog (open items by flag and age), each timed (goal:
// 20 ms or less at a million items).
// Run: build/<preset>/tests/bench/bench_counts [--items N] (default 100000), or
// --workspace PATH to count an existing workspace (upgraded first when it is older).
#include "bench_arguments.h"
#include "composition/composition.h"
#include "sample/sample_importer.h"
#include "store/report_repository.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace hearken;

namespace {

using hearken::bench::fail;
using hearken::bench::takeArgument;

void timeCount(Workspace& ws, const QString& label, const QueueFilter& filter, qint64 now,
               const ResponseTargets& targets)
{
    const QueueQuery query(filter, now, targets);
    // The first run reads the pages from disk; the second is what a window open for a while
    // sees.
    for (const char* run : {"first", "again"}) {
        QElapsedTimer timer;
        timer.start();
        auto counted = ws.queue().count(query);
        if (!counted)
            fail(counted.error().message);
        std::printf("  %-28s %-5s %8.2f ms  (%lld items)\n", qPrintable(label), run,
                    double(timer.nsecsElapsed()) / 1e6, static_cast<long long>(*counted));
    }
}

void timeBacklog(Workspace& ws, const QString& label, const ReportFilter& filter, qint64 now,
                 const ResponseTargets& targets)
{
    const ReportRepository reports(ws.database());
    for (const char* run : {"first", "again"}) {
        QElapsedTimer timer;
        timer.start();
        auto backlog = reports.backlog(filter, now, targets, 0);
        if (!backlog)
            fail(backlog.error().message);
        std::printf("  %-28s %-5s %8.2f ms  (%lld open, %lld overdue)\n", qPrintable(label), run,
                    double(timer.nsecsElapsed()) / 1e6, static_cast<long long>(backlog->open),
                    static_cast<long long>(backlog->overdue));
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const char* existing = takeArgument(argc, argv, "--workspace");
    const QString path = existing ? QString::fromLocal8Bit(existing)
                                  : dir.filePath(QStringLiteral("counts.hearken"));
    QElapsedTimer opening;
    opening.start();
    auto ws = Workspace::open(path);
    if (!ws)
        fail(ws.error().message);
    std::printf("opened (and upgraded when older) in %.0f ms\n",
                double(opening.nsecsElapsed()) / 1e6);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!existing) {
        const char* itemsArgument = takeArgument(argc, argv, "--items");
        sample::ImportOptions options;
        options.networks = shippedProviders().sampleStyles();
        options.count = itemsArgument ? std::atoi(itemsArgument) : 100'000;
        options.seed = 19;
        options.now = now;
        options.span = 365LL * 24 * 3600;
        if (auto written = sample::importSample(**ws, options); !written)
            fail(written.error().message);
    }
    const ResponseTargets targets = (*ws)->settings().responseTargets().value();
    std::printf("sidebar counts:\n");
    auto views = (*ws)->savedViews().views();
    if (!views)
        fail(views.error().message);
    for (const SavedView& view : *views)
        timeCount(**ws, view.name, view.filter, now, targets);
    auto accounts = (*ws)->accounts().accounts();
    if (!accounts)
        fail(accounts.error().message);
    for (const Account& account : *accounts) {
        QueueFilter filter;
        filter.accountId = account.id;
        timeCount(**ws, account.handle, filter, now, targets);
    }
    std::printf("backlog (the report's open items by flag and age):\n");
    timeBacklog(**ws, QStringLiteral("all accounts"), {}, now, targets);
    for (const Account& account : *accounts) {
        ReportFilter filter;
        filter.accountIds = {account.id};
        timeBacklog(**ws, account.handle, filter, now, targets);
    }
    return 0;
}
