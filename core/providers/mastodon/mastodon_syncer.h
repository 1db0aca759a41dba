// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "providers/mastodon/mastodon_client.h"
#include "providers/mastodon/mastodon_json.h"
#include "store/ingest_writer.h"
#include "sync/account_syncer.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace hearken {
class SyncStateRepository;
}

namespace hearken::mastodon {

class Stream;

struct SyncLimits {
    // Pages of history fetched per pass while backfilling (40 mentions a page).
    int backfillPages = 25;
    int pageSize = 40;
    // Threads (status contexts) fetched per pass.
    int contexts = 20;
    // Newest open items re-read per pass to notice edits and deletions.
    int recheck = 40;
};

// One Mastodon account's sync: mention notifications (history first, then what is new),
// our own statuses and favourites from any app, threads of new mentions, and edits and
// deletions of open items. Every page is stored with its cursor in one transaction.
class Syncer : public AccountSyncer {
    Q_OBJECT
public:
    struct Services {
        net::HttpClient& http;
        IngestWriter& ingest;
        SyncStateRepository& syncState;
        // Labels new items and thanks (ToneTriage::classify); may be empty.
        std::function<void(IngestBatch&)> classify;
        std::function<qint64()> now; // seconds
    };

    Syncer(Services services, const Account& account, const QString& accessToken,
           SyncLimits limits = {}, QObject* parent = nullptr);
    ~Syncer() override;

    void sync(Done done) override;
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
    void favourites();
    void threads();
    void recheck();
    void refreshTraits();
    // Without a batch endpoint: one status at a time, within the rate limit.
    void recheckEach(const QStringList& local);
    void recheckNext();
    void finish();
    void fail(const net::HttpError& error);
    void failStore(const QString& message);
    // Classifies and stores; false (after failing the pass) when the store refused.
    bool store(IngestBatch batch);
    IngestBatch mentionBatch(const QList<Notification>& notifications);
    QUrlQuery pageQuery() const;
    void report(const QString& phase);

    Services m_services;
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
