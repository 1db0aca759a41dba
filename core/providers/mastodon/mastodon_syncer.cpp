// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_syncer.h"

#include "domain/callback_answer.h"
#include "net/json_body.h"
#include "net/link_header.h"
#include "providers/mastodon/mastodon_notification_policy.h"
#include "providers/mastodon/mastodon_server_metadata.h"
#include "providers/mastodon/mastodon_stream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <chrono>

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

// What a request answers when its pass was cancelled first.
net::HttpResult cancelledRequest()
{
    return net::httpError(net::HttpError::Kind::Cancelled, QStringLiteral("cancelled"));
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

Syncer::~Syncer()
{
    // The pass in flight resumes, sees it is over and ends, while the members are still here.
    abandon();
    m_context.reset();
}

void Syncer::stop()
{
    m_context.reset();
}

QCoro::Task<> Syncer::runPass(std::shared_ptr<SyncPass> pass)
{
    m_context = std::make_unique<QObject>();
    m_needThreads.clear();
    m_threadsFetched.clear();
    const bool finished = co_await steps(*pass);
    if (pass->cancelled())
        co_return; // the syncer may be gone
    if (finished)
        report(*pass, QStringLiteral("done"));
    m_context.reset();
}

QCoro::Task<bool> Syncer::steps(SyncPass& pass)
{
    auto cursors = pass.ledger().cursors();
    if (!cursors) {
        pass.end(SyncOutcome::Kind::Failed, cursors.error());
        co_return false;
    }
    m_cursors = *cursors;
    // The history until it is all in, then what is new, our own statuses and likes, threads,
    // what the server holds back, and what changed of the open items.
    using Step = QCoro::Task<bool> (Syncer::*)(SyncPass&);
    for (const Step step :
         {&Syncer::backfill, &Syncer::incremental, &Syncer::ownStatuses, &Syncer::ownHistory,
          &Syncer::favourites, &Syncer::threads, &Syncer::policy, &Syncer::recheck}) {
        if (!co_await (this->*step)(pass))
            co_return false;
    }
    co_return true;
}

CallbackAnswer<net::HttpResult> Syncer::fetch(const QString& path, const QUrlQuery& query)
{
    QObject* context = m_context.get();
    return {context, cancelledRequest(), [this, context, path, query](auto reply) {
                m_client.get(path, query, context, std::move(reply));
            }};
}

QCoro::Task<net::HttpResult> Syncer::get(SyncPass& pass, const QString& path,
                                         const QUrlQuery& query)
{
    for (;;) {
        net::HttpResult result = co_await fetch(path, query);
        if (pass.over() || result)
            co_return result;
        const bool waited = co_await waitOut(pass, result.error());
        if (!waited)
            co_return result;
    }
}

QCoro::Task<bool> Syncer::waitOut(SyncPass& pass, const net::HttpError& error)
{
    if (error.kind != net::HttpError::Kind::RateLimited || !error.retryAtMs)
        co_return false;
    const qint64 waitMs = std::max<qint64>(0, *error.retryAtMs - m_services.http.now());
    if (waitMs > qint64(m_limits.rateLimitWaitSeconds) * 1000)
        co_return false;
    const QString until =
        QDateTime::fromMSecsSinceEpoch(*error.retryAtMs).toLocalTime().toString(u"HH:mm:ss");
    report(pass, tr("waiting for the server's rate limit until %1").arg(until));
    QObject* context = m_context.get();
    const bool waited =
        co_await CallbackAnswer<bool>(context, false, [context, waitMs](auto reply) {
            QTimer::singleShot(std::chrono::milliseconds(waitMs), context,
                               [reply = std::move(reply)] { reply(true); });
        });
    co_return waited && !pass.over();
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

bool Syncer::refusesQuotes(const net::HttpResult& result) const
{
    // Akkoma and Pleroma refuse a notification type they do not have ("Invalid value for
    // enum", 400); Mastodon before 4.5 and GoToSocial ignore it.
    return !result && result.error().kind == net::HttpError::Kind::Http &&
           (result.error().status == 400 || result.error().status == 422) &&
           m_cursors.value(quoteNotifications) != refused;
}

bool Syncer::stopAskingForQuotes(SyncPass& pass)
{
    IngestBatch batch;
    batch.cursors.append({m_account.id, quoteNotifications, refused});
    return store(pass, std::move(batch));
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

std::optional<QJsonArray> Syncer::pageOrFail(SyncPass& pass, const net::HttpResult& result)
{
    auto json = result ? net::jsonArray(*result) : tl::unexpected(result.error());
    if (!json) {
        fail(pass, json.error());
        return std::nullopt;
    }
    pass.countFetched(json->size());
    return *json;
}

bool Syncer::store(SyncPass& pass, IngestBatch batch)
{
    const QList<CursorUpdate> cursors = batch.cursors;
    if (!pass.store(std::move(batch)))
        return false;
    for (const CursorUpdate& cursor : cursors)
        m_cursors.insert(cursor.stream, cursor.value);
    return true;
}

QCoro::Task<std::optional<Syncer::MentionPage>> Syncer::mentionPage(SyncPass& pass, QString phase,
                                                                    QString bound, QString stream)
{
    for (;;) {
        QUrlQuery query = pageQuery();
        if (m_cursors.contains(stream))
            query.addQueryItem(bound, m_cursors.value(stream));
        report(pass, phase);
        const net::HttpResult result =
            co_await get(pass, QStringLiteral("/api/v1/notifications"), query);
        if (pass.over())
            co_return std::nullopt;
        if (refusesQuotes(result)) {
            if (!stopAskingForQuotes(pass))
                co_return std::nullopt;
            continue;
        }
        const auto json = pageOrFail(pass, result);
        if (!json)
            co_return std::nullopt;
        MentionPage page;
        page.notifications = readNotifications(*json, m_viewpoint, nullptr);
        page.batch = mentionBatch(page.notifications);
        page.links = net::parseLinkHeader(result->header("Link"), result->url);
        page.size = json->size();
        co_return page;
    }
}

QCoro::Task<bool> Syncer::backfill(SyncPass& pass)
{
    while (!m_cursors.contains(backfillDone)) {
        auto read = co_await mentionPage(pass, QStringLiteral("backfill"), QStringLiteral("max_id"),
                                         backfillFrom);
        if (!read)
            co_return false;
        const QList<Notification>& page = read->notifications;
        IngestBatch& batch = read->batch;
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
        const bool last = page.isEmpty() || !read->links.contains(QStringLiteral("next"));
        if (!page.isEmpty())
            batch.cursors.append({m_account.id, backfillFrom, page.last().id});
        if (last)
            batch.cursors.append({m_account.id, backfillDone, QStringLiteral("1")});
        if (!store(pass, std::move(batch)))
            co_return false;
    }
    co_return true;
}

QCoro::Task<bool> Syncer::incremental(SyncPass& pass)
{
    while (m_cursors.contains(newestMention)) {
        auto read = co_await mentionPage(pass, QStringLiteral("new"), QStringLiteral("min_id"),
                                         newestMention);
        if (!read)
            co_return false;
        const bool moved =
            moveToNewest(read->batch, m_account.id, newestMention, m_cursors.value(newestMention),
                         read->notifications, [](const Notification& n) { return n.id; });
        if (!store(pass, std::move(read->batch)))
            co_return false;
        if (!moved || read->size < m_limits.pageSize)
            break;
    }
    co_return true;
}

QCoro::Task<std::optional<Syncer::StatusPage>>
Syncer::statusPage(SyncPass& pass, QString phase, QString path, QString bound, QString stream)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limits.pageSize));
    if (const QString at = m_cursors.value(stream); !at.isEmpty())
        query.addQueryItem(bound, at);
    report(pass, phase);
    const net::HttpResult result = co_await get(pass, path, query);
    if (pass.over())
        co_return std::nullopt;
    const auto json = pageOrFail(pass, result);
    if (!json)
        co_return std::nullopt;
    co_return StatusPage{readStatuses(*json, m_viewpoint, nullptr),
                         net::parseLinkHeader(result->header("Link"), result->url), json->size()};
}

QString Syncer::ownStatusesPath() const
{
    return QStringLiteral("/api/v1/accounts/%1/statuses").arg(m_viewpoint.ownAccountId);
}

QCoro::Task<bool> Syncer::ownStatuses(SyncPass& pass)
{
    for (;;) {
        const bool first = !m_cursors.contains(newestOwn);
        const auto read = co_await statusPage(pass, QStringLiteral("own"), ownStatusesPath(),
                                              QStringLiteral("min_id"), newestOwn);
        if (!read)
            co_return false;
        const QList<Status>& statuses = read->statuses;
        IngestBatch batch = ownBatch(statuses);
        const bool moved =
            moveToNewest(batch, m_account.id, newestOwn, m_cursors.value(newestOwn), statuses,
                         [](const Status& status) { return status.localId; });
        // The newest page is where the history walk goes on from, older.
        if (first && read->size < m_limits.pageSize)
            batch.cursors.append({m_account.id, ownHistoryDone, QStringLiteral("1")});
        else if (first && !statuses.isEmpty())
            batch.cursors.append({m_account.id, ownHistoryFrom, statuses.last().localId});
        if (!store(pass, std::move(batch)))
            co_return false;
        if (!moved || first || read->size < m_limits.pageSize)
            co_return true;
    }
}

QCoro::Task<bool> Syncer::ownHistory(SyncPass& pass)
{
    for (;;) {
        // Replies made from other apps answer mentions as old as the oldest the backfill
        // brought. Without mentions (or with a backfill from before the reach was kept) there
        // is nothing older to answer.
        const QString reach = m_cursors.value(mentionReach);
        const QString from = m_cursors.value(ownHistoryFrom);
        const bool reached = reach.isEmpty() || (!from.isEmpty() && !newer(from, reach));
        if (m_cursors.contains(ownHistoryDone))
            co_return true;
        if (reached) {
            IngestBatch done;
            done.cursors.append({m_account.id, ownHistoryDone, QStringLiteral("1")});
            co_return store(pass, std::move(done));
        }
        const auto read =
            co_await statusPage(pass, QStringLiteral("own history"), ownStatusesPath(),
                                QStringLiteral("max_id"), ownHistoryFrom);
        if (!read)
            co_return false;
        IngestBatch batch = ownBatch(read->statuses);
        if (read->statuses.isEmpty() || !read->links.contains(QStringLiteral("next")))
            batch.cursors.append({m_account.id, ownHistoryDone, QStringLiteral("1")});
        else
            batch.cursors.append({m_account.id, ownHistoryFrom, read->statuses.last().localId});
        if (!store(pass, std::move(batch)))
            co_return false;
    }
}

QCoro::Task<bool> Syncer::favourites(SyncPass& pass)
{
    for (;;) {
        const auto read =
            co_await statusPage(pass, QStringLiteral("likes"), QStringLiteral("/api/v1/favourites"),
                                QStringLiteral("min_id"), newestFavourite);
        if (!read)
            co_return false;
        IngestBatch batch;
        for (const Status& status : read->statuses) {
            batch.ownLikes.append(
                {network, status.post.remoteId, m_account.handle, m_services.now(), false});
        }
        // Favourite ids are opaque: the server's "prev" link says where newer ones start.
        const QString minId = QUrlQuery(read->links.value(QStringLiteral("prev")))
                                  .queryItemValue(QStringLiteral("min_id"));
        const bool moved = !minId.isEmpty() && minId != m_cursors.value(newestFavourite);
        if (moved)
            batch.cursors.append({m_account.id, newestFavourite, minId});
        if (!store(pass, std::move(batch)))
            co_return false;
        if (!moved || read->size < m_limits.pageSize)
            co_return true;
    }
}

QCoro::Task<bool> Syncer::threads(SyncPass& pass)
{
    for (;;) {
        while (!m_needThreads.isEmpty() && m_threadsFetched.contains(m_needThreads.first().localId))
            m_needThreads.removeFirst();
        if (m_needThreads.isEmpty() || m_threadsFetched.size() >= m_limits.contexts) {
            m_needThreads.clear();
            m_threadsFetched.clear();
            co_return true;
        }
        const QString id = m_needThreads.first().localId;
        report(pass, QStringLiteral("threads"));
        const net::HttpResult result =
            co_await get(pass, QStringLiteral("/api/v1/statuses/%1/context").arg(id), {});
        if (pass.over())
            co_return false;
        m_threadsFetched.insert(id);
        if (!result && result.error().status == 404)
            continue;
        auto json = result ? net::jsonObject(*result) : tl::unexpected(result.error());
        if (!json) {
            fail(pass, json.error());
            co_return false;
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
        if (!store(pass, std::move(batch)))
            co_return false;
    }
}

QCoro::Task<bool> Syncer::policy(SyncPass& pass)
{
    report(pass, QStringLiteral("policy"));
    const net::HttpResult result =
        co_await get(pass, QStringLiteral("/api/v2/notifications/policy"), {});
    if (pass.over())
        co_return false;
    if (!result && !missingEndpoint(result.error())) {
        fail(pass, result.error());
        co_return false;
    }
    // Without the endpoint (before 4.3, other servers) nothing is held back.
    auto json = result ? net::jsonObject(*result) : tl::unexpected(result.error());
    const auto read = json ? readNotificationPolicy(*json) : std::nullopt;
    const QString kept = read ? encodeNotificationPolicy(*read) : QString();
    if (read)
        pass.note(heldBackNotice(*read, m_viewpoint.server.host()));
    if (kept == m_cursors.value(notificationPolicyCursor))
        co_return true;
    IngestBatch batch;
    batch.cursors.append({m_account.id, notificationPolicyCursor, kept});
    co_return store(pass, std::move(batch));
}

QCoro::Task<bool> Syncer::recheck(SyncPass& pass)
{
    if (m_services.now() - m_cursors.value(traitsCheckedAtKey).toLongLong() >= traitsMaxAge) {
        if (!co_await refreshTraits(pass))
            co_return false;
    }
    auto ids = pass.ledger().recentOpenRemoteIds(m_limits.recheck);
    if (!ids) {
        pass.end(SyncOutcome::Kind::Failed, ids.error());
        co_return false;
    }
    QStringList local;
    for (const QString& id : std::as_const(*ids)) {
        if (auto own = localId(id, m_viewpoint.server))
            local.append(*own);
    }
    if (local.isEmpty())
        co_return true;
    local = local.mid(0, statusesPerCheck);
    const QString parameter = m_cursors.value(batchStatusesKey, QStringLiteral("id"));
    if (parameter == noBatchStatuses)
        co_return co_await recheckEach(pass, local);
    // GET /api/v1/statuses?id[]= (Mastodon 4.3; Akkoma and Pleroma spell it ids[]) answers the
    // ones that still exist.
    QUrlQuery query;
    for (const QString& id : std::as_const(local))
        query.addQueryItem(parameter + u"[]", id);
    report(pass, QStringLiteral("check"));
    const net::HttpResult result = co_await fetch(QStringLiteral("/api/v1/statuses"), query);
    if (pass.over())
        co_return false;
    auto json = result ? net::jsonArray(*result) : tl::unexpected(result.error());
    if (!json && (json.error().kind == net::HttpError::Kind::Http ||
                  json.error().kind == net::HttpError::Kind::Malformed)) {
        // No batch endpoint here (an older Mastodon answers 404, GoToSocial too, Akkoma 500 for
        // a parameter it does not know, some servers a page): ask one by one, and go straight
        // to that until the server is asked about itself again.
        IngestBatch remember;
        remember.cursors.append({m_account.id, batchStatusesKey, noBatchStatuses});
        if (!store(pass, std::move(remember)))
            co_return false;
        co_return co_await recheckEach(pass, local);
    }
    if (!json) {
        fail(pass, json.error());
        co_return false;
    }
    int skipped = 0;
    const QList<Status> present = readStatuses(*json, m_viewpoint, &skipped);
    if (skipped > 0)
        co_return true; // an unreadable entry proves nothing about deletions
    QSet<QString> alive;
    IngestBatch batch;
    for (const Status& s : present) {
        alive.insert(s.localId);
        if (s.edited)
            batch.context.append(s.post);
    }
    for (const QString& id : std::as_const(local)) {
        if (!alive.contains(id))
            batch.retired.append({network, qualifiedId(id, m_viewpoint.server), m_services.now()});
    }
    co_return store(pass, std::move(batch));
}

QCoro::Task<bool> Syncer::refreshTraits(SyncPass& pass)
{
    // Asked once a day: the composer's limit, and whether (and how) the server fetches many
    // statuses at once. v2 first (Mastodon 4.0, GoToSocial), v1 where there is none (Akkoma).
    report(pass, QStringLiteral("server"));
    const net::HttpResult v2 = co_await fetch(QStringLiteral("/api/v2/instance"), {});
    if (pass.over())
        co_return false;
    auto json = v2 ? net::jsonObject(*v2) : tl::unexpected(v2.error());
    if (!json) {
        const net::HttpResult v1 = co_await fetch(QStringLiteral("/api/v1/instance"), {});
        if (pass.over())
            co_return false;
        json = v1 ? net::jsonObject(*v1) : tl::unexpected(v1.error());
    }
    if (!json && json.error().kind != net::HttpError::Kind::Http &&
        json.error().kind != net::HttpError::Kind::Malformed) {
        fail(pass, json.error());
        co_return false;
    }
    // A server that will not say keeps Hearken's defaults until tomorrow.
    IngestBatch batch;
    batch.cursors = traitCursors(m_account.id, readServerTraits(json.value_or(QJsonObject())),
                                 m_services.now());
    co_return store(pass, std::move(batch));
}

QCoro::Task<bool> Syncer::recheckEach(SyncPass& pass, QStringList pending)
{
    IngestBatch found;
    while (!pending.isEmpty()) {
        // Within the budget the server announced: the rest waits for the next pass rather
        // than spending what replies and the next sync need.
        const net::RateLimitState budget =
            m_services.http.rateLimits().state(m_viewpoint.server.host());
        const bool current = budget.resetAtMs && *budget.resetAtMs > m_services.http.now();
        if (current && budget.remaining && *budget.remaining <= rateLimitReserve)
            break;
        const QString id = pending.takeFirst();
        report(pass, QStringLiteral("check"));
        const net::HttpResult result =
            co_await fetch(QStringLiteral("/api/v1/statuses/%1").arg(id), {});
        if (pass.over())
            co_return false;
        if (result) {
            const auto json = net::jsonObject(*result);
            const auto status = json ? readStatus(*json, m_viewpoint) : std::optional<Status>();
            if (status && status->localId == id && status->edited)
                found.context.append(status->post);
        } else if (result.error().kind == net::HttpError::Kind::Http &&
                   result.error().status == 404) {
            found.retired.append({network, qualifiedId(id, m_viewpoint.server), m_services.now()});
        } else if (result.error().kind != net::HttpError::Kind::Http) {
            // Limited, signed out, unreachable: keep what was learned and stop.
            if (store(pass, std::move(found)))
                fail(pass, result.error());
            co_return false;
        }
        // Any other error proves nothing about this status.
    }
    co_return store(pass, std::move(found));
}

void Syncer::fail(SyncPass& pass, const net::HttpError& error)
{
    switch (error.kind) {
    case net::HttpError::Kind::Unauthorized:
        pass.end(SyncOutcome::Kind::SignInNeeded,
                 tr("The sign-in expired or was revoked. Sign in again."));
        break;
    case net::HttpError::Kind::RateLimited:
        pass.end(SyncOutcome::Kind::RateLimited, error.message,
                 error.retryAtMs ? std::optional<qint64>((*error.retryAtMs + 999) / 1000)
                                 : std::nullopt);
        break;
    case net::HttpError::Kind::Cancelled:
        pass.end(SyncOutcome::Kind::Cancelled, error.message);
        break;
    default:
        pass.end(SyncOutcome::Kind::Failed, error.message);
        break;
    }
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
