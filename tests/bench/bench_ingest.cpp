// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest side by side with SQLite's own rate: the same generated sample batches written once
// by Hearken's ingest writer and once by a minimal loader (plain sqlite3 prepared statements)
// into the same schema with the same pragmas and the same transaction size. Prints items/s of
// both and their ratio. Hearken's search indexer (which the minimal loader's transactions do
// inline) runs after the ingest and is timed on its own. Run:
// build/<preset>/tests/bench/bench_ingest [--items N] [--per-transaction N] (defaults 100000
// and 5000, about what import-sample's transactions of 200 ms come to here). Generating the
// rows is not timed.
#include "bench_arguments.h"
#include "composition/composition.h"
#include "sample/sample_generator.h"
#include "sample/sample_importer.h"
#include "store/database.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <sqlite3.h>

using namespace hearken;

namespace {

using hearken::bench::fail;
using hearken::bench::takeArgument;

constexpr int itemsPerBatch = 20000;

// Wall-clock time, and this process's CPU time: on a disk shared with other work the wall
// clock says more about the neighbours' writes than about the loader.
struct Timing {
    double wall = 0;
    double cpu = 0;
};

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

class Stopwatch {
public:
    Stopwatch()
        : m_cpu(cpuSeconds())
    {
        m_wall.start();
    }
    Timing elapsed() const { return {double(m_wall.nsecsElapsed()) / 1e9, cpuSeconds() - m_cpu}; }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

std::unique_ptr<Workspace> openWorkspace(const QString& path)
{
    auto ws = Workspace::open(path);
    if (!ws)
        fail(ws.error().message);
    return std::move(*ws);
}

sample::SampleTargets prepareTargets(Workspace& ws, qint64 now)
{
    auto targets = sample::prepareTargets(ws, shippedProviders().sampleStyles(), now);
    if (!targets)
        fail(targets.error().message);
    return *targets;
}

QList<IngestBatch> generate(const sample::SampleTargets& targets, int items, qint64 now)
{
    constexpr qint64 span = 365LL * 24 * 3600;
    sample::SampleGenerator generator(2026, shippedProviders().sampleStyles());
    QList<IngestBatch> batches;
    const int count = (items + itemsPerBatch - 1) / itemsPerBatch;
    for (int b = 0; b < count; ++b) {
        const int size = std::min(itemsPerBatch, items - b * itemsPerBatch);
        batches.append(
            generator.batch(targets, size, now - span * (count - 1 - b) / count, span / count));
    }
    return batches;
}

// Hearken's ingest, which leaves the search index to the indexer, and then the indexer.
struct HearkenTimings {
    Timing ingest;
    Timing indexing;
    int indexedPosts = 0;
};

HearkenTimings hearkenRun(const QString& path, const QList<IngestBatch>& batches,
                          int itemsPerTransaction)
{
    auto ws = openWorkspace(path);
    HearkenTimings timings;
    const Stopwatch ingest;
    IngestParts parts{itemsPerTransaction};
    for (const IngestBatch& batch : batches) {
        if (auto written = ws->ingest().writeInParts(batch, parts); !written)
            fail(written.error().message);
    }
    timings.ingest = ingest.elapsed();
    const Stopwatch indexing;
    auto indexed = ws->searchIndexer().indexAll();
    if (!indexed)
        fail(indexed.error().message);
    timings.indexing = indexing.elapsed();
    timings.indexedPosts = *indexed;
    return timings;
}

// The minimal loader: what SQLite itself needs to store the same rows. It knows its data,
// so each item's queue row is written with its answer and thanks in one statement.
class MinimalLoader {
public:
    MinimalLoader(const QString& path, int itemsPerTransaction)
        : m_itemsPerTransaction(itemsPerTransaction)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            fail(QStringLiteral("cannot open %1").arg(path));
        exec("PRAGMA foreign_keys = ON");
        exec("PRAGMA cache_size = -32768");
        exec("PRAGMA synchronous = NORMAL");
        exec("PRAGMA journal_mode = WAL");
        m_person = prepare("INSERT INTO people (network, remote_id, handle, display_name, "
                           "profile_url, bio, followers) VALUES (?, ?, ?, ?, ?, ?, ?)");
        m_post = prepare("INSERT INTO posts (account_id, network, remote_id, kind, author_id, "
                         "text, url, reply_to_remote_id, root_remote_id, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_queue = prepare("INSERT INTO queue (post_id, account_id, network, received_at, state, "
                          "snoozed_until, tone, tone_confidence, tone_source, is_question, "
                          "assignee_id, answered_at, reply_thanked_at, thanked_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_event = prepare("INSERT INTO events (post_id, at, actor, kind, detail) "
                          "VALUES (?, ?, ?, ?, ?)");
        m_tally = prepare("INSERT INTO queue_tally (key, state, account_id, network, tone, "
                          "is_question, answered_at, thanked_at, assignee_id, rank, n) SELECT "
                          "tally_key, state, account_id, network, tone, is_question, answered_at "
                          "IS NOT NULL OR NULL, thanked_at IS NOT NULL OR NULL, assignee_id, "
                          "rank, count(*) FROM queue WHERE post_id > ? GROUP BY tally_key ON "
                          "CONFLICT (key) DO UPDATE SET n = n + excluded.n");
        m_search = prepare("INSERT INTO posts_search (rowid, text, author) SELECT p.id, p.text, "
                           "au.handle || ' ' || au.display_name FROM posts p JOIN people au ON "
                           "au.id = p.author_id WHERE p.id > ? ORDER BY p.id");
    }
    ~MinimalLoader()
    {
        for (sqlite3_stmt* s : {m_person, m_post, m_queue, m_event, m_tally, m_search})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    void load(const IngestBatch& batch)
    {
        QHash<QString, QList<const OwnReply*>> replies;
        for (const OwnReply& reply : batch.ownReplies)
            replies[reply.post.replyToRemoteId].append(&reply);
        for (qsizetype start = 0; start < batch.items.size(); start += m_itemsPerTransaction) {
            exec("BEGIN IMMEDIATE");
            const qint64 lastId = sqlite3_last_insert_rowid(m_db);
            if (start == 0) {
                for (const Post& post : batch.context)
                    insertPost(post);
            }
            const qsizetype end = std::min(batch.items.size(), start + m_itemsPerTransaction);
            for (qsizetype i = start; i < end; ++i)
                insertItem(batch.items[i], replies.value(batch.items[i].post.remoteId));
            bindInt(m_tally, 1, lastId);
            run(m_tally);
            bindInt(m_search, 1, lastId);
            run(m_search);
            exec("COMMIT");
        }
    }

private:
    void insertItem(const InboundItem& item, const QList<const OwnReply*>& answers)
    {
        const qint64 postId = insertPost(item.post);
        std::optional<qint64> answeredAt, thankedAt;
        for (const OwnReply* reply : answers) {
            if (reply->post.createdAt < item.post.createdAt)
                continue;
            answeredAt =
                std::min(answeredAt.value_or(reply->post.createdAt), reply->post.createdAt);
            if (reply->expressesThanks)
                thankedAt =
                    std::min(thankedAt.value_or(reply->post.createdAt), reply->post.createdAt);
        }
        const Post& p = item.post;
        bindInt(m_queue, 1, postId);
        bindInt(m_queue, 2, p.accountId);
        bindText(m_queue, 3, p.network);
        bindInt(m_queue, 4, p.createdAt);
        bindText(m_queue, 5, itemStateName(item.state));
        bindOptional(m_queue, 6, item.snoozedUntil);
        if (item.tone)
            bindText(m_queue, 7, toneName(*item.tone));
        else
            sqlite3_bind_null(m_queue, 7);
        sqlite3_bind_double(m_queue, 8, item.toneConfidence);
        if (item.toneSource)
            bindText(m_queue, 9, toneSourceName(*item.toneSource));
        else
            sqlite3_bind_null(m_queue, 9);
        bindInt(m_queue, 10, item.isQuestion);
        bindOptional(m_queue, 11, item.assigneeId);
        bindOptional(m_queue, 12, answeredAt);
        bindOptional(m_queue, 13, thankedAt);
        bindOptional(m_queue, 14, thankedAt);
        run(m_queue);
        for (const OwnReply* reply : answers) {
            insertPost(reply->post);
            if (reply->post.createdAt < item.post.createdAt)
                continue;
            bindInt(m_event, 1, postId);
            bindInt(m_event, 2, reply->post.createdAt);
            bindText(m_event, 3, reply->post.author.handle);
            bindText(m_event, 4,
                     reply->expressesThanks ? QStringLiteral("thanked")
                                            : QStringLiteral("answered"));
            bindText(m_event, 5, reply->post.text.left(200));
            run(m_event);
        }
    }

    qint64 insertPost(const Post& post)
    {
        bindInt(m_post, 1, post.accountId);
        bindText(m_post, 2, post.network);
        bindText(m_post, 3, post.remoteId);
        bindText(m_post, 4, postKindName(post.kind));
        bindInt(m_post, 5, personId(post.author));
        bindText(m_post, 6, post.text);
        bindText(m_post, 7, post.url);
        bindText(m_post, 8, post.replyToRemoteId);
        bindText(m_post, 9, post.rootRemoteId);
        bindInt(m_post, 10, post.createdAt);
        run(m_post);
        return sqlite3_last_insert_rowid(m_db);
    }

    qint64 personId(const Person& p)
    {
        const QString key = p.network + u'\x1f' + p.remoteId;
        if (auto known = m_people.constFind(key); known != m_people.cend())
            return *known;
        bindText(m_person, 1, p.network);
        bindText(m_person, 2, p.remoteId);
        bindText(m_person, 3, p.handle);
        bindText(m_person, 4, p.displayName);
        bindText(m_person, 5, p.profileUrl);
        bindText(m_person, 6, p.bio);
        bindOptional(m_person, 7, p.followers);
        run(m_person);
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        m_people.insert(key, id);
        return id;
    }

    sqlite3_stmt* prepare(const char* text)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v3(m_db, text, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
            SQLITE_OK)
            fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return statement;
    }
    void exec(const char* text)
    {
        if (sqlite3_exec(m_db, text, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    void run(sqlite3_stmt* statement)
    {
        if (sqlite3_step(statement) != SQLITE_DONE)
            fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_reset(statement);
    }
    static void bindInt(sqlite3_stmt* s, int index, qint64 value)
    {
        sqlite3_bind_int64(s, index, value);
    }
    static void bindOptional(sqlite3_stmt* s, int index, const std::optional<qint64>& value)
    {
        if (value)
            sqlite3_bind_int64(s, index, *value);
        else
            sqlite3_bind_null(s, index);
    }
    static void bindText(sqlite3_stmt* s, int index, const QString& value)
    {
        sqlite3_bind_text16(s, index, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT);
    }

    const qsizetype m_itemsPerTransaction;
    sqlite3* m_db = nullptr;
    sqlite3_stmt *m_person = nullptr, *m_post = nullptr, *m_queue = nullptr, *m_event = nullptr,
                 *m_tally = nullptr, *m_search = nullptr;
    QHash<QString, qint64> m_people;
};

Timing minimalRun(const QString& path, const QList<IngestBatch>& batches, qint64 now,
                  int itemsPerTransaction)
{
    // The schema and the sample accounts, made by Hearken so that both start alike.
    prepareTargets(*openWorkspace(path), now);
    MinimalLoader loader(path, itemsPerTransaction);
    const Stopwatch timer;
    for (const IngestBatch& batch : batches)
        loader.load(batch);
    return timer.elapsed();
}

} // namespace

void printRate(const char* label, double count, const char* what, Timing t)
{
    std::printf("  %-26s %8.0f %s/s of CPU time (%.2f s), %8.0f %s/s of wall-clock time "
                "(%.2f s)\n",
                label, count / t.cpu, what, t.cpu, count / t.wall, what, t.wall);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const char* itemsArgument = takeArgument(argc, argv, "--items");
    const int items = itemsArgument ? std::atoi(itemsArgument) : 100'000;
    const char* perTransactionArgument = takeArgument(argc, argv, "--per-transaction");
    const int itemsPerTransaction =
        perTransactionArgument ? std::max(1, std::atoi(perTransactionArgument)) : 5000;
    // --dir puts the files somewhere else than the temporary folder (a RAM disk, say).
    const char* dirArgument = takeArgument(argc, argv, "--dir");
    QTemporaryDir dir(dirArgument ? QString::fromLocal8Bit(dirArgument) +
                                        QStringLiteral("/bench-ingest-XXXXXX")
                                  : QDir::tempPath() + QStringLiteral("/bench-ingest-XXXXXX"));
    if (!dir.isValid())
        fail(QStringLiteral("cannot make a folder for the workspaces"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    // The generated rows refer to the sample accounts' ids, the same in both files.
    const sample::SampleTargets targets =
        prepareTargets(*openWorkspace(dir.filePath(QStringLiteral("hearken"))), now);
    const QList<IngestBatch> batches = generate(targets, items, now);
    const Timing minimal =
        minimalRun(dir.filePath(QStringLiteral("minimal")), batches, now, itemsPerTransaction);
    const HearkenTimings hearken =
        hearkenRun(dir.filePath(QStringLiteral("hearken")), batches, itemsPerTransaction);
    const Timing both{hearken.ingest.wall + hearken.indexing.wall,
                      hearken.ingest.cpu + hearken.indexing.cpu};
    std::printf("ingest of %d sample items, %d per transaction\n", items, itemsPerTransaction);
    printRate("hearken ingest:", items, "items", hearken.ingest);
    printRate("hearken search indexer:", hearken.indexedPosts, "posts", hearken.indexing);
    printRate("hearken ingest + indexer:", items, "items", both);
    printRate("minimal loader:", items, "items", minimal);
    std::printf("  ratio hearken ingest / minimal: %.2f of CPU time, %.2f of wall-clock time "
                "(goal >= 0.80)\n",
                minimal.cpu / hearken.ingest.cpu, minimal.wall / hearken.ingest.wall);
    std::printf("  ratio hearken ingest + indexer / minimal: %.2f of CPU time, %.2f of "
                "wall-clock time\n",
                minimal.cpu / both.cpu, minimal.wall / both.wall);
    return 0;
}
