// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_sync.h"

#include "providers/bluesky/bluesky_mapping.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace hearken {

struct BlueskySync::Run {
    QString seenUntil;
    std::function<void(const BlueskySyncProgress&)> progress;
    Done done;
    QString cursor;
    BlueskySyncProgress counts;
    BlueskySyncOutcome outcome;
    // The newest notification of the first page: seen once the whole run has succeeded.
    QString pendingSeen;
};

BlueskySync::BlueskySync(AtprotoSession& session, Account account, Limits limits, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_account(std::move(account))
    , m_limits(limits)
{}

void BlueskySync::fetch(const QString& seenUntil,
                        std::function<void(const BlueskySyncProgress&)> progress, Done done)
{
    m_cancelled = false;
    auto run = std::make_shared<Run>();
    run->seenUntil = seenUntil;
    run->progress = std::move(progress);
    run->done = std::move(done);
    run->outcome.seenUntil = seenUntil;
    nextPage(run);
}

void BlueskySync::nextPage(std::shared_ptr<Run> run)
{
    QUrlQuery query{{QStringLiteral("limit"), QString::number(m_limits.pageSize)}};
    if (!run->cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), run->cursor);
    m_session.query(QStringLiteral("app.bsky.notification.listNotifications"), query,
                    [this, run](const XrpcResult& result) {
                        if (!result) {
                            run->done(tl::unexpected(result.error()));
                            return;
                        }
                        const NotificationPage page =
                            bluesky::notificationPage(*result, m_account, run->seenUntil);
                        run->outcome.batch.items += page.items;
                        run->outcome.skipped += page.skipped;
                        if (page.newestIndexedAt > run->outcome.seenUntil && run->counts.pages == 0)
                            run->pendingSeen = page.newestIndexedAt;
                        ++run->counts.pages;
                        run->counts.items += int(page.items.size());
                        if (run->progress)
                            run->progress(run->counts);
                        const bool more = !page.reachedSeen && !page.cursor.isEmpty() &&
                                          page.cursor != run->cursor &&
                                          run->counts.pages < m_limits.maxPages;
                        run->cursor = page.cursor;
                        if (m_cancelled) {
                            run->outcome.cancelled = true;
                            run->done(std::move(run->outcome));
                            return;
                        }
                        if (more)
                            nextPage(run);
                        else
                            describeQuotes(run, 0);
                    });
}

void BlueskySync::describeQuotes(std::shared_ptr<Run> run, qsizetype from)
{
    // Notifications carry the quoting record only; the post views name what it quotes.
    static constexpr qsizetype batchSize = 25; // getPosts takes at most 25 URIs
    QList<InboundItem>& items = run->outcome.batch.items;
    QUrlQuery query;
    qsizetype next = from;
    int uris = 0;
    for (; next < items.size() && uris < batchSize; ++next) {
        if (items[next].post.kind == PostKind::Quote) {
            query.addQueryItem(QStringLiteral("uris"), items[next].post.remoteId);
            ++uris;
        }
    }
    if (uris == 0) {
        fetchOwnActivity(run);
        return;
    }
    m_session.query(
        QStringLiteral("app.bsky.feed.getPosts"), query,
        [this, run, next](const XrpcResult& result) {
            if (!result) {
                run->done(tl::unexpected(result.error()));
                return;
            }
            QHash<QString, QString> texts;
            for (const QJsonValue& view : result->value(QLatin1String("posts")).toArray()) {
                if (auto post = bluesky::postFromView(view.toObject(), m_account, PostKind::Quote))
                    texts.insert(post->remoteId, post->text);
            }
            for (InboundItem& item : run->outcome.batch.items) {
                if (texts.contains(item.post.remoteId))
                    item.post.text = texts.value(item.post.remoteId);
            }
            describeQuotes(run, next);
        });
}

void BlueskySync::fetchPages(const QString& nsid, QUrlQuery query, int page,
                             std::function<bool(const QJsonObject&)> take,
                             std::function<void(std::optional<XrpcError>)> done)
{
    m_session.query(nsid, query,
                    [this, nsid, query, page, take = std::move(take),
                     done = std::move(done)](const XrpcResult& result) mutable {
                        if (!result) {
                            done(result.error());
                            return;
                        }
                        const QString cursor = result->value(QLatin1String("cursor")).toString();
                        const bool wantMore = take(*result);
                        if (!wantMore || cursor.isEmpty() || page + 1 >= m_limits.maxPages ||
                            cursor == query.queryItemValue(QStringLiteral("cursor"))) {
                            done(std::nullopt);
                            return;
                        }
                        query.removeQueryItem(QStringLiteral("cursor"));
                        query.addQueryItem(QStringLiteral("cursor"), cursor);
                        fetchPages(nsid, query, page + 1, std::move(take), std::move(done));
                    });
}

void BlueskySync::fetchOwnActivity(std::shared_ptr<Run> run)
{
    // Our replies and likes, newest first, back to what the last sync saw.
    const QUrlQuery feed{{QStringLiteral("actor"), m_account.remoteId},
                         {QStringLiteral("filter"), QStringLiteral("posts_with_replies")},
                         {QStringLiteral("limit"), QString::number(m_limits.pageSize)}};
    auto takeReplies = [this, run](const QJsonObject& page) {
        run->outcome.batch.ownReplies += bluesky::ownReplies(page, m_account);
        const QJsonArray items = page.value(QLatin1String("feed")).toArray();
        const QString oldest = items.isEmpty() ? QString()
                                               : items.last()
                                                     .toObject()
                                                     .value(QLatin1String("post"))
                                                     .toObject()
                                                     .value(QLatin1String("indexedAt"))
                                                     .toString();
        return run->seenUntil.isEmpty() || oldest > run->seenUntil;
    };
    fetchPages(QStringLiteral("app.bsky.feed.getAuthorFeed"), feed, 0, takeReplies,
               [this, run](std::optional<XrpcError> error) {
                   if (error) {
                       run->done(tl::unexpected(*error));
                       return;
                   }
                   const QUrlQuery likeRecords{
                       {QStringLiteral("repo"), m_account.remoteId},
                       {QStringLiteral("collection"), QStringLiteral("app.bsky.feed.like")},
                       {QStringLiteral("limit"), QString::number(m_limits.pageSize)}};
                   auto takeLikes = [this, run](const QJsonObject& page) {
                       const QList<OwnLike> likes = bluesky::ownLikes(page, m_account);
                       run->outcome.batch.ownLikes += likes;
                       return run->seenUntil.isEmpty() ||
                              (!likes.isEmpty() &&
                               likes.last().at >= bluesky::parseTime(run->seenUntil));
                   };
                   fetchPages(QStringLiteral("com.atproto.repo.listRecords"), likeRecords, 0,
                              takeLikes, [run](std::optional<XrpcError> likesError) {
                                  if (likesError) {
                                      run->done(tl::unexpected(*likesError));
                                      return;
                                  }
                                  if (!run->pendingSeen.isEmpty())
                                      run->outcome.seenUntil = run->pendingSeen;
                                  run->done(std::move(run->outcome));
                              });
               });
}

void BlueskySync::fetchThread(const QString& postUri,
                              std::function<void(const tl::expected<QList<Post>, XrpcError>&)> done)
{
    m_session.query(QStringLiteral("app.bsky.feed.getPostThread"),
                    QUrlQuery{{QStringLiteral("uri"), postUri}},
                    [this, done = std::move(done)](const XrpcResult& result) {
                        if (!result)
                            done(tl::unexpected(result.error()));
                        else
                            done(bluesky::threadPosts(*result, m_account));
                    });
}

} // namespace hearken
