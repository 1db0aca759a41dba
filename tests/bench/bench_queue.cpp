// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace at scale: fills a workspace file with a million sample items, then times
// what a manager waits for. Run: build/<preset>/tests/bench/bench_queue [--items N]
// HEARKEN_BENCH_WORKSPACE=PATH keeps the filled workspace there and reuses it next time; a
// team workspace's URI (postgresql://...) is read as it is.
#include "bench_workspace.h"
#include "composition/composition.h"
#include "sample/sample_importer.h"
#include "store/queue_query.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <sys/resource.h>

using namespace hearken;

namespace {

QString workspacePath;
qint64 now = 0;
constexpr int pageSize = 200;

std::unique_ptr<Workspace> open()
{
    auto ws = Workspace::open(workspacePath);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        std::exit(1);
    }
    return std::move(*ws);
}

Workspace& shared()
{
    static std::unique_ptr<Workspace> ws = open();
    return *ws;
}

void firstPage(benchmark::State& state, const QueueFilter& filter)
{
    Workspace& ws = shared();
    const QueueQuery query(filter, now, ws.settings().responseTargets().value());
    qsizetype rows = 0;
    for (auto _ : state) {
        auto page = ws.queue().page(query, std::nullopt, pageSize);
        rows = page ? page->size() : -1;
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}

void count(benchmark::State& state, const QueueFilter& filter)
{
    Workspace& ws = shared();
    const QueueQuery query(filter, now, ws.settings().responseTargets().value());
    qint64 total = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(total = ws.queue().count(query).value_or(-1));
    state.counters["count"] = double(total);
}

void openAndFirstPage(benchmark::State& state)
{
    for (auto _ : state) {
        auto ws = open();
        auto page = ws->queue().page(QueueQuery({}, now, {}), std::nullopt, pageSize);
        benchmark::DoNotOptimize(page);
    }
}

QueueFilter withFlag(Flag flag)
{
    QueueFilter filter;
    filter.flag = flag;
    return filter;
}

void registerBenchmarks()
{
    QList<std::pair<std::string, QueueFilter>> filters;
    filters.append({"default", QueueFilter{}});
    filters.append({"unanswered_criticism", withFlag(Flag::UnansweredCriticism)});
    filters.append({"unanswered_question", withFlag(Flag::UnansweredQuestion)});
    filters.append({"unthanked_praise", withFlag(Flag::UnthankedPraise)});
    filters.append({"overdue", withFlag(Flag::Overdue)});
    QueueFilter f;
    f.states = {ItemState::Snoozed};
    filters.append({"state_snoozed", f});
    f.states = {ItemState::Done};
    filters.append({"state_done", f});
    f.states = {ItemState::Done, ItemState::Dismissed};
    filters.append({"state_done_or_dismissed", f});
    f.states.clear();
    filters.append({"all_states", f});
    f = {};
    f.network = QStringLiteral("bluesky");
    filters.append({"network", f});
    f = {};
    f.accountId = 2;
    filters.append({"account", f});
    f = {};
    f.tone = Tone::Praise;
    filters.append({"tone_praise", f});
    f = {};
    f.assigneeId = 1;
    filters.append({"assignee", f});
    f = {};
    f.assigneeId = 0;
    filters.append({"unassigned", f});
    f = {};
    f.network = QStringLiteral("mastodon");
    f.tone = Tone::Criticism;
    f.assigneeId = 3;
    filters.append({"network_tone_assignee", f});
    f = {};
    f.states.clear();
    f.search = QStringLiteral("malmo");
    filters.append({"search_accentless_all_states", f});
    f = {};
    f.search = QStringLiteral("crushed");
    filters.append({"search_open", f});
    f.search = QStringLiteral("order subscrip");
    filters.append({"search_prefix_two_words", f});

    benchmark::RegisterBenchmark("open_workspace_and_first_page", openAndFirstPage)
        ->Unit(benchmark::kMillisecond);
    for (const auto& [name, filter] : filters) {
        benchmark::RegisterBenchmark(("first_page/" + name).c_str(), firstPage, filter)
            ->Unit(benchmark::kMillisecond);
    }
    for (const auto& [name, filter] : filters) {
        benchmark::RegisterBenchmark(("count/" + name).c_str(), count, filter)
            ->Unit(benchmark::kMillisecond);
    }
}

int takeItemsArgument(int& argc, char** argv)
{
    int items = 1'000'000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--items") == 0) {
            items = std::atoi(argv[i + 1]);
            std::memmove(argv + i, argv + i + 2, sizeof(char*) * std::size_t(argc - i - 1));
            argc -= 2;
            break;
        }
    }
    return items;
}

void fill(int items)
{
    auto ws = open();
    sample::ImportOptions options;
    options.networks = shippedProviders().sampleStyles();
    options.count = items;
    options.seed = 2026;
    options.now = now;
    options.span = 365LL * 24 * 60 * 60;
    QElapsedTimer timer;
    timer.start();
    auto written = sample::importSample(*ws, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        std::exit(1);
    }
    std::printf("import: %d sample items in %.1f s = %.0f items/s (generate + ingest + commit)\n",
                *written, seconds, *written / seconds);
    // The searches below read the index, as they do once the workspace has rested.
    timer.restart();
    auto indexed = ws->searchIndexer().indexAll();
    if (!indexed) {
        std::fprintf(stderr, "%s\n", qPrintable(indexed.error().message));
        std::exit(1);
    }
    std::printf("search indexer: %d posts in %.1f s\n", *indexed,
                double(timer.nsecsElapsed()) / 1e9);
    std::printf("workspace file: %.0f MB\n", double(QFile(workspacePath).size()) / 1e6);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int items = takeItemsArgument(argc, argv);
    QTemporaryDir dir;
    workspacePath = qEnvironmentVariable("HEARKEN_BENCH_WORKSPACE",
                                         dir.filePath(QStringLiteral("bench.hearken")));
    now = QDateTime::currentSecsSinceEpoch();
    if (bench::reusesWorkspace(workspacePath))
        std::printf("reusing %s\n", qPrintable(workspacePath));
    else
        fill(items);
    registerBenchmarks();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident memory: %.0f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
