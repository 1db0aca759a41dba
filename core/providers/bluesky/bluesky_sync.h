// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/ingest_batch.h"
#include "providers/bluesky/atproto_session.h"

#include <QCoroTask>
#include <QObject>
#include <QSet>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace hearken::bluesky {

struct FetchProgress {
    // "backfill", "new", "threads", "own"
    QString phase;
    int pages = 0;
    int items = 0;
};

// Where the notification listing stands, kept between syncs (one cursor stream each).
struct FetchState {
    // The newest notification seen (its indexedAt, which the AppView sets to the post's sortAt).
    // Empty until the first sync: then the whole history is fetched.
    QString seenUntil;
    // An interrupted pass continues here next time, down to resumeUntil (empty: to the end).
    QString resumeCursor;
    QString resumeUntil;
};

struct FetchOutcome {
    IngestBatch batch;
    // What to store for the next sync.
    FetchState next;
    int skipped = 0;
    bool cancelled = false;
    // The error that stopped the notification pages after some had arrived: what arrived is
    // in the batch and `next` continues from there.
    std::optional<XrpcError> interruptedBy;
};

// Fetches what is new for one Bluesky account: mentions, replies and quotes from the
// notifications (the whole history when nothing was seen yet, following the cursor to its end;
// what is new otherwise), the replies deep in the account's threads that had activity, and the
// account's own replies and likes, from any app, as far back as the notifications reached.
// A thread counts as active while a notification of it is among those read again (lateSeconds),
// so a deep reply that comes with no notification arrives while its thread is talked about.
class Fetcher : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int pageSize = 50;
        // How far below the newest notification seen an incremental sync reads again (seconds).
        // The AppView lists notifications by sortAt, the earlier of the post's createdAt and the
        // time it was indexed, so a post whose createdAt is older than what was seen (a client
        // that backdates, a slow relay) lands below it; re-read notifications are dropped by
        // URI. Replies in the account's threads arrive through the thread walk at any age.
        int lateSeconds = 24 * 3600;
        // How many reply levels below one of the account's posts the thread walk reads.
        int threadDepth = 1000;
    };
    Fetcher(AtprotoSession& session, Account account, Limits limits, QObject* parent = nullptr);
    ~Fetcher() override;

    using Result = tl::expected<FetchOutcome, XrpcError>;
    using Progress = std::function<void(const FetchProgress&)>;
    // One walk, top to bottom: the notifications, the quotes they name, the account's active
    // threads, our own replies and likes. If this object goes away meanwhile, the result is an
    // error and the awaiting coroutine must not touch it.
    QCoro::Task<Result> fetch(FetchState state, Progress progress);
    using Done = std::function<void(const Result&)>;
    void fetch(const FetchState& state, Progress progress, Done done);
    // Stops a running fetch after the page in flight; it reports cancelled, and the next fetch
    // continues where this one stopped.
    void cancel() { m_cancelled = true; }

    // The posts of the thread around `postUri`, for the thread pane.
    void fetchThread(const QString& postUri,
                     std::function<void(const tl::expected<QList<Post>, XrpcError>&)> done);

private:
    struct Run;
    struct Pass;
    // Each answers an error (or the end of a cancelled walk) when the walk stops there.
    QCoro::Task<std::optional<Result>> readNotifications(Run& run);
    QCoro::Task<std::optional<Result>> describeQuotes(Run& run);
    QCoro::Task<std::optional<Result>> walkThreads(Run& run);
    QCoro::Task<std::optional<XrpcError>> readOwnActivity(Run& run);
    // Follows a listing's cursor while `take` (given each page) wants more.
    QCoro::Task<std::optional<XrpcError>> readPages(QString nsid, QUrlQuery query,
                                                    std::function<bool(const QJsonObject&)> take);
    void report(Run& run, const QString& phase);
    // Where a walk interrupted in `pass` continues next time.
    Result interrupted(Run& run, const Pass& pass, std::optional<XrpcError> error);
    // The end of a cancelled walk after every notification was read: it starts afresh.
    Result cancelledAfresh(Run& run);

    AtprotoSession& m_session;
    Account m_account;
    Limits m_limits;
    bool m_cancelled = false;
    // Tells a walk resuming after this object is gone to touch nothing.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace hearken::bluesky
