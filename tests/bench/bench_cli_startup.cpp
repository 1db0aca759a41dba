// SPDX-License-Identifier: GPL-3.0-or-later
// How soon a reading command prints its first line, side by side with the sqlite3 shell
// running the same query on the same file (goal: within 2x). Run:
// build/<preset>/tests/bench/bench_cli_startup --workspace PATH [--search WORDS] [--runs N]
#include "bench_arguments.h"
#include "store/queue_query.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace hearken;

namespace {

using hearken::bench::fail;
using hearken::bench::takeArgument;

const QString hearkenProgram = QStringLiteral(HEARKEN_EXECUTABLE);

// Milliseconds from starting the program to its first output, the best of `runs`.
double firstOutputMs(const QString& program, const QStringList& arguments, int runs)
{
    double best = 1e9;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForReadyRead(30'000))
            fail(QStringLiteral("%1 printed nothing: %2")
                     .arg(program, QString::fromLocal8Bit(process.readAllStandardError())));
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
        process.waitForFinished(30'000);
    }
    return best;
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

void compare(const char* label, const QStringList& hearkenArguments, const QString& path,
             const SqlStatement& statement, int runs)
{
    const double hearken = firstOutputMs(hearkenProgram, hearkenArguments, runs);
    const double shell = firstOutputMs(
        QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path, inlined(statement)}, runs);
    std::printf("  %-22s hearken %7.1f ms, sqlite3 shell %7.1f ms, ratio %.2f (goal <= 2)\n", label,
                hearken, shell, hearken / shell);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const char* workspace = takeArgument(argc, argv, "--workspace");
    if (!workspace)
        fail(QStringLiteral("Usage: bench_cli_startup --workspace PATH [--search WORDS] "
                            "[--runs N]"));
    const QString path = QString::fromLocal8Bit(workspace);
    const char* searchArgument = takeArgument(argc, argv, "--search");
    const QString search =
        searchArgument ? QString::fromLocal8Bit(searchArgument) : QStringLiteral("coffee");
    const char* runsArgument = takeArgument(argc, argv, "--runs");
    const int runs = runsArgument ? std::max(1, std::atoi(runsArgument)) : 5;
    ResponseTargets targets;
    {
        auto ws = Workspace::open(path, OpenMode::ReadOnly);
        if (!ws)
            fail(ws.error().message);
        targets = (*ws)->settings().responseTargets().value();
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    std::printf("first output, best of %d runs:\n", runs);
    compare("queue --limit 50",
            {QStringLiteral("queue"), QStringLiteral("--limit"), QStringLiteral("50"),
             QStringLiteral("--workspace"), path},
            path, QueueQuery({}, now, targets).page(std::nullopt, 50), runs);
    QueueFilter searched;
    searched.search = search;
    compare("queue --search",
            {QStringLiteral("queue"), QStringLiteral("--search"), search, QStringLiteral("--limit"),
             QStringLiteral("50"), QStringLiteral("--workspace"), path},
            path, QueueQuery(searched, now, targets).page(std::nullopt, 50), runs);
    return 0;
}
