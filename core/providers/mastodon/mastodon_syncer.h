// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
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

    void sync(AccountLedger& ledger, Done done) override;
    void cancel() override;
    void startLive() override;
    void stopLive() override;
    bool isLive() const override;

private:
    using Step = void (Syncer::*)();
    void next(Step step);
    void backfill();
    void incremental();
    void ownStatuses();
    void ownHistory();
    void favourites();
    void threads();
    void policy();
    void recheck();
    void refreshTraits();
    // Without a batch endpoint: one status at a time, within the rate limit.
    void recheckEach(const QStringList& local);
    void recheckNext();
    void finish();
    void fail(const net::HttpError& error);
    void failStore(const QString& message);
    // Hands the page to the ledger; false (after failing the pass) when the store refused.
    bool store(IngestBatch batch);
    IngestBatch mentionBatch(const QList<Notification>& notifications);
    // Our own statuses of one page: top-level ones as context, replies as answers.
    IngestBatch ownBatch(const QList<Status>& statuses) const;
    QUrlQuery pageQuery() const;
    // True when it handled a refusal of the quote type by asking again without it.
    bool retryWithoutQuotes(const net::HttpResult& result, Step step);
    // GET with the pass's context; a rate limit the pass may wait out runs `step` again when
    // the server allows instead of answering.
    void get(const QString& path, const QUrlQuery& query, Step step,
             std::function<void(const net::HttpResult&)> handle);
    bool waitOut(const net::HttpError& error, Step step);
    // The answer's JSON array, counted as fetched; nothing (after failing the pass) when
    // there is none.
    std::optional<QJsonArray> pageOrFail(const net::HttpResult& result);
    void report(const QString& phase);

    Services m_services;
    AccountLedger* m_ledger = nullptr;
    Account m_account;
    Viewpoint m_viewpoint;
    Client m_client;
    SyncLimits m_limits;
    std::unique_ptr<QObject> m_context;
    Done m_done;
    QHash<QString, QString> m_cursors;
    QList<Status> m_needThreads;
    QSet<QString> m_threadsFetched;
    SyncOutcome m_outcome;
    int m_pages = 0;
    int m_stored = 0;
    QPointer<Stream> m_stream;
    QStringList m_recheckPending;
    IngestBatch m_recheckFound;
};

} // namespace hearken::mastodon
