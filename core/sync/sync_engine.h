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
    using Made = std::function<void(std::unique_ptr<AccountSyncer>, const QString& error)>;
    // Builds the syncer of an account of one network (reading its token, say).
    using Factory = std::function<void(const Account&, Made)>;

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
