// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery_outcome.h"
#include "domain/outbox_entry.h"
#include "store/earlier_replies.h"
#include "store/store_error.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace hearken {

class ChangeNotifier;
class Database;

// What a person asks to send; enqueue() turns it into an entry.
struct OutboxDraft {
    qint64 accountId = 0;
    qint64 targetPostId = 0;
    OutboxKind kind = OutboxKind::Reply;
    QString text;
    QString visibility;
    QString actor;
    std::optional<qint64> topicId;
};

// Who holds a Sending entry and until when. A process renews its claims while it waits for
// the network; once one runs out, another process may take the entry over and send it again
// with the same idempotency key.
struct OutboxClaim {
    QString claimant;
    qint64 until = 0;
};

// One of our replies (sent, or on its way) and the person it went to.
struct RecentReply {
    QString text;
    qint64 personId = 0;
    // The person's display name and handle, which a personal reply may mention.
    QString personName;
};

// Replies and likes on their way out. Every change is committed before the caller goes on,
// so that a crash at any point leaves the entry where delivery can pick it up again.
class OutboxRepository {
public:
    OutboxRepository(Database& database, ChangeNotifier& changes);

    // Writes the entry Queued, with a new idempotency key and a "queued" event. On a team
    // workspace whose rules say so, the database makes a reply wait for a supervisor's
    // approval (ApprovalRepository); it is then never due until approved. A reply is
    // refused when `guard` says when its writer began it and anyone else replied to the item
    // since without them having seen it; those they saw are recorded as a "second-answer".
    StoreResult<OutboxEntry> enqueue(const OutboxDraft& draft, qint64 now,
                                     const AnswerGuard& guard = {});

    StoreResult<std::optional<OutboxEntry>> entry(qint64 id) const;
    // Newest first; all states when `states` is empty.
    StoreResult<QList<OutboxEntry>> entries(const QList<OutboxState>& states = {},
                                            int limit = 500) const;
    StoreResult<QList<OutboxEntry>> entriesFor(qint64 postId) const;
    // Queued entries whose time has come and Sending ones whose claim ran out (the process
    // that claimed them stopped), oldest first.
    StoreResult<QList<OutboxEntry>> due(qint64 now) const;
    // The earliest time after `now` a queued entry waits for or a claim other than
    // `claimant`'s runs out (its own it renews).
    StoreResult<std::optional<qint64>> nextAttemptAfter(qint64 now,
                                                        const QString& claimant = {}) const;
    // Entries not yet sent or failed that may go out (waiting for no approval): Queued and
    // Sending.
    StoreResult<int> pendingCount() const;

    // Claims the entry for `claim` if it is still due at `now`: Queued (or Sending with a claim
    // that ran out) → Sending, one more attempt; committed before the network is asked.
    // std::nullopt when it is not due any more: another process claimed it first. On
    // PostgreSQL a row another transaction is claiming is passed over, not waited for.
    StoreResult<std::optional<OutboxEntry>> claim(qint64 id, const OutboxClaim& claim, qint64 now);
    // Extends every claim of `claimant` to `until`, while it waits for the networks.
    StoreResult<void> renewClaims(const QString& claimant, qint64 until);
    // The changes below are the claimant's alone: once another process took an entry over,
    // they fail with claimLost() and leave it to that process.
    // Sending → Sent; a follow-up reply marks its person told.
    StoreResult<void> markSent(qint64 id, const QString& claimant, const DeliveryReceipt& receipt,
                               qint64 now);
    // Sending → Queued, to be tried again at `nextAttemptAt` (std::nullopt: when told to).
    StoreResult<void> requeue(qint64 id, const QString& claimant,
                              std::optional<qint64> nextAttemptAt, const QString& error);
    // Sending → Failed: a person must edit or retry it.
    StoreResult<void> markFailed(qint64 id, const QString& claimant, const QString& error,
                                 qint64 now);
    static StoreError claimLost();

    // Failed (or waiting) → Queued, due now.
    StoreResult<void> retry(qint64 id, const QString& actor, qint64 now);
    // Changes the text of a Queued or Failed reply; the idempotency key stays.
    StoreResult<void> edit(qint64 id, const QString& text, const QString& actor, qint64 now);
    // Removes a Queued or Failed entry: it will never go out.
    StoreResult<void> discard(qint64 id, const QString& actor, qint64 now);
    // Queued entries waiting without a time (for a sign-in) become due now.
    StoreResult<void> wakeWaiting(qint64 now);

    // Our replies since `since`: posted ones (from any app) and those still on their way.
    StoreResult<QList<RecentReply>> recentReplies(qint64 since) const;

    // Why enqueue() refused a reply: `reply` came first and its writer did not see it.
    static QString secondAnswerRefused(const EarlierReply& reply);

    // Changes one entry in a transaction with an event on its item, then announces it:
    // `statement` ends with "id = ?" (bound last, after `binds`); `whenNone` when it changed
    // no row. No event when `eventKind` is empty.
    StoreResult<void> change(qint64 id, const QString& statement, const QVariantList& binds,
                             const QString& eventKind, const QString& eventDetail,
                             const QString& actor, qint64 at,
                             const StoreError& whenNone = notChangeable());

private:
    // Refuses a reply its writer began before someone else's they have not seen; records in the
    // history those they saw and answered anyway.
    static StoreResult<void> checkNoSecondAnswer(const QSqlDatabase& db, const OutboxDraft& draft,
                                                 const AnswerGuard& guard, qint64 now);
    static StoreError notChangeable();

    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
