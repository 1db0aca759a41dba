// SPDX-License-Identifier: GPL-3.0-or-later
// How soon a change on one desk reaches the others: N listening desk processes (each opens the
// team workspace, listens with RemoteChanges and reads the changed rows as the queue's model
// does) while one actor desk process marks done, assigns and notes items at a steady pace.
// The actor prints "<post id> <commit time µs>" after each commit, each listener "<post id>
// <time µs>" when it has read the changed row (one monotonic clock: one machine); this parent
// joins them and prints p50/p95/max over every delivery and the deliveries lost (must be 0).
// Run against a throwaway cluster:
//   build/<preset>/tests/bench/bench_team_live --workspace postgresql://... [--desks 20]
//   [--actions 1000] [--pace-ms 20]
// The bench adds the sample items it acts on (three for every action: about half are open).
#include "bench_arguments.h"
#include "bench_percentile.h"
#include "composition/composition.h"
#include "sample/sample_importer.h"
#include "store/queue_query.h"
#include "store/remote_changes.h"
#include "store/workspace.h"
#include "workflow/queue_actions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

using namespace hearken;
using namespace hearken::bench;

namespace {

qint64 microseconds()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::unique_ptr<Workspace> openDesk(const QString& uri)
{
    auto ws = Workspace::open(uri, OpenMode::MustExist);
    if (!ws)
        fail(ws.error().message);
    return std::move(*ws);
}

QueueQuery everyState()
{
    QueueFilter all;
    all.states.clear();
    return QueueQuery(all, QDateTime::currentSecsSinceEpoch(), {});
}

// A listening desk: prints "ready" once it listens, then a line per changed row it read,
// until it has seen `expected` rows (or the parent stops it).
int runListener(const QString& uri, int expected)
{
    auto ws = openDesk(uri);
    RemoteChanges live(ws->database(), ws->changes());
    QSet<qint64> seen;
    QObject::connect(&live, &RemoteChanges::listening, [] {
        std::printf("ready\n");
        std::fflush(stdout);
    });
    QObject::connect(&ws->changes(), &ChangeNotifier::itemsChanged, [&](const QList<qint64>& ids) {
        auto rows = ws->queue().matching(everyState(), ids);
        const qint64 now = microseconds();
        if (!rows) {
            std::fprintf(stderr, "%s\n", qPrintable(rows.error().message));
            return;
        }
        for (const QueueItem& row : std::as_const(*rows)) {
            if (!seen.contains(row.postId)) {
                seen.insert(row.postId);
                std::printf("%lld %lld\n", row.postId, now);
            }
        }
        std::fflush(stdout);
        if (seen.size() >= expected)
            QCoreApplication::quit();
    });
    live.start();
    return QCoreApplication::exec();
}

// The acting desk: one action a `paceMs` on a different open item each, done, assign and note
// in turn; "<post id> <commit time>" after each.
int runActor(const QString& uri, int count, int paceMs)
{
    auto ws = openDesk(uri);
    auto page = ws->queue().page(QueueQuery({}, QDateTime::currentSecsSinceEpoch(), {}),
                                 std::nullopt, count);
    if (!page || page->size() < count)
        fail(QStringLiteral("The actor needs %1 open items.").arg(count));
    QueueActions actions(ws->queue(), QStringLiteral("actor"),
                         [] { return QDateTime::currentSecsSinceEpoch(); });
    const qint64 bo = ws->accounts().teammate(QStringLiteral("Bo")).value();
    const qint64 start = microseconds();
    for (int i = 0; i < count; ++i) {
        const qint64 item = page->at(i).postId;
        bool acted = false;
        switch (i % 3) {
        case 0:
            acted = actions.markDone({item}).has_value();
            break;
        case 1:
            acted = actions.assign({item}, bo, QStringLiteral("Bo")).has_value();
            break;
        default:
            acted = ws->notes()
                        .add(item, QStringLiteral("actor"), QStringLiteral("seen"),
                             QDateTime::currentSecsSinceEpoch())
                        .has_value();
        }
        if (!acted)
            fail(QStringLiteral("The actor's action %1 failed.").arg(i));
        std::printf("%lld %lld\n", item, microseconds());
        const qint64 next = start + qint64(i + 1) * paceMs * 1000;
        if (const qint64 wait = next - microseconds(); wait > 0)
            QThread::usleep(quint64(wait));
    }
    std::fflush(stdout);
    return 0;
}

QHash<qint64, qint64> timesOf(const QByteArray& output)
{
    QHash<qint64, qint64> times;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 2)
            times.insert(fields[0].toLongLong(), fields[1].toLongLong());
    }
    return times;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const char* workspace = takeArgument(argc, argv, "--workspace");
    if (!workspace)
        fail(QStringLiteral("Usage: bench_team_live --workspace postgresql://... [--desks N] "
                            "[--actions N] [--pace-ms MS]"));
    const QString uri = QString::fromLocal8Bit(workspace);
    const auto number = [&](const char* name, int fallback) {
        const char* given = takeArgument(argc, argv, name);
        return given ? std::atoi(given) : fallback;
    };
    const int desks = number("--desks", 20);
    const int count = number("--actions", 1000);
    const int paceMs = number("--pace-ms", 20);
    if (takeArgument(argc, argv, "--listen"))
        return runListener(uri, count);
    if (takeArgument(argc, argv, "--act"))
        return runActor(uri, count, paceMs);

    {
        auto ws = Workspace::open(uri);
        if (!ws)
            fail(ws.error().message);
        sample::ImportOptions options;
        options.networks = shippedProviders().sampleStyles();
        options.count = 3 * count;
        options.now = QDateTime::currentSecsSinceEpoch();
        if (auto written = sample::importSample(**ws, options); !written)
            fail(written.error().message);
    }
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList common{QStringLiteral("--workspace"), uri,
                             QStringLiteral("--actions"),   QString::number(count),
                             QStringLiteral("--pace-ms"),   QString::number(paceMs)};
    std::vector<std::unique_ptr<QProcess>> listeners;
    for (int d = 0; d < desks; ++d) {
        auto listener = std::make_unique<QProcess>();
        listener->start(self,
                        QStringList{QStringLiteral("--listen"), QStringLiteral("1")} + common);
        // Each listens before the actor starts.
        while (!listener->canReadLine() && listener->waitForReadyRead(30'000)) {
        }
        if (listener->readLine().trimmed() != "ready")
            fail(QStringLiteral("Desk %1 did not start listening: %2")
                     .arg(d)
                     .arg(QString::fromLocal8Bit(listener->readAllStandardError())));
        listeners.push_back(std::move(listener));
    }
    QProcess actor;
    actor.start(self, QStringList{QStringLiteral("--act"), QStringLiteral("1")} + common);
    actor.waitForFinished(-1);
    if (actor.exitCode() != 0)
        fail(QString::fromLocal8Bit(actor.readAllStandardError()));
    const QHash<qint64, qint64> committed = timesOf(actor.readAllStandardOutput());

    // What has not arrived this long after the last action is lost.
    constexpr int graceMs = 10'000;
    QDeadlineTimer grace(graceMs);
    QList<double> latencies;
    qint64 lost = 0;
    for (const auto& listener : listeners) {
        if (!listener->waitForFinished(int(grace.remainingTime()))) {
            listener->kill();
            listener->waitForFinished(-1);
        }
        const QByteArray problems = listener->readAllStandardError();
        if (!problems.isEmpty())
            std::printf("%s", problems.constData());
        const QHash<qint64, qint64> seen = timesOf(listener->readAllStandardOutput());
        for (auto commit = committed.cbegin(); commit != committed.cend(); ++commit) {
            const auto at = seen.constFind(commit.key());
            if (at == seen.cend())
                ++lost;
            else
                latencies.append(double(at.value() - commit.value()) / 1e3);
        }
    }
    std::printf("%d actions (done, assign, note) one every %d ms, %d listening desks:\n", count,
                paceMs, desks);
    std::printf("  commit to row read on another desk: %lld deliveries, p50 %.2f ms, p95 %.2f ms, "
                "max %.2f ms\n",
                qint64(latencies.size()), percentile(latencies, 0.5), percentile(latencies, 0.95),
                percentile(latencies, 1.0));
    std::printf("  lost: %lld\n", lost);
    return lost == 0 ? 0 : 1;
}
