// SPDX-License-Identifier: GPL-3.0-or-later
// `hearken team import` at scale: a solo workspace of N sample items moved into an empty team
// workspace, with the time each table took. Run:
//   build/<preset>/tests/bench/bench_team_import [--items N] [--team postgresql://...]
// Without --team, a throwaway PostgreSQL cluster is started for the run. The team database
// must hold no items. HEARKEN_BENCH_WORKSPACE=PATH reuses (or keeps) the solo workspace, as
// bench_queue does; bench_queue and bench_review then read the team database given to them
// the same way.
#include "bench_arguments.h"
#include "composition/composition.h"
#include "sample/sample_importer.h"
#include "store/workspace.h"
#include "store/workspace_import.h"
#include "support/postgres_cluster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace hearken;
using namespace hearken::bench;

namespace {

std::unique_ptr<Workspace> open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing)
{
    auto ws = Workspace::open(path, mode);
    if (!ws)
        fail(ws.error().message);
    return std::move(*ws);
}

void fill(const QString& path, int items)
{
    auto ws = open(path);
    sample::ImportOptions options;
    options.networks = shippedProviders().sampleStyles();
    options.count = items;
    options.seed = 2026;
    options.now = QDateTime::currentSecsSinceEpoch();
    options.span = 365LL * 24 * 60 * 60;
    QElapsedTimer timer;
    timer.start();
    auto written = sample::importSample(*ws, options);
    if (!written)
        fail(written.error().message);
    std::printf("solo workspace: %d sample items made in %.1f s\n", *written,
                double(timer.elapsed()) / 1e3);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const char* items = takeArgument(argc, argv, "--items");
    const char* team = takeArgument(argc, argv, "--team");
    QTemporaryDir dir;
    const QString soloPath = qEnvironmentVariable("HEARKEN_BENCH_WORKSPACE",
                                                  dir.filePath(QStringLiteral("solo.hearken")));
    if (QFile::exists(soloPath))
        std::printf("reusing %s\n", qPrintable(soloPath));
    else
        fill(soloPath, items ? std::atoi(items) : 1'000'000);

    std::unique_ptr<testing::PostgresCluster> cluster;
    QString teamUri = team ? QString::fromLocal8Bit(team) : QString();
    if (teamUri.isEmpty()) {
        QString error;
        cluster = testing::PostgresCluster::start(error);
        if (!cluster || !cluster->run(QStringLiteral("CREATE DATABASE bench_team"), error))
            fail(error);
        teamUri = cluster->uri(QStringLiteral("bench_team"));
        std::printf("throwaway cluster (fsync off) on port %d\n", cluster->port());
    }

    auto solo = open(soloPath, OpenMode::MustExist);
    auto target = open(teamUri);
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer tableTimer;
    tableTimer.start();
    QString table;
    auto imported = importWorkspace(solo->database(), *target, [&](const ImportProgress& step) {
        if (step.table == table)
            return;
        if (!table.isEmpty())
            std::printf("  %-20s %8.1f s\n", qPrintable(table), double(tableTimer.elapsed()) / 1e3);
        table = step.table;
        tableTimer.restart();
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!imported)
        fail(imported.error().message);
    std::printf("  %-20s %8.1f s (with the commit and ANALYZE)\n", qPrintable(table),
                double(tableTimer.elapsed()) / 1e3);
    std::printf("team import: %lld items (%lld rows) in %.1f s = %.0f items/s, %.0f rows/s\n",
                imported->items, imported->rows, seconds, double(imported->items) / seconds,
                double(imported->rows) / seconds);
    return 0;
}
