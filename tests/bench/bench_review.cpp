// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's review at scale: the figures of a 90-day period (backlog, response record
// of the period and the one before, trends, repeated replies, follow-ups) and the audit CSV
// over the benchmark workspace. Run: build/<preset>/tests/bench/bench_review [--items N]
// HEARKEN_BENCH_WORKSPACE=PATH reuses (or keeps) the filled workspace, as bench_queue does; a
// team workspace's URI (postgresql://...) is read as it is.
#include "bench_workspace.h"
#include "composition/composition.h"
#include "report/report_builder.h"
#include "report/report_csv.h"
#include "sample/sample_importer.h"
#include "store/database.h"
#include "store/report_repository.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <ctime>

using namespace hearken;

namespace {

std::unique_ptr<Workspace> open(const QString& path)
{
    auto ws = Workspace::open(path);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        std::exit(1);
    }
    return std::move(*ws);
}

int takeItemsArgument(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--items") == 0)
            return std::atoi(argv[i + 1]);
    }
    return 1'000'000;
}

void fill(Workspace& ws, int items, qint64 now)
{
    sample::ImportOptions options;
    options.networks = shippedProviders().sampleStyles();
    options.count = items;
    options.seed = 2026;
    options.now = now;
    options.span = 365LL * 24 * 60 * 60;
    QElapsedTimer timer;
    timer.start();
    auto written = sample::importSample(ws, options);
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        std::exit(1);
    }
    std::printf("import: %d sample items in %.1f s\n", *written, double(timer.elapsed()) / 1e3);
}

// The newest item's day: the benchmark workspace may have been filled days ago.
qint64 newestItem(Workspace& ws)
{
    qint64 newest = 0;
    const ReportRepository repository(ws.database());
    // A year back is enough to find the newest of a workspace filled over a year.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto scanned = repository.scanItems({}, {now - 400LL * 24 * 3600, now + 1},
                                        [&newest](const ReportItemRow& row) {
                                            newest = std::max(newest, row.receivedAt);
                                            return true;
                                        });
    if (!scanned)
        std::exit(1);
    return newest;
}

// This process's CPU time: on a machine shared with other work, wall-clock time says more
// about the neighbours than about the report.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void printRun(const char* label, double ms, double cpu, const Report& report)
{
    std::printf("%-32s %6.0f ms (cpu %4.0f ms)  received %lld (previous %lld), first response "
                "median %lld s "
                "p90 %lld s, backlog open %lld, repeated replies %lld\n",
                label, ms, cpu, static_cast<long long>(report.record.received),
                static_cast<long long>(report.previousRecord.received),
                static_cast<long long>(report.record.firstResponse.median.value_or(-1)),
                static_cast<long long>(report.record.firstResponse.p90.value_or(-1)),
                static_cast<long long>(report.backlog.open),
                static_cast<long long>(report.repeatedReplies.size()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = qEnvironmentVariable("HEARKEN_BENCH_WORKSPACE",
                                              dir.filePath(QStringLiteral("bench.hearken")));
    const bool reuse = bench::reusesWorkspace(path);
    auto ws = open(path);
    if (reuse)
        std::printf("reusing %s\n", qPrintable(path));
    else
        fill(*ws, takeItemsArgument(argc, argv), QDateTime::currentSecsSinceEpoch());
    const qint64 now = newestItem(*ws) + 60;

    ReportSettings settings = ReportSettings::read(ws->settings()).value();
    settings.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    const QDate to = QDateTime::fromSecsSinceEpoch(now, settings.zone).date();
    ReportRequest request;
    request.from = to.addDays(-89);
    request.to = to;
    const ReportRepository repository(ws->database());

    // Where the time goes, query by query.
    const TimeSpan period = periodSpan(request.from, request.to, settings.zone);
    const TimeSpan both{
        periodSpan(previousPeriod(request.from, request.to).first, request.to, settings.zone)};
    auto timed = [](const char* label, const auto& work) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        const bool ok = work();
        std::printf("  %-30s %6.0f ms (cpu %4.0f ms)%s\n", label,
                    double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpuStart, ok ? "" : "  FAILED");
    };
    timed("scan items (both periods)", [&] {
        return repository.scanItems({}, both, [](const ReportItemRow&) { return true; })
            .has_value();
    });
    timed("dismissals", [&] { return repository.dismissals({}, period).has_value(); });
    timed("reopened", [&] { return repository.reopened({}, period).has_value(); });
    timed("backlog", [&] { return repository.backlog({}, now, settings.targets, 20).has_value(); });
    timed("follow-ups", [&] { return repository.followUps({}, period).has_value(); });
    timed("scan own replies", [&] {
        return repository.scanOwnReplies({}, period, [](const OwnReplyRow&) { return true; })
            .has_value();
    });

    timed("people's history", [&] {
        return repository.scanPersonEvents({}, period, [](const PersonEventRow&) { return true; })
            .has_value();
    });
    timed("waiting on whom", [&] { return repository.waitingOn({}).has_value(); });

    for (const bool businessHours : {false, true}) {
        settings.hours =
            businessHours ? WeeklyHours::parse(u"mon-fri 09:00-17:00").value() : WeeklyHours();
        const ReportBuilder builder(repository, settings, [&path] { return Database::open(path); });
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            auto report = builder.build(request, now);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            const double cpu = cpuMs() - cpuStart;
            if (!report) {
                std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
                return 1;
            }
            printRun(businessHours ? "90-day figures, business hours" : "90-day figures", ms, cpu,
                     *report);
        }
    }

    QFile csv(dir.filePath(QStringLiteral("audit.csv")));
    if (!csv.open(QIODevice::WriteOnly))
        return 1;
    QElapsedTimer timer;
    timer.start();
    auto rows = TimelineCsv::write(repository, request, settings, now, csv);
    if (!rows) {
        std::fprintf(stderr, "%s\n", qPrintable(rows.error()));
        return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("audit CSV of the 90 days: %lld rows, %.0f MB in %.1f s = %.0f rows/s\n",
                static_cast<long long>(*rows), double(csv.size()) / 1e6, seconds,
                double(*rows) / seconds);
    return 0;
}
