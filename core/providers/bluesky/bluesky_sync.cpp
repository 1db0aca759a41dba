// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_sync.h"

#include "providers/bluesky/bluesky_mapping.h"
#include "providers/bluesky/bluesky_thread_walk.h"
#include "providers/bluesky/xrpc_answer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

namespace hearken::bluesky {

namespace {

QDateTime isoTime(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

QString isoText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The AppView pages notifications by sortAt alone: the next page holds what is strictly older
// than the cursor, which is the last notification's sortAt in ISO 8601 (IsoSortAtKey in
// packages/bsky/src/data-plane/server/db/pagination.ts). Notifications sharing that instant
// but left off the page would be skipped, so the next page is asked for from one millisecond
// later and what comes again is dropped by URI. When that brought no further (a page full of
// one instant), or the cursor is not a time, it is followed as it is.
QString overlappingCursor(const QString& cursor, const QString& previous)
{
    const QDateTime at = isoTime(cursor);
    if (!at.isValid() || cursor == previous)
        return cursor;
    return isoText(at.addMSecs(1));
}

QString earlier(const QString& a, const QString& b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return std::min(a, b);
}

} // namespace

struct Fetcher::Run {
    FetchState state;
    Progress progress;
    FetchProgress counts;
    FetchOutcome outcome;
    // Where the pass from the newest notification stops: a while below what was seen.
    QString stopAt;
    // The oldest notification read: how far back our own replies and likes are read.
    QString reach;
    // URIs in the batch, so that nothing is added twice.
    QSet<QString> known;
    std::shared_ptr<bool> alive;
};

// One walk down the notifications: from the newest (top) or from where an interrupted walk
// stopped, down to `until` (empty: to the end).
struct Fetcher::Pass {
    bool top = true;
    QString until;
    QString cursor;
    // The cursor the server sent last.
    QString serverCursor;
};

Fetcher::Fetcher(AtprotoSession& session, Account account, Limits limits, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_account(std::move(account))
    , m_limits(limits)
{}

Fetcher::~Fetcher()
{
    *m_alive = false;
}

void Fetcher::fetch(const FetchState& state, Progress progress, Done done)
{
    [](QCoro::Task<Result> walk, std::shared_ptr<bool> alive, Done answer) -> QCoro::Task<> {
        const Result result = co_await std::move(walk);
        if (*alive)
            answer(result);
    }(fetch(state, std::move(progress)), m_alive, std::move(done));
}

QCoro::Task<Fetcher::Result> Fetcher::fetch(FetchState state, Progress progress)
{
    m_cancelled = false;
    Run run;
    run.alive = m_alive;
    run.state = state;
    run.progress = std::move(progress);
    run.outcome.next = state;
    if (!state.seenUntil.isEmpty())
        run.stopAt = isoText(isoTime(state.seenUntil).addSecs(-m_limits.lateSeconds));
    const bool backfill =
        state.seenUntil.isEmpty() || (!state.resumeCursor.isEmpty() && state.resumeUntil.isEmpty());
    run.counts.phase = backfill ? QStringLiteral("backfill") : QStringLiteral("new");

    if (auto ended = co_await readNotifications(run))
        co_return *std::move(ended);
    if (auto ended = co_await describeQuotes(run))
        co_return *std::move(ended);
    if (auto ended = co_await walkThreads(run))
        co_return *std::move(ended);
    if (auto error = co_await readOwnActivity(run))
        co_return tl::unexpected(*std::move(error));
    if (*run.alive && m_cancelled) {
        run.outcome.next = run.state;
        run.outcome.cancelled = true;
    }
    co_return std::move(run.outcome);
}

void Fetcher::report(Run& run, const QString& phase)
{
    run.counts.phase = phase;
    run.counts.items = int(run.outcome.batch.items.size());
    if (run.progress)
        run.progress(run.counts);
}

Fetcher::Result Fetcher::interrupted(Run& run, const Pass& pass, std::optional<XrpcError> error)
{
    FetchState& next = run.outcome.next;
    next.resumeCursor = pass.cursor;
    const bool earlierPending = pass.top && !run.state.resumeCursor.isEmpty();
    next.resumeUntil = earlierPending ? run.state.resumeUntil : pass.until;
    run.outcome.cancelled = !error;
    run.outcome.interruptedBy = std::move(error);
    return std::move(run.outcome);
}

Fetcher::Result Fetcher::cancelledAfresh(Run& run)
{
    run.outcome.next = run.state;
    run.outcome.cancelled = true;
    return std::move(run.outcome);
}

QCoro::Task<std::optional<Fetcher::Result>> Fetcher::readNotifications(Run& run)
{
    Pass pass;
    pass.until = run.stopAt;
    for (;;) {
        QUrlQuery query{{QStringLiteral("limit"), QString::number(m_limits.pageSize)}};
        for (const char* reason : {"mention", "reply", "quote"})
            query.addQueryItem(QStringLiteral("reasons"), QLatin1String(reason));
        if (!pass.cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), pass.cursor);
        const XrpcResult result = co_await bluesky::ask(
            m_session, this, QStringLiteral("app.bsky.notification.listNotifications"), query);
        if (!*run.alive || !result) {
            if (run.counts.pages == 0 || !*run.alive)
                co_return tl::unexpected(result.error());
            co_return interrupted(run, pass, result.error());
        }
        const NotificationPage page = bluesky::notificationPage(*result, m_account);
        for (const InboundItem& item : page.items) {
            if (!run.known.contains(item.post.remoteId)) {
                run.known.insert(item.post.remoteId);
                run.outcome.batch.items.append(item);
            }
        }
        run.outcome.skipped += page.skipped;
        if (pass.top && page.newestIndexedAt > run.outcome.next.seenUntil)
            run.outcome.next.seenUntil = page.newestIndexedAt;
        run.reach = earlier(run.reach, page.oldestIndexedAt);
        ++run.counts.pages;
        report(run, run.counts.phase);

        // A page filtered down to nothing still says how far it got: its cursor.
        const QString position = !page.oldestIndexedAt.isEmpty()  ? page.oldestIndexedAt
                                 : isoTime(page.cursor).isValid() ? page.cursor
                                                                  : QString();
        const bool belowBound =
            !pass.until.isEmpty() && !position.isEmpty() && position < pass.until;
        const bool finished = page.cursor.isEmpty() || belowBound || page.cursor == pass.cursor;
        if (finished) {
            const bool resumePending = pass.top && !run.state.resumeCursor.isEmpty();
            if (m_cancelled) {
                // With every notification read, the rest of the run starts afresh.
                if (resumePending) {
                    run.outcome.cancelled = true;
                    co_return std::move(run.outcome);
                }
                co_return cancelledAfresh(run);
            }
            if (!resumePending) {
                run.outcome.next.resumeCursor.clear();
                run.outcome.next.resumeUntil.clear();
                co_return std::nullopt;
            }
            pass = Pass{false, run.state.resumeUntil, run.state.resumeCursor, {}};
            continue;
        }
        pass.cursor = overlappingCursor(page.cursor, pass.serverCursor);
        pass.serverCursor = page.cursor;
        if (m_cancelled)
            co_return interrupted(run, pass, std::nullopt);
    }
}

QCoro::Task<std::optional<Fetcher::Result>> Fetcher::describeQuotes(Run& run)
{
    // Notifications carry the quoting record only; the post views name what it quotes.
    static constexpr qsizetype batchSize = 25; // getPosts takes at most 25 URIs
    QList<InboundItem>& items = run.outcome.batch.items;
    qsizetype next = 0;
    for (;;) {
        QUrlQuery query;
        int uris = 0;
        for (; next < items.size() && uris < batchSize; ++next) {
            if (items[next].post.kind == PostKind::Quote) {
                query.addQueryItem(QStringLiteral("uris"), items[next].post.remoteId);
                ++uris;
            }
        }
        if (uris == 0)
            co_return std::nullopt;
        const XrpcResult result =
            co_await bluesky::ask(m_session, this, QStringLiteral("app.bsky.feed.getPosts"), query);
        if (!*run.alive || !result)
            co_return tl::unexpected(result.error());
        QHash<QString, QString> texts;
        for (const QJsonValue& view : result->value(QLatin1String("posts")).toArray()) {
            if (auto post = bluesky::postFromView(view.toObject(), m_account, PostKind::Quote))
                texts.insert(post->remoteId, post->text);
        }
        for (InboundItem& item : items) {
            if (texts.contains(item.post.remoteId))
                item.post.text = texts.value(item.post.remoteId);
        }
    }
}

QCoro::Task<std::optional<Fetcher::Result>> Fetcher::walkThreads(Run& run)
{
    const QStringList roots = bluesky::ourThreadRoots(run.outcome.batch.items, m_account);
    for (const QString& root : roots) {
        // The notifications are read again next time, and their threads walked.
        if (m_cancelled)
            co_return cancelledAfresh(run);
        const QUrlQuery query{{QStringLiteral("uri"), root},
                              {QStringLiteral("depth"), QString::number(m_limits.threadDepth)},
                              {QStringLiteral("parentHeight"), QStringLiteral("0")}};
        const XrpcResult result = co_await bluesky::ask(
            m_session, this, QStringLiteral("app.bsky.feed.getPostThread"), query);
        // A root that is gone (NotFound) leaves nothing to walk.
        if (!*run.alive || (!result && result.error().kind != XrpcError::Kind::Rejected))
            co_return tl::unexpected(result.error());
        if (result)
            bluesky::addThread(bluesky::threadPosts(*result, m_account), run.outcome.batch,
                               run.known);
        ++run.counts.pages;
        report(run, QStringLiteral("threads"));
    }
    if (m_cancelled)
        co_return cancelledAfresh(run);
    co_return std::nullopt;
}

QCoro::Task<std::optional<XrpcError>>
Fetcher::readPages(QString nsid, QUrlQuery query, std::function<bool(const QJsonObject&)> take)
{
    const std::shared_ptr<bool> alive = m_alive;
    for (;;) {
        const XrpcResult result = co_await bluesky::ask(m_session, this, nsid, query);
        if (!*alive || !result)
            co_return result.error();
        const QString cursor = result->value(QLatin1String("cursor")).toString();
        if (!take(*result) || cursor.isEmpty() || m_cancelled ||
            cursor == query.queryItemValue(QStringLiteral("cursor")))
            co_return std::nullopt;
        query.removeQueryItem(QStringLiteral("cursor"));
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    }
}

QCoro::Task<std::optional<XrpcError>> Fetcher::readOwnActivity(Run& run)
{
    // Our replies and likes, newest first, back to the oldest notification this run read: a
    // reply always comes after what it answers.
    const QString reach = earlier(run.reach, run.stopAt);
    const QUrlQuery feed{{QStringLiteral("actor"), m_account.remoteId},
                         {QStringLiteral("filter"), QStringLiteral("posts_with_replies")},
                         {QStringLiteral("limit"), QString::number(m_limits.pageSize)}};
    auto takeReplies = [this, &run, reach](const QJsonObject& page) {
        for (const OwnReply& reply : bluesky::ownReplies(page, m_account)) {
            if (!run.known.contains(reply.post.remoteId)) {
                run.known.insert(reply.post.remoteId);
                run.outcome.batch.ownReplies.append(reply);
            }
        }
        ++run.counts.pages;
        report(run, QStringLiteral("own"));
        const QJsonArray items = page.value(QLatin1String("feed")).toArray();
        const QString oldest = items.isEmpty() ? QString()
                                               : items.last()
                                                     .toObject()
                                                     .value(QLatin1String("post"))
                                                     .toObject()
                                                     .value(QLatin1String("indexedAt"))
                                                     .toString();
        return !reach.isEmpty() && oldest >= reach;
    };
    if (auto error =
            co_await readPages(QStringLiteral("app.bsky.feed.getAuthorFeed"), feed, takeReplies))
        co_return error;
    const QUrlQuery likeRecords{
        {QStringLiteral("repo"), m_account.remoteId},
        {QStringLiteral("collection"), QStringLiteral("app.bsky.feed.like")},
        {QStringLiteral("limit"), QString::number(m_limits.pageSize)}};
    const qint64 reachSeconds = bluesky::parseTime(reach);
    auto takeLikes = [this, &run, reach, reachSeconds](const QJsonObject& page) {
        const QList<OwnLike> likes = bluesky::ownLikes(page, m_account);
        run.outcome.batch.ownLikes += likes;
        return !reach.isEmpty() && !likes.isEmpty() && likes.last().at >= reachSeconds;
    };
    co_return co_await readPages(QStringLiteral("com.atproto.repo.listRecords"), likeRecords,
                                 takeLikes);
}
void Fetcher::fetchThread(const QString& postUri,
                          std::function<void(const tl::expected<QList<Post>, XrpcError>&)> done)
{
    QCoro::connect(m_session.query(QStringLiteral("app.bsky.feed.getPostThread"),
                                   QUrlQuery{{QStringLiteral("uri"), postUri}}),
                   this, [this, done = std::move(done)](const XrpcResult& result) {
                       if (!result)
                           done(tl::unexpected(result.error()));
                       else
                           done(bluesky::threadPosts(*result, m_account));
                   });
}

} // namespace hearken::bluesky
