// SPDX-License-Identifier: GPL-3.0-or-later
// How soon `hearken --version`, a queue page and a search print their first line, side by
// side with the sqlite3 shell doing the same (`sqlite3 -version`; the SELECTs hearken runs
// before its first line, on the same file); goal: within 2x. With --before, another hearken (say
// main's build) is timed the same way, for the before/after table. Each line shows the Qt floor
// too: bench_qt_floor, which loads Qt Core, makes its application object and runs the shell's
// statements with plain sqlite3 calls, the least any Qt program pays. Run:
// build/<preset>/tests/bench/bench_cli_startup --workspace PATH [--search WORDS] [--runs N]
//     [--before PROGRAM]
#include "bench_arguments.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/queue_query.h"
#include "store/sql.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>

using namespace hearken;

namespace {

using hearken::bench::fail;
using hearken::bench::takeArgument;

struct Timing {
    // From starting the program to its first output, the best of the runs.
    double firstOutputMs = 1e9;
    // Processor time (user and system) of one whole run, the least of the runs: what the
    // program costs whatever else the machine is doing.
    double cpuMs = 1e9;
};

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

Timing time(const QString& program, const QStringList& arguments, int runs)
{
    Timing timing;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        const double cpuBefore = childrenCpuMs();
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForReadyRead(30'000))
            fail(QStringLiteral("%1 printed nothing: %2")
                     .arg(program, QString::fromLocal8Bit(process.readAllStandardError())));
        timing.firstOutputMs = std::min(timing.firstOutputMs, double(timer.nsecsElapsed()) / 1e6);
        process.waitForFinished(30'000);
        timing.cpuMs = std::min(timing.cpuMs, childrenCpuMs() - cpuBefore);
    }
    return timing;
}

// The statement with its values written in, as one would type it into the shell.
QString inlined(const SqlStatement& statement)
{
    QString text = statement.text;
    qsizetype at = 0;
    for (const QVariant& value : statement.binds) {
        at = text.indexOf(u'?', at);
        const QString literal =
            value.typeId() == QMetaType::QString
                ? u'\'' + value.toString().replace(u'\'', QStringLiteral("''")) + u'\''
                : value.toString();
        text.replace(at, 1, literal);
        at += literal.size();
    }
    return text;
}

struct Programs {
    QString hearken = QStringLiteral(HEARKEN_EXECUTABLE);
    // Another build to compare with; empty for none.
    QString before;
    int runs = 5;
};

// What hearken is compared with: the sqlite3 shell's command line, and the same work for
// bench_qt_floor.
struct Reference {
    QStringList shell;
    QStringList floor;
};

Timing best(const QString& program, const QList<QStringList>& runs, int times)
{
    Timing fastest;
    for (const QStringList& arguments : runs) {
        const Timing timing = time(program, arguments, times);
        fastest.firstOutputMs = std::min(fastest.firstOutputMs, timing.firstOutputMs);
        fastest.cpuMs = std::min(fastest.cpuMs, timing.cpuMs);
    }
    return fastest;
}

void compare(const Programs& programs, const char* label, const QStringList& hearkenArguments,
             const QList<Reference>& references)
{
    // The shell's best way, and the Qt floor's.
    QList<QStringList> shellRuns, floorRuns;
    for (const Reference& reference : references) {
        shellRuns << reference.shell;
        floorRuns << reference.floor;
    }
    const Timing shell = best(QStringLiteral("sqlite3"), shellRuns, programs.runs);
    const auto print = [&](const char* which, const Timing& timing) {
        std::printf("  %-18s %-7s %6.1f ms (cpu %5.1f), sqlite3 shell %6.1f ms (cpu %5.1f), "
                    "ratio %5.2f (goal <= 2)\n",
                    label, which, timing.firstOutputMs, timing.cpuMs, shell.firstOutputMs,
                    shell.cpuMs, timing.firstOutputMs / shell.firstOutputMs);
    };
    print("Qt floor", best(QStringLiteral(QT_FLOOR_EXECUTABLE), floorRuns, programs.runs));
    if (!programs.before.isEmpty())
        print("before", time(programs.before, hearkenArguments, programs.runs));
    print(programs.before.isEmpty() ? "hearken" : "after",
          time(programs.hearken, hearkenArguments, programs.runs));
}

// The shell has no hearken_search_match(), which reads the posts the search index does not hold
// yet; main() makes sure there are none, and the shell gets coalesce() in its place, which then
// never runs either.
QString withoutHearkenFunctions(QString statement)
{
    return statement.replace(QStringLiteral("hearken_search_match("), QStringLiteral("coalesce("));
}

// Reads `path`, runs `before` without printing, then prints what `statement` selects.
Reference reading(const QString& path, const std::optional<SqlStatement>& before,
                  const SqlStatement& statement)
{
    Reference reference;
    reference.shell << QStringLiteral("-readonly") << path;
    reference.floor << path;
    if (before) {
        const QString text = withoutHearkenFunctions(inlined(*before));
        reference.shell << QStringLiteral(".output /dev/null") << text
                        << QStringLiteral(".output stdout");
        reference.floor << text;
    }
    const QString text = withoutHearkenFunctions(inlined(statement));
    reference.shell << text;
    reference.floor << text;
    return reference;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const char* workspace = takeArgument(argc, argv, "--workspace");
    if (!workspace)
        fail(QStringLiteral("Usage: bench_cli_startup --workspace PATH [--search WORDS] "
                            "[--runs N] [--before PROGRAM]"));
    const QString path = QString::fromLocal8Bit(workspace);
    const char* searchArgument = takeArgument(argc, argv, "--search");
    const QString search =
        searchArgument ? QString::fromLocal8Bit(searchArgument) : QStringLiteral("coffee");
    Programs programs;
    if (const char* runs = takeArgument(argc, argv, "--runs"))
        programs.runs = std::max(1, std::atoi(runs));
    if (const char* before = takeArgument(argc, argv, "--before"))
        programs.before = QString::fromLocal8Bit(before);
    ResponseTargets targets;
    {
        auto ws = Workspace::open(path, OpenMode::ReadOnly);
        if (!ws)
            fail(ws.error().message);
        targets = (*ws)->settings().responseTargets().value();
        auto waiting = sql::exec((*ws)->database().connection(),
                                 QStringLiteral("SELECT count(*) FROM posts_search_pending"));
        if (!waiting || !waiting->next() || waiting->value(0).toLongLong() != 0)
            fail(QStringLiteral("%1 has posts waiting for the search index: open it once in "
                                "Hearken, or run hearken sync, and let it index them")
                     .arg(path));
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Dialect& sqlite = Dialect::of(Engine::Sqlite);
    std::printf("first output, best of %d runs; cpu: the least processor time of a whole run\n",
                programs.runs);
    compare(programs, "--version", {QStringLiteral("--version")},
            {{{QStringLiteral("-version")}, {}}});
    compare(
        programs, "queue --limit 50",
        {QStringLiteral("queue"), QStringLiteral("--limit"), QStringLiteral("50"),
         QStringLiteral("--workspace"), path},
        {reading(path, std::nullopt, QueueQuery({}, now, targets).page(sqlite, std::nullopt, 50))});
    // Hearken counts the matches first, to choose how to read the page; the shell gets the
    // same count and whichever way is faster for it.
    QueueFilter searched;
    searched.search = search;
    const QueueQuery query(searched, now, targets);
    compare(programs, "queue --search",
            {QStringLiteral("queue"), QStringLiteral("--search"), search, QStringLiteral("--limit"),
             QStringLiteral("50"), QStringLiteral("--workspace"), path},
            {reading(path, query.searchMatchCount(sqlite),
                     query.page(sqlite, std::nullopt, 50, SearchPlan::FromMatches)),
             reading(path, query.searchMatchCount(sqlite),
                     query.page(sqlite, std::nullopt, 50, SearchPlan::InQueueOrder))});
    return 0;
}
