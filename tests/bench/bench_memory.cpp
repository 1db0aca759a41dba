// SPDX-License-Identifier: GPL-3.0-or-later
// Peak resident memory (mapped file pages included) of the window and the commands on one
// workspace (goal: 200 MB or less at a million items). Each runs as its own process; the
// window runs on the offscreen platform and is measured once it has settled. Run:
// build/<preset>/tests/bench/bench_memory --workspace PATH [--window-seconds N]
#include "bench_arguments.h"

#include <QDate>
#include <QFile>
#include <QString>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using hearken::bench::takeArgument;

const QString hearkenProgram = QStringLiteral(HEARKEN_EXECUTABLE);

pid_t start(const QStringList& arguments)
{
    // What this process has printed must not be printed again by the child.
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid != 0)
        return pid;
    QList<QByteArray> owned{hearkenProgram.toLocal8Bit()};
    for (const QString& argument : arguments)
        owned << argument.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& a : owned)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    if (FILE* quiet = std::freopen("/dev/null", "w", stdout); !quiet)
        _exit(127);
    execv(argv[0], argv.data());
    _exit(127);
}

// Peak resident set in MB of a command run to its end.
double commandPeakMb(const QStringList& arguments)
{
    const pid_t pid = start(arguments);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "hearken %s failed\n", qPrintable(arguments.join(u' ')));
        std::exit(1);
    }
    return double(usage.ru_maxrss) / 1024.0;
}

// The window's peak resident set in MB, read from /proc once it has run for `seconds`.
double windowPeakMb(const QString& workspace, int seconds)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    const pid_t pid = start({QStringLiteral("--workspace"), workspace});
    sleep(unsigned(seconds));
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    double peak = -1;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    kill(pid, SIGTERM);
    int exitStatus = 0;
    waitpid(pid, &exitStatus, 0);
    return peak;
}

} // namespace

int main(int argc, char** argv)
{
    const char* workspaceArgument = takeArgument(argc, argv, "--workspace");
    if (!workspaceArgument) {
        std::fprintf(stderr, "Usage: bench_memory --workspace PATH [--window-seconds N]\n");
        return 2;
    }
    const QString workspace = QString::fromLocal8Bit(workspaceArgument);
    const char* secondsArgument = takeArgument(argc, argv, "--window-seconds");
    const int seconds = secondsArgument ? std::max(1, std::atoi(secondsArgument)) : 20;
    const QString to = QDate::currentDate().toString(Qt::ISODate);
    const QString from = QDate::currentDate().addDays(-89).toString(Qt::ISODate);
    const QString w = QStringLiteral("--workspace");
    std::printf("peak resident memory (mapped pages included), goal <= 200 MB:\n");
    const auto print = [](const char* label, double mb) {
        std::printf("  %-28s %7.1f MB\n", label, mb);
    };
    print("queue --limit 50", commandPeakMb({QStringLiteral("queue"), QStringLiteral("--limit"),
                                             QStringLiteral("50"), w, workspace}));
    print("queue --search refund",
          commandPeakMb({QStringLiteral("queue"), QStringLiteral("--search"),
                         QStringLiteral("refund"), w, workspace}));
    print("report (90 days, json)",
          commandPeakMb({QStringLiteral("report"), QStringLiteral("--from"), from,
                         QStringLiteral("--to"), to, QStringLiteral("--format"),
                         QStringLiteral("json"), w, workspace}));
    print("report (90 days, pdf)",
          commandPeakMb({QStringLiteral("report"), QStringLiteral("--from"), from,
                         QStringLiteral("--to"), to, QStringLiteral("--format"),
                         QStringLiteral("pdf"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                         w, workspace}));
    print("sync", commandPeakMb({QStringLiteral("sync"), w, workspace}));
    print("window (offscreen)", windowPeakMb(workspace, seconds));
    return 0;
}
