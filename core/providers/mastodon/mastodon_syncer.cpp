// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_syncer.h"

#include "net/json_body.h"
#include "net/link_header.h"
#include "providers/mastodon/mastodon_notification_policy.h"
#include "providers/mastodon/mastodon_server_metadata.h"
#include "providers/mastodon/mastodon_stream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

namespace hearken::mastodon {

namespace {

// Cursor streams.
const QString newestMention = QStringLiteral("notifications.newest");
const QString backfillFrom = QStringLiteral("notifications.backfill_max_id");
const QString backfillDone = QStringLiteral("notifications.backfill_done");
// The status id of the oldest mention the backfill brought: our replies older than it answer
// nothing we have.
const QString mentionReach = QStringLiteral("notifications.reach");
const QString newestOwn = QStringLiteral("own.newest");
const QString ownHistoryFrom = QStringLiteral("own.history_max_id");
const QString ownHistoryDone = QStringLiteral("own.history_done");
const QString newestFavourite = QStringLiteral("favourites.min_id");
// Set once the server refused the quote notification type.
const QString quoteNotifications = QStringLiteral("server.quote_notifications");
const QString refused = QStringLiteral("refused");

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

// Moves `stream` in `batch` from `current` to the newest id among `entries`; true when it
// moved.
template <typename Entries, typename IdOf>
bool moveToNewest(IngestBatch& batch, qint64 accountId, const QString& stream,
                  const QString& current, const Entries& entries, IdOf idOf)
{
    QString newest = current;
    for (const auto& entry : entries) {
        if (const QString id = idOf(entry); newer(id, newest))
            newest = id;
    }
    if (newest == current)
        return false;
    batch.cursors.append({accountId, stream, newest});
    return true;
}

// A server without the endpoint (before 4.3, or another family) answers 404 or similar.
bool missingEndpoint(const net::HttpError& error)
{
    return error.kind == net::HttpError::Kind::Http && error.status >= 400 && error.status < 500;
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

void Syncer::sync(AccountLedger& ledger, Done done)
{
    cancel();
    m_ledger = &ledger;
    m_done = std::move(done);
    m_context = std::make_unique<QObject>();
    m_outcome = {};
    m_pages = 0;
    m_stored = 0;
    m_needThreads.clear();
    auto cursors = m_ledger->cursors();
    if (!cursors) {
        failStore(cursors.error());
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

void Syncer::get(const QString& path, const QUrlQuery& query, Step step,
                 std::function<void(const net::HttpResult&)> handle)
{
    if (!m_context)
        return; // cancelled while reporting progress
    m_client.get(path, query, m_context.get(),
                 [this, step, handle = std::move(handle)](const net::HttpResult& result) {
                     if (!result && waitOut(result.error(), step))
                         return;
                     handle(result);
                 });
}

bool Syncer::waitOut(const net::HttpError& error, Step step)
{
    if (error.kind != net::HttpError::Kind::RateLimited || !error.retryAtMs)
        return false;
    const qint64 waitMs = std::max<qint64>(0, *error.retryAtMs - m_services.http.now());
    if (waitMs > qint64(m_limits.rateLimitWaitSeconds) * 1000)
        return false;
    const QString until =
        QDateTime::fromMSecsSinceEpoch(*error.retryAtMs).toLocalTime().toString(u"HH:mm:ss");
    report(tr("waiting for the server's rate limit until %1").arg(until));
    QTimer::singleShot(int(waitMs), m_context.get(), [this, step] { next(step); });
    return true;
}

QUrlQuery Syncer::pageQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("types[]"), QStringLiteral("mention"));
    // 4.5: someone quoted one of our posts. (`quoted_update` is about our own quotes.)
    if (m_cursors.value(quoteNotifications) != refused)
        query.addQueryItem(QStringLiteral("types[]"), QStringLiteral("quote"));
    // 4.3: with the mentions the notification policy holds back; older servers ignore it.
    query.addQueryItem(QStringLiteral("include_filtered"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limits.pageSize));
    return query;
}

bool Syncer::retryWithoutQuotes(const net::HttpResult& result, Step step)
{
    // Akkoma and Pleroma refuse a notification type they do not have ("Invalid value for
    // enum", 400); Mastodon before 4.5 and GoToSocial ignore it.
    if (result || result.error().kind != net::HttpError::Kind::Http ||
        (result.error().status != 400 && result.error().status != 422) ||
        m_cursors.value(quoteNotifications) == refused)
        return false;
    IngestBatch batch;
    batch.cursors.append({m_account.id, quoteNotifications, refused});
    if (store(std::move(batch)))
        next(step);
    return true;
}

void Syncer::report(const QString& phase)
{
    Q_EMIT progress({phase, m_outcome.fetched, m_stored});
}

IngestBatch Syncer::mentionBatch(const QList<Notification>& notifications)
{
    IngestBatch batch;
    for (const Notification& notification : notifications) {
        const bool addressed = notification.type == u"mention" || notification.type == u"quote";
        if (!addressed || !notification.status)
            continue;
        const Status& status = *notification.status;
        if (status.post.isOwn())
            continue;
        InboundItem item;
        item.post = status.post;
        item.heldBack = notification.filtered;
        batch.items.append(item);
        if (status.quoted)
            batch.context.append(*status.quoted);
        if (!status.post.replyToRemoteId.isEmpty())
            m_needThreads.append(status);
    }
    return batch;
}

IngestBatch Syncer::ownBatch(const QList<Status>& statuses) const
{
    IngestBatch batch;
    for (const Status& status : statuses) {
        if (!status.post.isOwn())
            continue;
        if (status.post.replyToRemoteId.isEmpty())
            batch.context.append(status.post);
        else
            batch.ownReplies.append({status.post, false});
    }
    return batch;
}

std::optional<QJsonArray> Syncer::pageOrFail(const net::HttpResult& result)
{
    auto json = result ? net::jsonArray(*result) : tl::unexpected(result.error());
    if (!json) {
        fail(json.error());
        return std::nullopt;
    }
    m_outcome.fetched += int(json->size());
    return *json;
}

bool Syncer::store(IngestBatch batch)
{
    const int items = int(batch.items.size());
    auto written = m_ledger->store(batch);
    if (!written) {
        failStore(written.error());
        return false;
    }
    m_outcome.newItems += *written;
    m_stored += items;
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
    get(QStringLiteral("/api/v1/notifications"), query, &Syncer::backfill,
        [this](const net::HttpResult& result) {
            if (retryWithoutQuotes(result, &Syncer::backfill))
                return;
            const auto json = pageOrFail(result);
            if (!json)
                return;
            const QList<Notification> page = readNotifications(*json, m_viewpoint, nullptr);
            IngestBatch batch = mentionBatch(page);
            const auto links = net::parseLinkHeader(result->header("Link"), result->url);
            if (!page.isEmpty() && !m_cursors.contains(newestMention))
                batch.cursors.append({m_account.id, newestMention, page.first().id});
            QString reach = m_cursors.value(mentionReach);
            for (const InboundItem& item : std::as_const(batch.items)) {
                const QString id = localId(item.post.remoteId, m_viewpoint.server).value_or(reach);
                if (reach.isEmpty() || newer(reach, id))
                    reach = id;
            }
            if (reach != m_cursors.value(mentionReach))
                batch.cursors.append({m_account.id, mentionReach, reach});
            const bool last = page.isEmpty() || !links.contains(QStringLiteral("next"));
            if (!page.isEmpty())
                batch.cursors.append({m_account.id, backfillFrom, page.last().id});
            if (last)
                batch.cursors.append({m_account.id, backfillDone, QStringLiteral("1")});
            if (!store(std::move(batch)))
                return;
            ++m_pages;
            next(last ? &Syncer::incremental : &Syncer::backfill);
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
    get(QStringLiteral("/api/v1/notifications"), query, &Syncer::incremental,
        [this](const net::HttpResult& result) {
            if (retryWithoutQuotes(result, &Syncer::incremental))
                return;
            const auto json = pageOrFail(result);
            if (!json)
                return;
            const QList<Notification> page = readNotifications(*json, m_viewpoint, nullptr);
            IngestBatch batch = mentionBatch(page);
            const bool moved =
                moveToNewest(batch, m_account.id, newestMention, m_cursors.value(newestMention),
                             page, [](const Notification& n) { return n.id; });
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
    const bool first = !m_cursors.contains(newestOwn);
    if (!first)
        query.addQueryItem(QStringLiteral("min_id"), m_cursors.value(newestOwn));
    report(QStringLiteral("own"));
    get(QStringLiteral("/api/v1/accounts/%1/statuses").arg(m_viewpoint.ownAccountId), query,
        &Syncer::ownStatuses, [this, first](const net::HttpResult& result) {
            const auto json = pageOrFail(result);
            if (!json)
                return;
            const QList<Status> statuses = readStatuses(*json, m_viewpoint, nullptr);
            IngestBatch batch = ownBatch(statuses);
            const bool moved =
                moveToNewest(batch, m_account.id, newestOwn, m_cursors.value(newestOwn), statuses,
                             [](const Status& status) { return status.localId; });
            // The newest page is where the history walk goes on from, older.
            if (first && json->size() < m_limits.pageSize)
                batch.cursors.append({m_account.id, ownHistoryDone, QStringLiteral("1")});
            else if (first && !statuses.isEmpty())
                batch.cursors.append({m_account.id, ownHistoryFrom, statuses.last().localId});
            if (!store(std::move(batch)))
                return;
            const bool more = moved && !first && json->size() >= m_limits.pageSize;
            next(more ? &Syncer::ownStatuses : &Syncer::ownHistory);
        });
}

void Syncer::ownHistory()
{
    // Replies made from other apps answer mentions as old as the oldest the backfill brought.
    // Without mentions (or with a backfill from before the reach was kept) there is nothing
    // older to answer.
    const QString reach = m_cursors.value(mentionReach);
    const QString from = m_cursors.value(ownHistoryFrom);
    const bool reached = reach.isEmpty() || (!from.isEmpty() && !newer(from, reach));
    if (m_cursors.contains(ownHistoryDone) || reached) {
        if (!m_cursors.contains(ownHistoryDone)) {
            IngestBatch done;
            done.cursors.append({m_account.id, ownHistoryDone, QStringLiteral("1")});
            if (!store(std::move(done)))
                return;
        }
        next(&Syncer::favourites);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limits.pageSize));
    if (!from.isEmpty())
        query.addQueryItem(QStringLiteral("max_id"), from);
    report(QStringLiteral("own history"));
    get(QStringLiteral("/api/v1/accounts/%1/statuses").arg(m_viewpoint.ownAccountId), query,
        &Syncer::ownHistory, [this](const net::HttpResult& result) {
            const auto json = pageOrFail(result);
            if (!json)
                return;
            const QList<Status> statuses = readStatuses(*json, m_viewpoint, nullptr);
            IngestBatch batch = ownBatch(statuses);
            const auto links = net::parseLinkHeader(result->header("Link"), result->url);
            if (statuses.isEmpty() || !links.contains(QStringLiteral("next")))
                batch.cursors.append({m_account.id, ownHistoryDone, QStringLiteral("1")});
            else
                batch.cursors.append({m_account.id, ownHistoryFrom, statuses.last().localId});
            if (!store(std::move(batch)))
                return;
            next(&Syncer::ownHistory);
        });
}

void Syncer::favourites()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limits.pageSize));
    if (m_cursors.contains(newestFavourite))
        query.addQueryItem(QStringLiteral("min_id"), m_cursors.value(newestFavourite));
    report(QStringLiteral("likes"));
    get(QStringLiteral("/api/v1/favourites"), query, &Syncer::favourites,
        [this](const net::HttpResult& result) {
            const auto json = pageOrFail(result);
            if (!json)
                return;
            const QList<Status> liked = readStatuses(*json, m_viewpoint, nullptr);
            IngestBatch batch;
            for (const Status& status : liked) {
                batch.ownLikes.append(
                    {network, status.post.remoteId, m_account.handle, m_services.now(), false});
            }
            // Favourite ids are opaque: the server's "prev" link says where newer ones start.
            const auto links = net::parseLinkHeader(result->header("Link"), result->url);
            const QString minId = QUrlQuery(links.value(QStringLiteral("prev")))
                                      .queryItemValue(QStringLiteral("min_id"));
            const bool moved = !minId.isEmpty() && minId != m_cursors.value(newestFavourite);
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
        next(&Syncer::policy);
        return;
    }
    const Status status = m_needThreads.first();
    report(QStringLiteral("threads"));
    get(QStringLiteral("/api/v1/statuses/%1/context").arg(status.localId), {}, &Syncer::threads,
        [this, id = status.localId](const net::HttpResult& result) {
            m_threadsFetched.insert(id);
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

void Syncer::policy()
{
    report(QStringLiteral("policy"));
    get(QStringLiteral("/api/v2/notifications/policy"), {}, &Syncer::policy,
        [this](const net::HttpResult& result) {
            if (!result && !missingEndpoint(result.error())) {
                fail(result.error());
                return;
            }
            // Without the endpoint (before 4.3, other servers) nothing is held back.
            auto json = result ? net::jsonObject(*result) : tl::unexpected(result.error());
            const auto read = json ? readNotificationPolicy(*json) : std::nullopt;
            const QString kept = read ? encodeNotificationPolicy(*read) : QString();
            if (read)
                m_outcome.message = heldBackNotice(*read, m_viewpoint.server.host());
            if (kept != m_cursors.value(notificationPolicyCursor)) {
                IngestBatch batch;
                batch.cursors.append({m_account.id, notificationPolicyCursor, kept});
                if (!store(std::move(batch)))
                    return;
            }
            next(&Syncer::recheck);
        });
}

void Syncer::recheck()
{
    if (m_services.now() - m_cursors.value(traitsCheckedAtKey).toLongLong() >= traitsMaxAge) {
        refreshTraits();
        return;
    }
    auto ids = m_ledger->recentOpenRemoteIds(m_limits.recheck);
    if (!ids) {
        failStore(ids.error());
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
