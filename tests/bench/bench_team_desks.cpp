// SPDX-License-Identifier: GPL-3.0-or-later
// Many desks on one team workspace at once: N processes each read the first page of the
// default view and act on an item of it (mark it done, add a note), again and again, while
// `hearken import-sample` ingests into the same database. Prints the first page's latency
// (p50, p95), actions per second and every error. Run:
//   build/<preset>/tests/bench/bench_team_desks --workspace postgresql://... [--desks 20]
//   [--seconds 30] [--ingest 20000]
// The workspace must hold items (load it with bench_team_import); the desks change it.
#include "bench_arguments.h"
#include "bench_percentile.h"
#include "store/queue_query.h"
#include "store/workspace.h"
#include "workflow/queue_actions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace hearken;
using namespace hearken::bench;

namespace {

constexpr int pageSize = 200;

// One desk, in a process of its own: prints "pages ACTIONS ERRORS" then one latency (ms) a
// line, and each error on standard error.
int runDesk(const QString& uri, int desk, int desks, int seconds)
{
    auto ws = Workspace::open(uri, OpenMode::MustExist);
    if (!ws) {
        std::fprintf(stderr, "desk %d: %s\n", desk, qPrintable(ws.error().message));
        return 1;
    }
    const QString person = QStringLiteral("desk%1").arg(desk);
    const auto now = [] { return QDateTime::currentSecsSinceEpoch(); };
    QueueActions actions((*ws)->queue(), person, now);
    const ResponseTargets targets = (*ws)->settings().responseTargets().value_or(ResponseTargets());
    QList<double> latencies;
    int acted = 0;
    int errors = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < qint64(seconds) * 1000) {
        QElapsedTimer read;
        read.start();
        auto page = (*ws)->queue().page(QueueQuery({}, now(), targets), std::nullopt, pageSize);
        latencies.append(double(read.nsecsElapsed()) / 1e6);
        if (!page || page->isEmpty()) {
            ++errors;
            std::fprintf(stderr, "desk %d: first page: %s\n", desk,
                         page ? "empty" : qPrintable(page.error().message));
            continue;
        }
        // Desks take different items of the page, as people on a team pick different ones.
        const qint64 item = page->at((desk + acted * desks) % page->size()).postId;
        auto done = actions.markDone({item});
        auto note = (*ws)->notes().add(item, person, QStringLiteral("checked"), now());
        if (!done || !note) {
            ++errors;
            std::fprintf(stderr, "desk %d: acting: %s\n", desk,
                         qPrintable(!done ? done.error().message : note.error().message));
            continue;
        }
        ++acted;
    }
    std::printf("%d %d\n", acted, errors);
    for (double ms : latencies)
        std::printf("%.3f\n", ms);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const char* desk = takeArgument(argc, argv, "--desk");
    const char* workspace = takeArgument(argc, argv, "--workspace");
    const char* desksArgument = takeArgument(argc, argv, "--desks");
    const char* secondsArgument = takeArgument(argc, argv, "--seconds");
    const char* ingestArgument = takeArgument(argc, argv, "--ingest");
    if (!workspace)
        fail(QStringLiteral("Usage: bench_team_desks --workspace postgresql://... [--desks N] "
                            "[--seconds S] [--ingest ITEMS]"));
    const QString uri = QString::fromLocal8Bit(workspace);
    const int desks = desksArgument ? std::atoi(desksArgument) : 20;
    const int seconds = secondsArgument ? std::atoi(secondsArgument) : 30;
    if (desk)
        return runDesk(uri, std::atoi(desk), desks, seconds);

    const QString self = QCoreApplication::applicationFilePath();
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int d = 0; d < desks; ++d) {
        auto process = std::make_unique<QProcess>();
        process->start(self,
                       {QStringLiteral("--desk"), QString::number(d), QStringLiteral("--workspace"),
                        uri, QStringLiteral("--desks"), QString::number(desks),
                        QStringLiteral("--seconds"), QString::number(seconds)});
        processes.push_back(std::move(process));
    }
    QProcess ingest;
    const int ingestItems = ingestArgument ? std::atoi(ingestArgument) : 20000;
    QElapsedTimer ingestTimer;
    ingestTimer.start();
    ingest.start(QStringLiteral(HEARKEN_EXECUTABLE),
                 {QStringLiteral("import-sample"), QString::number(ingestItems),
                  QStringLiteral("--workspace"), uri});

    QList<double> latencies;
    int actions = 0;
    int errors = 0;
    for (const auto& process : processes) {
        process->waitForFinished(-1);
        const QList<QByteArray> lines = process->readAllStandardOutput().split('\n');
        const QByteArray problems = process->readAllStandardError();
        if (!problems.isEmpty())
            std::printf("%s", problems.constData());
        if (process->exitCode() != 0 || lines.isEmpty()) {
            ++errors;
            continue;
        }
        const QList<QByteArray> counts = lines.first().split(' ');
        actions += counts.value(0).toInt();
        errors += counts.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines[i].isEmpty())
                latencies.append(lines[i].toDouble());
        }
    }
    ingest.waitForFinished(-1);
    const bool ingested = ingest.exitStatus() == QProcess::NormalExit && ingest.exitCode() == 0;
    std::printf("%d desks for %d s beside an ingest of %d items (%s, %.1f s):\n", desks, seconds,
                ingestItems, ingested ? "done" : "FAILED", double(ingestTimer.elapsed()) / 1e3);
    if (!ingested)
        std::printf("%s", ingest.readAllStandardError().constData());
    std::printf("  first page: %lld reads, p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                qint64(latencies.size()), percentile(latencies, 0.5), percentile(latencies, 0.95),
                percentile(latencies, 1.0));
    std::printf("  actions: %d (mark done + note) = %.1f actions/s\n", actions,
                double(actions) / seconds);
    std::printf("  errors: %d\n", errors + (ingested ? 0 : 1));
    return errors == 0 && ingested ? 0 : 1;
}
