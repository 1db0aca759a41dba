// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/callback_answer.h"
#include "providers/mastodon/mastodon_client.h"
#include "providers/mastodon/mastodon_json.h"
#include "sync/account_syncer.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace hearken::mastodon {

class Stream;

struct SyncLimits {
    // Mentions (and our own statuses) a page; the whole history is fetched, page by page.
    int pageSize = 40;
    // Threads (status contexts) fetched per pass.
    int contexts = 20;
    // Newest open items re-read per pass to notice edits and deletions.
    int recheck = 40;
    // A rate limit ends the pass (the engine resumes it when the server allows), unless the
    // server's wait is at most this long: then the pass waits and goes on where it was (a
    // one-shot command sets it, so that a long history comes in one run).
    int rateLimitWaitSeconds = 0;
};

// One Mastodon account's sync: mention and quote notifications, held-back ones included
// (history first, all of it, then what is new), our own statuses from any app back as far as
// the mentions reach, favourites, threads of new mentions, the notification policy, and edits
// and deletions of open items. Every page is stored with its cursor in one transaction.
class Syncer : public AccountSyncer {
    Q_OBJECT
public:
    struct Services {
        net::HttpClient& http;
        std::function<qint64()> now; // seconds
    };

    Syncer(Services services, const Account& account, const QString& accessToken,
           SyncLimits limits = {}, QObject* parent = nullptr);
    ~Syncer() override;

    void startLive() override;
    void stopLive() override;
    bool isLive() const override;

protected:
    QCoro::Task<> runPass(std::shared_ptr<SyncPass> pass) override;
    void stop() override;

private:
    // One page of mention and quote notifications.
    struct MentionPage {
        QList<Notification> notifications;
        IngestBatch batch;
        QHash<QString, QUrl> links;
        qsizetype size = 0;
    };

    // One page of statuses.
    struct StatusPage {
        QList<Status> statuses;
        QHash<QString, QUrl> links;
        qsizetype size = 0;
    };

    // Each step answers whether the pass goes on (false: it failed or was cancelled).
    QCoro::Task<bool> steps(SyncPass& pass);
    // The page next to the cursor `stream` (after `bound`: "max_id" or "min_id"), asking again
    // without quotes when the server refuses them; nothing when the pass ended.
    QCoro::Task<std::optional<MentionPage>> mentionPage(SyncPass& pass, QString phase,
                                                        QString bound, QString stream);
    // A page of statuses at `path` next to the cursor `stream` (after `bound`), when it has one.
    QCoro::Task<std::optional<StatusPage>> statusPage(SyncPass& pass, QString phase, QString path,
                                                      QString bound, QString stream);
    QString ownStatusesPath() const;
    // The whole history, page by page, until it is all in.
    QCoro::Task<bool> backfill(SyncPass& pass);
    QCoro::Task<bool> incremental(SyncPass& pass);
    QCoro::Task<bool> ownStatuses(SyncPass& pass);
    QCoro::Task<bool> ownHistory(SyncPass& pass);
    QCoro::Task<bool> favourites(SyncPass& pass);
    QCoro::Task<bool> threads(SyncPass& pass);
    QCoro::Task<bool> policy(SyncPass& pass);
    QCoro::Task<bool> recheck(SyncPass& pass);
    QCoro::Task<bool> refreshTraits(SyncPass& pass);
    // Without a batch endpoint: one status at a time, within the rate limit.
    QCoro::Task<bool> recheckEach(SyncPass& pass, QStringList pending);

    // GET within the pass; answers "cancelled" once the pass is.
    CallbackAnswer<net::HttpResult> fetch(const QString& path, const QUrlQuery& query);
    // fetch(), waiting out a rate limit the pass may wait for and asking again.
    QCoro::Task<net::HttpResult> get(SyncPass& pass, const QString& path, const QUrlQuery& query);
    // True when it waited until the server allows again.
    QCoro::Task<bool> waitOut(SyncPass& pass, const net::HttpError& error);
    void fail(SyncPass& pass, const net::HttpError& error);
    // Hands the page to the pass and keeps its cursors; false when the store refused.
    bool store(SyncPass& pass, IngestBatch batch);
    IngestBatch mentionBatch(const QList<Notification>& notifications);
    // Our own statuses of one page: top-level ones as context, replies as answers.
    IngestBatch ownBatch(const QList<Status>& statuses) const;
    QUrlQuery pageQuery() const;
    // The server refused the quote notification type (ask again without it).
    bool refusesQuotes(const net::HttpResult& result) const;
    bool stopAskingForQuotes(SyncPass& pass);
    // The answer's JSON array, counted as fetched; nothing (after failing the pass) when
    // there is none.
    std::optional<QJsonArray> pageOrFail(SyncPass& pass, const net::HttpResult& result);

    Services m_services;
    Account m_account;
    Viewpoint m_viewpoint;
    Client m_client;
    SyncLimits m_limits;
    // Lives as long as the pass: destroying it cancels the request in flight.
    std::unique_ptr<QObject> m_context;
    QHash<QString, QString> m_cursors;
    QList<Status> m_needThreads;
    QSet<QString> m_threadsFetched;
    QPointer<Stream> m_stream;
};

} // namespace hearken::mastodon
