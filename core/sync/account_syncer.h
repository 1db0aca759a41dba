// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/account_ledger.h"

#include <QObject>
#include <QString>

#include <functional>
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

// Syncs one account of one network: a pass brings what is new (and, the first times, the
// history), handing each mapped page with its cursors to the account's ledger; live updates,
// where the network pushes them, say when another pass is worth it. A provider implements it.
class AccountSyncer : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const SyncOutcome&)>;
    using QObject::QObject;

    // `ledger` outlives the pass.
    virtual void sync(AccountLedger& ledger, Done done) = 0;
    virtual void cancel() = 0;
    // Starts listening for pushed changes, when the network has a push channel.
    virtual void startLive() {}
    virtual void stopLive() {}
    virtual bool isLive() const { return false; }

Q_SIGNALS:
    void progress(const SyncProgress& progress);
    // A pushed change: something new is waiting.
    void changed();
    void liveChanged(bool live);
};

} // namespace hearken
