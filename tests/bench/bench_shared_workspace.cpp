// SPDX-License-Identifier: GPL-3.0-or-later
// Stress for a workspace used from the window and the command line at once, many times over:
// each iteration a fresh workspace, one workspace_actor acting as the window does (two
// connections) while `hearken` runs queue, report, import-sample and sync in a loop; then two
// actors writing while an import of --import items runs. Prints what failed and how long
// things took. Run: build/<preset>/tests/bench/bench_shared_workspace [--iterations N]
// [--import ITEMS]
#include "support/shared_workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace hearken::testing;

namespace {

const QString hearkenProgram = QStringLiteral(HEARKEN_EXECUTABLE);
const QString workspaceActor = QStringLiteral(WORKSPACE_ACTOR);
constexpr int sampleItems = 2000;

int option(int argc, char** argv, const char* name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    }
    return fallback;
}

void report(const char* what, int iteration, const QStringList& problems)
{
    for (const QString& problem : problems)
        std::printf("  iteration %d, %s: %s\n", iteration, what, qPrintable(problem));
}

// A fresh workspace of `sampleItems` in `dir`, or an empty path after saying why not.
QString createWorkspace(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("stress.hearken"));
    const auto created = createSampleWorkspace(hearkenProgram, path, sampleItems);
    if (created.exitCode == 0)
        return path;
    std::fprintf(stderr, "could not create the workspace: %s\n", qPrintable(created.errors));
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = option(argc, argv, "--iterations", 20);
    const int importItems = option(argc, argv, "--import", 40000);
    int failedWindow = 0;
    int failedWriters = 0;
    int commandLineRuns = 0;
    qint64 slowestImportMs = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 1; i <= iterations; ++i) {
        QTemporaryDir first;
        const QString windowPath = createWorkspace(first);
        if (windowPath.isEmpty())
            return 1;
        const SharedRun window = windowBesideCommandLine(hearkenProgram, workspaceActor, windowPath,
                                                         sampleItems, {u"Sam"_qs, 0, 60, 30});
        report("window beside the command line", i, window.problems);
        failedWindow += window.problems.isEmpty() ? 0 : 1;
        commandLineRuns += window.commandLineRuns;

        QTemporaryDir second;
        const QString writersPath = createWorkspace(second);
        if (writersPath.isEmpty())
            return 1;
        const SharedRun writers =
            writersBesideImport(hearkenProgram, workspaceActor, writersPath, sampleItems,
                                {{u"Ana"_qs, 0, 100, 20}, {u"Bo"_qs, 300, 100, 20}}, importItems);
        report("writers beside an import", i, writers.problems);
        failedWriters += writers.problems.isEmpty() ? 0 : 1;
        slowestImportMs = std::max(slowestImportMs, writers.elapsedMs);
        std::printf("iteration %d: %s, %s (two writers beside an import of %d items: %lld ms)\n", i,
                    window.problems.isEmpty() ? "window ok" : "WINDOW FAILED",
                    writers.problems.isEmpty() ? "writers ok" : "WRITERS FAILED", importItems,
                    static_cast<long long>(writers.elapsedMs));
        std::fflush(stdout);
    }
    std::printf("%d iterations in %.1f s: %d command-line runs; window beside the command line "
                "failed %d times, writers beside an import failed %d times; slowest import "
                "beside writers %lld ms\n",
                iterations, double(total.elapsed()) / 1000.0, commandLineRuns, failedWindow,
                failedWriters, static_cast<long long>(slowestImportMs));
    return failedWindow + failedWriters == 0 ? 0 : 1;
}
