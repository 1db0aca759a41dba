// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/account_ledger.h"

#include <QCoroTask>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace hearken {

struct SyncProgress {
    // "backfill", "new", "own", "likes", "threads", "check"
    QString phase;
    int fetched = 0;
    int stored = 0;
};

// How one sync pass of one account ended.
struct SyncOutcome {
    enum class Kind { Ok, Cancelled, RateLimited, SignInNeeded, Failed };
    Kind kind = Kind::Ok;
    // Why the pass did not end well; after a good one, what the user should still know (the
    // mentions a server holds back), or nothing.
    QString message;
    // Seconds since the epoch; set with RateLimited.
    std::optional<qint64> retryAt;
    int newItems = 0;
    int fetched = 0;
};

// One pass of one account's syncer: where it hands its pages, what it counted, how it ends.
// The pass's coroutine holds it, so it stays readable after the syncer is gone.
class SyncPass {
public:
    explicit SyncPass(AccountLedger& ledger)
        : m_ledger(ledger)
    {}

    AccountLedger& ledger() { return m_ledger; }
    // Hands a mapped page to the ledger and counts it; false when the store refused: the pass
    // has then failed.
    bool store(IngestBatch batch);
    void countFetched(qsizetype count) { m_outcome.fetched += int(count); }
    // Ends the pass this way (the first ending counts).
    void end(SyncOutcome::Kind kind, const QString& message,
             std::optional<qint64> retryAt = std::nullopt);
    // Something the user should know after a good pass.
    void note(const QString& message) { m_outcome.message = message; }

    // The pass should stop: cancelled, failed, or its syncer is gone. A coroutine checks this
    // after each co_await and returns, touching nothing else, when it holds.
    bool over() const { return m_cancelled || m_ended; }
    bool cancelled() const { return m_cancelled; }
    // The syncer is gone: its coroutine must return at once, touching nothing of it.
    bool syncerGone() const { return m_abandoned; }
    const SyncOutcome& outcome() const { return m_outcome; }
    int stored() const { return m_stored; }

private:
    friend class AccountSyncer;
    AccountLedger& m_ledger;
    SyncOutcome m_outcome;
    int m_stored = 0;
    bool m_ended = false;
    bool m_cancelled = false;
    // The syncer is gone: nobody is told how the pass ended.
    bool m_abandoned = false;
};

// Syncs one account of one network: a pass brings what is new (and, the first times, the
// history), handing each mapped page with its cursors to the account's ledger; live updates,
// where the network pushes them, say when another pass is worth it. A provider implements
// runPass() (and stop()); starting, cancelling and reporting a pass live here, once.
class AccountSyncer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Runs one pass (cancelling one that runs) and tells how it ended; `ledger` outlives it.
    // A pass whose syncer is destroyed ends Cancelled, without touching the syncer.
    QCoro::Task<SyncOutcome> sync(AccountLedger& ledger);
    // Ends the running pass: it reports itself cancelled, with what it had stored.
    void cancel();
    // Starts listening for pushed changes, when the network has a push channel.
    virtual void startLive() {}
    virtual void stopLive() {}
    virtual bool isLive() const { return false; }

Q_SIGNALS:
    void progress(const SyncProgress& progress);
    // A pushed change: something new is waiting.
    void changed();
    void liveChanged(bool live);

protected:
    // One pass, top to bottom: `co_await` each step, return when pass->over().
    virtual QCoro::Task<> runPass(std::shared_ptr<SyncPass> pass) = 0;
    // Stops the work in flight; the pass is marked cancelled already.
    virtual void stop() = 0;
    // For a syncer's destructor, before its members go: the running pass ends unanswered.
    void abandon();
    void report(const SyncPass& pass, const QString& phase);

private:
    QCoro::Task<SyncOutcome> run(std::shared_ptr<SyncPass> pass);

    std::shared_ptr<SyncPass> m_pass;
};

} // namespace hearken
