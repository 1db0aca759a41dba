// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "outbox/deliverer.h"
#include "store/outbox_repository.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace hearken {

class Workspace;

// How the engine finds the Deliverer for an account; the composition root fills it. Null
// means Hearken cannot post to that account's network (yet).
using DelivererDirectory = std::function<Deliverer*(const Account&)>;

// How long a temporary failure waits before the next attempt: `first` seconds after the
// first attempt, doubling with every attempt, never more than `longest`.
struct Backoff {
    qint64 first = 10;
    qint64 longest = 15 * 60;
    qint64 after(int attempts) const;
};

// Delivers the outbox: Queued → Sending (committed before the network is asked) → Sent or
// Failed. Temporary failures and rate limits go back to Queued with a later attempt time;
// an account whose sign-in expired waits until signedIn(); a rejection waits for a person to
// edit or retry. On success our reply (or like) is stored as the network returned it, so the
// item becomes answered or thanked. One entry per account is in flight at a time.
// Several engines (windows, services) may deliver one workspace: each claims an entry before
// sending it and renews its claims while it waits, so an entry goes out from one of them only.
// An entry whose claim ran out (its process died) is taken over and sent again with the same
// idempotency key.
class DeliveryEngine : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    DeliveryEngine(Workspace& workspace, DelivererDirectory directory, Clock clock,
                   QObject* parent = nullptr);

    void setBackoff(Backoff backoff) { m_backoff = backoff; }
    // How long a claim holds without renewal (renewed every third of it).
    void setClaimSeconds(qint64 seconds);
    // Looks for due entries at least this often, for entries other processes queue (a
    // service); by default only its own sends, answers and known times wake it.
    void setPollMs(int ms) { m_pollMs = ms; }
    // Whether this engine sends at all. One that does not only queues, edits and discards:
    // a desk of a team workspace, whose service delivers.
    void setDelivers(bool delivers) { m_delivers = delivers; }
    bool delivers() const { return m_delivers; }
    // Whom the workspace's claims name for this engine.
    const QString& claimant() const { return m_claimant; }

    // Makes waiting entries due (a sign-in may have been renewed since) and sends what is due.
    void start();
    // Sends every entry whose time has come.
    void pump();
    // Stops sending and lets go of its claims, so that another process sends those entries
    // now rather than when the claims run out. Answers still on their way are ignored.
    void stop();

    // A person's actions; each lands in the item's history.
    // `guard`: see OutboxRepository::enqueue().
    StoreResult<OutboxEntry> send(const OutboxDraft& draft, const AnswerGuard& guard = {});
    StoreResult<void> retry(qint64 entryId, const QString& actor);
    StoreResult<void> edit(qint64 entryId, const QString& text, const QString& actor);
    StoreResult<void> discard(qint64 entryId, const QString& actor);
    // The account can post again: its waiting entries go out now.
    void signedIn(qint64 accountId);

    // Entries queued or being sent.
    int pendingCount() const;
    bool isDelivering(qint64 entryId) const { return m_inFlight.contains(entryId); }
    // Entries this engine waits for a network's answer on.
    int inFlightCount() const { return int(m_inFlight.size()); }
    // When the engine looks for due entries again by itself; std::nullopt while only an answer
    // or a sign-in can move anything.
    std::optional<int> nextLookMs() const
    {
        return m_timer.isActive() ? std::optional(m_timer.remainingTime()) : std::nullopt;
    }

Q_SIGNALS:
    void failed(const QString& message);
    void delivered(qint64 entryId);
    // Nothing is queued or being sent any more.
    void idle();

private:
    // Claims the entry, awaits its network's answer, and records how it ended.
    QCoro::Task<> deliver(OutboxEntry queued, Account account);
    void finish(const OutboxEntry& entry, const DeliveryOutcome& outcome);
    StoreResult<void> recordSuccess(const OutboxEntry& entry, const DeliveryReceipt& receipt);
    void scheduleNext();
    void report(const StoreResult<void>& outcome);
    void renewClaims();

    Workspace& m_workspace;
    DelivererDirectory m_directory;
    Clock m_clock;
    Backoff m_backoff;
    QString m_claimant;
    qint64 m_claimSeconds = 60;
    std::optional<int> m_pollMs;
    bool m_delivers = true;
    bool m_stopped = false;
    QTimer m_timer;
    QTimer m_renewal;
    // Entry ids, and the accounts they belong to, waiting for a network's answer.
    QHash<qint64, qint64> m_inFlight;
    QSet<qint64> m_signInNeeded;
    QHash<qint64, qint64> m_pausedUntil;
    bool m_pumpScheduled = false;
};

} // namespace hearken
