// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_syncer.h"

#include "net/json_body.h"
#include "net/link_header.h"
#include "providers/mastodon/mastodon_server_metadata.h"
#include "providers/mastodon/mastodon_stream.h"
#include "store/sync_state_repository.h"
#include "triage/gratitude.h"

#include <QCoreApplication>

namespace hearken::mastodon {

namespace {

// Cursor streams.
const QString newestMention = QStringLiteral("notifications.newest");
const QString backfillFrom = QStringLiteral("notifications.backfill_max_id");
const QString backfillDone = QStringLiteral("notifications.backfill_done");
const QString newestOwn = QStringLiteral("own.newest");
const QString newestFavourite = QStringLiteral("favourites.min_id");

// Statuses asked about per pass (the batch endpoint's own limit on Mastodon).
constexpr int statusesPerCheck = 20;
// Requests left to replies and the next pass when statuses are asked about one by one.
constexpr qint64 rateLimitReserve = 20;
// How old what the server said about itself may be before it is asked again.
constexpr qint64 traitsMaxAge = 24 * 60 * 60;

bool newer(const QString& a, const QString& b)
{
    // Ids grow with time in every form the servers use, and a longer one is the larger:
    // Mastodon's decimal snowflakes, GoToSocial's ULIDs (26 characters of Crockford base32)
    // and Akkoma's and Pleroma's FlakeIds (base62 in 0-9A-Za-z, or decimal for ids from before
    // them) all have their digits in ASCII order, so equal lengths compare as text.
    if (a.size() != b.size())
        return a.size() > b.size();
    return a > b;
}

} // namespace

Syncer::Syncer(Services services, const Account& account, const QString& accessToken,
               SyncLimits limits, QObject* parent)
    : AccountSyncer(parent)
    , m_services(std::move(services))
    , m_account(account)
    , m_client(m_services.http, QUrl(account.serverUrl), accessToken)
    , m_limits(limits)
{
    m_viewpoint.accountId = account.id;
    m_viewpoint.server = QUrl(account.serverUrl);
    m_viewpoint.ownAccountId = localId(account.remoteId, m_viewpoint.server).value_or(QString());
}

Syncer::~Syncer() = default;

void Syncer::sync(Done done)
{
    cancel();
    m_done = std::move(done);
    m_context = std::make_unique<QObject>();
    m_outcome = {};
    m_pages = 0;
    m_stored = 0;
    m_needThreads.clear();
    auto cursors = m_services.syncState.cursors(m_account.id);
    if (!cursors) {
        failStore(cursors.error().message);
        return;
    }
    m_cursors = *cursors;
    next(m_cursors.contains(backfillDone) ? &Syncer::incremental : &Syncer::backfill);
}

void Syncer::cancel()
{
    m_context.reset();
    if (auto done = std::exchange(m_done, nullptr)) {
        SyncOutcome cancelled = m_outcome;
        cancelled.kind = SyncOutcome::Kind::Cancelled;
        cancelled.message = tr("Sync was cancelled.");
        done(cancelled);
    }
}

void Syncer::next(Step step)
{
    if (m_context)
        (this->*step)();
}

QUrlQuery Syncer::pageQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("types[]"), QStringLiteral("mention"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limits.pageSize));
    return query;
}

void Syncer::report(const QString& phase)
{
    Q_EMIT progress({phase, m_outcome.fetched, m_stored});
}

IngestBatch Syncer::mentionBatch(const QList<Notification>& notifications)
{
    IngestBatch batch;
    for (const Notification& notification : notifications) {
        if (notification.type != u"mention" || !notification.status)
            continue;
        const Status& status = *notification.status;
        if (status.post.isOwn())
            continue;
        InboundItem item;
        item.post = status.post;
        batch.items.append(item);
        if (!status.post.replyToRemoteId.isEmpty())
            m_needThreads.append(status);
    }
    return batch;
}

bool Syncer::store(IngestBatch batch)
{
    if (m_services.classify)
        m_services.classify(batch);
    for (OwnReply& reply : batch.ownReplies)
        reply.expressesThanks = reply.expressesThanks || expressesGratitude(reply.post.text);
    auto written = m_services.ingest.write(batch);
    if (!written) {
        failStore(written.error().message);
        return false;
    }
    m_outcome.newItems += int(written->newItemIds.size());
    m_stored += int(batch.items.size());
    for (const CursorUpdate& cursor : std::as_const(batch.cursors))
        m_cursors.insert(cursor.stream, cursor.value);
    return true;
}

void Syncer::backfill()
{
    QUrlQuery query = pageQuery();
    if (m_cursors.contains(backfillFrom))
        query.addQueryItem(QStringLiteral("max_id"), m_cursors.value(backfillFrom));
    report(QStringLiteral("backfill"));
    m_client.get(QStringLiteral("/api/v1/notifications"), query, m_context.get(),
                 [this](const net::HttpResult& result) {
                     auto json = result ? net::jsonArray(*result) : tl::unexpected(result.error());
                     if (!json) {
                         fail(json.error());
                         return;
                     }
                     const QList<Notification> page =
                         readNotifications(*json, m_viewpoint, nullptr);
                     m_outcome.fetched += int(json->size());
                     IngestBatch batch = mentionBatch(page);
                     const auto links = net::parseLinkHeader(result->header("Link"), result->url);
                     if (!page.isEmpty() && !m_cursors.contains(newestMention))
                         batch.cursors.append({m_account.id, newestMention, page.first().id});
                     const bool last = page.isEmpty() || !links.contains(QStringLiteral("next"));
                     if (!page.isEmpty())
                         batch.cursors.append({m_account.id, backfillFrom, page.last().id});
                     if (last)
                         batch.cursors.append({m_account.id, backfillDone, QStringLiteral("1")});
                     if (!store(std::move(batch)))
                         return;
                     ++m_pages;
                     if (last) {
                         next(&Syncer::incremental);
                         return;
                     }
                     if (m_pages >= m_limits.backfillPages) {
                         // The rest of the history comes in the next passes.
                         next(&Syncer::incremental);
                         return;
                     }
                     next(&Syncer::backfill);
                 });
}

void Syncer::incremental()
{
    if (!m_cursors.contains(newestMention)) {
        next(&Syncer::ownStatuses);
        return;
    }
    QUrlQuery query = pageQuery();
    query.addQueryItem(QStringLiteral("min_id"), m_cursors.value(newestMention));
    report(QStringLiteral("new"));
    m_client.get(QStringLiteral("/api/v1/notifications"), query, m_context.get(),
                 [this](const net::HttpResult& result) {
                     auto json = result ? net::jsonArray(*result) : tl::unexpected(result.error());
                     if (!json) {
                         fail(json.error());
                         return;
                     }
                     const QList<Notification> page =
                         readNotifications(*json, m_viewpoint, nullptr);
                     m_outcome.fetched += int(json->size());
                     IngestBatch batch = mentionBatch(page);
                     QString newest = m_cursors.value(newestMention);
                     for (const Notification& n : page) {
                         if (newer(n.id, newest))
                             newest = n.id;
                     }
                     const bool moved = newest != m_cursors.value(newestMention);
                     if (moved)
                         batch.cursors.append({m_account.id, newestMention, newest});
                     if (!store(std::move(batch)))
                         return;
                     const bool more = moved && json->size() >= m_limits.pageSize;
                     next(more ? &Syncer::incremental : &Syncer::ownStatuses);
                 });
}

void Syncer::ownStatuses()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limits.pageSize));
    if (m_cursors.contains(newestOwn))
        query.addQueryItem(QStringLiteral("min_id"), m_cursors.value(newestOwn));
    report(QStringLiteral("own"));
    m_client.get(QStringLiteral("/api/v1/accounts/%1/statuses").arg(m_viewpoint.ownAccountId),
                 query, m_context.get(), [this](const net::HttpResult& result) {
                     auto json = result ? net::jsonArray(*result) : tl::unexpected(result.error());
                     if (!json) {
                         fail(json.error());
                         return;
                     }
                     const QList<Status> statuses = readStatuses(*json, m_viewpoint, nullptr);
                     m_outcome.fetched += int(json->size());
                     IngestBatch batch;
                     QString newest = m_cursors.value(newestOwn);
                     for (const Status& status : statuses) {
                         if (newer(status.localId, newest))
                             newest = status.localId;
                         if (!status.post.isOwn())
                             continue;
                         if (status.post.replyToRemoteId.isEmpty())
                             batch.context.append(status.post);
                         else
                             batch.ownReplies.append({status.post, false});
                     }
                     const bool moved = newest != m_cursors.value(newestOwn);
                     // The first time, the newest page is enough: older replies answer old items.
                     const bool paging = m_cursors.contains(newestOwn);
                     if (moved)
                         batch.cursors.append({m_account.id, newestOwn, newest});
                     if (!store(std::move(batch)))
                         return;
                     const bool more = moved && paging && json->size() >= m_limits.pageSize;
                     next(more ? &Syncer::ownStatuses : &Syncer::favourites);
                 });
}

void Syncer::favourites()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limits.pageSize));
    if (m_cursors.contains(newestFavourite))
        query.addQueryItem(QStringLiteral("min_id"), m_cursors.value(newestFavourite));
    report(QStringLiteral("likes"));
    m_client.get(QStringLiteral("/api/v1/favourites"), query, m_context.get(),
                 [this](const net::HttpResult& result) {
                     auto json = result ? net::jsonArray(*result) : tl::unexpected(result.error());
                     if (!json) {
                         fail(json.error());
                         return;
                     }
                     const QList<Status> liked = readStatuses(*json, m_viewpoint, nullptr);
                     m_outcome.fetched += int(json->size());
                     IngestBatch batch;
                     for (const Status& status : liked) {
                         batch.ownLikes.append({network, status.post.remoteId, m_account.handle,
                                                m_services.now(), false});
                     }
                     // Favourite ids are opaque: the server's "prev" link says where newer ones
                     // start.
                     const auto links = net::parseLinkHeader(result->header("Link"), result->url);
                     const QString minId = QUrlQuery(links.value(QStringLiteral("prev")))
                                               .queryItemValue(QStringLiteral("min_id"));
                     const bool moved =
                         !minId.isEmpty() && minId != m_cursors.value(newestFavourite);
                     if (moved)
                         batch.cursors.append({m_account.id, newestFavourite, minId});
                     if (!store(std::move(batch)))
                         return;
                     const bool more = moved && json->size() >= m_limits.pageSize;
                     next(more ? &Syncer::favourites : &Syncer::threads);
                 });
}

void Syncer::threads()
{
    while (!m_needThreads.isEmpty() && m_threadsFetched.contains(m_needThreads.first().localId))
        m_needThreads.removeFirst();
    if (m_needThreads.isEmpty() || m_threadsFetched.size() >= m_limits.contexts) {
        m_needThreads.clear();
        m_threadsFetched.clear();
        next(&Syncer::recheck);
        return;
    }
    const Status status = m_needThreads.takeFirst();
    m_threadsFetched.insert(status.localId);
    report(QStringLiteral("threads"));
    m_client.get(QStringLiteral("/api/v1/statuses/%1/context").arg(status.localId), {},
                 m_context.get(), [this](const net::HttpResult& result) {
                     if (!result && result.error().status == 404) {
                         next(&Syncer::threads);
                         return;
                     }
                     auto json = result ? net::jsonObject(*result) : tl::unexpected(result.error());
                     if (!json) {
                         fail(json.error());
                         return;
                     }
                     const Context context = readContext(*json, m_viewpoint, nullptr);
                     IngestBatch batch;
                     for (const Status& s : context.ancestors)
                         batch.context.append(s.post);
                     for (const Status& s : context.descendants) {
                         if (s.post.isOwn())
                             batch.ownReplies.append({s.post, false});
                         else
                             batch.context.append(s.post);
                     }
                     if (!store(std::move(batch)))
                         return;
                     next(&Syncer::threads);
                 });
}

void Syncer::recheck()
{
    if (m_services.now() - m_cursors.value(traitsCheckedAtKey).toLongLong() >= traitsMaxAge) {
        refreshTraits();
        return;
    }
    auto ids = m_services.syncState.recentOpenRemoteIds(m_account.id, m_limits.recheck);
    if (!ids) {
        failStore(ids.error().message);
        return;
    }
    QStringList local;
    for (const QString& id : std::as_const(*ids)) {
        if (auto own = localId(id, m_viewpoint.server))
            local.append(*own);
    }
    if (local.isEmpty()) {
        finish();
        return;
    }
    local = local.mid(0, statusesPerCheck);
    const QString parameter = m_cursors.value(batchStatusesKey, QStringLiteral("id"));
    if (parameter == noBatchStatuses) {
        recheckEach(local);
        return;
    }
    // GET /api/v1/statuses?id[]= (Mastodon 4.3; Akkoma and Pleroma spell it ids[]) answers the
    // ones that still exist.
    QUrlQuery query;
    for (const QString& id : std::as_const(local))
        query.addQueryItem(parameter + u"[]", id);
    report(QStringLiteral("check"));
    m_client.get(QStringLiteral("/api/v1/statuses"), query, m_context.get(),
                 [this, local](const net::HttpResult& result) {
                     auto json = result ? net::jsonArray(*result) : tl::unexpected(result.error());
                     if (!json && (json.error().kind == net::HttpError::Kind::Http ||
                                   json.error().kind == net::HttpError::Kind::Malformed)) {
                         // No batch endpoint here (an older Mastodon answers 404, GoToSocial
                         // too, Akkoma 500 for a parameter it does not know, some servers a
                         // page): ask one by one, and go straight to that until the server is
                         // asked about itself again.
                         IngestBatch remember;
                         remember.cursors.append({m_account.id, batchStatusesKey, noBatchStatuses});
                         if (store(std::move(remember)))
                             recheckEach(local);
                         return;
                     }
                     if (!json) {
                         fail(json.error());
                         return;
                     }
                     int skipped = 0;
                     const QList<Status> present = readStatuses(*json, m_viewpoint, &skipped);
                     if (skipped > 0) {
                         // An unreadable entry proves nothing about deletions.
                         finish();
                         return;
                     }
                     QSet<QString> alive;
                     IngestBatch batch;
                     for (const Status& s : present) {
                         alive.insert(s.localId);
                         if (s.edited)
                             batch.context.append(s.post);
                     }
                     for (const QString& id : local) {
                         if (!alive.contains(id))
                             batch.retired.append(
                                 {network, qualifiedId(id, m_viewpoint.server), m_services.now()});
                     }
                     if (!store(std::move(batch)))
                         return;
                     finish();
                 });
}

void Syncer::refreshTraits()
{
    // Asked once a day: the composer's limit, and whether (and how) the server fetches many
    // statuses at once. v2 first (Mastodon 4.0, GoToSocial), v1 where there is none (Akkoma).
    report(QStringLiteral("server"));
    auto keep = [this](const QJsonObject& instance) {
        IngestBatch batch;
        batch.cursors = traitCursors(m_account.id, readServerTraits(instance), m_services.now());
        if (store(std::move(batch)))
            next(&Syncer::recheck);
    };
    auto fallback = [this, keep](const net::HttpResult& v1) {
        auto json = v1 ? net::jsonObject(*v1) : tl::unexpected(v1.error());
        if (json) {
            keep(*json);
            return;
        }
        if (json.error().kind != net::HttpError::Kind::Http &&
            json.error().kind != net::HttpError::Kind::Malformed) {
            fail(json.error());
            return;
        }
        // A server that will not say keeps Hearken's defaults until tomorrow.
        keep(QJsonObject());
    };
    m_client.get(QStringLiteral("/api/v2/instance"), {}, m_context.get(),
                 [this, keep, fallback](const net::HttpResult& v2) {
                     auto json = v2 ? net::jsonObject(*v2) : tl::unexpected(v2.error());
                     if (json) {
                         keep(*json);
                         return;
                     }
                     m_client.get(QStringLiteral("/api/v1/instance"), {}, m_context.get(),
                                  fallback);
                 });
}

void Syncer::recheckEach(const QStringList& local)
{
    m_recheckPending = local;
    m_recheckFound = {};
    recheckNext();
}

void Syncer::recheckNext()
{
    // Within the budget the server announced: the rest waits for the next pass rather than
    // spending what replies and the next sync need.
    const net::RateLimitState budget =
        m_services.http.rateLimits().state(m_viewpoint.server.host());
    const bool current = budget.resetAtMs && *budget.resetAtMs > m_services.http.now();
    if (m_recheckPending.isEmpty() ||
        (current && budget.remaining && *budget.remaining <= rateLimitReserve)) {
        m_recheckPending.clear();
        if (store(std::exchange(m_recheckFound, {})))
            finish();
        return;
    }
    const QString id = m_recheckPending.takeFirst();
    report(QStringLiteral("check"));
    m_client.get(QStringLiteral("/api/v1/statuses/%1").arg(id), {}, m_context.get(),
                 [this, id](const net::HttpResult& result) {
                     if (result) {
                         const auto json = net::jsonObject(*result);
                         const auto status =
                             json ? readStatus(*json, m_viewpoint) : std::optional<Status>();
                         if (status && status->localId == id && status->edited)
                             m_recheckFound.context.append(status->post);
                     } else if (result.error().kind == net::HttpError::Kind::Http &&
                                result.error().status == 404) {
                         m_recheckFound.retired.append(
                             {network, qualifiedId(id, m_viewpoint.server), m_services.now()});
                     } else if (result.error().kind != net::HttpError::Kind::Http) {
                         // Limited, signed out, unreachable: keep what was learned and stop.
                         const net::HttpError error = result.error();
                         if (store(std::exchange(m_recheckFound, {})))
                             fail(error);
                         return;
                     }
                     // Any other error proves nothing about this status.
                     next(&Syncer::recheckNext);
                 });
}

void Syncer::finish()
{
    report(QStringLiteral("done"));
    m_context.reset();
    if (auto done = std::exchange(m_done, nullptr))
        done(m_outcome);
}

void Syncer::fail(const net::HttpError& error)
{
    SyncOutcome outcome = m_outcome;
    outcome.message = error.message;
    switch (error.kind) {
    case net::HttpError::Kind::Unauthorized:
        outcome.kind = SyncOutcome::Kind::SignInNeeded;
        outcome.message = tr("The sign-in expired or was revoked. Sign in again.");
        break;
    case net::HttpError::Kind::RateLimited:
        outcome.kind = SyncOutcome::Kind::RateLimited;
        if (error.retryAtMs)
            outcome.retryAt = (*error.retryAtMs + 999) / 1000;
        break;
    case net::HttpError::Kind::Cancelled:
        outcome.kind = SyncOutcome::Kind::Cancelled;
        break;
    default:
        outcome.kind = SyncOutcome::Kind::Failed;
        break;
    }
    m_context.reset();
    if (auto done = std::exchange(m_done, nullptr))
        done(outcome);
}

void Syncer::failStore(const QString& message)
{
    SyncOutcome outcome = m_outcome;
    outcome.kind = SyncOutcome::Kind::Failed;
    outcome.message = message;
    m_context.reset();
    if (auto done = std::exchange(m_done, nullptr))
        done(outcome);
}

void Syncer::startLive()
{
    if (m_stream)
        return;
    m_stream = new Stream(m_services.http, m_client, this);
    connect(m_stream, &Stream::changed, this, &AccountSyncer::changed);
    connect(m_stream, &Stream::liveChanged, this, &AccountSyncer::liveChanged);
    m_stream->start();
}

void Syncer::stopLive()
{
    if (m_stream)
        m_stream->deleteLater();
    m_stream = nullptr;
}

bool Syncer::isLive() const
{
    return m_stream && m_stream->isLive();
}

} // namespace hearken::mastodon
