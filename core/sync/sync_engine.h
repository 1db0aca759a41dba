// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "store/account_sync_locks.h"
#include "sync/account_syncer.h"
#include "sync/workspace_ledger.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <tl/expected.hpp>

#include <functional>
#include <memory>

namespace hearken {

class Workspace;

// Runs every account's sync on a schedule: one pass at a time per account, a pushed change
// brings the next pass forward, a rate limit pauses that account until the server's time
// (shown as "paused until") and resumes it, a revoked sign-in stops that account alone
// ("sign in again") while the others go on. Each account's syncer hands its mapped pages to
// the account's ledger, where the engine classifies them, detects our thanks and stores them.
// On a team workspace several processes may run an engine: each account is synced by the one
// holding its lock (AccountSyncLocks), and the others pass it over until that one stops.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    // An account's syncer, or why it cannot be made (the account must sign in again).
    using Made = tl::expected<std::unique_ptr<AccountSyncer>, QString>;
    // Builds the syncer of an account of one network (reading its token, say); what it awaits
    // takes `context`, which goes with the engine. It must touch nothing but its own frame once
    // `context` is gone.
    using Factory = std::function<QCoro::Task<Made>(const Account&, QObject* context)>;

    SyncEngine(Workspace& workspace, Classify classify, std::function<qint64()> now,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    void setFactory(const QString& network, Factory factory);
    // Pause between passes without live updates, and with them (a safety net).
    void setIntervals(int pollMs, int liveMs);
    // Whether syncers listen for pushed changes (the window does; a one-shot command not).
    void setLiveUpdates(bool live) { m_liveUpdates = live; }

    // Syncs every account now and then on the schedule.
    void start();
    void syncAll();
    void syncAccount(qint64 accountId);
    // Syncs the accounts this engine does not sync yet: accounts added since, and accounts
    // another process synced until it stopped.
    void syncNewAccounts();
    void cancel();
    bool isBusy() const;
    // Forgets an account's syncer (after it signed out or signed in again).
    void forget(qint64 accountId);

Q_SIGNALS:
    void progress(qint64 accountId, const SyncProgress& progress);
    void accountFinished(qint64 accountId, const SyncOutcome& outcome);
    // No pass is running any more.
    void idle();
    // Another process syncs the account (said once, until this engine syncs it itself).
    void syncedElsewhere(qint64 accountId);

private:
    struct Entry;
    void run(const Account& account);
    // Each awaits its step and goes on only while the engine and the account's entry live.
    QCoro::Task<> makeSyncer(Account account, std::weak_ptr<Entry> slot);
    QCoro::Task<> finishPass(qint64 accountId, std::weak_ptr<Entry> slot,
                             QCoro::Task<SyncOutcome> pass);
    void onOutcome(qint64 accountId, const SyncOutcome& outcome);
    void checkIdle();
    // Whether this engine may sync the account now (it holds the account's lock).
    bool mayRun(qint64 accountId);

    Workspace& m_workspace;
    AccountSyncLocks m_locks;
    // Accounts another process syncs, last this engine looked.
    QSet<qint64> m_elsewhere;
    Classify m_classify;
    std::function<qint64()> m_now;
    QHash<QString, Factory> m_factories;
    QHash<qint64, std::shared_ptr<Entry>> m_entries;
    QTimer m_schedule;
    int m_pollMs = 2 * 60 * 1000;
    int m_liveMs = 15 * 60 * 1000;
    bool m_liveUpdates = false;
};

} // namespace hearken
